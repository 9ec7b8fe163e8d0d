import { describe, expect, it, vi } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { tag } from './tagger.js';
import { keptTokens, taggingScope } from './tag-store.js';

/** Every stretch the part-of-speech tagger reads (wink-nlp's `readDoc`), in order. */
const read = vi.hoisted(() => [] as string[]);
vi.mock('./wink-model.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./wink-model.js')>();
  return {
    winkInstance: (pipe: string[]) => {
      const nlp = real.winkInstance(pipe);
      if (pipe.join() !== 'pos') return nlp;
      return new Proxy(nlp, { get: (o, k) => (k === 'readDoc' ? (t: string) => (read.push(t), o.readDoc(t)) : o[k as keyof typeof o]) });
    },
  };
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A long chronicle in the manner of a ministry's timeline: more dated acts of the pair than the 512 stretches kept outside a scope. */
const chronicle = Array.from({ length: 600 }, (_, i) => `On ${1 + (i % 28)} ${MONTHS[i % 12]} ${1950 + Math.floor(i / 12)}, Chile sent a survey ship to the waters off Peru.`);

describe('tagging once per extraction (issue 13)', () => {
  it('tags each sentence of an extraction once, though the fact stage, the verb finder and the learned acceptor each read it', () => {
    const text = chronicle.join('\n\n');
    const { blocks, sentences } = structure(text);
    read.length = 0;
    const events = extract({ text, blocks, sentences }).events;
    expect(events.length).toBeGreaterThan(500);
    const times = new Map<string, number>();
    for (const t of read) times.set(t, (times.get(t) ?? 0) + 1);
    // Each sentence once (a clause of it, "Chile sent a survey ship to the waters off Peru.", is a stretch of its own, at each sentence's offset).
    expect(chronicle.filter((s) => times.get(s) !== 1)).toEqual([]);
    // Nothing outlives the extraction: its stretches are not kept after it.
    expect(keptTokens(chronicle[0]!, sentences[0]!.start)).toBeUndefined();
  });

  it('gives back the words of a stretch tagged before in the scope, offsets and lemmas exact, whatever was tagged between', () => {
    taggingScope(() => {
      const first = tag('Peru lent Bolivia $5 million.', 10);
      chronicle.forEach((s, i) => tag(s, 100 + 200 * i));
      read.length = 0;
      const again = tag('Peru lent Bolivia $5 million.', 10);
      expect(read).toEqual([]);
      expect(again).toEqual(first);
      expect(again[1]).toEqual({ start: 15, end: 19, pos: 'VERB', lemma: 'lend' });
    });
  });

  it('does not give the words of another stretch at the same offset, nor keep a scope’s stretches after it', () => {
    taggingScope(() => {
      tag('Chile closed the border.', 0);
      expect(keptTokens('Chile closed the border in May.', 0)).toBeUndefined();
      expect(tag('Chile closed the border in May.', 0).map((t) => t.end)).toEqual([5, 12, 16, 23, 26, 30, 31]);
      expect(keptTokens('Chile closed the border.', 0)?.map((t) => t.lemma)).toEqual(['chile', 'close', 'the', 'border', '.']);
    });
    expect(keptTokens('Chile closed the border.', 0)).toBeUndefined();
  });
});
