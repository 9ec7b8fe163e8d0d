import { describe, expect, it } from 'vitest';
import { eventRows } from '../../../test/helpers/events.js';

/**
 * A relative clause whose pronoun is its verb's subject tells the antecedent's act on the clause's own date (issue 10,
 * session 36, `relativeSubject` in verb-finder.ts). Sentences written for these tests in the manner of encyclopedic text.
 */
const rows = (text: string) => eventRows(text).map((e) => [e[5], e[4], e[1], e[7]]);

describe('a relative clause with its own date: the actor before the pronoun is its subject (session 36)', () => {
  it('"X, which joined … on <date>," is X’s act of that date, beside the main clause’s', () => {
    const text = 'Montenegro, which joined NATO on 5 June 2017, signed a defence cooperation agreement with Albania in March 2019.';
    expect(rows(text)).toEqual([
      ['joined', 18, '2017-06-05', ['country:ALB', 'country:MNE']],
      ['signed a defence cooperation agreement', 46, '2019-03', ['country:ALB']],
    ]);
  });

  it('"who" after a person: the person’s act of the clause’s date', () => {
    const text = 'Albanian Prime Minister Edi Rama, who joined the Open Balkan initiative on 29 July 2019, hosted Montenegro’s president in Tirana in May 2021.';
    expect(rows(text)[0]).toEqual(['joined', 38, '2019-07-29', ['country:ALB', 'country:MNE', 'person:unknown:edi-rama']]);
  });

  it('the main clause’s verb keeps the actor before the relative clause for subject', () => {
    const text = 'Albania, which froze the assets of two Montenegrin firms on 3 May 2019, lifted the measure in June 2020.';
    expect(rows(text)).toEqual([
      ['froze the assets', 15, '2019-05-03', ['country:ALB', 'country:MNE']],
      ['lifted', 72, '2020-06', ['country:ALB']],
    ]);
  });

  it.each([
    // No date of its own: the clause tells of Montenegro, no act of the main clause's date.
    ['Montenegro, which joined NATO, signed a defence cooperation agreement with Albania in March 2019.', [['signed a defence cooperation agreement', 31, '2019-03', ['country:ALB', 'country:MNE']]]],
    // The main clause's date is not the relative clause's: "joined" tells no act of 2019.
    ['Montenegro, which joined NATO, remained outside the euro area in 2019.', []],
    // A relative clause that ends the sentence is dated by the sentence's clauses as before: "opened" takes no subject.
    [
      'Albania and Montenegro signed a transit protocol at the close of a meeting of their Joint Commission, which opened on 2 May 2019.',
      [['signed a transit protocol', 23, '2019-05-02', ['country:ALB', 'country:MNE', 'organisation:unknown:joint-commission']]],
    ],
    // "which" as a determiner opens no relative clause.
    ['It was not clear which ministers attended the talks between Albania and Montenegro in Tirana on 3 May 2019.', [['talks', 46, '2019-05-03', ['country:ALB', 'country:MNE']]]],
    // A participle used as an adjective tells no act of its own.
    ['Albania ratified the signed agreement with Montenegro on 3 May 2019.', [['ratified', 8, '2019-05-03', ['country:ALB', 'country:MNE']]]],
  ])('must not: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
