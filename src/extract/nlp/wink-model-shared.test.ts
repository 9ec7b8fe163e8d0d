import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import type { Model, WinkMethods } from 'wink-nlp';
import { winkInstance } from './wink-model.js';

const require = createRequire(import.meta.url);
const model = require('wink-eng-lite-web-model') as Model;
const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;

/** Sentences in the manner of ministries' statements, with words the model does not know ("Zhargalant", "Tsagaannuur-bound"). */
const CONDEMNED = 'The Mongolian foreign ministry condemned the shelling of Zhargalant as a reckless and hostile provocation.';
const WELCOMED = 'Ulaanbaatar welcomed the generous offer of Tsagaannuur-bound grain convoys and thanked Astana for its tireless help.';

/** What the tagger and the sentiment reader give, in this order: the first sentence tagged, the second's sentiment, the second tagged, the first's sentiment. */
function readings(tagger: WinkMethods, sentiment: WinkMethods): unknown[] {
  const tags = (s: string) => {
    const tokens = tagger.readDoc(s).tokens();
    const lemmas = tokens.out(tagger.its.lemma as never) as string[];
    return tokens.out(tagger.its.pos).map((pos, i) => `${pos}:${lemmas[i]}`);
  };
  const feeling = (s: string) => sentiment.readDoc(s).out(sentiment.its.sentiment);
  return [tags(CONDEMNED), feeling(WELCOMED), tags(WELCOMED), feeling(CONDEMNED)];
}

describe('one reading of the wink-nlp model for every instance (issue 13)', () => {
  it("reads the model's core once for the tagger and the sentiment reader", () => {
    const core = vi.spyOn(model as unknown as { core: () => unknown }, 'core');
    const tagger = winkInstance(['pos']);
    const sentiment = winkInstance(['negation', 'sentiment']);
    expect(core).toHaveBeenCalledTimes(1);
    core.mockRestore();
    // The same tags, lemmas and sentiments as two instances that each read the core: the words one learns never show in the other.
    const shared = readings(tagger, sentiment);
    expect(shared).toEqual(readings(winkNLP(model, ['pos']), winkNLP(model, ['negation', 'sentiment'])));
    expect((shared[0] as string[]).slice(7, 9)).toEqual(['ADP:of', 'PROPN:zhargalant']);
    expect((shared[2] as string[]).slice(6, 9)).toEqual(['PROPN:tsagaannuur', 'PUNCT:-', 'VERB:bind']);
    expect(shared[1]).toBeCloseTo(0.4);
    expect(shared[3]).toBeCloseTo(-0.4);
  });
});
