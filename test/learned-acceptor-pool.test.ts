import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../src/extract/pipeline.js';
import { structure } from '../src/ingest/segment/structure.js';
import { collected } from '../src/extract/events/learned-acceptor.js';
import { PAIR_HISTORY_AT, pairHistory } from './helpers/events.js';

/**
 * The learned acceptor's wider pool (session 41, issue 10): in a document about a pair, a sentence that names no actor is read
 * (`actor:document`) when its verb is a told past act of a thing between two states; a verb after "and" shares the clause's
 * subject (`subject:coordinated`). Sentences written for these tests, in a short history of Ghana and Togo (`pairHistory`).
 */

/** The candidates of `line` set in the history (`DYAD_LEARNED=dump`): [verb's start in the line, verb, date, features]. */
function candidates(line: string, inHistory = true): [number, string, string, string[]][] {
  vi.stubEnv('DYAD_LEARNED', 'dump');
  const text = inHistory ? pairHistory(line) : line;
  const at = inHistory ? PAIR_HISTORY_AT : 0;
  const { blocks, sentences } = structure(text);
  extract({ text, blocks, sentences });
  return (
    collected
      .pop()!
      // The verbs' candidates: act nouns (session 42) are tested in learned-acceptor-nouns.test.ts.
      .candidates.filter((c) => !c.noun && c.verb.start >= at && c.verb.start < at + line.length)
      .map((c) => [c.verb.start - at, text.slice(c.verb.start, c.verb.end), c.date, c.features])
  );
}

/** The acts the acceptor adds to `line` in the history: [trigger's start in the line, trigger, date]. */
function learned(line: string): [number, string, string][] {
  vi.stubEnv('DYAD_LEARNED', 'on');
  const text = pairHistory(line);
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences })
    .events.filter((e) => e.rule.startsWith('learned-acceptor') && e.start >= PAIR_HISTORY_AT && e.start < PAIR_HISTORY_AT + line.length)
    .map((e) => [e.trigger.start - PAIR_HISTORY_AT, text.slice(e.trigger.start, e.trigger.end), e.date]);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the learned acceptor’s wider pool (session 41)', () => {
  it('reads a sentence with no actor in a document about the pair: a past act of a thing between the two states', () => {
    const line = 'The bilateral transit protocol expired in June 2018.';
    const [c, ...rest] = candidates(line);
    expect(rest).toEqual([]);
    expect(c!.slice(0, 3)).toEqual([31, 'expired', '2018-06']);
    expect(c![3]).toEqual(expect.arrayContaining(['actor:document', 'subject:noun', 'subject-noun:bilateral', 'date:own', 'precision:month', 'form:past']));
    // The model accepts it: an act of the pair's document with no actor.
    expect(learned(line)).toEqual([[31, 'expired', '2018-06']]);
  });

  it('makes no candidate of the same sentence in a document about no pair', () => {
    expect(candidates('The bilateral transit protocol expired in June 2018.', false)).toEqual([]);
  });

  it('gives a verb after "and" the subject of the clause’s verb before it', () => {
    const found = candidates('In March 2019 Ghana hosted the border talks and signed a transit protocol.');
    expect(found.map(([at, verb, date]) => [at, verb, date])).toEqual([
      [20, 'hosted', '2019-03'],
      [48, 'signed', '2019-03'],
    ]);
    expect(found[1]![3]).toEqual(expect.arrayContaining(['subject:pair-state', 'subject:coordinated', 'verb:later']));
    expect(found[0]![3]).not.toContain('subject:coordinated');
  });

  it.each([
    ['a statistic with no actor', 'Cocoa exports to the neighbouring market rose by 8 percent in 2019.'],
    ['a population that a verb of people counts', 'Some 4,000 traders crossed the frontier at Aflao in May 2019.'],
    ['an undated general truth', 'Joint border posts reduce waiting times for lorries.'],
    ['a plan of a body, no actor named', 'The border committee will meet in May 2027.'],
    ['a plan denied', 'The bilateral transit protocol was not renewed in June 2018.'],
    ['a noun the tagger reads as a verb, in the present', 'The border crossing at Aflao is closed at night in February.'],
    ['a noun of people for subject', 'Cross-border traders protested at Aflao in May 2019.'],
    ['a noun of prices for subject', 'Fuel prices climbed again in May 2019.'],
    ['a subject after a preposition', 'The closure of the border crossing angered lorry drivers in May 2019.'],
  ])('must not: %s', (_, line) => {
    expect(candidates(line).filter(([, , , f]) => f.includes('actor:document') || f.includes('subject:noun') || f.includes('subject:none'))).toEqual([]);
    expect(learned(line)).toEqual([]);
  });

  it('must not: a relative clause’s verb, nor a sentence about a third country', () => {
    expect(candidates('The ambassador, who had arrived in Accra in 2017, left in May 2019.').map(([, verb]) => verb)).not.toContain('arrived');
    expect(learned('Benin and Nigeria reopened their land border in December 2020.')).toEqual([]);
    // A third country's crossing, named by its adjective only: no act of the pair's.
    expect(learned('The Nigerian border crossing reopened in 2020.')).toEqual([]);
  });

  // Review of session 41 (issue 10): what a coordinated verb shares, the head of a noun subject, an act on private people.
  it('gives a coordinated verb the first verb’s subject and its kind, never the first verb’s object', () => {
    // The commission adjourned … and reconvened: the commission reconvened.
    const found = candidates('The joint commission adjourned in 2011 and reconvened on 3 May 2013.');
    expect(found.map(([at, verb]) => [at, verb])).toEqual([
      [21, 'adjourned'],
      [43, 'reconvened'],
    ]);
    expect(found[1]![3]).toEqual(expect.arrayContaining(['subject:body-unnamed', 'subject:coordinated']));
    // The checkpoint closed … and reopened: the checkpoint's kind (a thing between the two) goes with it.
    const checkpoint = 'The Aflao checkpoint closed in 2011 and reopened on 3 May 2013.';
    const both = candidates(checkpoint);
    expect(both.map(([at, verb, date]) => [at, verb, date])).toEqual([
      [21, 'closed', '2011'],
      [40, 'reopened', '2013-05-03'],
    ]);
    expect(both[1]![3]).toEqual(expect.arrayContaining(['subject:noun', 'subject:coordinated', 'subject-noun:bilateral']));
    expect(learned(checkpoint)).toEqual([[40, 'reopened', '2013-05-03']]);
    // Farmers blocked the road and burned tyres: the farmers burned them, people no candidate is made of.
    expect(candidates('Farmers blocked the border road and burned tyres in June 2016.')).toEqual([]);
    expect(learned('Farmers blocked the border road and burned tyres in June 2016.')).toEqual([]);
  });

  it('dates a coordinated verb by its own conjunct, never by a date told inside the first', () => {
    const line = 'The joint commission adjourned in 2011 and reconvened on 3 May 2013.';
    expect(candidates(line).map(([at, verb, date]) => [at, verb, date])).toEqual([
      [21, 'adjourned', '2011'],
      [43, 'reconvened', '2013-05-03'],
    ]);
    expect(learned(line)).toEqual([[43, 'reconvened', '2013-05-03']]);
    // No date of its own: none of the first conjunct's ("reopened" is no candidate of 2002).
    expect(candidates('Ghana closed its embassy in Lomé in 2002 and reopened it.').map(([, verb, date]) => [verb, date])).toEqual([['closed', '2002']]);
  });

  it.each([
    ['a modifier of the head names the thing, not the head', 'The border town flooded in April 2018.'],
    ['a plural head of the same kind', 'The frontier villages flooded in April 2018.'],
  ])('must not (noun subject): %s', (_, line) => {
    expect(candidates(line)).toEqual([]);
    expect(learned(line)).toEqual([]);
  });

  it.each([
    ['private people after "against"', 'In August 2019 the Togolese gendarmerie launched raids against smugglers near Aflao.', 'launched'],
    ['private people as the object', 'In May 2020 Togolese customs officers detained truckers at the Kodjoviakope post.', 'detained'],
  ])('must not (an act on private people no state names): %s', (_, line, verb) => {
    expect(candidates(line).map(([, v]) => v)).not.toContain(verb);
    expect(learned(line)).toEqual([]);
  });

  it('keeps an act on people a state names as its nationals', () => {
    expect(candidates('In 2019 Ghana deported 300 Togolese traders.').map(([at, verb, date]) => [at, verb, date])).toEqual([[14, 'deported', '2019']]);
  });
});
