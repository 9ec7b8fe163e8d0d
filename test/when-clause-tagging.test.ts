import { describe, expect, it, vi } from 'vitest';
import { extract } from '../src/extract/pipeline.js';
import { structure } from '../src/ingest/segment/structure.js';
import { segmentText } from '../src/ingest/segment/text-blocks.js';
import { opensWhenClause } from '../src/extract/events/when-clauses.js';

/** Every stretch the part-of-speech tagger reads (wink-nlp's `readDoc`), in order. */
const read = vi.hoisted(() => [] as string[]);
vi.mock('../src/extract/nlp/wink-model.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/extract/nlp/wink-model.js')>();
  return {
    winkInstance: (pipe: string[]) => {
      const nlp = real.winkInstance(pipe);
      if (pipe.join() !== 'pos') return nlp;
      return new Proxy(nlp, { get: (o, k) => (k === 'readDoc' ? (t: string) => (read.push(t), o.readDoc(t)) : o[k as keyof typeof o]) });
    },
  };
});

/** A text's extraction: its times, its events as [trigger's start, trigger's words, date, rule], and the stretches tagged. */
function run(text: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  read.length = 0;
  const found = extract({ text, blocks, sentences });
  return {
    sentences,
    times: found.times,
    events: found.events.map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.date, e.rule]),
    tagged: [...read],
  };
}

describe('a sentence in a period is tagged for its when-clause only when it has one (issue 13)', () => {
  it('reads a when-clause after a period’s bound: the sentence is tagged and its act found', () => {
    const text = 'Trade between Zambia and Malawi grew steadily until 1984, when Malawi closed the border crossing at Mchinji.';
    const { sentences, times, events, tagged } = run(text);
    expect(opensWhenClause(text, sentences[0]!, times)).toBe(true);
    expect(events).toEqual([[70, 'closed', '1984', 'verb+when-clause']]);
    expect(tagged).toContain(text);
  });

  it.each([
    // A decade sets the sentence in a period (no date of its own): no ", when" follows a time.
    'Throughout the 1990s Kenya supplied electricity to Uganda under a long-term contract.',
    // "when" that follows no time.
    'During the 1980s Kenya supplied electricity to Uganda when its own plants had spare capacity.',
    // A period's bound with a clause that does not open with ", when".
    'Until 1977 Tanzania kept the border with Kenya open, and traders crossed it freely.',
  ])('tells no act and tags nothing for the when-clause reader: %s', (text) => {
    const { sentences, times, events, tagged } = run(text);
    expect(times.length).toBeGreaterThan(0);
    expect(opensWhenClause(text, sentences[0]!, times)).toBe(false);
    expect(events).toEqual([]);
    expect(tagged).toEqual([]);
  });
});
