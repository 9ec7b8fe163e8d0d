import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconPath } from '../src/lexicon.js';
import { readAnswerWords } from '../src/knowledge/ask/lexicon.js';

const bundled = JSON.parse(readFileSync(lexiconPath('ask.json'), 'utf8')) as Record<string, unknown>;

describe('ask.json words read into patterns', () => {
  it('reads the bundled honorifics and titles as they are', () => {
    const w = readAnswerWords(bundled, 'ask.json');
    expect(w.honorifics).toEqual(bundled.honorifics);
    expect(w.personTitles).toEqual(bundled.personTitles);
  });

  it('refuses an honorific with a bracket as LEXICON_INVALID naming the entry, not a SyntaxError at question time', () => {
    const read = () => readAnswerWords({ ...bundled, honorifics: ['mr', 'dr (hon'] }, 'ask.json');
    expect(read).toThrow(expect.objectContaining({ code: 'LEXICON_INVALID', message: 'ask.json: "honorifics" entry "dr (hon" must be words (letters, spaces, hyphens, apostrophes)' }));
  });

  it('refuses a title with a regular-expression character', () => {
    expect(() => readAnswerWords({ ...bundled, personTitles: ['envoy|x'] }, 'ask.json')).toThrow(expect.objectContaining({ code: 'LEXICON_INVALID' }));
  });

  it('refuses a state end that is no list of words (stateEnds, read into a pattern)', () => {
    expect(() => readAnswerWords({ ...bundled, stateEnds: { closed: 'reopened' } }, 'ask.json')).toThrow(expect.objectContaining({ code: 'LEXICON_INVALID' }));
    expect(() => readAnswerWords({ ...bundled, stateEnds: { closed: ['re(opened'] } }, 'ask.json')).toThrow(expect.objectContaining({ code: 'LEXICON_INVALID' }));
  });
});
