import type { EventAnnotation } from '../model/annotation.js';
import type { KnowledgeEvent, Mention } from '../model/knowledge.js';
import { actorLexicon } from '../extract/actors/actor-lexicon.js';
import type { ContributionRow } from './contributions.js';
import { ploverOf } from './contributions.js';
import { bounds, nameWords, position, shortHash } from './keys.js';
import type { StoredItem } from './item.js';
import { eventTypes } from '../extract/events/event-types.js';
import { MUTUAL } from '../extract/events/event-actors.js';

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
type Parties = ReturnType<typeof parties>;

function sameEvent(x: Parties, y: Parties, toldAgain: boolean): boolean {
  if (x.people.size && y.people.size && !shares(x.people, y.people)) return false;
  if (x.countries.size && y.countries.size && !subset(x.countries, y.countries) && !subset(y.countries, x.countries)) return false;
  const [fewer, more] = x.countries.size <= y.countries.size ? [x.countries, y.countries] : [y.countries, x.countries];
  const sameCountries = fewer.size > 0 && subset(fewer, more) && (fewer.size === more.size || (toldAgain && fewer.size === 1));
  return shares(x.people, y.people) || shares(x.others, y.others) || sameCountries;
}

/** The countries a mention's actors of one role stand for (a person's or body's country counting). */
function sideOf(actors: { entity: string; role?: string }[], role: 'agent' | 'target'): Set<string> {
  const { countryOf } = actorLexicon();
  const side = new Set<string>();
  for (const a of actors) {
    if (a.role !== role) continue;
    const country = a.entity.startsWith('country:') ? a.entity : countryOf.get(a.entity);
    if (country) side.add(country);
  }
  return side;
}

/**
 * Whether two mentions tell acts done by each side to the other ("Armenia accused Azerbaijan …";
 * "Azerbaijan accused Armenia …"): each one's doer is the other's target and they share no doer.
 * Two accusations of one day by the two sides are two acts, however alike their words. Not for
 * acts done together (`MUTUAL`: a meeting, a signing), whose doer is whoever the sentence names first.
 */
export function swappedRoles(x: { entity: string; role?: string }[], y: { entity: string; role?: string }[]): boolean {
  return swappedSides(sidesOf(x), sidesOf(y));
}

/** A mention's doers and targets as countries, with a key naming the two sets (mentions of one key compare alike). */
interface Sides {
  agent: Set<string>;
  target: Set<string>;
  key: string;
}

function sidesOf(actors: { entity: string; role?: string }[]): Sides {
  const [agent, target] = [sideOf(actors, 'agent'), sideOf(actors, 'target')];
  return { agent, target, key: `${[...agent].sort().join(',')}>${[...target].sort().join(',')}` };
}

function swappedSides(x: Sides, y: Sides): boolean {
  return shares(x.agent, y.target) && shares(y.agent, x.target) && !shares(x.agent, y.agent);
}

/**
 * The act a mention's trigger names, as the first word of the trigger without its ending:
 * "summoned" and "Summons" are one act, "handed a protest" another.
 */
function actOf(e: EventAnnotation, quote: string): string {
  const word = /\p{L}+/u.exec(quote.slice(e.trigger.start - e.start, e.trigger.end - e.start))?.[0].toLowerCase() ?? '';
  return word.replace(/(?:es|s|ed|d|ing)$/, '');
}

/**
 * Whether two tellings in one document are two acts: in the categories whose acts are told one
 * by one (`separateCategories`: a summons, a protest note and a condemnation of one day by the
 * same governments), tellings named by other words are other acts, unless the passage says it
 * tells one again ("as mentioned above").
 */
function otherAct(category: string, act: string, acts: Set<string>, restated: boolean): boolean {
  return !restated && act !== '' && !acts.has(act) && eventTypes().separate.has(category);
}

/** The same date, or a year and a month or day within it ("1995", "1995-07"). */
function sameDate(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.includes('/') || b.includes('/')) return false;
  const [coarse, fine] = a.length < b.length ? [a, b] : [b, a];
  return coarse.length === 4 && fine.startsWith(`${coarse}-`);
}

/**
 * The events of one bucket (one type, PLOVER category and year): the same type and date (or a
 * year and a date within it) stated in several passages, with actors that do not tell them
 * apart, are one event with several mentions, each cited to its passage with the date that
 * passage gives. `rows` are in corpus order (document name, then document order).
 */
export function mergeEvents(bucket: string, rows: ContributionRow[]): StoredItem[] {
  // Each candidate's parties are worked out once and again only when it gains an actor.
  // Passages (doc and start) and documents of each candidate, kept beside its mentions so a
  // much-told event is not searched mention by mention for every new one.
  const candidates: {
    event: KnowledgeEvent;
    entities: { entity: string }[];
    /** The distinct doers and targets of its mentions, by key: a thousand tellings of one act with the same sides are one entry. */
    sides: Map<string, Sides>;
    first: string;
    parties: Parties;
    told: Set<string>;
    docs: Set<string>;
    acts: Map<string, Set<string>>;
  }[] = [];
  for (const { doc, seq, data } of rows) {
    if (data.layer !== 'events') continue;
    const e: EventAnnotation = data.a;
    const mention: Mention = { doc, start: e.start, end: e.end, quote: data.quote, date: e.date, dateSource: e.dateSource };
    // One passage that tells two events of one type and date (a list of agreements signed in 1999) tells two events.
    let own: Parties | undefined;
    let mine: Sides | undefined;
    // The acts of a document's lists are told one by one (`listedActs`): none is another's telling.
    const passage = `${doc}\u0001${/\+list-(?:item|intro)/.test(e.rule) ? 'list' : e.start}`;
    const act = actOf(e, data.quote);
    const category = e.plover?.type ?? ploverOf(e.type).type;
    const existing = candidates.find(
      (c) =>
        sameDate(c.event.date, e.date) &&
        !c.told.has(passage) &&
        !(c.acts.has(doc) && otherAct(category, act, c.acts.get(doc)!, e.restated === true)) &&
        !(!MUTUAL.has(category) && [...c.sides.values()].some((m) => swappedSides(m, (mine ??= sidesOf(e.actors))))) &&
        sameEvent(c.parties, (own ??= parties(e.actors)), e.restated === true || !c.docs.has(doc)),
    );
    if (existing) {
      const { event } = existing;
      // "In 1995" and "in July 1995" tell one event; it takes the finer date.
      if (e.date.length > event.date.length && !event.date.includes('/')) event.date = e.date;
      // Not told in this passage yet (the find above excluded candidates that were).
      event.mentions.push(mention);
      existing.told.add(passage);
      existing.docs.add(doc);
      existing.acts.set(doc, (existing.acts.get(doc) ?? new Set()).add(act));
      mine ??= sidesOf(e.actors);
      if (!existing.sides.has(mine.key)) existing.sides.set(mine.key, mine);
      for (const a of e.actors) {
        if (event.actors.some((x) => x.name === a.name)) continue;
        event.actors.push({ name: a.name, role: a.role });
        existing.entities.push(a);
        existing.parties = parties(existing.entities);
      }
      event.location ??= e.location ?? null;
      event.confidence = Math.max(event.confidence, e.confidence);
      continue;
    }
    candidates.push({
      event: {
        id: '',
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
      },
      entities: [...e.actors],
      sides: new Map([[(mine ??= sidesOf(e.actors)).key, mine]]),
      first: position(doc, seq),
      parties: parties(e.actors),
      told: new Set([passage]),
      docs: new Set([doc]),
      acts: new Map([[doc, new Set([act])]]),
    });
  }
  const used = new Map<string, number>();
  return candidates.map(({ event, entities, first }) => {
    // What the event is: its type, date, parties and side; two events alike in all of these (two agreements signed by the same parties in 1999) are told apart by their order.
    const key = [event.type, event.plover.type, event.date, [...new Set(entities.map((a) => a.entity))].sort().join(','), event.thirdParty ? 'third' : ''].join('|');
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    event.id = `ev-${shortHash(key)}${n > 1 ? `-${n}` : ''}`;
    const [start, end] = bounds(event.date);
    return {
      id: event.id,
      layer: 'events',
      bucket,
      thirdParty: event.thirdParty,
      type: event.type,
      dateStart: start,
      dateEnd: end,
      unit: null,
      sort: [start, event.type, first],
      count: event.mentions.length,
      data: event,
      mentions: event.mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end })),
      actors: dedupe([...entities.map((a) => ({ entity: a.entity, words: '' })), ...event.actors.map((a) => ({ entity: '', words: nameWords(a.name) }))]),
    };
  });
}

/** Distinct actor rows. */
export function dedupe(xs: { entity: string; words: string }[]): { entity: string; words: string }[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(`${x.entity}|${x.words}`) && seen.add(`${x.entity}|${x.words}`));
}
