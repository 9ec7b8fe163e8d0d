import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { readCoreModel, winkInstance, winkModel } from './wink-model.js';

const require = createRequire(import.meta.url);
const packaged = require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0] & { core: () => unknown };

describe('readCoreModel', () => {
  it('builds the core model the package builds, member for member', () => {
    expect(readCoreModel()).toStrictEqual(packaged.core());
  });

  it('gives each call its own copy (each wink-nlp instance grows its vocabulary)', () => {
    const a = readCoreModel();
    const b = readCoreModel();
    expect(a).not.toBe(b);
    expect(a.features.lexeme.hash).not.toBe(b.features.lexeme.hash);
    expect(a.lexicon).not.toBe(b.lexicon);
  });
});

describe('winkInstance', () => {
  const text = 'On 14 May 2019 Mongolia and Kazakhstan signed a memorandum on railway transit in Ulaanbaatar, and the ministers agreed to meet again.';

  it('tags a sentence as the package model does', () => {
    const ours = winkInstance(['pos']);
    const theirs = winkNLP(packaged, ['pos']);
    const read = (nlp: ReturnType<typeof winkNLP>) => nlp.readDoc(text).tokens().out(nlp.its.pos);
    expect(read(ours)).toEqual(read(theirs));
    expect(read(ours).slice(0, 8)).toEqual(['ADP', 'NUM', 'NOUN', 'NUM', 'PROPN', 'CCONJ', 'PROPN', 'VERB']);
  });

  it('reads sentiment with negation as the package model does', () => {
    const ours = winkInstance(['negation', 'sentiment']);
    const theirs = winkNLP(packaged, ['negation', 'sentiment']);
    for (const span of ['the proposal is not acceptable', 'welcomed the constructive and friendly talks']) {
      expect(ours.readDoc(span).out(ours.its.sentiment)).toBe(theirs.readDoc(span).out(theirs.its.sentiment));
    }
  });

  it('loads the model once a thread', () => {
    expect(winkModel()).toBe(winkModel());
  });
});
