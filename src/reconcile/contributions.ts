import type { Annotations, EntityMention, EventAnnotation, FactAnnotation } from '../model/annotation.js';
import { eventTypes } from '../extract/events/event-types.js';
import { firstNotBefore } from '../model/sorted.js';

/**
 * What one document gives the reconciled knowledge: each annotation with its quote under the
 * key of the items it can join (its bucket). Items of one bucket are reconciled together and
 * never with another bucket's, so a document changes only the buckets it touches.
 */
export interface Contribution {
  bucket: string;
  /** Place of the annotation in its document's layer (document order). */
  seq: number;
  start: number;
  end: number;
  data: ContributionData;
}

export type ContributionData =
  | { layer: 'events'; a: EventAnnotation; quote: string }
  | { layer: 'tellings'; a: EventAnnotation; quote: string; countries: string[] }
  | { layer: 'facts'; a: FactAnnotation; quote: string; scope: string }
  | { layer: 'entities'; a: EntityMention; quote: string };

/** A contribution as a bucket reads it back: with its document's name. */
export interface ContributionRow {
  doc: string;
  seq: number;
  data: ContributionData;
}

/** The PLOVER category of a Dyad event type (for events stored before events carried their own); OTHER for a type the lexicon no longer has. */
export function ploverOf(type: string): { type: string; mode: string } {
  const t = eventTypes().types.find((x) => x.id === type);
  return t ? { ...t.plover } : { type: 'OTHER', mode: type };
}

const byStart = <T extends { start: number }>(xs: T[]): T[] => [...xs].sort((a, b) => a.start - b.start);

/** The annotations of a list sorted by start that start in [start, end), in order (a binary search, not a scan: a long document has thousands). */
function within<T extends { start: number }>(sorted: T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstNotBefore(sorted.length, (k) => sorted[k]!.start < start); i < sorted.length && sorted[i]!.start < end; i++) out.push(sorted[i]!);
  return out;
}

/**
 * The pair a passage that names no country speaks of ("trade between the two countries"): the two countries its document (or part)
 * names most, in code order, marked as read from the document. Two documents on two pairs write the same words of different trade, so a
 * figure's scope (what `mergeFacts` compares before calling two figures a conflict) is its document's pair when the passage names none.
 * @example documentPair(entities) // → '~BWA+NAM' for a wire naming Botswana five times, Namibia four and Zambia once
 */
export function documentPair(countries: EntityMention[]): string {
  const counts = new Map<string, number>();
  for (const e of countries) counts.set(e.entity, (counts.get(e.entity) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2);
  return top.length
    ? `~${top
        .map(([id]) => id.replace(/^country:/, ''))
        .sort()
        .join('+')}`
    : '';
}

/** Where a section's places begin in each layer: the number of annotations of the sections before. */
export interface SeqFrom {
  events: number;
  facts: number;
  entities: number;
}

/** Fact bucket: the figures that may be one fact or conflict (indicator, unit, period, subject, direction). */
export function factBucket(f: FactAnnotation): string {
  return ['fa', f.thirdParty ? 1 : 0, f.indicator, f.unit, f.period ?? '', f.subject ?? '', f.direction ? `${f.direction.from}>${f.direction.to}` : ''].join('|');
}

/**
 * The contributions of a document's annotations. Every layer in document order (by start,
 * ties in the order the pipeline wrote them), as the store lists them. A long document's
 * annotations come a section at a time: `seqFrom` is how many of each layer the sections before
 * gave, so the places are the whole document's (a section's annotations all start after the
 * section before's, and an annotation's passage lies inside its section).
 * @example contributions(text, annotations).map((c) => c.bucket) // → ['ev|0|leader_visit|CONSULT|1993', 'te|leader_visit|1993', 'en|country:JPN', …]
 */
export function contributions(text: string, annotations: Annotations, seqFrom: SeqFrom = { events: 0, facts: 0, entities: 0 }): Contribution[] {
  const out: Contribution[] = [];
  const entities = byStart(annotations.entities);
  const countries = entities.filter((e) => e.kind === 'country');
  // The countries a passage names, in order, without repeats: "Japanese visitors to Viet Nam" is JPN, VNM.
  const named = (start: number, end: number) => [...new Set(within(countries, start, end).map((e) => e.entity))];
  const times = byStart(annotations.times.filter((t) => t.edtf).map((t) => ({ start: t.start, edtf: t.edtf, relative: t.relative === true })));
  byStart(annotations.events).forEach((e, i) => {
    const seq = seqFrom.events + i;
    const quote = text.slice(e.start, e.end);
    const plover = e.plover ?? ploverOf(e.type);
    out.push({ bucket: `ev|${e.thirdParty ? 1 : 0}|${e.type}|${plover.type}|${e.date.slice(0, 4)}`, seq, start: e.start, end: e.end, data: { layer: 'events', a: e, quote } });
    if (isTelling(e, times)) out.push({ bucket: `te|${e.type}|${e.date.slice(0, 4)}`, seq, start: e.start, end: e.end, data: { layer: 'tellings', a: e, quote, countries: named(e.start, e.end) } });
  });
  const pair = documentPair(countries);
  byStart(annotations.facts).forEach((f, i) => {
    const seq = seqFrom.facts + i;
    // A passage that names no country is of its document's pair. "Belgium's foreign ministry says its consulate in Kinshasa refused
    // 31 percent; …": in a clause that gives one of two sources' figures (`saidBy`), a country named before the verb of saying is the
    // figure's source, not what it measures, when one is named after it. Any other passage's countries are all its scope.
    const scope = (f.saidBy ? named(f.saidBy.end, f.end).join('>') : '') || named(f.start, f.end).join('>') || pair;
    out.push({ bucket: factBucket(f), seq, start: f.start, end: f.end, data: { layer: 'facts', a: f, quote: text.slice(f.start, f.end), scope } });
  });
  entities.forEach((e, i) => {
    const seq = seqFrom.entities + i;
    out.push({ bucket: `en|${e.entity}`, seq, start: e.start, end: e.end, data: { layer: 'entities', a: e, quote: text.slice(e.start, e.end) } });
  });
  return out;
}

/**
 * An event a passage dates itself, in so many words, telling one event: a date written out in
 * the sentence ("in May 2009", not "yesterday" or "Friday", which depend on how they were
 * resolved, nor a date taken from the paragraph or the report), and fewer than three dates in it
 * (a chronology's line tells many events). Only these take part in dating conflicts.
 */
function isTelling(e: EventAnnotation, times: { start: number; edtf: string; relative: boolean }[]): boolean {
  if (e.dateSource !== 'sentence' || e.thirdParty || e.mode !== 'asserted') return false;
  const inside = within(times, e.start, e.end);
  return new Set(inside.map((t) => t.edtf)).size < 3 && inside.some((t) => !t.relative && t.edtf.startsWith(e.date));
}
