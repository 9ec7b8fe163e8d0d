import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { withoutUndatedHypotheticals } from './undated-hypotheticals.js';

/**
 * A hypothetical act dated from outside its sentence names no date (session 43, issue 10). Sentences written for these tests in
 * the manner of a wire report on Kenya and Tanzania; the report is dated Monday 4 May 2026.
 */
function rows(text: string): [number, string, string, string][] {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-04' }).events.map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.date, e.mode]);
}

const HEAD = 'Kenya and Tanzania trade barbs over maize ban\n\nNAIROBI, 4 May 2026 (Reuters) - Tanzania barred Kenyan maize on Monday.';

describe('hypothetical acts dated from outside their sentence (undated-hypotheticals.ts)', () => {
  it.each([
    ['a doubt ("could")', 'Kenyan officials warned that traders could boycott Tanzanian rice.', 'boycott'],
    ['a condition and its consequence', 'If Dodoma refused to lift the ban, Nairobi would complain to the East African Community.', 'complain'],
    ['a question asked of a spokesman', 'Asked whether Kenya would expel Tanzanian diplomats, the spokesman said no decision had been taken.', 'expel'],
  ])('must not: %s', (_, sentence, word) => {
    const text = `${HEAD}\n\n${sentence}`;
    const told = rows(text);
    expect(told.map(([, w]) => w)).not.toContain(word);
    // The report's own act stays, at its offsets and on its day.
    expect(told).toContainEqual([88, 'barred', '2026-05-04', 'asserted']);
  });

  it('keeps a hypothetical act its own sentence dates', () => {
    const text = `${HEAD}\n\nTanzania would reopen the Namanga crossing to Kenyan lorries on 1 June 2026 if the accord is ratified, officials said.`;
    expect(rows(text)).toContainEqual([135, 'reopen', '2026-06-01', 'hypothetical']);
  });

  it('keeps the asserted act of the sentence before a hypothetical one, in one paragraph', () => {
    const text = `${HEAD} Kenya summoned the Tanzanian envoy on Monday. Kenyan traders could boycott Tanzanian rice.`;
    const told = rows(text);
    expect(told).toContainEqual([125, 'summoned', '2026-05-04', 'asserted']);
    expect(told.map(([, w]) => w)).not.toContain('boycott');
  });

  it.each([
    ['hypothetical', 'document', 'CONSULT', false],
    ['hypothetical', 'context', 'FIGHT', false],
    ['hypothetical', 'sentence', 'CONSULT', true],
    ['hypothetical', 'document', 'THREATEN', true],
    ['planned', 'document', 'CONSULT', true],
    ['negated', 'context', 'COERCE', true],
    ['asserted', 'document', 'COERCE', true],
  ] as const)('a %s act dated by the %s, %s: kept %s', (mode, dateSource, type, kept) => {
    const e = { mode, dateSource, plover: { type, mode: '' } };
    expect(withoutUndatedHypotheticals([e])).toEqual(kept ? [e] : []);
  });
});
