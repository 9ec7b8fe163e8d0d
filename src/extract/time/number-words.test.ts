import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { NUMBER_WORDS, countOf } from './patterns.js';
import { numberWords } from '../facts/numbers.js';

/** Counts of time written in words, in sentences written in the manner of wire reports; the report is dated 4 June 2021. */
const CASES: [string, string, string, string][] = [
  // text, expression, TIMEX3 type, value
  ['Shelling across the line went on for the last twenty four hours, the monitors said.', 'the last twenty four hours', 'DURATION', 'PT24H'],
  ['The embargo on Qatar lasted forty-three months.', 'forty-three months', 'DURATION', 'P43M'],
  ['Ferries between the islands stopped for sixty days.', 'sixty days', 'DURATION', 'P60D'],
  ['Observers stayed on for a dozen weeks.', 'a dozen weeks', 'DURATION', 'P12W'],
  ['The border crossing reopened twenty-five years ago.', 'twenty-five years ago', 'DATE', '1996'],
  ['The two states signed a fisheries pact in 2010. A couple of years later, they set up a joint patrol.', 'A couple of years later', 'DATE', '2012'],
];

describe('number words of time, from lexicon/numbers.json', () => {
  it.each(CASES)('%s', (text, expression, type, value) => {
    const t = findTimes(text, '2021-06-04').find((x) => x.text === expression);
    expect(t, `no time "${expression}"`).toBeDefined();
    expect([t!.start, t!.end]).toEqual([text.indexOf(expression), text.indexOf(expression) + expression.length]);
    expect([t!.timex.type, t!.timex.value]).toEqual([type, value]);
  });

  it('counts with every cardinal of numbers.json: the time stage keeps no list of its own', () => {
    for (const [word, n] of Object.entries(numberWords().cardinals)) expect([word, NUMBER_WORDS[word]]).toEqual([word, n]);
    expect([countOf('Twenty four'), countOf('ninety-nine'), countOf('an'), countOf('several')]).toEqual([24, 99, 1, NaN]);
  });
});
