import { encodeParts, type DocumentPart } from '../store/parts.js';
import { mapReleased } from '../model/released.js';
import type { Block, DocumentMeta, LoadedDocument, Sentence } from '../model/document.js';
import { extractSections, extractStreamed, SECTION_CHARS, sectionsOf, type SectionProgress, type SectionStructure } from '../extract/sections.js';
import { loaderFor } from './loaders/index.js';
import { sentencesOf, structure } from './segment/structure.js';
import { textBlocks } from './segment/windows.js';
import type { Input } from './walk.js';
import { OFF_HEAP_CHARS } from './decode.js';
import { GENERIC_HEADING, withDate } from './document-date.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** What a document's bytes become before storage: loaded, segmented, extracted. Plain data, so it can cross from a worker thread. */
export interface Analysis {
  loaded: LoadedDocument;
  /** The file's own metadata with the manifest's over it, and a publication date read from the file when neither gave one (`withDate`). */
  meta: DocumentMeta;
  /** The document's blocks and sentences; none for a long text, whose parts carry their sections' (`PartStructure`). */
  blocks: Block[];
  sentences: Sentence[];
  /** How many blocks and sentences the document has: for a long text, counted as its parts are read. */
  counts: { blocks: number; sentences: number };
  /**
   * The annotations, a section at a time: a document of one section is extracted here; a long
   * one's sections are extracted when the store reads them, inside its transaction, each written
   * and dropped before the next. Each part encoded for the store (`encodePart`). From a worker
   * thread, an array (plain data).
   */
  parts: Iterable<DocumentPart>;
}

/**
 * Turns one document's bytes into its analysis; in this thread (`analyse`) or in a worker thread
 * (`ExtractPool`). `free`: the bytes are the caller's own copy (a file it read), let go of once decoded.
 */
export type Analyser = (input: Input, bytes: Buffer, onSection: (p: SectionProgress) => void, sectionChars?: number, free?: boolean) => Promise<Analysis>;

/**
 * Lets go of a buffer's memory now, whoever still holds the buffer (it is left empty): its memory
 * is moved to a copy that nothing holds. Only a buffer that has its memory to itself; a small one is left.
 */
function release(bytes: Buffer): void {
  if (bytes.byteLength < 1 << 20 || bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) return;
  try {
    structuredClone(bytes.buffer, { transfer: [bytes.buffer as ArrayBuffer] });
  } catch {
    // Not transferable (a shared or pooled buffer): left to the collector.
  }
}

let fullCollection: (() => void) | undefined;

/**
 * Gives the memory of the buffers a long text was decoded from and into back to the system now,
 * before extraction starts: the file's bytes once let go (`release`) and the buffer the text was
 * written into before it became an external string (`decode.ts`), 3× the text's length in bytes
 * for a text outside Latin-1. Left to V8, they were still held when extraction loaded its lexicon
 * and model: a 102 MB text peaked at 873 MB resident. Node 20 has no way to free a buffer's
 * memory at once (no `ArrayBuffer.prototype.transfer`), so a full collection is asked for (V8's
 * `gc`, exposed to a context of its own), twice around a turn of the event loop: the first finds
 * the buffers dead, and their memory is freed by the second. About 0.1 s, once per long text.
 */
export async function reclaim(): Promise<void> {
  collectFully();
  await new Promise((resolve) => setImmediate(resolve));
  collectFully();
}

/** A full collection now (V8's `gc`, exposed to a context of its own). */
function collectFully(): void {
  if (!fullCollection) {
    setFlagsFromString('--expose-gc');
    fullCollection = runInNewContext('gc') as () => void;
  }
  fullCollection();
}

/**
 * Loads, segments and extracts one document: no store, no clock, so the same bytes give the same
 * analysis in any thread.
 * @example await analyse({ path: 'a.md', source: 'a.md', name: 'a.md', meta: {} }, bytes, () => {}) // → { loaded: { format: 'markdown', … }, blocks, sentences, parts }
 */
export async function analyse(input: Input, bytes: Buffer, onSection: (p: SectionProgress) => void = () => {}, sectionChars?: number, free = false): Promise<Analysis> {
  // Decoded: the text holds what the bytes held (a 100 MB file's bytes held through its sections
  // were 100 MB more). A text loader lets go of them before it makes the text's string.
  const letGo = async () => {
    release(bytes);
    if (bytes.length === 0) await reclaim();
  };
  const loaded = await loaderFor(input.path).load(bytes, input.path, free ? letGo : undefined);
  if (free) release(bytes);
  if (loaded.text.length >= OFF_HEAP_CHARS) await reclaim();
  const meta = withDate(loaded.meta, input.meta, loaded.text, loaded.fileDate);
  const size = sectionChars || SECTION_CHARS;
  if (loaded.text.length > size && inOrder(loaded.blocks)) return { loaded, meta, ...streamed(loaded.text, loaded.blocks, meta.date, size, onSection) };
  const { blocks, sentences } = structure(loaded.text, loaded.blocks);
  // One section is extracted now, so the store's write lock is held only to write it.
  const sectioned = extractSections({ text: loaded.text, blocks, sentences, documentDate: meta.date }, { onSection, size });
  // Encoded here (in a worker thread, off the storing thread): layers' JSON and the contributions to the knowledge.
  const encoded = encodeParts(loaded.text, sectioned.parts);
  const parts = sectioned.count === 1 ? [...encoded] : encoded;
  return { loaded, meta: withHeadline(meta, loaded.text, blocks), blocks, sentences, counts: { blocks: blocks.length, sentences: sentences.length }, parts };
}

/** The longest headline taken for a title: a longer first heading is a paragraph the segmenter read as one. */
const HEADLINE_CHARS = 200;

/**
 * A document with no title from its manifest or its file's metadata is titled by its headline, the heading it opens with
 * ("Court clears border pact"), so that a user's text file is listed and cited by what it is called, not by its file name.
 * @example withHeadline({}, '# Talks resume\n\nThe two …', blocks) // → { title: 'Talks resume' }
 */
function withHeadline(meta: DocumentMeta, text: string, blocks: Block[]): DocumentMeta {
  const first = blocks[0];
  if (meta.title || first?.type !== 'heading') return meta;
  const title = text
    .slice(first.start, first.end)
    .replace(/^[#\s]+|[#\s]+$/g, '')
    .replace(/\s+/g, ' ');
  // A heading that names a part ("Contents", "Chapter 3", "Page 1 of 4") or an agency's one capitalised word ("REUTERS") is no headline.
  const generic = GENERIC_HEADING.test(title) || /^[\p{Lu}\d&.-]+$/u.test(title);
  return title && title.length <= HEADLINE_CHARS && !generic ? { ...meta, title } : meta;
}

/** Blocks in text order (as `segmentText` gives them), so a section holds the footnotes inside its blocks; none given is in order. */
function inOrder(blocks: Block[] | undefined): boolean {
  return !blocks || blocks.every((b, i) => i === 0 || b.start >= blocks[i - 1]!.start);
}

/**
 * A text longer than one section, segmented a window at a time as its sections are read (twice:
 * the first pass and the extraction), each section's blocks and sentences carried by its part
 * to the store: the whole text's blocks and sentences are never held at once.
 */
function streamed(
  text: string,
  given: Block[] | undefined,
  documentDate: string | undefined,
  size: number,
  onSection: (p: SectionProgress) => void,
): Pick<Analysis, 'blocks' | 'sentences' | 'counts' | 'parts'> {
  function* read(): Generator<SectionStructure> {
    for (const s of sectionsOf(text.length, given ?? textBlocks(text, size), size)) {
      // The section before is written and released: a full collection now, when the heap holds
      // least, sets the heap's next limit from that (`HEAP_GROWING_PERCENT` over it), not from a
      // collection in the middle of a section (a 10 MB document: peak 412 → 381 MB).
      collectFully();
      yield { ...s, sentences: sentencesOf(text, s.blocks, s.section.firstBlock) };
    }
  }
  const counts = { blocks: 0, sentences: 0 };
  // Each link of the chain releases its section before the next is extracted (`mapReleased`).
  const withStructure = mapReleased(extractStreamed({ text, read, ...(documentDate !== undefined ? { documentDate } : {}) }, { size, onSection }), ({ found, structure: s }): DocumentPart => {
    counts.blocks += s.blocks.length;
    counts.sentences += s.sentences.length;
    return { ...found, structure: { firstBlock: s.section.firstBlock, blocks: s.blocks, sentences: s.sentences } };
  });
  return { blocks: [], sentences: [], counts, parts: encodeParts(text, withStructure) };
}
