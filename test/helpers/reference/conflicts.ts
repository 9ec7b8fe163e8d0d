import { createHash } from 'node:crypto';
import type { Store } from '../../../src/store/store.js';
import { queryFacts, type Mention } from './annotation-queries.js';
import { disagree, tellings, type Telling } from './event-conflicts.js';
import { humanDate } from '../../../src/knowledge/ask/spans.js';
import type { Citation } from '../../../src/knowledge/ask/types.js';

/** Mentions that cannot both be true, each claim with its citations. */
export interface Conflict {
  id: string;
  kind: 'event' | 'fact';
  /** What the claims are about: the event type and its parties, or the indicator, subject and period. */
  about: string;
  claims: { answer: string; value: string; citations: Citation[] }[];
}

const cite = (m: Mention): Citation => ({ doc: m.doc, start: m.start, end: m.end, quote: m.quote });
const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);

/** The countries a passage names, in order, without repeats: "Japanese visitors to Viet Nam" is JPN, VNM. */
async function countriesNamed(store: Store): Promise<(doc: string, start: number, end: number) => string[]> {
  const byDoc = new Map<string, { start: number; entity: string }[]>();
  for (const { doc, annotation } of await store.listAnnotations('entities')) {
    if (annotation.kind === 'country') byDoc.set(doc, [...(byDoc.get(doc) ?? []), { start: annotation.start, entity: annotation.entity }]);
  }
  return (doc, start, end) => [
    ...new Set(
      (byDoc.get(doc) ?? [])
        .filter((e) => e.start >= start && e.start < end)
        .sort((x, y) => x.start - y.start)
        .map((e) => e.entity),
    ),
  ];
}

/** The pair a passage that names no country ("trade between the two countries") is of: the two countries its document names most. */
async function documentPairs(store: Store): Promise<(doc: string) => string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { doc, annotation } of await store.listAnnotations('entities')) {
    if (annotation.kind !== 'country') continue;
    const of = counts.get(doc) ?? new Map<string, number>();
    of.set(annotation.entity, (of.get(annotation.entity) ?? 0) + 1);
    counts.set(doc, of);
  }
  return (doc) => {
    const top = [...(counts.get(doc) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2);
    const codes = top.map(([id]) => id.replace(/^country:/, '')).sort();
    return codes.length ? `~${codes.join('+')}` : '';
  };
}

/**
 * The figures of one indicator, unit, subject and period that cannot all be true: stated in
 * different sentences (two figures in one sentence measure two things: "60 countries and 40
 * countries"), naming the same countries in the same order (not "Japanese visitors to Viet Nam"
 * against "Vietnamese visitors to Japan"), and apart by more than rounding or an "about".
 */
function disagreeingFigures<T extends { value: number; qualifier: string; mentions: Mention[] }>(facts: T[], order: (m: Mention) => string): T[] {
  const close = (a: T, b: T) => Math.abs(a.value - b.value) <= (a.qualifier !== 'exact' || b.qualifier !== 'exact' ? 0.1 : 0.005) * Math.max(Math.abs(a.value), Math.abs(b.value));
  const sameSentence = (a: T, b: T) => a.mentions.some((m) => b.mentions.some((n) => n.doc === m.doc && n.start < m.end && m.start < n.end));
  const sameScope = (a: T, b: T) => a.mentions.some((m) => b.mentions.some((n) => order(m) === order(n)));
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const [a, b] = [facts[i]!, facts[j]!];
      if (!close(a, b) && !sameSentence(a, b) && sameScope(a, b)) return [a, b];
    }
  }
  return [];
}

/** Conflicting datings of events, one conflict per pair of dates of one type, every telling of each date cited. */
function eventConflicts(told: Telling[]): Conflict[] {
  const byPair = new Map<string, { type: string; dates: [string, string]; cited: [Telling[], Telling[]] }>();
  for (let i = 0; i < told.length; i++) {
    for (let j = i + 1; j < told.length; j++) {
      const [a, b] = told[i]!.event.date < told[j]!.event.date ? [told[i]!, told[j]!] : [told[j]!, told[i]!];
      if (!disagree(a, b)) continue;
      const key = `${a.event.type}|${a.event.date}|${b.event.date}`;
      const c = byPair.get(key) ?? { type: a.event.type, dates: [a.event.date, b.event.date], cited: [[], []] };
      for (const [k, t] of [
        [0, a],
        [1, b],
      ] as const)
        if (!c.cited[k].includes(t)) c.cited[k].push(t);
      byPair.set(key, c);
    }
  }
  return [...byPair.entries()].map(([key, c]) => ({
    id: `cf-${hash(key)}`,
    kind: 'event' as const,
    about: `${c.type}: ${[...new Set(c.cited.flat().flatMap((t) => t.event.actors.map((x) => x.name)))].join(', ')}`,
    claims: c.dates.map((d, k) => ({ answer: humanDate(d), value: d, citations: c.cited[k]!.map((t) => ({ doc: t.doc, start: t.event.start, end: t.event.end, quote: t.quote })) })),
  }));
}

/**
 * Conflicts in the store: events dated differently and figures that differ for the same
 * indicator, subject, unit and period (including one document contradicting itself).
 * @example await findConflicts(store) // → [{ kind: 'event', about: 'partnership_upgrade: Vietnam, …', claims: [{ answer: 'May 2009', … }, { answer: 'October 2009', … }] }]
 */
export async function findConflicts(store: Store): Promise<Conflict[]> {
  const named = await countriesNamed(store);
  const out = eventConflicts(await tellings(store, named));
  const pairOf = await documentPairs(store);
  const order = (m: Mention) => named(m.doc, m.start, m.end).join('>') || pairOf(m.doc);
  const byKey = new Map<string, Awaited<ReturnType<typeof queryFacts>>>();
  for (const f of await queryFacts(store, {})) {
    if (!f.period) continue;
    const key = [f.indicator, f.unit, f.period, f.subject ?? '', f.direction ? `${f.direction.from}>${f.direction.to}` : ''].join('|');
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  for (const [key, all] of byKey) {
    const group = disagreeingFigures(all, order);
    if (group.length < 2) continue;
    const [indicator, unit, period, subject] = key.split('|');
    out.push({
      id: `cf-${hash(key)}`,
      kind: 'fact',
      about: `${indicator} ${subject ? `${subject} ` : ''}${period} (${unit})`,
      claims: group.map((f) => ({ answer: `${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${f.value} ${unit}`, value: `${f.value} ${unit}`, citations: f.mentions.map(cite) })),
    });
  }
  return out;
}
