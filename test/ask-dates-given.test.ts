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

/**
 * Wires on Chile and Peru (test/data/ask-dates-said/; session 37, issue 11 review fixes) in which a day stands beside the act's but is no
 * source's dating of it: the day of a saying ("Peru's foreign ministry said Tuesday", "the ambassador said 7 May, in a speech"), a day an
 * appositive gives another occasion ("the day it was published", "the day of Peru's regional elections"), a day given in the sentence before
 * the act's, a weekday alone ("gives Tuesday"): each question is answered by the act's day alone. Two are rivals: a day "some sources say",
 * and one whose appositive holds the question's verb ("the date of its signing").
 */
describe("dyad ask: a day beside the act's that no source gives for it", () => {
  const fixture = askFixture(new URL('./data/ask-dates-said/', import.meta.url).pathname);

  itConflicts(fixture, [
    [
      'a day and the day a source "gives" with an appositive that names the act ("the day the memorandum was signed"; a rival through the store)',
      'When did Chile and Peru sign the water-sharing memorandum?',
      ['20 May 2024', '21 May 2024'],
      [/^Chile and Peru signed a water-sharing memorandum/, /^Peru's water authority gives 21 May 2024/],
    ],
    [
      'a day and the day a source "gives" with an appositive that holds the question\'s verb ("the date of its signing")',
      'When did Chile and Peru sign the mining accord?',
      ['4 April 2024', '5 April 2024'],
      [/^Chile and Peru signed a mining accord/, /^Peruvian newspapers give 5 April 2024/],
    ],
    [
      'a day and the day "some sources say" in the next sentence (sources as the sayer date the act, not their saying)',
      'When did Chile and Peru open the gas pipeline?',
      ['12 March 2024', '13 March 2024'],
      [/^Chile and Peru opened a gas pipeline/, /^Some sources say 13 March 2024/],
    ],
  ]);

  itAnswersPlainly(
    fixture,
    [
      ['the day of a saying that ends the sentence ("…, Peru\'s foreign ministry said Tuesday")', 'When did Chile and Peru sign the fisheries accord?', '3 May 2024'],
      ['the day of a saying that ends the next sentence ("…, the ministry said Tuesday")', 'When did Chile and Peru open the joint border post?', '2 May 2024'],
      ['the day of a saying that ends the sentence before', 'When did Chile and Peru launch the joint anchovy survey?', '6 May 2024'],
      ['the day of a saying before an aside ("said 7 May, in a speech to Congress, that")', 'When did Chile and Peru sign the energy interconnection memorandum?', '6 May 2024'],
      ['a day analysts "say" with an appositive of another occasion ("the day of Peru\'s regional elections")', 'When did Chile and Peru sign the port services accord?', '31 May 2024'],
      ['a day a report "gives" with an appositive of another occasion ("the day it was published")', 'When did Chile and Peru ratify the customs protocol?', '24 May 2024'],
      ['a day a bulletin "gave" in the sentence before the act\'s', 'When did Chile and Peru sign the tourism accord?', '3 May 2024'],
      ['a day a timetable "gives" with an appositive of another occasion ("when the first freight train ran")', 'When did Chile and Peru reopen the Arica–Tacna railway?', '27 May 2024'],
      ['a weekday alone that a newspaper "gives"', 'When did Chile and Peru inaugurate the bridge over the Lluta river?', '6 May 2024'],
    ],
    true,
  );
});
