import { actorLexicon, type OfficeTerm, type Person } from './actor-lexicon.js';

/** Who held an office at a date, from the people lexicon's terms (`lexicon/people.json`). */

/**
 * Whether a term covers a date, each read at the coarser of the two granularities: a term
 * "1957"–"1962" covers 1962-05-01, and one from 1957-06 covers the year 1957.
 */
function covers(t: OfficeTerm, day: string): boolean {
  return t.from.slice(0, day.length) <= day.slice(0, t.from.length) && (t.to === null || t.to.slice(0, day.length) >= day.slice(0, t.to.length));
}

/** Whether a term is in an office, or in any office playing a role ("foreign_minister"). */
export function holds(t: OfficeTerm, office: string): boolean {
  return t.office === office || (t.roles?.includes(office) ?? false);
}

let byOffice: Map<string, Person[]> | undefined;

/** The people who ever held an office or role: a few thousand people are not all read for each office mention. */
function holdersOf(office: string): Person[] {
  if (!byOffice) {
    byOffice = new Map();
    for (const p of actorLexicon().people) {
      for (const id of new Set(p.offices.flatMap((o) => [o.office, ...(o.roles ?? [])]))) byOffice.set(id, [...(byOffice.get(id) ?? []), p]);
    }
  }
  return byOffice.get(office) ?? [];
}

/** The one holder of an office (or role) in a country on a date (EDTF, start point used); none when the data gives none or several. */
export function holderAt(office: string, country: string | undefined, date: string | undefined, candidates?: Person[]): Person | undefined {
  if (!date) return undefined;
  const day = date.replace(/^\.\.\//, '').slice(0, 10);
  const people = candidates ?? holdersOf(office);
  const holders = people.filter((p) => p.offices.some((o) => holds(o, office) && (!country || o.country === country) && covers(o, day)));
  return holders.length === 1 ? holders[0] : undefined;
}
