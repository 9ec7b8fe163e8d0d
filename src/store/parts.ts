import type { Annotations } from '../model/annotation.js';
import type { DocumentRecord } from '../model/document.js';
import type { SeqFrom } from '../reconcile/contributions.js';

/** The layers of annotations, in the order the stores write them. */
export const LAYERS = ['times', 'entities', 'events', 'facts'] as const;

/** How many annotations of each layer a document has. */
export type AnnotationCounts = Record<keyof Annotations, number>;

/** One part of a document's annotations as a store writes it: its place, and how many of each layer came before it. */
export interface NumberedPart {
  annotations: Annotations;
  /** 0 for the first part. */
  index: number;
  seqFrom: SeqFrom;
}

/**
 * The annotations a `putDocument` call stores, a part at a time: the parts given (a long
 * document's sections, extracted as they are asked for), else the document's own annotations as
 * one part, else none. `counts` is filled as the parts go by: the whole document's at the end.
 * @example for (const p of numberedParts(doc, parts, counts)) write(p.index, p.annotations)
 */
export function* numberedParts(doc: DocumentRecord, parts: Iterable<Annotations> | undefined, counts: AnnotationCounts): Generator<NumberedPart> {
  const all = parts ?? (doc.annotations ? [doc.annotations] : []);
  let index = 0;
  for (const annotations of all) {
    yield { annotations, index: index++, seqFrom: { events: counts.events, facts: counts.facts, entities: counts.entities } };
    for (const layer of LAYERS) counts[layer] += annotations[layer].length;
  }
}

/** No annotations yet. */
export function noCounts(): AnnotationCounts {
  return { times: 0, entities: 0, events: 0, facts: 0 };
}

/**
 * Joins a layer's parts as read back (rows in part order, each a JSON array) into one array,
 * without spreading (a long document's layer has more items than a call takes arguments).
 */
export function joinParts<T>(into: T[], json: string): T[] {
  for (const a of JSON.parse(json) as T[]) into.push(a);
  return into;
}

/** Rows of one layer in document then part order, joined per document: [name, the layer's annotations]. */
export function byDocument(rows: { name: string; data: string }[]): [string, unknown[]][] {
  const out: [string, unknown[]][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[0] === r.name) joinParts(last[1], r.data);
    else out.push([r.name, joinParts([], r.data)]);
  }
  return out;
}
