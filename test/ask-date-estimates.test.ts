import { describe, expect, it } from 'vitest';
import { askFixture, itAnswersPlainly, itConflicts } from './helpers/ask.js';

/**
 * A wire on Chile and Argentina in which a second source dates an act a day or two from the first ("dates the seizure to 13 June", "Chilean
 * officials say Friday", "3 June, not 1 June"), beside days of other acts and of an act told again (test/data/ask-dates-sources/; session 33,
 * issue 11): two sources' days of one act are a conflict, each cited.
 */
const DOCS = new URL('./data/ask-dates-sources/', import.meta.url).pathname;

describe("dyad ask: another source's day of the answer's act", () => {
  const fixture = askFixture(DOCS);
  const { engine, exact, texts } = fixture;

  itConflicts(fixture, [
    [
      'a day and the day another source "dates" the act "to" after a semicolon',
      'On what date did the Argentine patrol boat detain the Chilean trawler Doña Rosa?',
      ['14 June (14 June 2026)', '13 June (13 June 2026)'],
      [/^Buenos Aires says an Argentine patrol boat/, /^Buenos Aires says an Argentine patrol boat/],
    ],
    [
      'a weekday and the weekday other officials "say"',
      'When was the crew of the Doña Rosa released?',
      ['Thursday (18 June 2026)', 'Friday (19 June 2026)'],
      [/^Argentine fishermen's unions say/, /^Argentine fishermen's unions say/],
    ],
    [
      'a day and its correction two sentences on ("3 June, not 1 June")',
      "On what date did Argentina's tariff on Chilean salmon take effect?",
      ['1 June (1 June 2026)', '3 June (3 June 2026)'],
      [/^Argentina's new tariff on Chilean salmon took effect on 1 June/, /^Their association's bulletin gives the start as 3 June, not 1 June\.$/],
    ],
  ]);

  it("cites the correction's sentence at its exact offsets", async () => {
    const a = await engine.ask("On what date did Argentina's tariff on Chilean salmon take effect?");
    const text = texts.get('chile-argentina-wire')!;
    const rival = a.claims[1]!.citations[0]!;
    expect(rival.start).toBe(text.indexOf("Their association's bulletin"));
    expect(rival.end).toBe(text.indexOf('not 1 June.') + 'not 1 June.'.length);
    exact(a);
  });

  itAnswersPlainly(
    fixture,
    [
      [
        'another act\'s day credited in the next sentence ("signed a fisheries protocol on 10 June, according to")',
        "On what date did Argentina's foreign minister arrive in Santiago?",
        '8 June (8 June 2026)',
      ],
      ['the day of the act told again ("visited the port again on 4 June")', 'On what date did the Chilean trade delegation visit Ushuaia?', '2 June (2 June 2026)'],
      ['another act dated in the sentence before ("dates the seizure to 13 June")', 'On what date did the Chilean foreign ministry summon the Argentine ambassador?', '16 June (16 June 2026)'],
    ],
    true,
  );
});
