import { describe, expect, it } from 'vitest';
import { keywordHits } from '../src/extract/facts/indicator-keywords.js';

/** An indicator keyword names its indicator as a word of the text or that word inflected, never inside a longer word (session 32, issue 11). */
describe('indicator keywords read as whole words', () => {
  const hits = (text: string) => keywordHits(text).map((h) => `${h.indicator.id}:${text.slice(h.start, h.end)}`);

  const named: [string, string, string][] = [
    ['a keyword as written', 'Imports from Chile rose to 2 billion dollars.', 'imports:Imports'],
    ['a keyword with an inflection ("export" in "exporting")', 'Peru is exporting 40,000 tonnes of copper.', 'exports:export'],
    ['a keyword in the plural ("trade deficits")', 'The two trade deficits narrowed.', 'trade_balance:trade deficit'],
  ];
  for (const [why, text, hit] of named) it(`reads ${why}`, () => expect(hits(text)).toContain(hit));

  const inside: [string, string, string][] = [
    ['"intern" inside "International" or "internal"', 'The International Organization for Migration called it interference in internal matters.', 'technical_interns'],
    ['"resident" inside "President"', 'President Ana Costa received 300 delegates.', 'residents'],
    ['"import" inside "important"', 'It is an important partner, with 40 projects.', 'imports'],
  ];
  for (const [why, text, id] of inside) it(`reads no keyword in ${why}`, () => expect(hits(text).filter((h) => h.startsWith(`${id}:`))).toEqual([]));
});
