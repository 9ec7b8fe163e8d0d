import type { DocumentRecord } from '../../src/model/document.js';
import { structure } from '../../src/ingest/segment/structure.js';
import { extract } from '../../src/extract/pipeline.js';

/** A document built from real sentences, as the ingest pipeline would store it. */
export function sampleDocument(name: string, text: string, date?: string): DocumentRecord {
  const { blocks, sentences } = structure(text);
  const sha = (name + text)
    .split('')
    .reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
    .toString(16)
    .padStart(8, '0');
  return {
    id: sha.repeat(2).slice(0, 16),
    name,
    sha256: sha.repeat(8),
    source: `/tmp/${name}`,
    format: 'text',
    meta: { title: `Title of ${name}`, kind: 'note', ...(date ? { date } : {}) },
    text,
    blocks,
    sentences,
    warnings: [],
    ingestedAt: '2026-01-01T00:00:00.000Z',
    pipelineVersion: 'test',
  };
}

/** A document with the annotations the extraction pipeline gives it (for the knowledge methods). */
export function annotatedDocument(name: string, text: string, date?: string): DocumentRecord {
  const doc = sampleDocument(name, text, date);
  return { ...doc, annotations: extract({ text, blocks: doc.blocks, sentences: doc.sentences, documentDate: date }) };
}

/** Marks what a document tells as of other countries than its pair (as the pipeline does for a document about a pair). */
export function thirdParty(doc: DocumentRecord): DocumentRecord {
  const a = doc.annotations!;
  return { ...doc, annotations: { ...a, events: a.events.map((e) => ({ ...e, thirdParty: true as const })), facts: a.facts.map((f) => ({ ...f, thirdParty: true as const })) } };
}

export const K1 =
  '## Japan and Viet Nam\n\nIn March 1993, Vo Van Kiet became the first Vietnamese prime minister to make an official visit to Japan. Japan resumed ODA to Viet Nam in November 1992.\n\nJapanese ODA to Viet Nam reached US$1.5 billion in 2010. The two countries established a strategic partnership in 2009.';
export const K2 =
  'Prime Minister Vo Van Kiet made an official visit to Japan in April 1993, the first by a Vietnamese prime minister. Japanese ODA to Viet Nam reached US$2.1 billion in 2010. In November 2023, Viet Nam and Japan upgraded their ties to a Comprehensive Strategic Partnership.';
export const K3 =
  'In May 2011, Norway and Chile signed an agreement on fisheries research in Santiago. Trade between Norway and Chile reached US$1.2 billion in 2010, and 3,000 Chilean students studied in Norway in 2012.';

export const A =
  '## Japan and Viet Nam\n\nIn March 1993, Vo Van Kiet became the first Vietnamese prime minister to make an official visit to Japan. Japan resumed ODA in November 1992.\n\nThe two countries established a strategic partnership in 2009.';
export const B = 'Việt Nam and Japan upgraded their ties to a Comprehensive Strategic Partnership in November 2023. China was not mentioned.';

/** Reports of one visit dated in three years (tellings of neighbouring years: conflicts), and of other acts. */
export const PAGED_DOCUMENTS = [
  ['a.txt', 'Prime Minister Vo Van Kiet paid an official visit to Japan in 1992, the first by a Vietnamese head of government since the war.'],
  ['b.txt', 'Prime Minister Vo Van Kiet paid an official visit to Japan in 1993, the first by a Vietnamese head of government since the war.'],
  ['c.txt', 'Prime Minister Vo Van Kiet paid an official visit to Japan in 1994. Japan resumed its official development assistance to Vietnam in November 1992.'],
  ['d.txt', 'In 1995 Japan and Vietnam signed an agreement on the protection of investment. Japanese investment in Vietnam reached US$1.2 billion in 1996.'],
] as const;
