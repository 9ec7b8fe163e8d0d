import { get, has } from './api.js';
import type { Conflict, Direction, DyadEvent, Fact, Series, SeriesPoint, StateSummary } from './types.js';

/**
 * The start and end (exclusive) of an EDTF date or interval, and whether it is uncertain or
 * approximate. Unspecified digits (199X) widen the range.
 * @example edtfRange('1992-04') // → { start: 1992-04-01, end: 1992-05-01, interval: false, uncertain: false, precision: 'month' }
 */
export function edtfRange(edtf: string): { start: Date; end: Date; interval: boolean; uncertain: boolean; precision: 'year' | 'month' | 'day' } | null {
  const uncertain = /[?~%X]/.test(edtf);
  if (edtf.includes('/')) {
    const [a = '', b = ''] = edtf.split('/');
    const from = a && a !== '..' ? edtfRange(a) : null;
    const to = b && b !== '..' ? edtfRange(b) : null;
    if (!from && !to) return null;
    const start = from?.start ?? to!.start;
    const end = to?.end ?? new Date(Date.UTC(from!.start.getUTCFullYear() + 1, 0, 1));
    return { start, end, interval: true, uncertain: uncertain || !from || !to, precision: from?.precision ?? to!.precision };
  }
  const m = /^(-?[\dX]{4})(?:-([\dX]{2}))?(?:-([\dX]{2}))?/.exec(edtf.replace(/[?~%]/g, ''));
  if (!m) return null;
  const yearLo = Number(m[1]!.replace(/X/g, '0'));
  const yearHi = Number(m[1]!.replace(/X/g, '9'));
  const month = m[2] && !m[2].includes('X') ? Number(m[2]) : undefined;
  const day = m[3] && !m[3].includes('X') ? Number(m[3]) : undefined;
  const at = (y: number, mo: number, d: number) => {
    const t = new Date(Date.UTC(2000, mo - 1, d));
    t.setUTCFullYear(y);
    return t;
  };
  if (month === undefined) return { start: at(yearLo, 1, 1), end: at(yearHi + 1, 1, 1), interval: false, uncertain, precision: 'year' };
  if (day === undefined) return { start: at(yearLo, month, 1), end: at(yearLo, month + 1, 1), interval: false, uncertain, precision: 'month' };
  return { start: at(yearLo, month, day), end: at(yearLo, month, day + 1), interval: false, uncertain, precision: 'day' };
}

/**
 * Every event (the API pages; without a limit it answers them all), each id once: the API has
 * been seen to list one event twice (same id, same mention), which the timeline cannot hold.
 */
export async function allEvents(): Promise<DyadEvent[]> {
  const seen = new Set<string>();
  return (await get<DyadEvent[]>('/api/events')).data.filter((e) => !seen.has(e.id) && !!seen.add(e.id));
}

export async function allFacts(): Promise<Fact[]> {
  return (await get<Fact[]>('/api/facts')).data;
}

export async function allConflicts(): Promise<Conflict[]> {
  return (await get<Conflict[]>('/api/conflicts')).data;
}

/** A key for a citation, to match an event's or a fact's mentions with a conflict's claims. */
export const citeKey = (c: { doc: string; start: number }) => `${c.doc}@${c.start}`;

/** The citation keys of every claim in a conflict. */
export async function conflictKeys(): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const c of await allConflicts()) for (const cl of c.claims) for (const ci of cl.citations) keys.add(citeKey(ci));
  return keys;
}

/**
 * Each indicator's series: the one place the charts get their data. It reads
 * `GET /api/series` when the server has it, else builds the same shape from `/api/facts`
 * (facts with a period, grouped by indicator and unit; two values for one period are a conflict).
 */
export async function loadSeries(): Promise<Series[]> {
  // Points without their passages: a chart needs values; a selected point reads its passages from /api/facts/{fact}.
  if (await has('/api/series')) return (await get<Series[]>('/api/series', { citations: 0 })).data;
  return seriesFromFacts(await allFacts());
}

/** @example seriesFromFacts([{ indicator: 'trade', unit: 'USD', period: '2010', value: 1, … }]) // → [{ indicator: 'trade', unit: 'USD', points: [{ period: '2010', value: 1, … }] }] */
export function seriesFromFacts(facts: Fact[]): Series[] {
  const groups = new Map<string, Series>();
  for (const f of facts) {
    if (!f.period || !edtfRange(f.period)) continue;
    // Figures about different subjects (residents of one country in the other, and the reverse) are different series.
    const key = `${f.indicator}\u0000${f.unit}\u0000${f.subject ?? ''}`;
    let s = groups.get(key);
    if (!s) groups.set(key, (s = { indicator: f.indicator, unit: f.unit, subject: f.subject, points: [] }));
    s.points.push({ period: f.period, value: f.value, unit: f.unit, direction: f.direction, conflict: false, citations: f.mentions });
  }
  for (const s of groups.values()) {
    const byPeriod = new Map<string, SeriesPoint[]>();
    for (const p of s.points) byPeriod.set(p.period, [...(byPeriod.get(p.period) ?? []), p]);
    for (const same of byPeriod.values()) if (new Set(same.map((p) => p.value)).size > 1) for (const p of same) p.conflict = true;
    s.points.sort((a, b) => edtfRange(a.period)!.start.getTime() - edtfRange(b.period)!.start.getTime());
  }
  return [...groups.values()].sort((a, b) => b.points.length - a.points.length || a.indicator.localeCompare(b.indicator));
}

/** One series' key in the URL: indicator, unit, subject, scope and direction. */
export const seriesKey = (s: Series) => [s.indicator, s.unit, s.subject ?? '', s.scope ?? '', directionText(s.direction)].join('~');

/** @example directionText({ from: 'Japan', to: 'Vietnam' }) // → 'Japan → Vietnam' */
export const directionText = (d: Direction | undefined) => (!d ? '' : typeof d === 'string' ? d : `${d.from} → ${d.to}`);

/** A series' title: `trade (USD) · Japan · annual · Japan → Vietnam`. */
export const seriesTitle = (s: Series) => [`${s.indicator} (${s.unit})`, s.subject, s.scope, directionText(s.direction)].filter(Boolean).join(' · ');

/** Units that are amounts (not ranks or shares): the overview's headline series are drawn from these. */
export const isAmount = (unit: string) => unit !== 'rank' && unit !== 'percent';

/** The state without its cited lists (`GET /api/state?summary=true`): small whatever the corpus, and one request for all three below. */
const stateSummary = async () => (await get<StateSummary>('/api/state', { summary: 'true' })).data;

/**
 * The headline series (`GET /api/series?headline=N`: the longest lines of amounts, points without
 * citations), else the longest of every series.
 */
export async function loadHeadline(n: number): Promise<Series[]> {
  if (await has('/api/series')) return (await get<Series[]>('/api/series', { headline: n })).data;
  return (await loadSeries())
    .filter((s) => s.points.length >= 3 && isAmount(s.unit))
    .sort((a, b) => b.points.length - a.points.length)
    .slice(0, n);
}

/** The partnership's steps over time: `GET /api/state` when the server has it, else the events of the lexicon's partnership type. */
export async function loadPartnership(): Promise<StateSummary['partnership']> {
  if (await has('/api/state')) return (await stateSummary()).partnership;
  const events = await allEvents();
  return events
    .filter((e) => e.type === 'partnership_upgrade' && e.date && !e.thirdParty && e.mode === 'asserted')
    .map((e) => ({ date: e.date!, name: e.mentions[0]?.quote ?? e.type, citations: e.mentions }));
}

/** Visits per decade, from `GET /api/state` (null when the server has no such route). */
export async function loadVisitsByDecade(): Promise<Record<string, number> | null> {
  if (!(await has('/api/state'))) return null;
  return (await stateSummary()).visits.byDecade;
}

/** The pair of states the documents are about: from `GET /api/state` when the server has it, else the two countries named most. */
export async function loadPair(): Promise<string[]> {
  if (await has('/api/state')) return (await stateSummary()).pairs[0]?.countries.map((c) => c.name) ?? [];
  return (await get<{ name: string }[]>('/api/entities', { type: 'country', limit: 2 })).data.map((c) => c.name);
}
