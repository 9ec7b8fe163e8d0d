import { createHash } from 'node:crypto';
import type { EntityMention, EventAnnotation, FactAnnotation } from '../../../src/model/annotation.js';
import { DyadError } from '../../../src/model/errors.js';
import type { Store } from '../../../src/store/store.js';
import { fold } from '../../../src/extract/fold.js';
import { actorLexicon } from '../../../src/extract/actors/actor-lexicon.js';
import { isEdtf } from '../../../src/ingest/manifest.js';
import { eventTypes } from '../../../src/extract/events/event-types.js';
import { MUTUAL } from '../../../src/extract/events/event-actors.js';
import { swappedRoles } from '../../../src/reconcile/events.js';
import type { KnowledgeEntity, KnowledgeEvent, KnowledgeFact, Mention } from '../../../src/model/knowledge.js';

/** Filters shared by events, facts and entities. `type` is the event type, fact indicator or entity kind. */
export interface AnnotationQuery {
  type?: string;
  /** EDTF: only items dated on or after its start. */
  from?: string;
  /** EDTF: only items dated on or before its end. */
  to?: string;
  /** A name in any spelling the lexicon knows, or part of a name. */
  actor?: string;
  doc?: string[];
  limit?: number;
  /** Include what a document about a pair tells of other countries only (left out by default). */
  thirdParty?: boolean;
}

export type { KnowledgeEntity, KnowledgeEvent, KnowledgeFact, Mention } from '../../../src/model/knowledge.js';

/** The PLOVER category of a Dyad event type (for events stored before events carried their own); OTHER for a type the lexicon no longer has. */
function ploverOf(type: string): { type: string; mode: string } {
  const t = eventTypes().types.find((x) => x.id === type);
  return t ? { ...t.plover } : { type: 'OTHER', mode: type };
}

const shortHash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);

/** The start and end of an EDTF value as comparable strings ("2018-05/2018-06" → ["2018-05", "2018-06"]). */
function bounds(edtf: string): [string, string] {
  const [a, b] = edtf.split('/');
  const clean = (s: string | undefined, open: string) => (!s || s === '..' ? open : s.replace(/[?~%]/g, '').replace(/X/g, open === '0000' ? '0' : '9'));
  return [clean(a, '0000'), clean(b ?? a, '9999')];
}

function checkDates(q: AnnotationQuery): void {
  for (const [k, v] of [
    ['from', q.from],
    ['to', q.to],
  ] as const) {
    if (v !== undefined && !isEdtf(v)) throw new DyadError('BAD_REQUEST', `${k}: "${v}" is not an EDTF date (e.g. 2014, 2018-05, 1990/1999)`);
  }
}

function inRange(date: string | undefined | null, q: AnnotationQuery): boolean {
  if (!q.from && !q.to) return true;
  if (!date) return false;
  const [start, end] = bounds(date);
  if (q.from && end.slice(0, bounds(q.from)[0].length) < bounds(q.from)[0]) return false;
  if (q.to && start.slice(0, bounds(q.to)[1].length) > bounds(q.to)[1]) return false;
  return true;
}

/** Entity ids and folded names a user's actor filter may mean ("Viet Nam" → country:VNM). */
function actorMatcher(actor: string | undefined): (name: string, entity: string) => boolean {
  if (!actor) return () => true;
  const f = fold(actor.trim());
  const ids = new Set((actorLexicon().byText.get(f) ?? []).map((a) => a.entity.id));
  const words = f.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return (name, entity) => {
    if (ids.has(entity)) return true;
    const have = fold(name).split(/[^\p{L}\p{N}]+/u);
    return words.every((w) => have.includes(w));
  };
}

class TextCache {
  private texts = new Map<string, string>();
  constructor(private store: Store) {}
  async quote(doc: string, start: number, end: number): Promise<string> {
    if (!this.texts.has(doc)) this.texts.set(doc, (await this.store.getDocument(doc))?.text ?? '');
    return this.texts.get(doc)!.slice(start, end);
  }
}

/**
 * What tells two events apart: their countries (a person's or a body's counting as named), their
 * people, and the other bodies and things they involve.
 */
function parties(actors: { entity: string }[]): { countries: Set<string>; people: Set<string>; others: Set<string> } {
  const { countryOf } = actorLexicon();
  const countries = new Set<string>();
  const people = new Set<string>();
  const others = new Set<string>();
  for (const { entity } of actors) {
    if (entity.startsWith('country:')) countries.add(entity);
    else (entity.startsWith('person:') ? people : others).add(entity);
    const country = countryOf.get(entity);
    if (country) countries.add(country);
  }
  return { countries, people, others };
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
const shares = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/**
 * Two mentions of the same type and date are one event when their actors do not tell them
 * apart and tie them together. Apart: both name people and share none (two ministers' meetings
 * in one month), or both name countries and neither's are among the other's. Together: a
 * person, a body or a named thing in common, or the same countries; one country may stand
 * for an event told in more detail by another source or before in the same one ("Qatar resumed
 * aid in 1992", "as mentioned above, Qatar resumed aid to Kenya in May 1992"). Two countries of
 * four tell a different event.
 */
function sameEvent(a: { entity: string }[], b: { entity: string }[], toldAgain: boolean): boolean {
  const x = parties(a);
  const y = parties(b);
  if (x.people.size && y.people.size && !shares(x.people, y.people)) return false;
  if (x.countries.size && y.countries.size && !subset(x.countries, y.countries) && !subset(y.countries, x.countries)) return false;
  const [fewer, more] = x.countries.size <= y.countries.size ? [x.countries, y.countries] : [y.countries, x.countries];
  const sameCountries = fewer.size > 0 && subset(fewer, more) && (fewer.size === more.size || (toldAgain && fewer.size === 1));
  return shares(x.people, y.people) || shares(x.others, y.others) || sameCountries;
}

/** The same date, or a year and a month or day within it ("1995", "1995-07"). */
function sameDate(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.includes('/') || b.includes('/')) return false;
  const [coarse, fine] = a.length < b.length ? [a, b] : [b, a];
  return coarse.length === 4 && fine.startsWith(`${coarse}-`);
}

/**
 * Events across documents: the same type and date (or a year and a date within it) stated in
 * several passages, with actors that do not tell them apart, are one event with several
 * mentions, each cited to its passage with the date that passage gives.
 */
export async function queryEvents(store: Store, q: AnnotationQuery): Promise<KnowledgeEvent[]> {
  checkDates(q);
  const rows = await store.listAnnotations('events', { docs: q.doc, kind: q.type });
  const matchActor = actorMatcher(q.actor);
  const texts = new TextCache(store);
  const byTypeAndDate = new Map<string, { event: KnowledgeEvent; entities: { entity: string }[]; told: EventAnnotation['actors'][]; acts: Map<string, Set<string>>; listed: Set<string> }[]>();
  const events: KnowledgeEvent[] = [];
  for (const { doc, annotation } of rows) {
    const e = annotation as EventAnnotation;
    if (e.thirdParty && !q.thirdParty) continue;
    if (!inRange(e.date, q)) continue;
    if (q.actor && !e.actors.some((a) => matchActor(a.name, a.entity))) continue;
    const mention: Mention = { doc, start: e.start, end: e.end, quote: await texts.quote(doc, e.start, e.end), date: e.date, dateSource: e.dateSource };
    const key = `${e.type}|${(e.plover ?? ploverOf(e.type)).type}|${e.date.slice(0, 4)}`;
    const candidates = byTypeAndDate.get(key) ?? [];
    // In one document, acts of a category told one by one and named by other words ("summoned", "protest") are other acts.
    const word = /\p{L}+/u.exec(mention.quote.slice(e.trigger.start - e.start, e.trigger.end - e.start))?.[0].toLowerCase() ?? '';
    const act = word.replace(/(?:es|s|ed|d|ing)$/, '');
    const category = (e.plover ?? ploverOf(e.type)).type;
    const otherAct = (c: { acts: Map<string, Set<string>> }) => c.acts.has(doc) && !c.acts.get(doc)!.has(act) && act !== '' && e.restated !== true && eventTypes().separate.has(category);
    // One passage that tells two events of one type and date (a list of agreements signed in 1999) tells two events;
    // so do the acts of a document's lists (`listedActs`).
    const listed = /\+list-(?:item|intro)/.test(e.rule);
    const existing = candidates.find(
      (c) =>
        !c.event.mentions.some((m) => m.doc === doc && m.start === e.start) &&
        !(listed && c.listed.has(doc)) &&
        sameDate(c.event.date, e.date) &&
        !otherAct(c) &&
        // Acts of one day done by each side to the other ("A accused B"; "B accused A") are two, unless done together.
        !(!MUTUAL.has(category) && c.told.some((m) => swappedRoles(m, e.actors))) &&
        sameEvent(c.entities, e.actors, e.restated === true || c.event.mentions.every((m) => m.doc !== doc)),
    );
    if (existing) {
      const { event } = existing;
      // "In 1995" and "in July 1995" tell one event; it takes the finer date.
      if (e.date.length > event.date.length && !event.date.includes('/')) event.date = e.date;
      if (!event.mentions.some((m) => m.doc === doc && m.start === e.start)) event.mentions.push(mention);
      existing.acts.set(doc, (existing.acts.get(doc) ?? new Set()).add(act));
      existing.told.push(e.actors);
      if (listed) existing.listed.add(doc);
      for (const a of e.actors) {
        if (event.actors.some((x) => x.name === a.name)) continue;
        event.actors.push({ name: a.name, role: a.role });
        existing.entities.push(a);
      }
      event.location ??= e.location ?? null;
      event.confidence = Math.max(event.confidence, e.confidence);
      continue;
    }
    const event: KnowledgeEvent = {
      id: `ev-${shortHash(`${key}|${doc}:${e.start}`)}`,
      type: e.type,
      plover: e.plover ?? ploverOf(e.type),
      date: e.date,
      dateSource: e.dateSource,
      actors: e.actors.map((a) => ({ name: a.name, role: a.role })),
      location: e.location ?? null,
      mode: e.mode,
      confidence: e.confidence,
      thirdParty: e.thirdParty === true,
      mentions: [mention],
    };
    candidates.push({ event, entities: [...e.actors], told: [e.actors], acts: new Map([[doc, new Set([act])]]), listed: new Set(listed ? [doc] : []) });
    byTypeAndDate.set(key, candidates);
    events.push(event);
  }
  events.sort((a, b) => bounds(a.date)[0].localeCompare(bounds(b.date)[0]) || a.type.localeCompare(b.type));
  return q.limit ? events.slice(0, q.limit) : events;
}

/** Quantitative facts across documents; the same value of the same indicator for the same period is one fact. */
export async function queryFacts(store: Store, q: AnnotationQuery): Promise<KnowledgeFact[]> {
  checkDates(q);
  const rows = await store.listAnnotations('facts', { docs: q.doc, kind: q.type });
  const matchActor = actorMatcher(q.actor);
  const texts = new TextCache(store);
  const byKey = new Map<string, KnowledgeFact>();
  for (const { doc, annotation } of rows) {
    const f = annotation as FactAnnotation;
    if (f.thirdParty && !q.thirdParty) continue;
    if (!inRange(f.period, q)) continue;
    if (q.actor && ![f.subject, f.direction?.from, f.direction?.to].some((name) => name && matchActor(name, ''))) continue;
    const key = `${f.indicator}|${f.value}|${f.unit}|${f.period ?? ''}|${f.subject ?? ''}|${f.direction ? `${f.direction.from}>${f.direction.to}` : ''}`;
    const mention: Mention = { doc, start: f.start, end: f.end, quote: await texts.quote(doc, f.start, f.end) };
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.mentions.some((m) => m.doc === doc && m.start === f.start)) existing.mentions.push(mention);
      continue;
    }
    byKey.set(key, {
      id: `fa-${shortHash(key)}`,
      indicator: f.indicator,
      value: f.value,
      unit: f.unit,
      period: f.period ?? null,
      subject: f.subject ?? null,
      direction: f.direction ?? null,
      qualifier: f.qualifier,
      confidence: f.confidence,
      thirdParty: f.thirdParty === true,
      mentions: [mention],
    });
  }
  const facts = [...byKey.values()].sort((a, b) => a.indicator.localeCompare(b.indicator) || (a.period ?? '').localeCompare(b.period ?? ''));
  return q.limit ? facts.slice(0, q.limit) : facts;
}

/** Entities with their mentions across documents, most mentioned first. */
export async function queryEntities(store: Store, q: AnnotationQuery): Promise<KnowledgeEntity[]> {
  const rows = await store.listAnnotations('entities', { docs: q.doc, kind: q.type });
  const matchActor = actorMatcher(q.actor);
  const texts = new TextCache(store);
  const byId = new Map<string, KnowledgeEntity>();
  for (const { doc, annotation } of rows) {
    const e = annotation as EntityMention;
    if (q.actor && !matchActor(e.name, e.entity)) continue;
    const item = byId.get(e.entity) ?? { id: e.entity, name: e.name, kind: e.kind, country: null, count: 0, docs: [], mentions: [] };
    byId.set(e.entity, item);
    // Mentions stored before the actor stage recorded countries have none: any mention that has one says it.
    item.country ??= e.country ?? null;
    item.count++;
    if (!item.docs.includes(doc)) item.docs.push(doc);
    if (item.mentions.length < 20) item.mentions.push({ doc, start: e.start, end: e.end, quote: await texts.quote(doc, e.start, e.end) });
  }
  const entities = [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return q.limit ? entities.slice(0, q.limit) : entities;
}
