import type { Annotations } from '../model/annotation.js';
import type { Block, Sentence } from '../model/document.js';
import { ACTOR_STAGE } from './actors/entity-finder.js';
import { DyadError } from '../model/errors.js';
import { END, mapReleased, pull } from '../model/released.js';
import { countryCounts, extract, isReferenceHeading, pairOfCounts, STAGES, type ExtractionInput, type SectionContext } from './pipeline.js';

/** The stages up to the actors: what the focal pair needs. */
const FIRST_PASS = STAGES.slice(0, STAGES.findIndex((s) => s.name === ACTOR_STAGE) + 1);

/**
 * Long documents are extracted a section at a time: a section is a run of whole blocks of
 * about this many characters (1 MiB), cut only where no block reaches over the cut (a
 * paragraph joined across a page break keeps its footnotes). Each section's working data is
 * dropped when it is done, so a 100 MB document needs no more working memory than a 1 MB one,
 * and any stage that costs more than linear time in its input is bounded by the section.
 * A document shorter than this is one section: it is extracted exactly as a whole.
 */
export const SECTION_CHARS = 1 << 20;

/** Where a section lies: text offsets and the blocks it holds (`[firstBlock, endBlock)`). */
export interface Section {
  start: number;
  end: number;
  firstBlock: number;
  endBlock: number;
}

/**
 * Cuts a document into sections of whole blocks, each about `size` characters long; the
 * sections cover the text end to end.
 * @example sections('a\n\nb', [{type: 'paragraph', start: 0, end: 1}, {type: 'paragraph', start: 3, end: 4}], 2) // → [{start: 0, end: 3, firstBlock: 0, endBlock: 1}, {start: 3, end: 4, firstBlock: 1, endBlock: 2}]
 */
export function sections(text: string, blocks: Block[], size = SECTION_CHARS): Section[] {
  return [...sectionsOf(text.length, blocks, size)].map((s) => s.section);
}

/** One section as the blocks are read: where it lies, and its blocks. */
export interface SectionBlocks {
  section: Section;
  blocks: Block[];
}

/**
 * The sections of a document (`sections`) as its blocks come (found a window at a time, see
 * `ingest/segment/windows.ts`): each section with its blocks, holding no more than one section's.
 * @example [...sectionsOf(4, [{type: 'paragraph', start: 0, end: 1}, {type: 'paragraph', start: 3, end: 4}], 2)].length // → 2
 */
export function* sectionsOf(length: number, blocks: Iterable<Block>, size = SECTION_CHARS): Generator<SectionBlocks> {
  let start = 0;
  let firstBlock = 0;
  let reach = 0;
  let lastStart = -1;
  let held: Block[] = [];
  let i = 0;
  for (const b of blocks) {
    // A cut before block i: nothing before it reaches past its start, and blocks are in order.
    if (i > firstBlock && b.start - start >= size && b.start >= reach && b.start > lastStart) {
      yield { section: { start, end: b.start, firstBlock, endBlock: i }, blocks: held };
      held = [];
      start = b.start;
      firstBlock = i;
    }
    held.push(b);
    reach = Math.max(reach, b.end);
    lastStart = Math.max(lastStart, b.start);
    i++;
  }
  yield { section: { start, end: length, firstBlock, endBlock: i }, blocks: held };
}

/**
 * Characters of text before a section that its stages see (and whose own annotations are
 * dropped): finders that look back from a word ("is it the first word of a sentence?") read
 * there what they would read in the whole text.
 */
const LOOK_BEHIND = 2000;

/**
 * Where the text a section's stages read begins: `LOOK_BEHIND` characters before it, however many sections back that
 * reaches (a section shorter than the look-behind, as a test's are, is read with the sections before it).
 */
function textStart(start: number): number {
  return Math.max(0, start - LOOK_BEHIND);
}

/**
 * The whole blocks (from the document's block `firstBlock`) and their sentences at the end of a section that the next
 * section reads before its own: those in the look-behind text.
 */
interface Behind {
  firstBlock: number;
  blocks: Block[];
  sentences: Sentence[];
}

/**
 * The blocks that lie wholly in the last `LOOK_BEHIND` characters before the end of section `s` (none before them reaching
 * into them), with their sentences: of `s`, and when `s` is shorter than the look-behind, of the sections before it too
 * (`before`, the look-behind `s` itself read). The next section's stages read them as the whole text's would, so what a
 * paragraph before the cut sets for the one after it (the date an occasion's sentence takes, the actors "the two sides"
 * stand for, the person a family name stands for) is set. Only the look-behind's blocks are held: memory stays bounded.
 */
function behindOf(s: SectionStructure, before: Behind | undefined): Behind {
  const from = Math.max(0, s.section.end - LOOK_BEHIND);
  let k = s.blocks.length;
  while (k > 0 && s.blocks[k - 1]!.start >= from) k--;
  let reach = 0;
  for (let j = 0; j < k; j++) reach = Math.max(reach, s.blocks[j]!.end);
  while (k < s.blocks.length && reach > s.blocks[k]!.start) reach = Math.max(reach, s.blocks[k++]!.end);
  const firstBlock = s.section.firstBlock + k;
  const own: Behind = { firstBlock, blocks: s.blocks.slice(k), sentences: s.sentences.filter((x) => x.block >= firstBlock) };
  if (k > 0 || !before || from >= s.section.start) return own;
  // The whole of `s` lies in the look-behind: the blocks of the one before it there come first.
  let m = before.blocks.length;
  while (m > 0 && before.blocks[m - 1]!.start >= from) m--;
  reach = 0;
  for (let j = 0; j < m; j++) reach = Math.max(reach, before.blocks[j]!.end);
  while (m < before.blocks.length && reach > before.blocks[m]!.start) reach = Math.max(reach, before.blocks[m++]!.end);
  const first = before.firstBlock + m;
  return {
    firstBlock: first,
    blocks: [...before.blocks.slice(m), ...own.blocks],
    sentences: [...before.sentences.filter((x) => x.block >= first), ...own.sentences],
  };
}

/**
 * A section's blocks and sentences, after those of the section before that it reads (`behind`), and its text from `base`,
 * with offsets counted from `base` and blocks numbered from the first it reads.
 */
function sectionInput(doc: SectionedDocument, s: SectionStructure, base: number, context: SectionContext, behind?: Behind): ExtractionInput {
  const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - base, end: x.end - base });
  const blocks = behind ? [...behind.blocks, ...s.blocks] : s.blocks;
  const sentences = behind ? [...behind.sentences, ...s.sentences] : s.sentences;
  const firstBlock = behind ? behind.firstBlock : s.section.firstBlock;
  return {
    text: doc.text.slice(base, s.section.end),
    blocks: blocks.map((b) => (b.rows ? { ...shift(b), rows: b.rows.map((r) => r.map(shift)) } : shift(b))),
    sentences: sentences.map((x) => ({ ...shift(x), block: x.block - firstBlock })),
    ...(doc.documentDate !== undefined ? { documentDate: doc.documentDate } : {}),
    // A section that reads the document's first block reads its headline as the whole document does.
    section: firstBlock === 0 ? { ...context, first: true } : context,
  };
}

/**
 * A section's annotations at the document's offsets (moved in place: they are the section's
 * own), less those of the text before it, which the section before has.
 */
function rebase(found: Annotations, by: number, from: number): Annotations {
  const own = <T extends { start: number }>(xs: T[]) => (from > 0 ? xs.filter((a) => a.start >= from) : xs);
  found = { times: own(found.times), entities: own(found.entities), events: own(found.events), facts: own(found.facts) };
  for (const layer of [found.times, found.entities, found.events, found.facts] as { start: number; end: number }[][]) {
    for (const a of layer) {
      a.start += by;
      a.end += by;
    }
  }
  for (const e of found.events) e.trigger = { start: e.trigger.start + by, end: e.trigger.end + by };
  for (const f of found.facts) {
    f.valueStart += by;
    f.valueEnd += by;
  }
  return found;
}

export interface SectionProgress {
  /** `actors`: the first pass (the focal pair); `extract`: the pipeline. */
  pass: 'actors' | 'extract';
  /** Sections done, and how many there are. */
  done: number;
  total: number;
  /** Characters of text extracted so far, of `chars`. */
  charsDone: number;
  chars: number;
}

/** A document's annotations a section at a time: how many sections, and each one's annotations as it is extracted. */
export interface SectionParts {
  /** The number of sections (1: the document is extracted whole, exactly as `extract` does). */
  count: number;
  /**
   * Each section's annotations, at the whole text's offsets, in text order: a section is
   * extracted only when the one before has been consumed, so a caller that writes each part and
   * drops it holds one section's annotations at a time. Iterable once.
   */
  parts: Iterable<Annotations>;
}

/** A section as it is read: where it lies, its blocks (numbered from `section.firstBlock`) and their sentences (at the document's block numbers). */
export interface SectionStructure extends SectionBlocks {
  sentences: Sentence[];
}

/**
 * A document to extract a section at a time: its text and date, and how to read its sections,
 * from the start each time it is called (ingest segments a long text a window at a time, twice:
 * its blocks and sentences for the whole text are never held at once).
 */
export interface SectionedDocument {
  text: string;
  documentDate?: string;
  read: () => Iterable<SectionStructure>;
}

/** A section's annotations (at the whole text's offsets) and its structure. */
export interface SectionAnnotations {
  found: Annotations;
  structure: SectionStructure;
}

/**
 * Extracts a document a section at a time, lazily (see `SectionParts`): the document's blocks and
 * sentences given whole, cut into sections here.
 * @example const { count, parts } = extractSections({ text, blocks, sentences }); for (const a of parts) store(a)
 */
export function extractSections(input: ExtractionInput, options: { size?: number; onSection?: (p: SectionProgress) => void } = {}): SectionParts {
  const parts = [...sectionsOf(input.text.length, input.blocks, options.size)];
  // Sentences of each section: sentences are in text order and lie inside their blocks.
  function* read(): Generator<SectionStructure> {
    let k = 0;
    for (const s of parts) {
      const from = k;
      while (k < input.sentences.length && input.sentences[k]!.start < s.section.end) k++;
      yield { ...s, sentences: input.sentences.slice(from, s === parts[parts.length - 1] ? input.sentences.length : k) };
    }
  }
  const doc = { text: input.text, read, ...(input.documentDate !== undefined ? { documentDate: input.documentDate } : {}) };
  return { count: parts.length, parts: annotationsOf(extractStreamed(doc, options)) };
}

function annotationsOf(parts: Iterable<SectionAnnotations>): Generator<Annotations> {
  return mapReleased(parts, ({ found }) => found);
}

/**
 * Extracts a document a section at a time, lazily, as its sections are read (`SectionedDocument`):
 * each section's annotations with its structure. The focal pair (`focalPair`) is the whole
 * document's, from a first pass of the time and actor stages over every section, run when the
 * first part is asked for; a section after a "References" heading states nothing; only the first
 * section's heading can be a headline. Each section's stages also read the 2,000 characters
 * before it (`LOOK_BEHIND`), with the whole blocks and sentences there (`behindOf`), keeping only
 * their own annotations; what a section cannot see is what lies further back (an occasion told
 * more than a section's look-behind before the sentence set on it). A document of one section is
 * extracted whole, exactly as `extract` does.
 * @example for (const { found, structure } of extractStreamed({ text, read })) store(structure, found)
 */
export function* extractStreamed(doc: SectionedDocument, options: { size?: number; onSection?: (p: SectionProgress) => void } = {}): Generator<SectionAnnotations> {
  const { text } = doc;
  const chars = text.length;
  const size = options.size ?? SECTION_CHARS;
  const onSection = options.onSection;
  const places: Section[] = [];
  let references = -1;
  const context = (i: number, pair: Set<string> | undefined): SectionContext => ({ first: i === 0, afterReferences: references >= 0 && references < places[i]!.firstBlock, pair });
  // First pass: the document's focal pair from every section's countries; what is kept of a section is its place.
  const counts = new Map<string, number>();
  let charsDone = 0;
  let behind: Behind | undefined;
  const firstPass = (s: SectionStructure, last: boolean) => {
    const i = places.length;
    places.push(s.section);
    const base = textStart(s.section.start);
    const own = extract(sectionInput(doc, s, base, context(i, undefined), behind), FIRST_PASS).entities.filter((e) => e.start >= s.section.start - base);
    behind = behindOf(s, behind);
    countryCounts(own, counts);
    // The document's first "References" heading (one in this section is not before it).
    const heading = references < 0 ? s.blocks.findIndex((b) => isReferenceHeading(text, b)) : -1;
    if (heading >= 0) references = s.section.firstBlock + heading;
    charsDone += s.section.end - s.section.start;
    // How many sections there are is known at the end of the pass; until then, at most one per `size` characters left.
    const total = last ? i + 1 : i + 1 + Math.max(1, Math.ceil((chars - charsDone) / size));
    onSection?.({ pass: 'actors', done: i + 1, total, charsDone, chars });
  };
  // A section is read one ahead, so a document of one section is known as one before any is extracted.
  let pending: SectionStructure | undefined;
  for (const s of doc.read()) {
    if (pending) firstPass(pending, false);
    pending = s;
  }
  if (!pending) return;
  if (!places.length) {
    const found = extract({ text, blocks: pending.blocks, sentences: pending.sentences, ...(doc.documentDate !== undefined ? { documentDate: doc.documentDate } : {}) });
    onSection?.({ pass: 'extract', done: 1, total: 1, charsDone: chars, chars });
    yield { found, structure: pending };
    return;
  }
  firstPass(pending, true);
  // The last section's blocks and sentences are read again: not held through the extraction.
  // eslint-disable-next-line no-useless-assignment -- the assignment is the point: it releases the section
  pending = undefined;
  const pair = pairOfCounts(counts);
  charsDone = 0;
  let i = 0;
  behind = undefined;
  const second = (s: SectionStructure): SectionAnnotations => {
    const place = places[i];
    if (!place || place.start !== s.section.start || place.end !== s.section.end) throw new DyadError('INTERNAL', `a section read again is not the one read first (section ${i + 1})`);
    const base = textStart(s.section.start);
    const found = rebase(extract(sectionInput(doc, s, base, context(i, pair), behind)), base, s.section.start - base);
    behind = behindOf(s, behind);
    charsDone += s.section.end - s.section.start;
    onSection?.({ pass: 'extract', done: i + 1, total: places.length, charsDone, chars });
    i++;
    return { found, structure: s };
  };
  // Not `for…of` nor `yield*`: either holds the section given while the next is extracted (model/released.ts).
  const it = doc.read()[Symbol.iterator]();
  let out = pull(it, second);
  while (out !== END) {
    yield out;
    // eslint-disable-next-line no-useless-assignment -- the point: the section given is not held while the next is extracted
    out = END;
    out = pull(it, second);
  }
}

/**
 * Runs the extraction pipeline on a document a section at a time (`extractSections`) and joins
 * the results, the offsets those of the whole text: what a caller that keeps the whole
 * document's annotations wants (ingest hands the parts to the store one at a time instead).
 * @example extractInSections({ text, blocks, sentences }).events.length // → the same as extract() for a text under 1 MiB
 */
export function extractInSections(input: ExtractionInput, options: { size?: number; onSection?: (p: SectionProgress) => void } = {}): Annotations {
  const out: Annotations = { times: [], entities: [], events: [], facts: [] };
  for (const found of extractSections(input, options).parts) {
    for (const layer of ['times', 'entities', 'events', 'facts'] as const) for (const a of found[layer]) (out[layer] as unknown[]).push(a);
  }
  return out;
}
