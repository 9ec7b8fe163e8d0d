import type { TimeAnnotation, Timex3 } from '../model/annotation.js';
import type { Store } from '../store/store.js';

/** The TIMEX3 types, for the `type` filter of times. */
export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;

/** A time expression as clients get it: where it is, what it says, and its EDTF and TIMEX3 values. */
export interface KnowledgeTime {
  doc: string;
  start: number;
  end: number;
  quote: string;
  /** EDTF, or null for what no calendar date names (a duration, a set, "now"). */
  edtf: string | null;
  granularity: string;
  timex: Timex3;
  /** Resolved from another expression or the document's date ("a year later", "on Monday"). */
  relative: boolean;
  rule: string;
}

/**
 * Every time expression of the documents asked for, in document and text order: what the time
 * stage found, so it can be read and scored against TimeML sets through the CLI or the API.
 * @example await queryTimes(store, { doc: ['a.txt'], type: 'DATE' }) // → [{ doc: 'a.txt', start: 3, end: 7, quote: '1993', edtf: '1993', timex: { type: 'DATE', value: '1993' }, … }]
 */
export async function queryTimes(store: Store, q: { doc?: string[]; type?: string }): Promise<KnowledgeTime[]> {
  const rows = await store.listAnnotations('times', { docs: q.doc });
  const texts = new Map<string, string>();
  const out: KnowledgeTime[] = [];
  for (const { doc, annotation } of rows) {
    const t = annotation as TimeAnnotation;
    if (q.type && t.timex.type !== q.type) continue;
    if (!texts.has(doc)) texts.set(doc, (await store.getDocument(doc))?.text ?? '');
    out.push({
      doc,
      start: t.start,
      end: t.end,
      quote: texts.get(doc)!.slice(t.start, t.end),
      edtf: t.granularity === 'none' ? null : t.edtf,
      granularity: t.granularity,
      timex: t.timex,
      relative: t.relative === true,
      rule: t.rule,
    });
  }
  return out;
}
