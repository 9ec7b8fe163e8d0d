import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconInvalid, readLexicon } from '../../lexicon.js';

/** An office: its id, the titles that name it, and the role it plays in its state (`head_of_state` …). */
export interface Office {
  id: string;
  titles: string[];
  role?: string;
}

/** A role offices share across states ("foreign_minister": Foreign Secretary, Secretary of State …), with titles naming the role itself. */
export interface Role {
  id: string;
  titles: string[];
}

/** One term in one office of one state; dates are ISO (`1998`, `1998-07`, `1998-07-30`), `to` null while in office. */
export interface OfficeTerm {
  office: string;
  country: string;
  from: string;
  to: string | null;
  /** The roles the term plays when they differ from the office's ("president" of the United States: head of state and of government). */
  roles?: string[];
}

export interface PersonEntry {
  name: string;
  aliases: string[];
  familyFirst: boolean;
  shortName?: string;
  familyName?: string;
  offices: OfficeTerm[];
}

export interface PeopleData {
  offices: Office[];
  roles: Role[];
  titles: string[];
  /** Words that begin or make up no person's name after a title ("Department", "Staff"). */
  notNames: string[];
  people: PersonEntry[];
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Reads `people.json` (offices, roles, titles and people) and every `people/*.json` beside it
 * (more people), in name order, and checks each entry: an unknown office or role, a country
 * `countries` lacks, a malformed date, a term that ends before it begins or a name given twice
 * is a LEXICON_INVALID error naming the file and the entry, so a typo cannot silently drop a leader.
 * `readPeople('/lexicon', new Set(['JPN']))` → `{ offices, roles, titles, people }`.
 */
export function readPeople(dir: string, countries: Set<string>): PeopleData {
  const mainPath = join(dir, 'people.json');
  const main = readLexicon(mainPath);
  const offices: Office[] = main.offices ?? [];
  const roles: Role[] = main.roles ?? [];
  const roleIds = new Set(roles.map((r) => r.id));
  for (const o of offices) {
    if (typeof o.id !== 'string' || !Array.isArray(o.titles)) lexiconInvalid(mainPath, `office ${JSON.stringify(o)}`, 'needs an id and titles');
    if (o.role !== undefined && !roleIds.has(o.role)) lexiconInvalid(mainPath, `office "${o.id}"`, `unknown role "${o.role}"`);
  }
  const officeIds = new Set(offices.map((o) => o.id));
  const people: PersonEntry[] = [];
  const seen = new Map<string, string>();
  const folder = join(dir, 'people');
  const files = [
    mainPath,
    ...(existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(folder, f))
      : []),
  ];
  for (const file of files) {
    const data = file === mainPath ? main : readLexicon(file);
    if (!Array.isArray(data.people)) lexiconInvalid(file, '(top)', 'needs a "people" array');
    data.people.forEach((p: PersonEntry, i: number) => {
      const entry = `people[${i}] ${JSON.stringify(p?.name ?? null)}`;
      const problem = personProblem(p, officeIds, roleIds, countries);
      if (problem) lexiconInvalid(file, entry, problem);
      const before = seen.get(p.name);
      if (before) lexiconInvalid(file, entry, `is also in ${before}: give all of a person's offices in one entry`);
      seen.set(p.name, file);
      people.push(p);
    });
  }
  if (main.notNames !== undefined && (!Array.isArray(main.notNames) || main.notNames.some((w: unknown) => typeof w !== 'string' || !/^\p{Lu}\p{Ll}+$/u.test(w))))
    lexiconInvalid(mainPath, 'notNames', 'must be a list of capitalised words');
  return { offices, roles, titles: main.titles ?? [], notNames: main.notNames ?? [], people };
}

/** What is wrong with one person entry, or undefined. */
function personProblem(p: PersonEntry, offices: Set<string>, roles: Set<string>, countries: Set<string>): string | undefined {
  if (!p || typeof p.name !== 'string' || !p.name.trim()) return 'has no name';
  if (!Array.isArray(p.aliases) || p.aliases.some((a) => typeof a !== 'string')) return '"aliases" must be a list of names';
  if (typeof p.familyFirst !== 'boolean') return '"familyFirst" must be true or false';
  for (const k of ['shortName', 'familyName'] as const) if (p[k] !== undefined && (typeof p[k] !== 'string' || !p[k]!.trim())) return `"${k}" must be a name`;
  if (!Array.isArray(p.offices) || !p.offices.length) return 'has no offices';
  for (const [j, t] of p.offices.entries()) {
    const at = `offices[${j}]`;
    if (!offices.has(t.office)) return `${at}: unknown office "${t.office}"`;
    if (!t.country) return `${at}: missing country`;
    if (!countries.has(t.country)) return `${at}: unknown country "${t.country}" (an ISO alpha-3 code of countries.json)`;
    if (typeof t.from !== 'string' || !DATE.test(t.from)) return `${at}: "from" must be an ISO date or year, not ${JSON.stringify(t.from)}`;
    if (t.to !== null && (typeof t.to !== 'string' || !DATE.test(t.to))) return `${at}: "to" must be an ISO date, a year or null, not ${JSON.stringify(t.to)}`;
    if (t.to !== null && t.from.slice(0, t.to.length) > t.to.slice(0, t.from.length)) return `${at}: "from" ${t.from} is after "to" ${t.to}`;
    const bad = t.roles?.find((r) => !roles.has(r));
    if (bad) return `${at}: unknown role "${bad}"`;
  }
  return undefined;
}
