import type { Annotations } from '../model/annotation.js';
import type { Block, DocumentRecord, Sentence } from '../model/document.js';
import { contributions, type Contribution, type ContributionData, type SeqFrom } from '../reconcile/contributions.js';
import { mapReleased } from '../model/released.js';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { DyadError } from '../model/errors.js';

/** The layers of annotations, in the order the stores write them. */
export const LAYERS = ['times', 'entities', 'events', 'facts'] as const;

/** How many annotations of each layer a document has. */
export type AnnotationCounts = Record<keyof Annotations, number>;

/** One part of a document's annotations as a store writes it: its place, and how many of each layer came before it. */
export interface NumberedPart {
  /** The annotations, or the part already encoded (by the thread that extracted it). */
  part: DocumentPart;
  /** 0 for the first part. */
  index: number;
  seqFrom: SeqFrom;
}

/** How many annotations of each layer a part has. */
function countsOf(part: DocumentPart): AnnotationCounts {
  if (isEncoded(part)) return part.counts;
  const counts = noCounts();
  for (const layer of LAYERS) counts[layer] = part[layer].length;
  return counts;
}

/**
 * The annotations a `putDocument` call stores, a part at a time: the parts given (a long
 * document's sections, extracted as they are asked for), else the document's own annotations as
 * one part, else none. `counts` is filled as the parts go by: the whole document's at the end.
 * @example for (const p of numberedParts(doc, parts, counts)) write(p.index, p.part)
 */
export function numberedParts(doc: DocumentRecord, parts: Iterable<DocumentPart> | undefined, counts: AnnotationCounts): Generator<NumberedPart> {
  const all = parts ?? (doc.annotations ? [doc.annotations] : []);
  let index = 0;
  // Counted as it is given (`counts` is read once the parts are written), the one before released (`mapReleased`).
  return mapReleased(all, (part) => {
    const numbered = { part, index: index++, seqFrom: { events: counts.events, facts: counts.facts, entities: counts.entities } };
    const n = countsOf(part);
    for (const layer of LAYERS) counts[layer] += n[layer];
    return numbered;
  });
}

/** No annotations yet. */
export function noCounts(): AnnotationCounts {
  return { times: 0, entities: 0, events: 0, facts: 0 };
}

/**
 * A layer's part as a store keeps it: its JSON array as text, or that text packed (`packLayer`).
 */
export type LayerData = string | Uint8Array;

/**
 * A layer's JSON packed for storage: raw DEFLATE at zlib's fastest level (a generated
 * document's layers shrink 6.4×, their entities most: every mention repeats its keys, kind,
 * stage and rule). Done by the thread that extracted the part, so the storing thread only
 * writes the bytes.
 * @example layerJson(packLayer('[{"start":0}]')) // → '[{"start":0}]'
 */
export function packLayer(json: string): Uint8Array {
  return deflateRawSync(json, { level: 1 });
}

/**
 * A stored layer part's JSON: packed bytes (`packLayer`) unpacked, text (stored before packing, or
 * by another store) as it is. Bytes that do not unpack are DB_CORRUPT naming `doc` (the document
 * they were read for), not zlib's bare error.
 */
export function layerJson(data: LayerData, doc?: string): string {
  if (typeof data === 'string') return data;
  try {
    return inflateRawSync(data).toString('utf8');
  } catch (err) {
    throw damagedLayer(doc, err);
  }
}

/** A stored layer that cannot be read back (bytes that do not unpack, text that is not a JSON array). */
function damagedLayer(doc: string | undefined, err: unknown): DyadError {
  return new DyadError('DB_CORRUPT', `${doc === undefined ? 'a document' : `document ${doc}`}: a stored annotation layer is damaged (${(err as Error).message})`, { cause: err });
}

/**
 * Joins a layer's parts as read back (rows in part order, each a JSON array, packed or not) into
 * one array, without spreading (a long document's layer has more items than a call takes
 * arguments). A part that cannot be read is DB_CORRUPT naming `doc` (its name, or its id).
 * @example joinParts([], packLayer('[{"start":0}]'), 'a.txt') // → [{ start: 0 }]
 */
export function joinParts<T>(into: T[], data: LayerData, doc: string): T[] {
  let items: unknown;
  try {
    items = JSON.parse(layerJson(data, doc));
  } catch (err) {
    throw err instanceof DyadError ? err : damagedLayer(doc, err);
  }
  if (!Array.isArray(items)) throw damagedLayer(doc, new Error(`not an array: ${typeof items}`));
  for (const a of items as T[]) into.push(a);
  return into;
}

/** Rows of one layer in document then part order, joined per document: [name, the layer's annotations]. */
export function byDocument(rows: { name: string; data: LayerData }[]): [string, unknown[]][] {
  const out: [string, unknown[]][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[0] === r.name) joinParts(last[1], r.data, r.name);
    else out.push([r.name, joinParts([], r.data, r.name)]);
  }
  return out;
}

/**
 * A contribution's JSON as stored. An entity mention whose quote is its own text (nearly every
 * one) is stored as the mention alone: `{"layer":"entities","a":…,"quote":…}` said again what
 * the bucket and the mention say, on nine rows of ten (a generated corpus: 44 bytes of 210 a row,
 * 6.5 MB of 10,000 paragraphs). `contributionData` reads both forms back.
 * @example contributionJson({ layer: 'entities', a: { start: 0, end: 5, text: 'Japan', …rest }, quote: 'Japan' }) // → '{"start":0,"end":5,"text":"Japan",…}'
 */
export function contributionJson(data: Contribution['data']): string {
  // A mention with a `layer` of its own would read back as a whole contribution: stored whole.
  return JSON.stringify(data.layer === 'entities' && data.quote === data.a.text && !('layer' in data.a) ? data.a : data);
}

/** A stored contribution's data from its JSON (`contributionJson`): a mention stored alone (it has no `layer`) is an entity's, quoted by its text. */
export function contributionData(json: string): ContributionData {
  const x = JSON.parse(json);
  return 'layer' in x ? x : { layer: 'entities', a: x, quote: x.text };
}

/** A part's contributions as columns, ready to insert: each row's bucket, place, span, entity label and JSON. */
export interface EncodedContributions {
  bucket: string[];
  seq: number[];
  start: number[];
  end: number[];
  /** Entities: the name the mention gives; null for the other layers. */
  label: (string | null)[];
  data: string[];
}

/**
 * A part encoded where it was extracted (a worker thread): each layer's JSON and the part's
 * contributions to the reconciled knowledge, so the storing thread only inserts them. Plain
 * strings and numbers cross threads far cheaper than the annotations' objects.
 */
export interface EncodedPart {
  encoded: true;
  counts: AnnotationCounts;
  /** Each layer's annotations as the JSON array `annotation_layers` stores, packed (`packLayer`). */
  layers: Record<(typeof LAYERS)[number], Uint8Array>;
  contributions: EncodedContributions;
}

/**
 * A long document's blocks and sentences that come with a part (its section's), when the
 * document's record holds none: `firstBlock` numbers the blocks, sentences name blocks by the
 * document's numbers. The store writes them with the part.
 */
export interface PartStructure {
  firstBlock: number;
  blocks: Block[];
  sentences: Sentence[];
}

/** What `putDocument` takes as a part: annotations, or a part already encoded; with its section's blocks and sentences when the record has none. */
export type DocumentPart = (Annotations | EncodedPart) & { structure?: PartStructure };

export function isEncoded(part: DocumentPart): part is EncodedPart {
  return (part as EncodedPart).encoded === true;
}

/**
 * Contributions in bucket order (a stable sort: a bucket's rows keep their document order), the
 * order a store inserts them in. Every row also goes into the index by bucket, whose entries of
 * one bucket lie together: inserted in document order, a document's rows went to its buckets'
 * pages back and forth across the index; in bucket order each page is visited once, left to right.
 * Readers never depend on the rows' insertion order (each orders by place, or by document and place).
 */
function inBucketOrder(rows: Contribution[]): Contribution[] {
  return rows.sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0));
}

/**
 * One part encoded for the store: layers as JSON, contributions as columns (`seqFrom`: how many
 * annotations of each layer the parts before gave).
 * @example encodePart(text, annotations).contributions.bucket // → ['en|country:PER', …, 'ev|0|leader_visit|CONSULT|1993', 'te|leader_visit|1993'] (bucket order)
 */
export function encodePart(text: string, annotations: Annotations, seqFrom?: SeqFrom): EncodedPart {
  const c: EncodedContributions = { bucket: [], seq: [], start: [], end: [], label: [], data: [] };
  for (const x of inBucketOrder(contributions(text, annotations, seqFrom))) {
    c.bucket.push(x.bucket);
    c.seq.push(x.seq);
    c.start.push(x.start);
    c.end.push(x.end);
    c.label.push(x.data.layer === 'entities' ? (x.data.a.name ?? null) : null);
    c.data.push(contributionJson(x.data));
  }
  const counts = noCounts();
  for (const layer of LAYERS) counts[layer] = annotations[layer].length;
  return {
    encoded: true,
    counts,
    layers: {
      times: packLayer(JSON.stringify(annotations.times)),
      entities: packLayer(JSON.stringify(annotations.entities)),
      events: packLayer(JSON.stringify(annotations.events)),
      facts: packLayer(JSON.stringify(annotations.facts)),
    },
    contributions: c,
  };
}

/**
 * A document's parts encoded in order, each as it is asked for (a long document's sections are
 * extracted and encoded one at a time).
 * @example [...encodeParts(text, [annotations])] // → [{ encoded: true, counts, layers, contributions }]
 */
export function encodeParts(text: string, parts: Iterable<DocumentPart>): Generator<EncodedPart & { structure?: PartStructure }> {
  const counts = noCounts();
  return mapReleased(parts, (part) => {
    const encoded: EncodedPart & { structure?: PartStructure } = isEncoded(part) ? part : encodePart(text, part, { events: counts.events, facts: counts.facts, entities: counts.entities });
    for (const layer of LAYERS) counts[layer] += encoded.counts[layer];
    if (part.structure) encoded.structure = part.structure;
    return encoded;
  });
}

/** A part's annotations (an encoded part's layers parsed back), for a store that writes objects. */
export function annotationsOf(part: DocumentPart): Annotations {
  if (!isEncoded(part)) return part;
  const parsed = (layer: (typeof LAYERS)[number]) => JSON.parse(layerJson(part.layers[layer]));
  return { times: parsed('times'), entities: parsed('entities'), events: parsed('events'), facts: parsed('facts') };
}
