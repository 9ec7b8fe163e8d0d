import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { PAIR_HISTORY_AT, pairHistory } from '../../../test/helpers/events.js';

/** The events of an encyclopedic text: [trigger's start, trigger's words, date, rule, actors]. */
function rows(text: string): [number, string, string, string, string[]][] {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events.map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.date, e.rule, e.actors.map((a) => a.entity).sort()]);
}

const history = pairHistory;
const AT = PAIR_HISTORY_AT;

describe('agentless passives of a thing between the pair (pair-passive.ts, issue 10)', () => {
  it('"The border crossing at Aflao was closed in February 1977": the closure is told, dated by its sentence, the pair its actors', () => {
    const line = 'The border crossing at Aflao was closed in February 1977.';
    expect(rows(history(line)).filter(([start]) => start >= AT && start < AT + line.length)).toEqual([[AT + 33, 'closed', '1977-02', 'verb+date', ['country:GHA', 'country:TGO']]]);
  });

  // Review fixes (session 32): a participle that is its base form; a second participle after the first one's date.
  it.each([
    ['"was shut": a participle written as its base form', 'The border crossing at Aflao was shut in February 1977.', [[33, 'shut', '1977-02', 'SANCTION']]],
    [
      '"closed in February 1977 and reopened in 1982": each participle its own act and date',
      'The border crossing at Aflao was closed in February 1977 and reopened in 1982.',
      [
        [33, 'closed', '1977-02', 'SANCTION'],
        [61, 'reopened', '1982', 'RETREAT'],
      ],
    ],
  ])('%s', (_, line, expected) => {
    const text = history(line);
    const { blocks, sentences } = structure(text);
    const found = extract({ text, blocks, sentences })
      .events.filter((e) => e.start >= AT && e.start < AT + line.length)
      .map((e) => [e.trigger.start - AT, text.slice(e.trigger.start, e.trigger.end), e.date, e.plover.type]);
    expect(found).toEqual(expected);
  });

  it.each([
    // The denied signing after the talk's date shares its auxiliary (review fix, session 32), as with no date between.
    [
      'a memorandum discussed but not signed',
      'A memorandum on the Volta fisheries was discussed in May 2011 but not signed.',
      [
        [70, 'signed', '2011-05'],
        [40, 'discussed', '2011-05'],
      ],
    ],
    ['a joint body suspended', 'The joint commission was suspended in 2003.', [[25, 'suspended', '2003']]],
    ['relations cut, with a perfect auxiliary and an adverb', 'In 1966 relations had been formally suspended.', [[36, 'suspended', '1966']]],
  ])('%s', (_, line, expected) => {
    const found = rows(history(line)).filter(([start]) => start >= AT && start < AT + line.length);
    expect(found.map(([start, words, date]) => [start - AT, words, date])).toEqual(expected);
  });

  it.each([
    ['a domestic thing', 'A new hospital was closed in February 1977.'],
    ['a habit, in the present', 'The border crossing at Aflao is closed at night in February.'],
    ['an agent after "by" that is not the pair', 'The border crossing at Aflao was closed by rebels in February 1977.'],
    ['a subject inside a fronted phrase', 'In a quiet year for the border, a hospital was closed in February 1977.'],
    ['a plan told by "was to be"', 'The treaty was to be signed in May 1980.'],
    ['a thing of a joint body, not the body', "The joint venture's factory was closed in 2001 after losses."],
    ['relations between others than two states', 'Relations between the two football clubs were suspended in 1990.'],
  ])('must not: %s', (_, line) => {
    expect(rows(history(line)).filter(([start]) => start >= AT && start < AT + line.length)).toEqual([]);
  });

  it('must not: the same passive in a document about no pair', () => {
    const text = ['Border posts of West Africa', '', 'Cocoa prices fell sharply in the 1970s.', '', 'The border crossing at Aflao was closed in February 1977.'].join('\n');
    expect(rows(text)).toEqual([]);
  });

  it.each([
    [
      'discussed but not signed: the talk and the denied signing, two events',
      'In June 2015 a protocol on driving licences was discussed but not signed.',
      [
        [66, 'signed', '2015-06', 'negated'],
        [48, 'discussed', '2015-06', 'asserted'],
      ],
    ],
    ['a perfect denied ("had not yet been signed")', 'In 2018 the treaty on the shared lake had not yet been signed.', [[55, 'signed', '2018', 'negated']]],
  ])('an agreement whose signing a passive denies: %s', (_, line, expected) => {
    const text = history(line);
    const { blocks, sentences } = structure(text);
    const found = extract({ text, blocks, sentences })
      .events.filter((e) => e.start >= AT && e.start < AT + line.length)
      .map((e) => [e.trigger.start - AT, text.slice(e.trigger.start, e.trigger.end), e.date, e.mode]);
    expect(found).toEqual(expected);
  });
});

/** [what the case shows, the line, the acts told in it: trigger's offset in the line, words, date, type, mode]. */
const FLOWS: [string, string, [number, string, string, string, string][]][] = [
  ['deliveries begin: the verb is the trigger', 'Deliveries of Ghanaian gas began in March 2008.', [[27, 'began', '2008-03', 'trade_or_investment_milestone', 'asserted']]],
  ['supplies resume', 'Electricity supplies resumed in February 2016.', [[21, 'resumed', '2016-02', 'trade_or_investment_milestone', 'asserted']]],
  ['deliveries from one to the other resume', 'Natural gas deliveries from Ghana to Togo resumed in May 2009.', [[42, 'resumed', '2009-05', 'trade_or_investment_milestone', 'asserted']]],
  ['a pipeline begins to operate', 'The pipeline began commercial operations in 2010.', [[13, 'began commercial operations', '2010', 'trade_or_investment_milestone', 'asserted']]],
  ['construction foretold', 'Construction of the new border post is expected to begin in the first half of 2027.', [[51, 'begin', '2027-01/2027-06', 'aid_project', 'planned']]],
  ['must not: a figure that begins to fall', 'Exports began to fall in 2012.', []],
  ['gas begins to flow', 'Gas began to flow through the pipeline in June 2010.', [[4, 'began to flow', '2010-06', 'trade_or_investment_milestone', 'asserted']]],
  ['a line begins operating', 'The interconnector began operating in June 2014.', [[19, 'began operating', '2014-06', 'trade_or_investment_milestone', 'asserted']]],
  ['must not: people who begin to flow', 'Refugees began to flow across the frontier in 1993.', []],
  ['a thing "which began production"', 'The field, which began production in 2013, supplies both markets.', [[17, 'began production', '2013', 'trade_or_investment_milestone', 'asserted']]],
  ['must not: troops "who began operating"', 'Togolese troops, who began operating along the frontier in 2021, were withdrawn.', []],
  ['construction of an aid work foretold', 'Construction of the hospital wing is expected to start in the first half of 2027.', [[49, 'start', '2027-01/2027-06', 'aid_project', 'planned']]],
  // Review fixes (session 32): a flow noun must be the subject of the verb; a commodity alone, an army or a domestic work is no flow.
  [
    'must not: fighting that resumes after a clause about exports (the fighting kept)',
    'Exports slumped in 2013 as fighting resumed in the north.',
    [[27, 'fighting', '2013', 'conflict_or_incident', 'asserted']],
  ],
  ['must not: prices that resume a climb', 'Oil prices resumed their climb in March 2022.', []],
  ['must not: power cuts that resume', 'Electricity cuts resumed in Accra in May 2015.', []],
  ['must not: flaring that resumes', 'Gas flaring resumed at the Jubilee field in 2019.', []],
  // Review fixes 2 (session 32): a commodity whose flowing or pumping resumes is a flow resumed; its flaring, its price or cuts are not.
  ['gas resumes flowing', 'Gas resumed flowing from Ghana to Togo through the pipeline on 3 May 2024.', [[4, 'resumed flowing', '2024-05-03', 'trade_or_investment_milestone', 'asserted']]],
  ['oil pumping resumes', 'Oil pumping from Togo to Ghana resumed on 3 May 2024 after a two-week halt.', [[31, 'resumed', '2024-05-03', 'trade_or_investment_milestone', 'asserted']]],
  ['must not: gas flaring that resumes flowing words later', 'Gas flaring resumed near the pumping station in 2019.', []],
  ['must not: an army that begins operations', 'The Ghanaian army began operations against smugglers on the Togolese border in March 2021.', []],
  ['must not: troops that begin operating', 'Togolese troops began operating along the frontier with Ghana in 2021.', []],
  ['must not: the construction of a domestic work foretold', 'Construction of the new football stadium in Kumasi is expected to begin in 2027.', []],
];

describe('event nouns as subjects: a flow or a work that begins (event-types.json, issue 10)', () => {
  it.each(FLOWS)('%s', (_, line, expected) => {
    const text = history(line);
    const { blocks, sentences } = structure(text);
    const found = extract({ text, blocks, sentences })
      .events.filter((e) => e.start >= AT && e.start < AT + line.length)
      .map((e) => [e.trigger.start - AT, text.slice(e.trigger.start, e.trigger.end), e.date, e.type, e.mode]);
    expect(found).toEqual(expected);
  });
});
