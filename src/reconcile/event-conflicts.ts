import type { EventAnnotation } from '../model/annotation.js';
import type { Conflict } from '../model/knowledge.js';
import { actorLexicon } from '../extract/actors/actor-lexicon.js';
import { askLexicon } from './ask-lexicon.js';
import { tokens } from './text.js';
import type { ContributionRow } from './contributions.js';
import { position, shortHash } from './keys.js';
import type { StoredItem } from './item.js';
import { humanDate } from './human-date.js';
import { firstNotBefore } from '../model/sorted.js';
import { OTHER_DATING } from '../extract/events/source-datings.js';

/** One passage's telling of an event, with its date as the passage writes it. */
export interface Telling {
  doc: string;
  event: EventAnnotation;
  quote: string;
  /** Countries the passage names, in order. */
  countries: string[];
  /** Its place in the corpus (see `position`). */
  at: string;
}

/** Passages telling one event share at least this share of the shorter one's content words, beyond dates and numbers. */
const SAME_TELLING = 0.25;

/** Content words of the passages last compared: a bucket compares each passage with every other. */
let contents = new Map<string, Set<string>>();

function content(quote: string): Set<string> {
  let words = contents.get(quote);
  if (!words) {
    const stop = askLexicon().stopwords;
    words = new Set(
      tokens(quote)
        .filter((t) => !stop.has(t.folded) && !/\d/.test(t.folded) && t.folded.length > 2)
        .map((t) => t.stem),
    );
    if (contents.size > 10_000) contents = new Map();
    contents.set(quote, words);
  }
  return words;
}

/**
 * Share of the shorter passage's content words (not dates, numbers or stop words) the other holds.
 * @example overlap('Kiet visited Japan in March 1993', 'Kiet visited Japan in April 1993') // → 1
 */
export function overlap(a: string, b: string): number {
  const [x, y] = [content(a), content(b)];
  return [...x].filter((w) => y.has(w)).length / Math.max(1, Math.min(x.size, y.size));
}

/** Parties of the tellings compared: a bucket compares each telling with every other. */
const partiesOf = new WeakMap<Telling, { countries: Set<string>; people: Set<string>; bodies: Set<string> }>();

/** Countries (an actor's own, a person's or a body's through the lexicon, and those the passage names), people and other bodies of a telling. */
function parties(t: Telling): { countries: Set<string>; people: Set<string>; bodies: Set<string> } {
  const known = partiesOf.get(t);
  if (known) return known;
  const { countryOf } = actorLexicon();
  const countries = new Set(t.countries);
  const people = new Set<string>();
  const bodies = new Set<string>();
  for (const { entity } of t.event.actors) {
    if (entity.startsWith('country:')) countries.add(entity);
    else (entity.startsWith('person:') ? people : bodies).add(entity);
    const c = countryOf.get(entity);
    if (c) countries.add(c);
  }
  partiesOf.set(t, { countries, people, bodies });
  return { countries, people, bodies };
}

/**
 * The same parties: one side's countries among the other's; bodies in common when both name
 * some (joining the WTO and joining ASEAN are two events). Events that happen once between two
 * states (lexicon `onceTypes`: an upgrade of relations) need two countries and nothing more;
 * others a person or body in common (two ministers' visits in one year are two events).
 */
function sameParties(a: Telling, b: Telling): boolean {
  const [x, y] = [parties(a), parties(b)];
  const [fewer, more] = x.countries.size <= y.countries.size ? [x.countries, y.countries] : [y.countries, x.countries];
  if (!fewer.size || ![...fewer].every((c) => more.has(c))) return false;
  if (x.bodies.size && y.bodies.size && ![...x.bodies].some((e) => y.bodies.has(e))) return false;
  if (askLexicon().onceTypes.includes(a.event.type)) return more.size >= 2;
  return [...x.people, ...x.bodies].some((e) => y.people.has(e) || y.bodies.has(e));
}

/**
 * Two tellings of one event that date it differently: the same type and parties, dates of the
 * same precision that differ (March 1993 and April 1993), different passages, mostly the same
 * words. Not a conflict: "1993" and "March 1993" (precision), two visits in different years (a
 * year apart or more at month precision, more than a year at year precision), two years in one
 * document.
 * @example disagree(told('In March 1993, Kiet visited Japan'), told('Kiet visited Japan in April 1993')) // → true
 */
export function disagree(a: Telling, b: Telling): boolean {
  return datesApart(a, b) && passagesApart(a, b) && sameParties(a, b) && sameTelling(a, b);
}

/** Dates that may tell one event differently: same type and precision, different, at most a year apart (the same year below year precision). */
function datesApart(a: Telling, b: Telling): boolean {
  const [da, db] = [a.event.date, b.event.date];
  if (a.event.type !== b.event.type || da === db || da.length !== db.length || da.includes('/') || db.includes('/')) return false;
  const yearGap = Math.abs(Number(da.slice(0, 4)) - Number(db.slice(0, 4)));
  return da.length > 4 ? yearGap === 0 : yearGap <= 1;
}

/** Passages that may contradict each other: not one passage, and not one document telling successive steps by year ("in 2009 … established", "in 2010 … developed"); at a month it is. */
function passagesApart(a: Telling, b: Telling): boolean {
  if (a.event.date.length === 4 && a.doc === b.doc) return false;
  return !(a.doc === b.doc && a.event.start < b.event.end && b.event.start < a.event.end);
}

/** Mostly the same words; a year apart says less than two months of one year, so the tellings must agree on more of their words. */
function sameTelling(a: Telling, b: Telling): boolean {
  return overlap(a.quote, b.quote) >= (a.event.date.length === 4 ? 2 * SAME_TELLING : SAME_TELLING);
}

/**
 * What decides `sameParties` and `sameTelling` for a telling: its type, date, parties and content
 * words. Two tellings alike in these get the same verdict against any other, so a bucket computes it
 * once per pair of these (a much-told event repeats the same words and parties in many passages).
 */
function signature(t: Telling): string {
  const p = parties(t);
  const list = (xs: Set<string>) => [...xs].sort().join(',');
  return [t.event.type, t.event.date, list(p.countries), list(p.people), list(p.bodies), [...content(t.quote)].sort().join(' ')].join('\u0001');
}

/**
 * What two tellings that may disagree always share (see `sameParties`): a person or body, or for
 * a type that happens once between two states a country. A telling with none can disagree with none.
 */
function partyKeys(t: Telling): string[] {
  const p = parties(t);
  return askLexicon().onceTypes.includes(t.event.type) ? [...p.countries] : [...p.people, ...p.bodies];
}

/**
 * The pairs of tellings (i < j, indices into `told`) that may disagree, in the order comparing
 * each telling with the later tellings of every other date would meet them: by i, then by the
 * order the other date is first told, then by j. Instead of every pair of a bucket, only tellings
 * indexed under one precision, year and party are paired, and only across the dates a conflict
 * allows (same year at month or day precision; the next year at year precision).
 */
function* candidatePairs(told: Telling[], year: string): Generator<[number, string, number[]]> {
  const dateRank = new Map<string, number>();
  // precision|year|party → date → indices, ascending.
  const index = new Map<string, Map<string, number[]>>();
  const partiesAt = told.map((t, i) => {
    const date = t.event.date;
    if (!dateRank.has(date)) dateRank.set(date, dateRank.size);
    if (date.includes('/')) return [];
    const keys = partyKeys(t);
    for (const p of keys) {
      const k = `${date.length}|${date.slice(0, 4)}|${p}`;
      const byDate = index.get(k) ?? new Map<string, number[]>();
      index.set(k, byDate);
      const at = byDate.get(date);
      if (at) at.push(i);
      else byDate.set(date, [i]);
    }
    return keys;
  });
  for (let i = 0; i < told.length; i++) {
    const date = told[i]!.event.date;
    const y = date.slice(0, 4);
    // The earlier date of a pair is in `year`: a telling of year+1 pairs only with one of `year`, at year precision.
    const years = (date.length === 4 ? [String(Number(y) - 1), y, String(Number(y) + 1)] : [y]).filter((other) => other === year || y === year);
    // The later tellings of each other date that share a party with this one, by the order the date is first told.
    const byDate = new Map<string, Set<number>>();
    for (const party of partiesAt[i]!)
      for (const other of years) {
        const dates = index.get(`${date.length}|${other}|${party}`);
        if (!dates) continue;
        for (const [d, indices] of dates) {
          if (d === date || indices[indices.length - 1]! <= i) continue;
          const js = byDate.get(d) ?? new Set<number>();
          byDate.set(d, js);
          for (let k = firstAfter(indices, i); k < indices.length; k++) js.add(indices[k]!);
        }
      }
    for (const d of [...byDate.keys()].sort((p, q) => dateRank.get(p)! - dateRank.get(q)!)) yield [i, d, [...byDate.get(d)!].sort((p, q) => p - q)];
  }
}

/** The place in an ascending list of the first index greater than `i`. */
function firstAfter(indices: number[], i: number): number {
  return firstNotBefore(indices.length, (k) => indices[k]! <= i);
}

/**
 * The pairs (indices into `told`) of a source's other dating and the telling it dates again: the telling in its document whose
 * trigger is the act the extraction tied it to (`redates`), at a date neither inside nor holding the other's (a day and a month
 * outside it disagree; "4 June 2025" and "June 2025" do not). No lookup by type, year or actors: a document may tell two acts of one
 * type ("signed a trade protocol … signed a customs accord … Other accounts say …"), and only the one dated again is paired. When that
 * act is not among `told` (another year group), or is told in the dating's own sentence, nothing is paired here.
 * @example otherDatings([told('The post opened on 14 March 2022 …'), told('The customs archive dates the opening to 21 March 2022.')]) // → [[0, 1]]
 */
export function otherDatings(told: Telling[]): [number, number][] {
  const out: [number, number][] = [];
  told.forEach((t, y) => {
    const link = t.event.redates;
    if (!t.event.rule.endsWith(OTHER_DATING) || !link) return;
    const x = told.findIndex(
      // … told before the dating's sentence: not an act the dating's own words tell ("logs date the reopening to 4 March").
      (o) => o.doc === t.doc && o.event.end <= t.event.start && !o.event.rule.endsWith(OTHER_DATING) && o.event.trigger.start === link.start && o.event.trigger.end === link.end,
    );
    const [da, db] = [told[x]?.event.date ?? '', t.event.date];
    if (x < 0 || da.includes('/') || db.includes('/') || da.startsWith(db) || db.startsWith(da)) return;
    if (Math.abs(Number(da.slice(0, 4)) - Number(db.slice(0, 4))) > 1) return;
    out.push([x, y]);
  });
  return out;
}

/**
 * Conflicting datings of events of one type whose earlier date falls in `year`, one conflict per
 * pair of dates, every telling of each date cited. `rows` are the tellings of that year and the
 * next (a disagreeing pair is at most a year apart), in corpus order.
 */
export function eventConflicts(bucket: string, year: string, rows: ContributionRow[]): StoredItem[] {
  const told: Telling[] = rows.flatMap(({ doc, seq, data }) => (data.layer === 'tellings' ? [{ doc, event: data.a, quote: data.quote, countries: data.countries, at: position(doc, seq) }] : []));
  const byPair = new Map<string, { type: string; dates: [string, string]; cited: [Telling[], Telling[]]; first: [string, string] }>();
  // Only pairs that share a party and whose dates may disagree are compared, in the order of all
  // pairs, so each claim cites its tellings in that order.
  const ids = new Map<string, number>();
  const classOf = told.map((t) => {
    const sig = signature(t);
    return ids.get(sig) ?? (ids.set(sig, ids.size), ids.size - 1);
  });
  const verdicts = new Map<number, boolean>();
  const cited = new Map<string, [Set<number>, Set<number>]>();
  for (const [i, date, js] of candidatePairs(told, year)) {
    const iFirst = date > told[i]!.event.date;
    const [da, db] = iFirst ? [told[i]!.event.date, date] : [date, told[i]!.event.date];
    if (da.slice(0, 4) !== year) continue;
    const key = `${told[i]!.event.type}|${da}|${db}`;
    for (const j of js) {
      const [x, y] = iFirst ? [i, j] : [j, i];
      const [a, b] = [told[x]!, told[y]!];
      if (!datesApart(a, b) || !passagesApart(a, b)) continue;
      const pair = classOf[x]! * (ids.size + 1) + classOf[y]!;
      let same = verdicts.get(pair);
      if (same === undefined) verdicts.set(pair, (same = sameParties(a, b) && sameTelling(a, b)));
      if (!same) continue;
      let c = byPair.get(key);
      if (!c) byPair.set(key, (c = { type: a.event.type, dates: [da, db], cited: [[], []], first: [told[i]!.at, told[j]!.at] }));
      let seen = cited.get(key);
      if (!seen) cited.set(key, (seen = [new Set(), new Set()]));
      for (const [k, n] of [
        [0, x],
        [1, y],
      ] as const)
        if (!seen[k].has(n)) {
          seen[k].add(n);
          c.cited[k].push(told[n]!);
        }
    }
  }
  // A source's other dating (`+other-dating`, extract/events/source-datings.ts) is a rival date of the act it dates again, whatever its words.
  for (const [x, y] of otherDatings(told)) {
    const [a, b] = told[x]!.event.date < told[y]!.event.date ? [told[x]!, told[y]!] : [told[y]!, told[x]!];
    if (a.event.date.slice(0, 4) !== year) continue;
    const key = `${a.event.type}|${a.event.date}|${b.event.date}`;
    let c = byPair.get(key);
    if (!c) byPair.set(key, (c = { type: a.event.type, dates: [a.event.date, b.event.date], cited: [[], []], first: [told[x]!.at, told[y]!.at] }));
    for (const [k, t] of [
      [0, a],
      [1, b],
    ] as const)
      if (!c.cited[k].includes(t)) c.cited[k].push(t);
  }
  return [...byPair.entries()].map(([key, c]): StoredItem => {
    const conflict: Conflict = {
      id: `cf-${shortHash(key)}`,
      kind: 'event',
      about: `${c.type}: ${[...new Set(c.cited.flat().flatMap((t) => t.event.actors.map((x) => x.name)))].join(', ')}`,
      claims: c.dates.map((d, k) => ({ answer: humanDate(d), value: d, citations: c.cited[k]!.map((t) => ({ doc: t.doc, start: t.event.start, end: t.event.end, quote: t.quote })) })),
    };
    return {
      id: conflict.id,
      layer: 'conflicts',
      bucket,
      thirdParty: false,
      type: 'event',
      dateStart: null,
      dateEnd: null,
      unit: null,
      // In the order the pairs are met: by the first telling of the first pair, then its second.
      sort: ['0', c.first[0], c.first[1]],
      count: conflict.claims.length,
      data: conflict,
      mentions: c.cited.flat().map((t) => ({ doc: t.doc, start: t.event.start, end: t.event.end })),
      actors: [],
    };
  });
}
