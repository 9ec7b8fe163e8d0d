import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Sentences written for these tests in the manner of business wire reports, dated Thursday 2 November 1989. */
const DCT = '1989-11-02';

/** Each time of a sentence: its text, offset, EDTF, TIMEX3 type and value (a history's sentence has no report date). */
function tag(sentence: string, dct: string | undefined = DCT) {
  return findTimes(sentence, dct).map((t) => {
    const [x] = timex3Of(t);
    return [x!.text, x!.start, t.edtf, x!.type, x!.value];
  });
}

describe('"year-end" after a preposition is the last day of a year (session 16)', () => {
  it.each([
    // sentence, extent, EDTF and TIMEX3 value
    ['The bank expects to close the sale by year-end.', 'year-end', '1989-12-31'],
    ['Analysts expect the mill to shut around year end, the union said.', 'year end', '1989-12-31'],
    ['Deposits have fallen 4% since year-end.', 'year-end', '1988-12-31'],
    ['Its debt at year-end was $40 million.', 'year-end', '1988-12-31'],
  ])('%s', (sentence, text, value) => {
    expect(tag(sentence)).toEqual([[text, sentence.indexOf(text), value, 'DATE', value]]);
  });

  it('takes no "year-end" that describes a noun or stands without a preposition', () => {
    for (const s of ['The group posted weak year-end results.', 'Year-end bonuses were cut at the firm.', 'By year-end figures, sales rose.']) expect(tag(s), s).toEqual([]);
  });
});

describe('future and coming calendar units (session 16)', () => {
  it.each([
    ['Unisys will book the charge in future quarters.', 'future quarters', 'DATE', 'FUTURE_REF'],
    ['Prices should hold steady in the near term.', 'the near term', 'DATE', 'FUTURE_REF'],
    ['The results bode well for coming quarters, one analyst said.', 'coming quarters', 'DURATION', 'PXQ'],
    ['Insurers have had a rough time in recent quarters.', 'recent quarters', 'DURATION', 'PXQ'],
    ['The unit turned a profit after several quarters of losses.', 'several quarters', 'DURATION', 'PXQ'],
  ])('%s', (sentence, text, type, value) => {
    expect(tag(sentence)).toEqual([[text, sentence.indexOf(text), '', type, value]]);
  });

  it('takes no "future" before other nouns, no "near-term" adjective, and no quarters that are rooms or fractions', () => {
    for (const s of ['Future payments were cut.', 'The near-term outlook is weak.', 'The guards slept in quarters near the gate.', 'Three quarters of the land was flooded.'])
      expect(tag(s), s).toEqual([]);
  });
});

describe('counted seasons are a set of seasons (session 16)', () => {
  it.each([
    ['Marchers have clashed in the town for the past three summers.', 'the past three summers', 'XXXX-SU'],
    ['The crew spent two winters on the ice shelf.', 'two winters', 'XXXX-WI'],
    ['The last two springs were dry across the valley.', 'The last two springs', 'XXXX-SP'],
  ])('%s', (sentence, text, value) => {
    expect(tag(sentence)).toEqual([[text, sentence.indexOf(text), '', 'SET', value]]);
  });

  it('takes no springs or falls without a frame, and no seasons counted back', () => {
    for (const s of ['Water rose from two springs below the dam.', 'The hikers survived three falls on the ridge.']) expect(tag(s), s).toEqual([]);
    expect(tag('He left the island three summers ago.').filter((t) => t[3] === 'SET')).toEqual([]);
  });
});

describe('lengths before "later", "at the end of" a month, years after "post-" (session 16)', () => {
  it.each([
    ['Just over an hour later, the envoy left.', 'over an hour', '', 'DURATION', 'PT1H'],
    ['A few days later, the board named a new chairman.', 'A few days', '', 'DURATION', 'PXD'],
    ['The options expire at the end of November.', 'the end of November', '1989-11', 'DATE', '1989-11'],
    ['The post-1959 order held firm in the region.', 'post-1959', '1959/..', 'DATE', '1959'],
    ['Only pre-1990 rules apply to the loans.', 'pre-1990', '../1990', 'DATE', '1990'],
  ])('%s', (sentence, text, edtf, type, value) => {
    expect(tag(sentence)).toEqual([[text, sentence.indexOf(text), edtf, type, value]]);
  });

  it('leaves a counted "two days later" a date, and no "at" before a month alone', () => {
    expect(tag('Two days later, the talks resumed.')).toEqual([['Two days later', 0, '1989-11-04', 'DATE', '1989-11-04']]);
    expect(tag('The crowd at March rallies grew.')).toEqual([]);
  });
});

describe('a month and year in brackets after a noun dates what stands before it (session 16)', () => {
  it.each([
    // sentence, extent, EDTF, TIMEX3 value
    ['Ghana signed a trade pact with Nigeria (March 1961), and the border reopened.', 'March 1961', '1961-03', '1961-03'],
    ['The two states set up a joint commission (Sept. 1974) to mark the boundary.', 'Sept. 1974', '1974-09', '1974-09'],
    ['Lima and La Paz opened a consulate in Tacna (June 1992).', 'June 1992', '1992-06', '1992-06'],
    ['A second accord followed (Spring 1988), on fisheries.', 'Spring 1988', '1988-03/1988-05', '1988-SP'],
  ])('%s', (sentence, text, edtf, value) => {
    expect(tag(sentence, undefined)).toEqual([[text, sentence.indexOf(text), edtf, 'DATE', value]]);
  });

  it('still skips author-year citations and names with a number', () => {
    const none = [
      'Trade doubled in the decade (Mensah, 2004).',
      'Exports grew fast (Kimura et al., 2019: 21-50).',
      'The army kept the rifle (Model 1961) in service.',
      'Codes follow the standard (ISO 3166) for states.',
    ];
    for (const s of none) expect(tag(s, undefined), s).toEqual([]);
  });

  it('gives the act before the bracket its date', () => {
    const text = 'Ghana signed a trade agreement with Nigeria (March 1961), and both sides cut tariffs.';
    const { blocks, sentences } = structure(text);
    const signed = extract({ text, blocks, sentences }).events.filter((e) => e.type === 'agreement_signed');
    expect(signed.map((e) => e.date)).toEqual(['1961-03']);
  });
});

describe('a part of a year or a fiscal year opening a bracket is no citation either (session 16)', () => {
  it.each([
    ['A border pact was signed (Early 1975).', 'Early 1975', '1975-01/1975-04', 'DATE', '1975'],
    ['Aid to the region rose (FY 2019).', 'FY 2019', '2019', 'DATE', 'FY2019'],
  ])('%s', (sentence, text, edtf, type, value) => {
    expect(tag(sentence, undefined)).toEqual([[text, sentence.indexOf(text), edtf, type, value]]);
  });

  it('still takes an author named like one, with the comma of a citation, for a citation', () => {
    expect(tag('The claim is disputed (Early, 2004).', undefined)).toEqual([]);
  });
});

describe('"the fiscal year" is the report\'s fiscal year, as "the year" is its year (session 16)', () => {
  it('labels it as fiscal-finder labels "fiscal 1989", and marks it fiscal', () => {
    const text = 'The charge will mean lower earnings for the fiscal year.';
    expect(tag(text)).toEqual([['the fiscal year', text.indexOf('the fiscal year'), '1989', 'DATE', 'FY1989']]);
    expect(findTimes(text, DCT)[0]!.fiscal).toBe(true);
  });

  it('reads "the fiscal year ended Sept. 30" as a year\'s length', () => {
    expect(tag('Profit rose 8% in the fiscal year ended Sept. 30.').map((t) => t.slice(0, 1).concat(t.slice(3)))).toContainEqual(['the fiscal year', 'DURATION', 'P1Y']);
  });
});
