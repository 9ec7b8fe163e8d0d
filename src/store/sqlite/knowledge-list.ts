/** Reading reconciled knowledge: lists with filters, counts and pages pushed down to SQL, kept summaries per data version. */
import type Database from 'better-sqlite3';
import type { KnowledgeFilter, KnowledgeList } from '../../model/knowledge.js';
import { KNOWLEDGE_GROUPS } from './counts.js';
import { bounds } from '../../reconcile/index.js';
import { sql } from './knowledge.js';

/** The WHERE clause and parameters of a filter on one layer. */
function where(db: Database.Database, layer: string, f: KnowledgeFilter): { sql: string; ranges: string; params: Record<string, unknown> } {
  const clauses = ['k.layer = @layer'];
  const params: Record<string, unknown> = { layer };
  if (f.type !== undefined) {
    clauses.push('k.type = @type');
    params.type = f.type;
  }
  if (f.unit !== undefined) {
    clauses.push('k.unit = @unit');
    params.unit = f.unit;
  }
  if (!f.thirdParty) clauses.push('k.third_party = 0');
  // Each date test is also written as a range of the column (the same rows: a prefix of x is at
  // least f exactly when x is, and at most t exactly when x sorts before t's successor), which
  // the index knowledge_dates can seek.
  const ranges: string[] = [];
  if (f.from) {
    params.from = bounds(f.from)[0];
    clauses.push('k.date_end IS NOT NULL AND substr(k.date_end, 1, length(@from)) >= @from');
    ranges.push('k.date_end >= @from');
  }
  if (f.to) {
    params.to = bounds(f.to)[1];
    params.toNext = successor(params.to as string);
    clauses.push('k.date_start IS NOT NULL AND substr(k.date_start, 1, length(@to)) <= @to');
    ranges.push('k.date_start < @toNext');
  }
  if (f.docs?.length) {
    const names = db
      .prepare(`SELECT name FROM documents WHERE name IN (SELECT value FROM json_each(@docs)) OR id IN (SELECT value FROM json_each(@docs))`)
      .pluck()
      .all({ docs: JSON.stringify(f.docs) }) as string[];
    params.docNames = JSON.stringify(names);
    clauses.push(
      layer === 'entities'
        ? `EXISTS (SELECT 1 FROM contributions c JOIN documents d ON d.id = c.doc_id WHERE c.bucket = k.bucket AND d.name IN (SELECT value FROM json_each(@docNames)))`
        : `EXISTS (SELECT 1 FROM knowledge_mentions m WHERE m.item_id = k.id AND m.doc IN (SELECT value FROM json_each(@docNames)))`,
    );
  }
  if (f.actor) {
    const words = f.actor.words.map((w, i) => {
      params[`w${i}`] = ` ${w} `;
      return `instr(a.words, @w${i}) > 0`;
    });
    params.entities = JSON.stringify(f.actor.entities);
    clauses.push(
      `EXISTS (SELECT 1 FROM knowledge_actors a WHERE a.item_id = k.id AND (a.entity IN (SELECT value FROM json_each(@entities)) OR (a.words <> ''${words.map((w) => ` AND ${w}`).join('')})))`,
    );
  }
  return { sql: clauses.join(' AND '), ranges: [...clauses, ...ranges].join(' AND '), params };
}

/** The smallest string after every string that begins with `s`: `s` with its last character the next one. */
function successor(s: string): string {
  return s.slice(0, -1) + String.fromCharCode(s.charCodeAt(s.length - 1) + 1);
}

/** How many items share each value of the filter columns (a few thousand groups for hundreds of thousands of items). */
interface Group {
  layer: string;
  third_party: number;
  date_end: string | null;
  date_start: string | null;
  unit: string | null;
  type: string;
  n: number;
}

const summaries = new WeakMap<Database.Database, { version: string; groups: Group[] }>();

/** The items counted by their filter columns, read once per data version. */
function summaryOf(db: Database.Database, version: string): Group[] {
  const kept = summaries.get(db);
  if (kept?.version === version) return kept.groups;
  // Kept by triggers as items are written (schema 8, counts.ts): no pass over the items.
  const groups = sql(db, KNOWLEDGE_GROUPS).all() as Group[];
  summaries.set(db, { version, groups });
  return groups;
}

/** Summaries of the items one actor's filter keeps, per connection, layer, actor and data version (at most ACTORS_KEPT). */
const actorSummaries = new WeakMap<Database.Database, Map<string, { version: string; groups: Group[] }>>();
const ACTORS_KEPT = 64;

/**
 * The items of a layer an actor filter keeps, counted by their filter columns, read once per
 * actor and data version: a count of that actor with any dates, type or unit is then a pass over
 * these groups, not a query testing every item's actors again (0.2–0.6 s at 100,000 paragraphs).
 */
function actorSummaryOf(db: Database.Database, layer: string, actor: NonNullable<KnowledgeFilter['actor']>, version: string): Group[] {
  let kept = actorSummaries.get(db);
  if (!kept) actorSummaries.set(db, (kept = new Map()));
  const key = `${layer}\u0000${JSON.stringify(actor)}`;
  const hit = kept.get(key);
  if (hit?.version === version) return hit.groups;
  const { sql: keeps, params } = where(db, layer, { actor, thirdParty: true });
  const groups = db
    .prepare(`SELECT layer, third_party, date_end, date_start, unit, type, count(*) AS n FROM knowledge k WHERE ${keeps} GROUP BY layer, third_party, date_end, date_start, unit, type`)
    .all(params) as Group[];
  kept.delete(key);
  kept.set(key, { version, groups });
  if (kept.size > ACTORS_KEPT) kept.delete(kept.keys().next().value!);
  return groups;
}

/**
 * The groups of the summary a filter keeps: the same tests as `where` (without actor and
 * documents, which the summary cannot answer, so a superset of the items the filter keeps).
 */
function matchingGroups(groups: Group[], layer: string, f: KnowledgeFilter, params: Record<string, unknown>): Group[] {
  const from = params.from as string | undefined;
  const to = params.to as string | undefined;
  return groups.filter((g) => {
    if (g.layer !== layer || (f.type !== undefined && g.type !== f.type) || (f.unit !== undefined && g.unit !== f.unit) || (!f.thirdParty && g.third_party !== 0)) return false;
    if (from !== undefined && (g.date_end === null || g.date_end.slice(0, from.length) < from)) return false;
    if (to !== undefined && (g.date_start === null || g.date_start.slice(0, to.length) > to)) return false;
    return true;
  });
}

/** A filter's count from the summary (without actor and documents): it costs the number of groups, not of items. */
function countFromSummary(groups: Group[], layer: string, f: KnowledgeFilter, params: Record<string, unknown>): number {
  return matchingGroups(groups, layer, f, params).reduce((n, g) => n + g.n, 0);
}

/**
 * Where in the order a page of events from or to a date can begin and end: an event's first sort
 * key is its start date, so the earliest and latest start among the items the dates keep bound
 * the walk (a page from 2010 no longer passes every event before it). Undefined for other layers
 * and without dates.
 */
function eventSeek(groups: Group[], layer: string, f: KnowledgeFilter, params: Record<string, unknown>): { lo: string; hi: string } | undefined {
  if (layer !== 'events' || (!f.from && !f.to)) return undefined;
  const starts = matchingGroups(groups, layer, f, params).map((g) => g.date_start!);
  if (!starts.length) return undefined;
  return { lo: starts.reduce((a, b) => (b < a ? b : a)), hi: starts.reduce((a, b) => (b > a ? b : a)) };
}

/**
 * Totals kept per connection, filter and data version: counting a filter's items reads all of them,
 * or all the summary's groups (36,000 at 100,000 paragraphs, 2–4 ms of the event loop a request
 * under load); with the walk's bounds of a dated page of events (`seek`, null: none), from the same pass.
 */
const totals = new WeakMap<Database.Database, Map<string, { version: string; total: number; seek?: { lo: string; hi: string } | null }>>();
const TOTALS_KEPT = 2000;

/**
 * A page of one layer's items, in the layer's order, and how many the filter matches. The
 * count is kept for the filter while `version` (the store's data version) stays the same, so
 * paging through a list counts it once.
 */
export function listKnowledge<T>(db: Database.Database, layer: 'events' | 'facts' | 'entities' | 'conflicts', f: KnowledgeFilter, version?: string): KnowledgeList<T> {
  // The count seeks the date ranges in knowledge_dates; the page walks the order's index (the
  // ranges there would make SQLite sort every match instead).
  const { sql, ranges, params } = where(db, layer, f);
  let kept = totals.get(db);
  if (!kept) totals.set(db, (kept = new Map()));
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const hit = version !== undefined && kept.get(key)?.version === version ? kept.get(key) : undefined;
  let total = hit?.total;
  // A whole layer (the overview's counts): its kept groups summed, without reading them.
  if (total === undefined && f.type === undefined && f.unit === undefined && !f.from && !f.to && !f.actor && !f.docs?.length)
    total = db
      .prepare('SELECT ifnull(sum(n), 0) FROM knowledge_groups WHERE layer = ? AND (? OR third_party = 0)')
      .pluck()
      .get(layer, Number(f.thirdParty ?? false)) as number;
  if (total === undefined && version !== undefined && !f.docs?.length) total = countFromSummary(f.actor ? actorSummaryOf(db, layer, f.actor, version) : summaryOf(db, version), layer, f, params);
  total ??= db.prepare(`SELECT count(*) FROM knowledge k WHERE ${ranges}`).pluck().get(params) as number;
  // The summary only when dates bound the walk: reading it is a pass over its groups (36,000 at 100,000 paragraphs).
  const seek = hit?.seek !== undefined ? (hit.seek ?? undefined) : version !== undefined && layer === 'events' && (f.from || f.to) ? eventSeek(summaryOf(db, version), layer, f, params) : undefined;
  if (version !== undefined && !hit) {
    kept.delete(key);
    kept.set(key, { version, total, seek: seek ?? null });
    if (kept.size > TOTALS_KEPT) kept.delete(kept.keys().next().value!);
  }
  // A count of none, or a page past the end: nothing to walk.
  if (total === 0 || (f.offset ?? 0) >= total) return { items: [], total };
  const bounded = seek ? `${sql} AND k.s1 >= @lo AND k.s1 <= @hi` : sql;
  const order = layer === 'entities' ? 'k.n DESC, k.s1, k.s2, k.s3, k.id' : 'k.s1, k.s2, k.s3, k.id';
  const items = db
    .prepare(`SELECT k.data FROM knowledge k WHERE ${bounded} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, ...seek, limit: f.limit ?? -1, offset: f.offset ?? 0 }) as string[];
  return { items: items.map((d) => JSON.parse(d) as T), total };
}

/** The units stored facts use (of the pair's figures unless `thirdParty`), sorted. */
export function factUnits(db: Database.Database, thirdParty = false): string[] {
  return db
    .prepare(`SELECT DISTINCT unit FROM knowledge WHERE layer = 'facts' AND (@tp OR third_party = 0) ORDER BY unit`)
    .pluck()
    .all({ tp: Number(thirdParty) }) as string[];
}
