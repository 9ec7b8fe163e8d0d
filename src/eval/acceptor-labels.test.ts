import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../extract/pipeline.js';
import { structure } from '../ingest/segment/structure.js';
import { collected } from '../extract/events/learned-acceptor.js';
import { clausesOf } from '../extract/events/sentence-clauses.js';
import { candidateLabel, type LabelMode } from './acceptor-labels.js';

/** Each candidate verb of a text (as `DYAD_LEARNED=dump` collects them) with its label against gold quotes of a date. */
function labels(text: string, gold: [string, string][], mode: LabelMode) {
  vi.stubEnv('DYAD_LEARNED', 'dump');
  const { blocks, sentences } = structure(text);
  extract({ text, blocks, sentences, documentDate: '2024-06-01' });
  const candidates = collected.pop()!.candidates;
  const misses = gold.map(([quote, date]) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, date }));
  return candidates.map((c) => {
    const clause = clausesOf(text, c).find((k) => k.start <= c.verb.start && c.verb.end <= k.end) ?? c;
    return [text.slice(c.verb.start, c.verb.end), c.verb.start, candidateLabel(c, candidates, misses, clause, mode)];
  });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the learned acceptor labels its candidates by the verb the gold quotes, not by the sentence (session 30)', () => {
  const text = 'Kenyan officials deported 40 Ugandan traders in May 2024, and Uganda recalled its envoy from Nairobi.';

  it('labels only the verb a missed gold event quotes', () => {
    expect(labels(text, [['Uganda recalled its envoy from Nairobi', '2024-05']], 'verb')).toEqual([
      ['deported', 17, false],
      ['recalled', 69, true],
    ]);
    // As before (sentence labels), every verb of the sentence was a positive.
    expect(labels(text, [['Uganda recalled its envoy from Nairobi', '2024-05']], 'sentence')).toEqual([
      ['deported', 17, true],
      ['recalled', 69, true],
    ]);
  });

  it('labels the clause a verbless gold quote overlaps, and no verb of another clause', () => {
    const closure = 'In May 2024 Uganda ordered the closure of the Busia crossing, and Kenya protested the decision.';
    const gold: [string, string][] = [['the closure of the Busia crossing', '2024-05']];
    expect(labels(closure, gold, 'clause')).toEqual([
      ['ordered', 19, true],
      ['protested', 72, false],
    ]);
    expect(labels(closure, gold, 'verb')).toEqual([
      ['ordered', 19, false],
      ['protested', 72, false],
    ]);
    // A quote that holds a candidate's verb labels that verb alone, in clause mode too.
    expect(labels(text, [['Uganda recalled its envoy from Nairobi', '2024-05']], 'clause')).toEqual([
      ['deported', 17, false],
      ['recalled', 69, true],
    ]);
  });

  it('labels nothing for a gold event of another date', () => {
    expect(labels(text, [['Uganda recalled its envoy from Nairobi', '2024-06']], 'clause')).toEqual([
      ['deported', 17, false],
      ['recalled', 69, false],
    ]);
  });
});
