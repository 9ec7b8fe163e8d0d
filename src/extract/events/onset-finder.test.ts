import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events the onset finder adds to a text written in the manner of histories and news reports: date, trigger, PLOVER category, mode, actors. */
function onsets(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, ...(documentDate ? { documentDate } : {}) })
    .events.filter((e) => /since/.test(e.rule))
    .map((e) => [e.date, text.slice(e.trigger.start, e.trigger.end), e.plover.type, e.mode, e.actors.map((a) => a.name).join(','), e.rule]);
}

describe('the onset of a lasting state and an ongoing act told with "since"', () => {
  it.each([
    // The state a past act left: the act is dated at the start of the period.
    ['The land border between Peru and Bolivia has been closed since 1994.', [['1994', 'closed', 'SANCTION', 'asserted', 'Peru,Bolivia', 'onset-since+date']]],
    ['Ties between Chile and Peru have been frozen since 2021, the two ministries said.', [['2021', 'frozen', 'SANCTION', 'asserted', 'Chile,Peru', 'onset-since+date']]],
    // A date the other finders already gave the sentence's act adds nothing ("accused" is dated March 2021).
    ['Ties between Chile and Peru have been frozen since March 2021, when Lima accused Santiago of spying.', []],
    ['Direct flights between Kenya and Uganda had formally been suspended since 2017.', [['2017', 'suspended', 'SANCTION', 'asserted', 'Kenya,Uganda', 'onset-since+date']]],
    // An act of no vocabulary is an event of category OTHER.
    ['The consulate of Ghana in Lagos has been relocated since 2009.', [['2009', 'relocated', 'OTHER', 'asserted', 'Ghana', 'onset-since+date']]],
  ])('%s', (text, expected) => {
    expect(onsets(text)).toEqual(expected);
  });

  it('dates an act told as going on in the perfect from the start of the period to the day of the report', () => {
    const text = 'Kenya sends aid\n\nNAIROBI, May 30 - Kenya has delivered food aid to Somalia by road since November 2023, officials said.';
    expect(onsets(text, '2024-05-30')).toEqual([['2023-11/2024-05-30', 'delivered', 'AID', 'asserted', 'Kenya,Somalia', 'ongoing-since+date+plover:aid-delivered']]);
    // Outside news no end is known: nothing.
    expect(onsets('Kenya has delivered food aid to Somalia by road since November 2023.')).toEqual([]);
  });

  it('dates an act denied in the perfect since a date ("has not met since 2022") from that date to the report, negated (session 23)', () => {
    const text = 'Iceland and Malawi talk fish\n\nREYKJAVIK, March 4 - The fisheries commission Iceland and Malawi set up in 2015 has not met since 2022.';
    expect(onsets(text, '2026-03-04')).toEqual([['2022/2026-03-04', 'met', 'CONSULT', 'negated', 'Iceland,Malawi', 'ongoing-since+date']]);
    expect(onsets('Iceland reopened its consulate in Lilongwe in 2015.\n\nREYKJAVIK, March 4 - Iceland has never appointed an ambassador to Malawi since then.', '2026-03-04')).toEqual([]);
  });

  it.each([
    // A state told with a noun or an adjective (but a membership, below), a quantity, a stative verb (but a participle
    // reduced to a modifier, below), a "since" with no actor named, a verb after the date, a clause that is not in the perfect.
    'Japan has been the largest donor to Kenya since 1992.',
    'Exports from Kenya to Japan have risen since 2015.',
    'Relations between Kenya and Japan have remained close since 1990.',
    'The old bridge has been closed since 2011.',
    'Since 2016 Kenya has imported Ugandan sugar.',
    'Chile closed the crossing with Peru since it was unsafe in 2019.',
    'Kenya has been known as a partner of Japan since 1990.',
  ])('gives no event: %s', (text) => {
    expect(onsets(text)).toEqual([]);
  });
});

describe('a membership held since a date is the joining, of that date (session 25)', () => {
  it.each([
    ['Latvia, an EU member since 2004, backed the request.', [['2004', 'member', 'COOPERATE', 'asserted', 'Latvia,European Union', 'onset-since+date']]],
    ['Chile has been a member of the Pacific Alliance since 2012.', [['2012', 'member of the Pacific Alliance', 'COOPERATE', 'asserted', 'Chile', 'onset-since+date']]],
    // The gold sets date such a membership at its start ("members of the European Union since 1986"); session 23 had it none.
    [
      'Kenya has been a member of the African Development Bank since 1964.',
      [['1964', 'member of the African Development Bank', 'COOPERATE', 'asserted', 'Kenya,African Development Bank', 'onset-since+date']],
    ],
    // No date after "since": no onset.
    ['Chile has been a member of the alliance since its founding.', []],
    ['Latvia and Finland have been members of NATO since 2004.', [['2004', 'members of NATO', 'COOPERATE', 'asserted', 'Latvia,Finland', 'onset-since+date']]],
    // A membership of no body: a parliament, a delegation (review of session 25).
    ['Two of the Latvian envoys have been members of parliament since 2019.', []],
    ['Two of the Latvian envoys have been members of Parliament since 2019.', []],
  ])('%s', (text, expected) => {
    expect(onsets(text)).toEqual(expected);
  });

  it('a membership of a delegation is no joining of a body, by any finder', () => {
    const text = 'Three Lithuanian officials, members of the delegation since 3 June, met the Latvian minister in Riga.';
    const { blocks, sentences } = structure(text);
    expect(extract({ text, blocks, sentences, documentDate: '2021-06-10' }).events.filter((e) => e.type === 'multilateral_membership')).toEqual([]);
  });

  it('reads the mode of the membership in its own sentence, not at the start of the text', () => {
    const text = 'Poland said it would not sign the declaration. Lithuania and Poland have been members of the European Union since 2004.';
    const trigger = 'members of the European Union';
    const { blocks, sentences } = structure(text);
    const events = extract({ text, blocks, sentences }).events.filter((e) => e.rule === 'onset-since+date');
    expect(events.map((e) => [e.trigger.start, e.trigger.end, e.date, e.mode])).toEqual([[text.indexOf(trigger), text.indexOf(trigger) + trigger.length, '2004', 'asserted']]);
  });
});

describe('a treaty in force since a date, a state a modifier names since a date: events of its start (session 25)', () => {
  it.each([
    ['The readmission agreement between Chile and New Zealand, in force since 2011, covers overstayers.', [['2011', 'in force', 'COOPERATE', 'asserted', 'Chile,New Zealand', 'onset-since+date']]],
    // A participle reduced to a modifier set off by commas: the state began at the period's start, beside the act the sentence tells.
    ['Ferry services between Latvia and Finland, suspended since March 2020, resume in June.', [['2020-03', 'suspended', 'SANCTION', 'asserted', 'Latvia,Finland', 'onset-since+date']]],
    ['Flights between Lima and Santiago, suspended since 2020, resume in October.', [['2020', 'suspended', 'SANCTION', 'asserted', 'Peru,Chile', 'onset-since+date']]],
    // A state held by a third country, in a document about a pair, is no act between them.
    ['Latvia and Finland signed a memorandum on energy in Riga on Monday. Estonia, an EU member since 2004, welcomed the accord between Latvia and Finland, which Helsinki will ratify.', []],
    // No date after "since", a day of an act going on, a state of the weather, an office held "ever since": nothing.
    ['The agreement between Chile and New Zealand, in force since then, covers overstayers.', []],
    ['Ferry services between Latvia and Finland, suspended since then, resume in June.', []],
    ['Finnish police have patrolled the border with Latvia since Monday.', []],
    ['It has been raining in Riga since Tuesday, Latvian officials said.', []],
    ['Tokayev, who has been president ever since, received the Mongolian delegation in Astana.', []],
  ])('%s', (text, expected) => {
    expect(onsets(text)).toEqual(expected);
  });
});
