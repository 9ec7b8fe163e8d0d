import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../src/extract/pipeline.js';
import { structure } from '../src/ingest/segment/structure.js';
import { PAIR_HISTORY_AT, nounCandidates, pairHistory, nounRefusals as refusals } from './helpers/events.js';

/**
 * Acts told by a noun with no verb, as candidates of the learned acceptor (session 42, issue 10): the head noun of an act
 * ("Negotiations in Lomé in March 2016 ended …", "after the 2005 Togolese elections") is a candidate when its lemma is an act
 * noun of the vocabularies or a nominalisation of their verbs, dated by a date in its own phrase or the phrase after it.
 * Sentences written for these tests, in a short history of Ghana and Togo (`pairHistory`).
 */

/** The acts the acceptor adds to `line`: [trigger's start in the line, trigger, date, type, PLOVER category]. */
function learned(line: string): [number, string, string, string, string | undefined][] {
  vi.stubEnv('DYAD_LEARNED', 'on');
  const text = pairHistory(line);
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences })
    .events.filter((e) => e.rule.startsWith('learned-acceptor') && e.start >= PAIR_HISTORY_AT && e.start < PAIR_HISTORY_AT + line.length)
    .map((e) => [e.trigger.start - PAIR_HISTORY_AT, text.slice(e.trigger.start, e.trigger.end), e.date, e.type, e.plover?.type]);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('acts told by a noun (session 42)', () => {
  it('makes the subject noun of a light verb a candidate, dated by the phrase after it', () => {
    const line = 'Negotiations in Lomé in March 2016 ended without a deal.';
    const found = nounCandidates(line);
    // "a deal" after "without" is no act; the negotiations are, a nominalisation of a verb of meeting.
    expect(found.map(([at, noun, date, plover]) => [at, noun, date, plover])).toEqual([[0, 'Negotiations', '2016-03', 'CONSULT']]);
    expect(found[0]![4]).toEqual(expect.arrayContaining(['cand:noun', 'noun:derived', 'noun-date:after', 'noun-role:light-subject', 'noun-actor:after', 'noun:plural']));
    expect(refusals(line)).toContainEqual(['deal', 'noun-negated']);
  });

  it('dates an act noun by a year inside its own phrase, even one that reads as a name’s ("the 2005 Togolese elections")', () => {
    const found = nounCandidates('Relations cooled after the 2005 Togolese elections.');
    expect(found.map(([at, noun, date, plover]) => [at, noun, date, plover])).toEqual([[41, 'elections', '2005', 'OTHER']]);
    expect(found[0]![4]).toEqual(expect.arrayContaining(['noun:hand', 'noun-date:own', 'noun-gov:temporal', 'noun-actor:before', 'noun:definite']));
  });

  it('reads a plural capitalised at the head of a sentence by its singular', () => {
    const found = nounCandidates('Consultations between Accra and Lomé in June 2012 produced a joint communique.');
    expect(found.map(([at, noun, date, plover]) => [at, noun, date, plover])).toContainEqual([0, 'Consultations', '2012-06', 'CONSULT']);
  });

  it.each([
    ['a general truth: the act noun is the subject of a present', 'Ghana and Togo signed a transit protocol in 2018. Trade is important to both.', 'Trade', 'noun-present'],
    ['a back-reference: the act told a sentence before', 'President Rawlings visited Lomé in May 1994. The visit was a success.', 'visit', 'noun-back-reference'],
    ['a plan’s noun', 'The planned closure of the Aflao crossing in 2027 was discussed.', 'closure', 'noun-plan'],
    ['an act between a third pair', 'The 1999 agreement between Nigeria and Benin on fishing rights set a precedent.', 'agreement', 'noun-third'],
    ['a statistic', 'The export of 40,000 tonnes of Togolese cement in 2019 was a record.', 'export', 'noun-figure'],
  ])('must not: %s', (_, line, noun, why) => {
    expect(nounCandidates(line).filter(([, n]) => n === noun)).toEqual([]);
    expect(refusals(line)).toContainEqual([noun, why]);
    expect(learned(line).filter(([, n]) => n === noun)).toEqual([]);
  });

  it.each([
    ['the subject of a verb dated in the predicate', 'The closure of the Aflao crossing alarmed Togolese traders in June 2015.', 'closure', 'noun-date-of-verb'],
    ['what brought about a passive', 'Togolese envoys were caught off guard by the Ghanaian offer on 3 May 2015.', 'offer', 'noun-agent'],
  ])('must not: %s', (_, line, noun, why) => {
    expect(nounCandidates(line).filter(([, n]) => n === noun)).toEqual([]);
    expect(refusals(line)).toContainEqual([noun, why]);
  });

  it('emits an act told by its noun alone, typed, categorised and dated by the phrase after it', () => {
    // The only word of the act is the noun: no rule reads it, the learned acceptor takes it (with DYAD_WIDE without "noun", nothing).
    const line = 'The extradition of the smuggler to Lomé in May 2015 followed a ruling in Accra.';
    expect(learned(line)).toEqual([[4, 'extradition', '2015-05', 'other', 'COOPERATE']]);
  });

  it('must not: an act noun inside a name, nor a state’s body', () => {
    // Review fix: "Defence" was never a candidate (a name's word the tagger reads as one); "Agreement" is an act noun the tagger
    // reads as a noun, refused only as a name's (`noun-in-name`).
    const line = 'The Aflao Trade Agreement Secretariat and the Ghanaian government opened an office in Lomé in May 2010.';
    expect(nounCandidates(line).map(([, n]) => n)).not.toContain('government');
    expect(nounCandidates(line).map(([, n]) => n)).not.toContain('Agreement');
    expect(refusals(line)).toContainEqual(['Agreement', 'noun-in-name']);
  });
});
