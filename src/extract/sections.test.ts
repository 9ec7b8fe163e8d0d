import { describe, expect, it } from 'vitest';
import { structure } from '../ingest/segment/structure.js';
import { amongByStart, extract } from './pipeline.js';
import { extractInSections, sections, type SectionProgress } from './sections.js';

/** A long report on two states, in paragraphs, each with its own dates. */
const PARAGRAPHS = [
  'Kenya and Japan established diplomatic relations in 1963, and Japan opened an embassy in Nairobi in 1964.',
  'In March 2016, Prime Minister Shinzo Abe visited Nairobi for the sixth Tokyo International Conference on African Development.',
  'Japan extended a yen loan of 30 billion yen to Kenya in 2017 for the expansion of the port of Mombasa.',
  'Two-way trade reached US$1.1 billion in 2019, and Kenyan exports of tea and cut flowers rose by 12 percent.',
  'President Uhuru Kenyatta met Japanese business leaders in Tokyo in August 2019 to discuss investment in geothermal power.',
];

function doc(paragraphs: string[]) {
  const text = paragraphs.join('\n\n');
  return { text, ...structure(text), documentDate: '2021' };
}

describe('sections of a long document', () => {
  it('cut only between blocks, and cover the text end to end', () => {
    const input = doc([...PARAGRAPHS, ...PARAGRAPHS]);
    const parts = sections(input.text, input.blocks, 300);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts[0]!.start).toBe(0);
    expect(parts[parts.length - 1]!.end).toBe(input.text.length);
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i]!.start).toBe(parts[i - 1]!.end);
      expect(input.blocks[parts[i]!.firstBlock]!.start).toBe(parts[i]!.start);
    }
  });

  it('never cut a paragraph from the footnotes printed inside it', () => {
    // A paragraph joined across a page break holds the footnote between its halves.
    const blocks = [
      { type: 'paragraph' as const, start: 0, end: 100 },
      { type: 'footnote' as const, start: 40, end: 60 },
      { type: 'paragraph' as const, start: 102, end: 150 },
    ];
    expect(sections('x'.repeat(150), blocks, 10).map((s) => [s.firstBlock, s.endBlock])).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });

  it('give the whole document’s annotations, at its offsets, and report each section', () => {
    const input = doc(Array.from({ length: 6 }, () => PARAGRAPHS).flat());
    const seen: SectionProgress[] = [];
    const parts = extractInSections(input, { size: 500, onSection: (p) => seen.push(p) });
    const whole = extract(input);
    expect(parts.events.length).toBeGreaterThan(6);
    expect(parts).toEqual(whole);
    for (const t of parts.times) expect(input.text.slice(t.start, t.end)).toBe(t.text);
    const extracted = seen.filter((p) => p.pass === 'extract');
    expect(extracted.length).toBeGreaterThan(3);
    expect(extracted[extracted.length - 1]).toMatchObject({ done: extracted.length, total: extracted.length, charsDone: input.text.length });
    expect(seen.filter((p) => p.pass === 'actors').length).toBe(extracted.length);
  });

  // Found by the fuzz test (DYAD_FUZZ_SEED=2 and 5, session 31): a section read the text before it, but not its blocks
  // and sentences, so what the paragraph before a cut sets for the one after it was lost.
  it.each([
    [
      'a sentence set on an occasion takes the date of the paragraph before the cut',
      [
        'Kenya joined the East African Community in July 2000 and the Common Market for Eastern and Southern Africa in January 2007.',
        'Also during the Mombasa summit, Kenyan Trade Minister Moses Wetangula and Japanese Economy Minister Akira Amari co-chaired the ministerial meeting.',
      ],
      '2023-05-17',
    ],
    [
      'a paragraph after a headline that names the pair is read with it',
      [
        'Overview of Kenya–Japan Research Relations: Past and Present Questions',
        'Studies of this kind are not new. Yet the field has lately drawn growing scholarly attention; and recently (2021), a new journal devoted to it was launched, to a warm welcome.',
      ],
      '2023-05-17',
    ],
  ])('give the whole document’s events when %s', (_what, paragraphs, documentDate) => {
    const input = { ...doc(paragraphs), documentDate };
    const rows = (a: { events: { start: number; end: number; type: string; date: string }[] }) => a.events.map((e) => [e.start, e.end, e.type, e.date]);
    const whole = rows(extract(input));
    expect(whole.length).toBeGreaterThan(0);
    expect(rows(extractInSections(input, { size: 1 }))).toEqual(whole);
  });

  // Found by the fuzz test (seeds 2, 5, 13, 16 of the section property, session 32): a section shorter than the look-behind
  // read only the one section before it, and a table's figures came after the prose's in the whole reading only.
  describe('when each block is a section of its own (sections shorter than the look-behind)', () => {
    const read = (paragraphs: string[], documentDate: string) => {
      const input = { ...doc(paragraphs), documentDate };
      return { input, whole: extract(input), parts: extractInSections(input, { size: 1 }) };
    };
    const rows = (a: { events: { start: number; end: number; type: string; date: string }[] }) => a.events.map((e) => [e.start, e.end, e.type, e.date]);

    it('a sentence set on an occasion takes the date of a paragraph two sections back', () => {
      const { input, whole, parts } = read(
        [
          'President Uhuru Kenyatta attended a summit in Mombasa with Japanese Prime Minister Shinzo Abe in May 2019.',
          'Ministers',
          'Also during the Mombasa summit, Kenyan Trade Minister Moses Wetangula and Japanese Economy Minister Akira Amari co-chaired the ministerial meeting.',
        ],
        '2023-05-17',
      );
      const also = input.text.indexOf('Also');
      expect(rows(whole)).toEqual([
        [0, 106, 'summit_or_meeting', '2019-05'],
        [also, input.text.length, 'summit_or_meeting', '2019-05'],
      ]);
      expect(rows(parts)).toEqual(rows(whole));
    });

    it('a family name is the person named in full two sections back', () => {
      const { input, whole, parts } = read(
        [
          'Kenyan Trade Minister Amara Okello arrived in Tokyo for talks with Japanese officials on the expansion of the port of Mombasa.',
          'Port Development',
          'The next day Okello met executives of Japanese shipping firms.',
        ],
        '2023-05-17',
      );
      const at = input.text.lastIndexOf('Okello');
      expect(parts.entities.find((e) => e.start === at)).toMatchObject({ end: at + 6, entity: 'person:unknown:amara-okello', rule: 'coref-name' });
      expect(parts.entities).toEqual(whole.entities);
      // Must not: the heading between them is no person.
      expect(parts.entities.find((e) => e.text === 'Port Development')).toMatchObject({ kind: 'other' });
    });

    it('a table’s figures stand among the prose’s by where they are', () => {
      const { input, whole, parts } = read(
        [
          '| Year | Exports |\n|---|---|\n| 2018 | US$300 million |\n| 2019 | US$350 million |',
          'Japan extended a yen loan of 30 billion yen to Kenya in 2017 for the expansion of the port of Mombasa.',
        ],
        '2021',
      );
      const loan = input.text.indexOf('Japan');
      expect(whole.facts.map((f) => [f.start, f.stage])).toEqual([
        [31, 'tables'],
        [57, 'tables'],
        [loan, 'facts'],
      ]);
      expect(parts.facts).toEqual(whole.facts);
    });
  });

  it('state nothing after a "References" heading, in any later section', () => {
    const input = doc([...PARAGRAPHS, '## References', ...PARAGRAPHS, ...PARAGRAPHS]);
    const cut = input.text.indexOf('## References');
    const parts = extractInSections(input, { size: 300 });
    expect(parts.events.length).toBeGreaterThan(0);
    expect(parts.events.filter((e) => e.start > cut)).toEqual([]);
    expect(parts.facts.filter((f) => f.start > cut)).toEqual([]);
  });
});

describe('amongByStart: acts found after the rules placed as a section at a time places them', () => {
  it('puts each after the last item starting at or before it, the list’s own order kept', () => {
    const list = [{ start: 0 }, { start: 600 }, { start: 300 }, { start: 900 }];
    expect(amongByStart(list, [{ start: 700 }, { start: 192 }]).map((e) => e.start)).toEqual([0, 192, 600, 300, 700, 900]);
    expect(amongByStart([], [{ start: 5 }, { start: 1 }]).map((e) => e.start)).toEqual([1, 5]);
  });
});
