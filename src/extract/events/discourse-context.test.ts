import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { whoseActors } from './discourse-context.js';

/** A lead paragraph (written for these tests) that makes Zambia and Malawi the document's pair: each named three times. */
const LEAD = 'Zambia and Malawi share a border. Zambia accused Malawi of letting trawlers fish in its waters, and Malawi denied it; Zambia said it would act.\n\n';

/** Events after the lead: passage start, trigger offsets and text, type, date, rule, actors. */
function after(said: string) {
  const text = LEAD + said;
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2025-06-30' })
    .events.filter((e) => e.start >= LEAD.length)
    .map((e) => [e.start, e.trigger.start, e.trigger.end, text.slice(e.trigger.start, e.trigger.end), e.type, e.date, e.rule, e.actors.map((a) => a.name)]);
}

describe('a subject that names no actor stands for the pair named before (discourse-context.ts, session 31)', () => {
  it('a definite body of a state ("The ministry") after a sentence of the paragraph that named one of the pair', () => {
    expect(after('Zambia summoned the Malawian envoy on 3 March 2025. The ministry suspended the licences of nine trawlers on 4 March 2025.')).toEqual([
      [145, 152, 160, 'summoned', 'conflict_or_incident', '2025-03-03', 'trigger+date', ['Zambia', 'Malawi']],
      [197, 210, 219, 'suspended', 'conflict_or_incident', '2025-03-04', 'verb+date', ['Zambia']],
    ]);
  });

  it('the heading before the paragraph names the state', () => {
    expect(after('Zambian fisheries measures\n\nThe ministry suspended the licences of nine trawlers on 4 March 2025.')).toEqual([
      [173, 186, 195, 'suspended', 'conflict_or_incident', '2025-03-04', 'verb+date', ['Zambia']],
    ]);
  });

  it("the body's state is written as the act's doer: the state the sentence before named first (session 32)", () => {
    const acts = (said: string) => after(said).map(([, start, end, trigger, , date, , actors]) => [start, end, trigger, date, actors]);
    expect(acts('Zambia summoned the Malawian envoy on 3 March 2025. The foreign ministry on Friday expelled two Malawian diplomats.')).toEqual([
      [152, 160, 'summoned', '2025-03-03', ['Zambia', 'Malawi']],
      [228, 236, 'expelled', '2025-06-27', ['Zambia', 'Malawi']],
    ]);
    // Must not: a body named with its own state keeps it; an envoy acts abroad ("the envoy" is the Malawian one); a court is no state's body.
    expect(acts('Zambia summoned the Malawian envoy on 3 March 2025. The Malawian ministry suspended the licences of nine trawlers on 4 March 2025.')[1]).toEqual([
      219,
      228,
      'suspended',
      '2025-03-04',
      ['Malawi'],
    ]);
    expect(acts('Zambia summoned the Malawian envoy on 3 March 2025. The envoy on Friday expelled two Malawian diplomats.')[1]).toEqual([217, 225, 'expelled', '2025-06-27', ['Malawi']]);
    expect(acts('Zambia summoned the Malawian envoy on 3 March 2025. The court suspended the licences of nine trawlers on 4 March 2025.')[1]?.[4]).toEqual([]);
  });

  it('"they" after a paragraph that named the pair as a group ("The two Heads of State"), with no entity', () => {
    expect(after('The two Heads of State welcomed the growth of traffic on the lake.\n\nThey agreed to lower the fees for fishing vessels on 18 June 2025.')).toEqual([
      [213, 218, 224, 'agreed', 'other', '2025-06-18', 'verb+date', ['Zambia', 'Malawi']],
    ]);
  });

  it("in a document about a pair, the body's own sentence names one of the pair, after a third state's sentence", () => {
    expect(after('Tanzania closed its border with Mozambique on 2 March 2025. After the dispute in Lusaka, the ministry suspended the licences of nine trawlers on 4 March 2025.')).toEqual([
      [145, 154, 160, 'closed', 'conflict_or_incident', '2025-03-02', 'verb+date', ['Tanzania', 'Mozambique']],
      [205, 247, 256, 'suspended', 'conflict_or_incident', '2025-03-04', 'verb+date', ['Zambia']],
    ]);
  });

  it("people who report a state's act leave its actors the referent: the saying's subject is no people sentence's", () => {
    expect(after('Residents said Malawian soldiers crossed into Zambia on 3 March 2025. They also fired shots near a school.')).toContainEqual([
      215,
      225,
      230,
      'fired',
      'conflict_or_incident',
      '2025-03-03',
      'wordnet-verb+context-date',
      ['Zambia', 'Malawi'],
    ]);
  });

  it.each([
    // The pronoun and the body refer to a third state's.
    ['Tanzania and Mozambique met in Maputo in May.\n\nThey froze the accounts of two shipping firms on 4 March 2025.', /froze/],
    ['Tanzania summoned the Mozambican envoy on 3 March 2025. The ministry suspended the licences of nine trawlers on 4 March 2025.', /suspended/],
    ['Tanzanian fisheries measures\n\nThe ministry suspended the licences of nine trawlers on 4 March 2025.', /suspended/],
    // "They" of people, not a state, though the sentence names one.
    ['Traders gathered outside the Malawian consulate in Chipata on 3 March 2025. They blocked the road to the border on 4 March 2025.', /blocked/],
    // People who report what no actor of the pair did (an actor named further on is no reported subject) stay the referent of "they".
    ['Residents said the fishing near the Malawian shore had stopped on 3 March 2025. They blocked the road to the border on 4 March 2025.', /blocked/],
    // A generic statement: no act done.
    ['Zambia signed a fisheries accord with Malawi on 2 May 2024. The ministry usually publishes such accords within a month.', /publishes/],
    // A paragraph between: the state is too far back.
    ['Zambia summoned the Malawian envoy on 3 March 2025.\n\nThe lake is the third largest in Africa.\n\nThe ministry suspended the licences of nine trawlers on 4 March 2025.', /suspended/],
  ])('gives no act to the pair: %s', (said, verb) => {
    expect(after(said).filter(([, , , trigger]) => verb.test(String(trigger)))).toEqual([]);
  });
});

describe('whoseActors', () => {
  const pair = new Set(['ZMB', 'MWI']);
  const s = (text: string) => ({ start: 0, end: text.length, block: 0 });
  it('a third party as subject takes the reference; one named further on does not', () => {
    const zm = (text: string, at: number, name: string, country: string) => ({
      start: at,
      end: at + name.length,
      text: name,
      name,
      entity: `country:${country}`,
      kind: 'country' as const,
      country,
      stage: 'actors',
      rule: 'lexicon-name',
    });
    const a = 'Tanzania closed the road.';
    expect(whoseActors(a, s(a), [zm(a, 0, 'Tanzania', 'TZA')], pair)).toBe('third');
    const b = 'In 1902 they referred the question to arbitration by Britain.';
    expect(whoseActors(b, s(b), [zm(b, b.indexOf('Britain'), 'Britain', 'GBR')], pair)).toBeUndefined();
    const c = 'Both sides reaffirmed the accord.';
    expect(whoseActors(c, s(c), [], pair)).toBe('pair');
    const d = 'Protesters gathered outside the Malawian consulate.';
    expect(whoseActors(d, s(d), [zm(d, d.indexOf('Malawian'), 'Malawian', 'MWI')], pair)).toBe('people');
  });
});
