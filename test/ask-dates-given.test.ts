import { describe, expect, it } from 'vitest';
import { askFixture, itAnswersPlainly, itConflicts, itRefuses } from './helpers/ask.js';

/**
 * A treaty office's note on Slovenia and Austria in which a second source gives the day of an act in a sentence or a clause of its own ("gives
 * the date as 8 October 2025", "Slovenian records give 5 February 2026", "states that it was signed on 15 January 2026"), beside days of other
 * acts (test/data/ask-dates-given/; session 37, issue 11): the source's day is a rival of the answer's, each cited.
 */
const DOCS = new URL('./data/ask-dates-given/', import.meta.url).pathname;

describe("dyad ask: a day another source gives for the answer's act", () => {
  const fixture = askFixture(DOCS);
  const { engine, exact, texts } = fixture;

  itConflicts(fixture, [
    [
      'a day and the day a source "gives the date as" in the next sentence',
      'On what date was the Agreement on Cross-Border Rail Services signed?',
      ['9 October 2025', '8 October 2025'],
      [/^The Agreement on Cross-Border Rail Services was signed/, /^Austria's Federal Ministry for Climate Action gives the date as 8 October 2025\.$/],
    ],
    [
      'a day and the day other records "give" three days off, after a semicolon',
      "When did the two governments exchange notes on the opening of the tunnel's second tube?",
      ['2 February 2026', '5 February 2026'],
      [/^The two governments exchanged notes/, /^The two governments exchanged notes/],
    ],
    [
      'a day and the day a source "states that it was signed on" in the next sentence',
      'On what date was the protocol on the Mura hydropower plants signed?',
      ['14 January 2026', '15 January 2026'],
      [/^The protocol on the Mura/, /^Slovenia's environment ministry states that it was signed on 15 January 2026/],
    ],
  ]);

  it("cites the source's sentence at its exact offsets", async () => {
    const a = await engine.ask('On what date was the Agreement on Cross-Border Rail Services signed?');
    const text = texts.get('slovenia-austria-note')!;
    const rival = a.claims[1]!.citations[0]!;
    expect(rival.start).toBe(text.indexOf("Austria's Federal Ministry for Climate Action"));
    expect(rival.end).toBe(text.indexOf('8 October 2025.') + '8 October 2025.'.length);
    exact(a);
  });

  itAnswersPlainly(
    fixture,
    [
      ['the day a source gives "of" another thing in the next sentence ("the date of its own protest note")', 'On what date was the Slovenian ambassador summoned?', '20 November 2025'],
      ['a day officials "say" of another act in the next sentence ("it was published on")', 'When did the agreement on motorway vignettes enter into force?', '1 December 2025'],
    ],
    true,
  );

  itRefuses(fixture, [['an act the note never tells', 'When did Slovenia and Austria sign an agreement on fisheries in the Drava?']]);
});
