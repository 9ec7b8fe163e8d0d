import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Each time of a sentence: its text, offset, EDTF and TIMEX3 value. */
function tag(sentence: string) {
  return findTimes(sentence).map((t) => [t.text, t.start, t.edtf, timex3Of(t)[0]!.value]);
}

describe('a month and year in brackets after a noun dates what stands before it (session 16)', () => {
  it.each([
    // sentence, extent, EDTF, TIMEX3 value
    ['Ghana signed a trade pact with Nigeria (March 1961), and the border reopened.', 'March 1961', '1961-03', '1961-03'],
    ['The two states set up a joint commission (Sept. 1974) to mark the boundary.', 'Sept. 1974', '1974-09', '1974-09'],
    ['Lima and La Paz opened a consulate in Tacna (June 1992).', 'June 1992', '1992-06', '1992-06'],
    ['A second accord followed (Spring 1988), on fisheries.', 'Spring 1988', '1988-03/1988-05', '1988-SP'],
  ])('%s', (sentence, text, edtf, value) => {
    expect(tag(sentence)).toEqual([[text, sentence.indexOf(text), edtf, value]]);
  });

  it('still skips author-year citations and names with a number', () => {
    for (const s of [
      'Trade doubled in the decade (Mensah, 2004).',
      'Exports grew fast (Kimura et al., 2019: 21-50).',
      'The army kept the rifle (Model 1961) in service.',
      'Codes follow the standard (ISO 3166) for states.',
    ]) {
      expect(tag(s), s).toEqual([]);
    }
  });

  it('gives the act before the bracket its date', () => {
    const text = 'Ghana signed a trade agreement with Nigeria (March 1961), and both sides cut tariffs.';
    const { blocks, sentences } = structure(text);
    const signed = extract({ text, blocks, sentences }).events.filter((e) => e.type === 'agreement_signed');
    expect(signed.map((e) => e.date)).toEqual(['1961-03']);
  });
});
