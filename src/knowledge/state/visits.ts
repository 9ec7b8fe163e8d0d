import { fold } from '../../extract/fold.js';
import { actorLexicon, type Person } from '../../extract/actors/actor-lexicon.js';
import type { KnowledgeEvent } from '../annotation-queries.js';
import { byDate, cite, countryOfName, pairOf, span, type PairCodes } from './common.js';
import { firstMatch, stateLexicon } from './state-lexicon.js';
import type { Visit } from './types.js';

function personNamed(name: string): Person | undefined {
  const e = actorLexicon()
    .byText.get(fold(name))
    ?.find((a) => a.entity.kind === 'person')?.entity;
  return e ? actorLexicon().people.find((p) => p.id === e.id) : undefined;
}

/** The office a person held on a date (a year: any day of it), with its country; their first office when no term covers it. */
export function officeAt(person: Person, date: string): { office: string; country: string } | undefined {
  const [first, last] = span(date);
  const held = person.offices.find((t) => span(t.from)[0] <= last && (t.to === null || span(t.to)[1] >= first)) ?? person.offices[0];
  return held && { office: held.office, country: held.country };
}

/**
 * A visit of a pair's account: the visitor (a person the people lexicon knows), their office at
 * the date (else an office the passage names, lexicon/state.json), the country they came from
 * and the one they went to (the place of the event, else the other state of the pair).
 * @example visitOf(eventOf('In August 1994, Tomiichi Murayama visited Hanoi.'), ['JPN', 'VNM']) // → { visitor: 'Tomiichi Murayama', office: 'prime-minister', from: 'JPN', to: 'VNM', … }
 */
export function visitOf(e: KnowledgeEvent, pair: string[]): Visit {
  let to = e.location ? (countryOfName(e.location) ?? null) : null;
  const people = e.actors.map((a) => personNamed(a.name)).filter((p): p is Person => p !== undefined);
  // The host is named too when "President Widodo welcomed Prime Minister Morrison to Jakarta": the visitor is the one from elsewhere.
  const person = people.find((p) => to && officeAt(p, e.date)?.country !== to) ?? people[0];
  const held = person && officeAt(person, e.date);
  const office = held?.office ?? firstMatch(stateLexicon().visits.offices, fold(e.mentions[0]?.quote ?? ''))?.id ?? null;
  let from = held?.country ?? null;
  if (to && !pair.includes(to)) to = null;
  if (from && !pair.includes(from)) from = null;
  // One side known: the visit went between the two.
  if (!to && from) to = pair.find((c) => c !== from) ?? null;
  if (!from && to) from = pair.find((c) => c !== to) ?? null;
  if (from && to && from === to) to = pair.find((c) => c !== from) ?? null;
  return { date: e.date, visitor: person?.name ?? null, office, from, to, citations: e.mentions.map(cite) };
}

/**
 * Visits between the states of a pair (events of the lexicon's visit types that name no other
 * state), with counts per decade ("1990s") and per office ("unknown" when none is named).
 */
export function visitsOf(events: KnowledgeEvent[], pairs: PairCodes[]): { items: Visit[]; byDecade: Record<string, number>; byOffice: Record<string, number> } {
  const types = new Set(stateLexicon().visits.events);
  const items: Visit[] = [];
  for (const e of [...events].sort(byDate)) {
    if (!types.has(e.type) || e.mode !== 'asserted') continue;
    const pair = pairOf(e, pairs, false);
    if (!pair) continue;
    // "there have been regular exchange visits since 1992": a visit with no visitor and no direction is no visit of the
    // account, only talk of visits in general.
    const visit = visitOf(e, pair);
    if (visit.visitor || visit.from || visit.to) items.push(visit);
  }
  const merged = mergeVisits(items);
  return { items: merged, ...visitCounts(merged) };
}

/**
 * One visit told at two precisions ("in August 2018", "on 31 August 2018") by the same visitor
 * between the same states is one visit, at the finer date, with both passages.
 */
export function mergeVisits(items: Visit[]): Visit[] {
  const out: Visit[] = [];
  for (const v of items) {
    const same =
      v.visitor &&
      out.find(
        (w) => w.visitor === v.visitor && w.from === v.from && w.to === v.to && !w.date.includes('/') && !v.date.includes('/') && (w.date.startsWith(`${v.date}-`) || v.date.startsWith(`${w.date}-`)),
      );
    if (!same) {
      out.push({ ...v, citations: [...v.citations] });
      continue;
    }
    if (v.date.length > same.date.length) same.date = v.date;
    for (const c of v.citations) if (!same.citations.some((d) => d.doc === c.doc && d.start === c.start)) same.citations.push(c);
  }
  return out;
}

/** Visits per decade and per office. */
export function visitCounts(items: Visit[]): { byDecade: Record<string, number>; byOffice: Record<string, number> } {
  const byDecade: Record<string, number> = {};
  const byOffice: Record<string, number> = {};
  for (const v of items) {
    const decade = `${v.date.slice(0, 3)}0s`;
    byDecade[decade] = (byDecade[decade] ?? 0) + 1;
    const office = v.office ?? 'unknown';
    byOffice[office] = (byOffice[office] ?? 0) + 1;
  }
  return { byDecade, byOffice };
}
