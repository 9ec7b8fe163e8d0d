import { describe } from 'vitest';
import { askFixture, itAnswers, itRefuses } from './helpers/ask.js';

/**
 * A Uruguay–Paraguay wire written for these tests (test/data/ask-when-verbs/): the date of an act whose verb the passage writes as a
 * synonym of several words, of one verb told twice in a sentence, and of an act written with its own date after a counted length.
 */
const DOCS = new URL('./data/ask-when-verbs/', import.meta.url).pathname;

describe('dyad ask: the date of the act asked, when its verb is written otherwise or twice (spans.ts, counted-dates.ts)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "Diplomatic relations between Uruguay and Paraguay, which signed a basic treaty on good-neighbourly relations in March 1961, were set
    // up on 12 May 1920": "set up" is a synonym of "established" (lexicon/ask.json), so its clause dates the act, not the date nearest
    // "relations".
    ['when (a verb of several words)', 'When were diplomatic relations between Uruguay and Paraguay established?', '12 May 1920', /were set up on 12 May 1920/],
    // Must-not: the other clause's act keeps its own date.
    ['when (the other act of the sentence)', 'When did Uruguay and Paraguay sign the basic treaty on good-neighbourly relations?', 'March 1961', /signed a basic treaty/],
    // "Paraguay opened negotiations … in June 2019, and last year it opened the chapter on farm tariffs": the clause holding more of the question.
    ['when (one verb told twice)', 'When did Paraguay open negotiations on a customs union with Uruguay?', 'June 2019', /opened negotiations on a customs union/],
    // Must-not: the second clause's act keeps "last year".
    ['when (the second use of the verb)', 'When did Paraguay open the chapter on farm tariffs?', 'last year', /opened the chapter on farm tariffs/],
    // "Bolivia signed its accession protocol to the customs union on 7 July 2024, and joined on 1 March 2025": the question's own verb
    // ("joined") before its synonym ("accession"), though the synonym's clause holds more of the question's words.
    ['when (the verb as asked before a synonym)', 'When did Bolivia join the customs union?', '1 March 2025', /and joined on 1 March 2025/],
    // Must-not: the signing keeps its date.
    ["when (the synonym's own act)", 'When did Bolivia sign its accession protocol to the customs union?', '7 July 2024', /signed its accession protocol/],
    // "…five weeks after the two governments lifted the border restrictions on 25 April 2025": the act's own date, not 2 June less five weeks.
    ['when (an act with its own date after a counted length)', 'When did the two governments lift the border restrictions?', '25 April 2025', /lifted the border restrictions on 25 April 2025/],
    // Must-not: the main act keeps its date.
    ['when (the main act before the counted length)', 'When did barge traffic on the Paraguay River resume?', '2 June 2025', /Barge traffic on the Paraguay River resumed/],
  ]);
});

describe("dyad ask: a date in a stretch set off by commas is its own act's (spans.ts, review of session 30, issue 11)", () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "Chile's foreign minister, who visited Lima in 2021, summoned the Peruvian ambassador": 2021 dates the visit; the summons has only the
    // report's date, as the event stage dates it (enclosed-clauses.ts).
    ["when (a main act beside a relative clause's date)", 'When did Chile summon the Peruvian ambassador?', '12 March 2026 (date of the report)', /who visited Lima in 2021, summoned/],
    // Must-not: the relative clause's own act keeps its date.
    ["when (the relative clause's own act)", "When did Chile's foreign minister visit Lima?", '2021', /who visited Lima in 2021/],
  ]);
});

describe('dyad ask: of two clauses alike in their words, the one naming what is asked (spans.ts, review of session 30, issue 11)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "Chile closed the Chacalluta border crossing in April 2020 …, and it closed the Santa Rosa crossing to lorries in May 2020": both
    // clauses hold "closed" and "crossing"; the name breaks the tie.
    ['when (a clause told apart by its name)', 'When did Chile close the Santa Rosa crossing?', 'May 2020', /closed the Santa Rosa crossing/],
    // Must-not: the clause holding more of the question's words keeps its date whatever the names.
    ["when (the clause with more of the question's words)", 'When did Chile close the Chacalluta border crossing?', 'April 2020', /closed the Chacalluta border crossing/],
  ]);
});

describe('dyad ask: "how long was X given": a period, not a length (question.ts)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "…demanded that Montevideo answer its protest note within fifteen days": "given", an irregular participle, asks a period as "-ed" does.
    ['how long (a period after an irregular participle)', 'How long was Montevideo given to answer the protest note?', 'fifteen days', /within fifteen days/],
    // Must-not: a thing's length is still a length.
    ['how long (a length)', 'How long is the old rail bridge over the Uruguay River?', '2.4 km', /at Salto is 2.4 km long/],
    // Must-not: an irregular participle in a relative clause is not the question's verb ("that was chosen by Chile and Peru").
    ['how long (a length, a participle in its relative clause)', 'How long is the gas pipeline that was chosen by Chile and Peru?', '540 kilometres', /is 540 kilometres long/],
  ]);
  itRefuses(fixture, [['a period the wire never gives', 'How long was Asunción given to pay the dredging toll?']]);
});
