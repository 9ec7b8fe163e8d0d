import type { EntityMention, EventActor, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import type { Trigger } from './event-types.js';
import { actorLexicon } from '../actors/actor-lexicon.js';
import { byPassive } from './passive-roles.js';

/** Who acts in an event and where: actors with their roles, list items' actors, the place. */

type Span = { start: number; end: number };
const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** The entities that can act in an event: not those of a framing phrase the trigger is outside of ("a year after the Kenyan elections, Qatar …"). */
export function partiesTo(entities: EntityMention[], framing: Span[], trigger: Trigger): EntityMention[] {
  const kept = entities.filter((e) => !framing.some((f) => inside(e, f) && !inside(trigger, f)));
  return kept.length ? kept : entities;
}

const VENUE_BEFORE = /\b(?:held|took place|convened|hosted|organi[sz]ed)\s+in\s+(?:the\s+)?$/i;
const AGENT_BEFORE = /\b(?:from|by)\s+(?:the\s+)?$/i;
const TARGET_BEFORE = /\b(?:to|with|toward|towards|visit(?:ed|s|ing)?|met|meet|meets|against|for|invited|welcomed|hosted|received|into)\s+(?:the\s+)?$/i;

/**
 * The countries a trigger names as a pair inside itself ("the normalization of US–China
 * relations", "upgraded Japan and Kenya's ties"): the event is theirs, both act in it, and the
 * clause's other countries are not its actors.
 */
function pairInTrigger(text: string, entities: EntityMention[], trigger: Trigger): Set<string> | undefined {
  const inside = entities.filter((e) => e.kind === 'country' && e.start >= trigger.start && e.end <= trigger.end);
  for (let i = 1; i < inside.length; i++) {
    const [a, b] = [inside[i - 1]!, inside[i]!];
    if (a.entity !== b.entity && PAIR_JOIN.test(text.slice(a.end, b.start))) return new Set([a.entity, b.entity]);
  }
  return undefined;
}
const PAIR_JOIN = /^\s*(?:[-–—/]|and)\s*$/;

/**
 * The actors of a clause with their roles. "from X", "by X" make an agent (and, after a passive, its subject a target: "the envoy was summoned by Zambia"); "to X", "with X",
 * "visited X", "met X" a target; otherwise an actor named before the trigger acts, and one named
 * after it is its target, except a person when no person acts before the trigger ("these visits
 * included Trade Minister Ali Hassan (2016)": the visitor).
 */
export function actorsIn(text: string, entities: EntityMention[], from: number, to: number, trigger: Trigger): EventActor[] {
  const seen = new Set<string>();
  const pair = pairInTrigger(text, entities, trigger);
  const inClause = entities.filter(
    (e) => e.start >= from && e.end <= to && e.kind !== 'agreement' && e.kind !== 'document' && e.kind !== 'other' && (!pair || e.kind !== 'country' || pair.has(e.entity)),
  );
  const personActs = inClause.some((e) => e.kind === 'person' && e.end <= trigger.start);
  // "the Malawian envoy was summoned by the Zambian ministry": the agent of a passive is named after "by", its subject is the target (`passive-roles.ts`).
  const ends = inClause.map((e) => e.end);
  const passive = inClause.some((e) => byPassive(text, trigger, e.start, ends));
  const actors: EventActor[] = [];
  for (const e of inClause) {
    if (seen.has(e.entity)) continue;
    const before = text.slice(Math.max(0, e.start - 20), e.start);
    // "the summit held in Nairobi": where the event took place, not who took part.
    if (VENUE_BEFORE.test(before)) continue;
    seen.add(e.entity);
    const role: EventActor['role'] =
      AGENT_BEFORE.test(before) || pair?.has(e.entity) || (passive && byPassive(text, trigger, e.start, ends))
        ? 'agent'
        : TARGET_BEFORE.test(before) || (passive && e.end <= trigger.start)
          ? 'target'
          : e.end <= trigger.start || (e.kind === 'person' && !personActs)
            ? 'agent'
            : 'target';
    actors.push({ name: e.name, entity: e.entity, role });
  }
  return actors;
}

/**
 * The actors of a list item: its own, with the head's ("Japan received Ali Hassan in 2015 and
 * Mary Otieno in 2016": both visited Japan). An item with no words but its date ("and in June
 * 2011") has the head's people too; one that names someone the lexicon does not know ("and the
 * former Emir in 2017") does not. What the first item names in the slot the others fill
 * ("partnerships with Kenya (2001), Peru (2006)": a country) is that item's, not the head's.
 */
export function listItemActors(item: string, own: EventActor[], head: { actors: EventActor[]; firstItem: Set<string> }): EventActor[] {
  const bare = !/\p{L}{2,}/u.test(item.replace(LIST_WORDS, ''));
  const kind = (a: EventActor) => a.entity.slice(0, a.entity.indexOf(':'));
  const slots = new Set(own.map(kind));
  const inherited = head.actors.filter((a) => !own.some((o) => o.entity === a.entity) && (bare || kind(a) !== 'person') && !(head.firstItem.has(a.entity) && slots.has(kind(a))));
  return [...own, ...inherited];
}

/**
 * The actors of an event whose clause names none: those of the sentence's head when it lists
 * several dates ("Kenya set milestones with Japan: the first to open a consulate (1995), the
 * first to …": not the names of the other items), else of the whole sentence.
 */
export function fallbackActors(text: string, entities: EntityMention[], s: Sentence, dates: TimeAnnotation[], trigger: Trigger): EventActor[] {
  const head = dates.length > 1 ? actorsIn(text, entities, s.start, firstItemStart(text, s.start, dates[0]!), trigger) : [];
  return head.length ? head : actorsIn(text, entities, s.start, s.end, trigger);
}

/** Where the first item of a list begins: after the last comma, colon or "with" before its date. */
export function firstItemStart(text: string, from: number, date: TimeAnnotation): number {
  const before = text.slice(from, date.start);
  const m = [...before.matchAll(/[,:;]|\b(?:with|included?|including|to)\b/g)].pop();
  return m ? from + m.index! + m[0].length : from;
}
const LIST_WORDS = /\b(?:and|or|then|again|also|later|in|on|at|of|the|early|late|mid|end|beginning|January|February|March|April|May|June|July|August|September|October|November|December|\d+\w*)\b/gi;

/**
 * Whether the words of a list item before its date tell a thing of its own: two words or more,
 * once names, titles ("Foreign Minister") and small words are left out, none of which the
 * list's triggers share. "Mary Otieno (2016)", "and in June 2011", "Foreign Minister Ali Hassan
 * in 2015", "and a water project in 2012" after "ODA projects" tell only which one and when;
 * "the withdrawal of troops in 2019" after "passed a law" tells another event.
 */
export function tellsItsOwn(text: string, from: number, to: number, entities: EntityMention[], triggers: Trigger[]): boolean {
  let words = '';
  let at = from;
  for (const e of entities) {
    if (e.start < from || e.end > to) continue;
    words += ` ${text.slice(at, e.start)} `;
    at = e.end;
  }
  words += text.slice(at, to);
  const titles = titleWords();
  const stem = (w: string) => w.toLowerCase().replace(/s$/, '');
  const own = words
    .replace(/<[^>]*>/g, ' ')
    .replace(LIST_WORDS, ' ')
    .split(/[^\p{L}-]+/u)
    .filter((w) => w.length > 2 && !titles.has(w.toLowerCase()) && !SMALL_WORDS.has(w.toLowerCase()));
  const shared = new Set(
    triggers.flatMap((t) =>
      text
        .slice(t.start, t.end)
        .split(/[^\p{L}-]+/u)
        .filter((w) => w.length > 3)
        .map(stem),
    ),
  );
  return own.length >= 2 && !own.some((w) => shared.has(stem(w)));
}
const SMALL_WORDS = new Set('between from with for into onto by as its their his her our that this these those which who was were has have had been also two three both each other another'.split(' '));

let titleSet: Set<string> | undefined;
/** The words of the lexicon's titles ("foreign", "minister", "speaker", "house"), lower-cased. */
function titleWords(): Set<string> {
  titleSet ??= new Set(actorLexicon().titles.flatMap((t) => t.toLowerCase().split(/\s+/)));
  return titleSet;
}

/**
 * Where an event took place: what follows "held in" ("the summit held in Nairobi"),
 * else a capital or city after "in", "at", "to" or "visited" in its clause ("visited Hanoi",
 * "met in Tokyo"), else, for a visit, the country visited.
 */
export function locationIn(text: string, entities: EntityMention[], from: number, to: number, trigger: Trigger, actors: EventActor[]): string | undefined {
  const PLACE_BEFORE = /\b(?:in|at|to|visit(?:ed|s|ing)?)\s+(?:the\s+)?$/i;
  const inClause = entities.filter((e) => e.start >= from && e.end <= to && PLACE_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start)));
  const venue = entities.find((e) => e.start >= from && e.end <= to && VENUE_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start)));
  if (venue) return venue.kind === 'country' ? venue.name : venue.text;
  const city = inClause.find((e) => e.rule === 'lexicon-capital' || e.kind === 'place');
  if (city) return city.text;
  // A name no file knows, right after "visited" ("visited Mombasa"), is the place visited.
  const named = inClause.find((e) => e.kind === 'other' && /\bvisit(?:ed|s|ing)?\s+$/i.test(text.slice(Math.max(0, e.start - 12), e.start)));
  if (named) return named.text;
  const visited = inClause.find((e) => e.kind === 'country' && /\bvisit(?:ed|s|ing)?\s+$/i.test(text.slice(Math.max(0, e.start - 12), e.start)));
  if (visited) return visited.name;
  if (trigger.type.id !== 'leader_visit') return undefined;
  const country = inClause.find((e) => e.kind === 'country' && e.start > trigger.start) ?? inClause.find((e) => e.kind === 'country');
  return country?.name ?? actors.find((a) => a.role === 'target' && a.entity.startsWith('country:'))?.name;
}

/** PLOVER categories of acts two parties do together: an agreement, a meeting, cooperation. */
/** PLOVER categories of acts done together: who is named doer and who the other is a matter of wording. */
export const MUTUAL = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/**
 * The actors of a mutual act whose passage names no one, in a document about a pair: the pair
 * ("1994: Diplomatic relations established.", "First session of the joint commission held in
 * 2015." in a fact sheet on two states). Acts of one side (a protest, an expulsion) stay without.
 */
export function impliedActors(
  e: { actors: EventActor[]; plover: { type: string }; mode: string; rule?: string },
  pair: Set<string> | undefined,
  countryName: (code: string) => string | undefined,
): EventActor[] {
  // "No agreement was signed": nobody's act. A row of a table of the pair's acts (`table-acts.ts`: a project's construction
  // years, AID) is the pair's act as an agreement row is.
  // A mutual act told with its other party only ("a declaration signed in Dubai with the Emirates"): the pair are its doers, the other party stays.
  const noDoer = e.actors.every((a) => a.role === 'target') && (!e.actors.length || MUTUAL.has(e.plover.type));
  if (!noDoer || !pair || pair.size !== 2 || !(MUTUAL.has(e.plover.type) || e.rule === 'table-row') || e.mode === 'negated') return e.actors;
  const doers = [...pair].sort().flatMap((code) => {
    const name = countryName(code);
    return name ? [{ name, entity: `country:${code}`, role: 'agent' as const }] : [];
  });
  return [...doers, ...e.actors.filter((a) => !doers.some((d) => d.entity === a.entity))];
}

/** A go-between's act named before or in the trigger: "Moscow brokered a peace deal", "the Russia-brokered truce", "talks mediated by Qatar". */
const MEDIATED = /\b(?:brokered|brokering|brokers?|mediated|mediating|mediates|mediation|facilitated|good offices)\b/i;

/**
 * The actors of an act a third state brokered between the pair, in a document about the pair:
 * the pair are its parties (agents) and the go-between takes part ("Moscow brokered a peace deal
 * last November to end six weeks of fighting" in a report on Armenia and Azerbaijan), so the
 * event is the pair's and not of a third country. An act that names one of the pair, or is no
 * mediated one, keeps its actors.
 * @example mediatedActors({ actors: [{ name: 'Russia', entity: 'country:RUS', role: 'agent' }], start: 0, trigger: { start: 7, end: 29 } }, 'Moscow brokered a peace deal', new Set(['country:ARM', 'country:AZE']), name, country) // → Armenia and Azerbaijan agents, Russia a participant
 */
export function mediatedActors(
  e: { actors: EventActor[]; start: number; trigger: Span },
  text: string,
  pair: Set<string> | undefined,
  countryName: (code: string) => string | undefined,
  countryOf: (entity: string) => string | undefined,
): EventActor[] {
  if (!pair || pair.size !== 2 || !e.actors.length) return e.actors;
  if (!MEDIATED.test(text.slice(Math.max(e.start, e.trigger.start - 40), e.trigger.end))) return e.actors;
  if (e.actors.some((a) => pair.has(countryOf(a.entity) ?? ''))) return e.actors;
  const parties = [...pair].sort().flatMap((code) => {
    const name = countryName(code);
    return name ? [{ name, entity: `country:${code}`, role: 'agent' as const }] : [];
  });
  return [...parties, ...e.actors.map((a) => ({ ...a, role: 'participant' as const }))];
}

/** A preposition that makes the name after it the place of an act: "talks resumed in Lisbon", "signed in Portugal", "met at Gaborone". */
const PLACE_PREPOSITION = /\b(?:in|at)\s+(?:the\s+)?$/i;
/**
 * A name that goes on to the head of a document's name, through at most three capitalised words: the country or capital is
 * part of that name ("the Lisbon Water Accord", "the Gaborone Protocol"), not a doer. A title after it ("Portugal Foreign
 * Minister …", "U.S. Secretary of State …") is no such head: that country acts.
 */
const NAME_GOES_ON =
  /^[\s-]+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:Accords?|Acts?|Protocols?|Treat(?:y|ies)|Agreements?|Declarations?|Conventions?|Memorand(?:um|a)|Charters?|Pacts?|Communiqu[eé]s?|Compacts?|Concordats?)\b/u;
/** Entity rules that name a place (a country's or a capital's name), not a people ("Portuguese", "the Zambians"). */
const PLACE_RULES = new Set(['lexicon-name', 'lexicon-capital']);

/**
 * The actors of an event of a document about a pair that names neither of the pair, less the
 * countries it names only as places: the object of "in" or "at" ("Talks resumed in Lisbon in
 * 1962", "the accord was signed in Portugal") or a word before the head of a document's name ("signed
 * the Lisbon Water Accord"). Such a country is where the act happened or what a document is
 * called, not who did it, and taking it for the doer made the pair's act a third country's; with
 * it gone, a mutual act names no one and `impliedActors` gives it the pair. An event that names
 * one of the pair, or a country in any other way ("Portugal mediated"), keeps its actors.
 * @example placedActors({ start: 0, end: 32, actors: [{ name: 'Portugal', entity: 'country:PRT', role: 'target' }] }, 'Talks resumed in Lisbon in 1962.', mentions, new Set(['MWI', 'ZMB']), country) // → []
 */
export function placedActors(
  e: { start: number; end: number; actors: EventActor[] },
  text: string,
  entities: EntityMention[],
  pair: Set<string> | undefined,
  countryOf: (entity: string) => string | undefined,
): EventActor[] {
  if (!pair || pair.size !== 2 || !e.actors.length || e.actors.some((a) => pair.has(countryOf(a.entity) ?? ''))) return e.actors;
  const onlyPlace = (a: EventActor) => {
    const said = entities.filter((m) => m.entity === a.entity && m.start >= e.start && m.end <= e.end);
    return (
      said.length > 0 &&
      said.every(
        (m) => m.kind === 'country' && PLACE_RULES.has(m.rule) && (PLACE_PREPOSITION.test(text.slice(Math.max(e.start, m.start - 12), m.start)) || NAME_GOES_ON.test(text.slice(m.end, e.end))),
      )
    );
  };
  return e.actors.filter((a) => !onlyPlace(a));
}
