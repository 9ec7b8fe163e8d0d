import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { literalStarts, PatternSet } from './pattern-set.js';
import { eventTypes } from './events/event-types.js';

const matches = (lists: RegExpMatchArray[][]) => lists.map((l) => l.map((m) => [m.index, m[0]]));
const matchAllEach = (res: RegExp[], text: string) => res.map((re) => [...text.matchAll(re)]);

describe('literal starts of a pattern', () => {
  it.each([
    [/\b(?:upgrad|elevat)\w*\b[^.;]{0,80}\bties\b/gi, ['upgrad', 'elevat']],
    [/\b[Ww]elcomed\b/g, ['welcomed']],
    [/\b(?:war|(?<!financial )crisis)\b/gi, ['war', 'crisis']],
    [/\bjoint (?:statement|declaration)s?\b/gi, ['joint statement', 'joint declaration']],
    [/\b(?:direct)? ?(?:flight|air) routes?/gi, ['air route', ' air route', 'flight route', ' flight route', 'directair route', 'direct air route', 'directflight route', 'direct flight route']],
    [/(?:grants?)+ aid/gi, ['grant']],
    [/¥\s?\d+/g, undefined],
  ])('%s', (re, starts) => {
    expect(literalStarts(re)).toEqual(starts);
  });

  it.each([/\w+ing\b/g, /\d{4}/g, /[^.]+ aid/g, /(?:aid|x)\b/g, /(?:visit)?s/g, /K/giu])('%s may begin with anything', (re) => {
    expect(literalStarts(re)).toBeUndefined();
  });
});

describe('patterns searched together', () => {
  it('give what each pattern gives alone: overlapping matches, case, patterns scanned in full', () => {
    const res = [/aba/g, /\bCame to [A-Z]/g, /\b(?:came|come) to\b/gi, /\d+ (?:aid|ODA)/g, /(?<!financial )crisis/gi];
    const text = 'ababa. came to Kenya; Came to Kenya. Kenya came to terms with 12 ODA after the financial crisis and a CRISIS.';
    expect(matches(new PatternSet(res).matchAll(text))).toEqual(matches(matchAllEach(res, text)));
    expect(matches(new PatternSet(res).matchAll(text))).toEqual([
      [[0, 'aba']],
      [[22, 'Came to K']],
      [
        [7, 'came to'],
        [22, 'Came to'],
        [43, 'came to'],
      ],
      [[62, '12 ODA']],
      [[102, 'CRISIS']],
    ]);
  });

  it('find their matches where lower-casing changes the length of the text ("İ")', () => {
    const res = [/\bjoint statements?\b/gi, /\bvisited\b/g];
    const text = 'İstanbul İzmir: a Joint Statement was issued; the minister visited.';
    expect(matches(new PatternSet(res).matchAll(text))).toEqual([[[18, 'Joint Statement']], [[59, 'visited']]]);
  });

  it("give every event trigger's matches in every bundled document, as each trigger alone does", () => {
    const triggers = eventTypes().all.map((t) => t.re);
    const set = new PatternSet(triggers);
    const dir = new URL('../../corpus/vietnam-japan/', import.meta.url);
    const docs = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(docs.length).toBeGreaterThan(0);
    for (const f of docs) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      expect(matches(set.matchAll(text)), f).toEqual(matches(matchAllEach(triggers, text)));
    }
  });
});
