import type { Annotations } from '../model/annotation.js';
import type { Block } from '../model/document.js';
import { ACTOR_STAGE } from './actors/entity-finder.js';
import { countryCounts, extract, pairOfCounts, STAGES, type ExtractionInput, type SectionContext } from './pipeline.js';

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

const REFERENCE_HEADINGS = /^(?:references|bibliography|works cited|sources|notes|endnotes)$/i;

/**
 * Cuts a document into sections of whole blocks, each about `size` characters long; the
 * sections cover the text end to end.
 * @example sections('a\n\nb', [{type: 'paragraph', start: 0, end: 1}, {type: 'paragraph', start: 3, end: 4}], 2) // → [{start: 0, end: 3, firstBlock: 0, endBlock: 1}, {start: 3, end: 4, firstBlock: 1, endBlock: 2}]
 */
export function sections(text: string, blocks: Block[], size = SECTION_CHARS): Section[] {
  const out: Section[] = [];
  let start = 0;
  let firstBlock = 0;
  let reach = 0;
  let lastStart = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // A cut before block i: nothing before it reaches past its start, and blocks are in order.
    if (i > firstBlock && b.start - start >= size && b.start >= reach && b.start > lastStart) {
      out.push({ start, end: b.start, firstBlock, endBlock: i });
      start = b.start;
      firstBlock = i;
    }
    reach = Math.max(reach, b.end);
    lastStart = Math.max(lastStart, b.start);
  }
  out.push({ start, end: text.length, firstBlock, endBlock: blocks.length });
  return out;
}

/**
 * Characters of text before a section that its stages see (and whose own annotations are
 * dropped): finders that look back from a word ("is it the first word of a sentence?") read
 * there what they would read in the whole text.
 */
const LOOK_BEHIND = 2000;

/** Where the text a section's stages read begins: a little before the section (`LOOK_BEHIND`). */
function textStart(parts: Section[], i: number): number {
  return i === 0 ? 0 : Math.max(parts[i - 1]!.start, parts[i]!.start - LOOK_BEHIND);
}

/** A section's blocks and sentences, and its text from `base`, with offsets counted from `base`. */
function sectionInput(input: ExtractionInput, s: Section, base: number, sentencesFrom: number, sentencesTo: number, context: SectionContext): ExtractionInput {
  const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - base, end: x.end - base });
  return {
    text: input.text.slice(base, s.end),
    blocks: input.blocks.slice(s.firstBlock, s.endBlock).map((b) => (b.rows ? { ...shift(b), rows: b.rows.map((r) => r.map(shift)) } : shift(b))),
    sentences: input.sentences.slice(sentencesFrom, sentencesTo).map((x) => ({ ...shift(x), block: x.block - s.firstBlock })),
    ...(input.documentDate !== undefined ? { documentDate: input.documentDate } : {}),
    section: context,
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

/**
 * Extracts a document a section at a time, lazily (see `SectionParts`). The focal pair
 * (`focalPair`) is the whole document's, from a first pass of the time and actor stages over
 * every section, run when the first part is asked for; a section after a "References" heading
 * states nothing; only the first section's heading can be a headline. Each section's stages also
 * read the 2,000 characters before it (`LOOK_BEHIND`), keeping only their own annotations; what a
 * section cannot see is the sentences before the cut (an undated sentence at a section's start
 * does not take the date of the paragraph before it).
 * @example const { count, parts } = extractSections({ text, blocks, sentences }); for (const a of parts) store(a)
 */
export function extractSections(input: ExtractionInput, options: { size?: number; onSection?: (p: SectionProgress) => void } = {}): SectionParts {
  const parts = sections(input.text, input.blocks, options.size);
  return { count: parts.length, parts: sectionParts(input, parts, options.onSection) };
}

function* sectionParts(input: ExtractionInput, parts: Section[], onSection?: (p: SectionProgress) => void): Generator<Annotations> {
  if (parts.length === 1) {
    const found = extract(input);
    onSection?.({ pass: 'extract', done: 1, total: 1, charsDone: input.text.length, chars: input.text.length });
    yield found;
    return;
  }
  // Sentences of each section: sentences are in text order and lie inside their blocks.
  const bounds: number[] = [];
  let k = 0;
  for (const s of parts) {
    bounds.push(k);
    while (k < input.sentences.length && input.sentences[k]!.start < s.end) k++;
  }
  bounds.push(input.sentences.length);
  const references = input.blocks.findIndex((b) => b.type === 'heading' && REFERENCE_HEADINGS.test(input.text.slice(b.start, b.end).replace(/[*#]/g, '').trim()));
  const context = (i: number, pair: Set<string> | undefined): SectionContext => ({ first: i === 0, afterReferences: references >= 0 && references < parts[i]!.firstBlock, pair });
  // First pass: the document's focal pair from every section's countries.
  const counts = new Map<string, number>();
  let charsDone = 0;
  parts.forEach((s, i) => {
    const base = textStart(parts, i);
    const own = extract(sectionInput(input, s, base, bounds[i]!, bounds[i + 1]!, context(i, undefined)), FIRST_PASS).entities.filter((e) => e.start >= s.start - base);
    countryCounts(own, counts);
    charsDone += s.end - s.start;
    onSection?.({ pass: 'actors', done: i + 1, total: parts.length, charsDone, chars: input.text.length });
  });
  const pair = pairOfCounts(counts);
  charsDone = 0;
  for (let i = 0; i < parts.length; i++) {
    const s = parts[i]!;
    const base = textStart(parts, i);
    const found = rebase(extract(sectionInput(input, s, base, bounds[i]!, bounds[i + 1]!, context(i, pair))), base, s.start - base);
    charsDone += s.end - s.start;
    onSection?.({ pass: 'extract', done: i + 1, total: parts.length, charsDone, chars: input.text.length });
    yield found;
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
