import { readFileSync } from 'node:fs';
import type { EntityKind } from '../../model/annotation.js';
import { LEXICON_DIR, lexiconPath } from '../../lexicon.js';
import { fold } from '../fold.js';
import { AliasMatcher, type AliasMatch } from './alias-matcher.js';
import { demonymPlurals } from './demonyms.js';
import { readPeople, type Office, type OfficeTerm, type Role } from './people-data.js';

export type { OfficeTerm } from './people-data.js';

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  country?: string;
}

export interface Person extends Entity {
  offices: OfficeTerm[];
}

/** One way of writing an entity, as matched in folded text. */
export interface Alias {
  folded: string;
  entity: Entity;
  /** Adjective ("Japanese") or capital ("Tokyo") standing for a country. */
  role: 'name' | 'adjective' | 'capital' | 'family-name' | 'short-name';
  caseSensitive: boolean;
  /** A country's name that is also something else ("Chad", "Georgia"): see `ambiguousNames` in lexicon/README.md. */
  ambiguous?: boolean;
}

export interface ActorLexicon {
  aliases: Alias[];
  /** Aliases by folded text. */
  byText: Map<string, Alias[]>;
  people: Person[];
  offices: Office[];
  /** Roles offices share ("foreign_minister"); a role's title resolves to the holder of any office with that role. */
  roles: Role[];
  /** Titles that mark a following name as a person's ("Speaker", "Ambassador"), offices' titles included. */
  titles: string[];
  /** Words no name after a title begins with or holds: `notNames` of people.json, every title's words, organisations' head words. */
  notNameWords: Set<string>;
  /**
   * Given names, folded: the first words of the names of people.json's people written given name first ("Luis" of "Luis
   * Videgaray"), less any word an alias of the lexicon is ("Israel", "Santiago"). A country's name right after one is a
   * family name ("Luís Montenegro"), not the state.
   */
  givenNames: Set<string>;
  /** Adjectives and possessives that name a country ("Japanese", "Vietnam's"), by folded text. */
  countryWords: Map<string, Entity>;
  countries: Map<string, Entity>;
  /** The country of each person (of their first office) and organisation that has one, by entity id. */
  countryOf: Map<string, string>;
  /**
   * Finds every alias in folded text from the word at each word start. One regex alternating
   * all aliases took 50–80 ms per pass over the 0.25 MB bundled corpus once the lexicon had
   * some 3,000 aliases, most of the actor stage's time.
   */
  matcher: AliasMatcher;
}

let cached: ActorLexicon | undefined;

/** Reads countries.json, organisations.json and people.json from the lexicon folder, once. */
export function actorLexicon(): ActorLexicon {
  if (cached) return cached;
  const read = (f: string) => JSON.parse(readFileSync(lexiconPath(f), 'utf8'));
  const aliases: Alias[] = [];
  const add = (text: string, entity: Entity, role: Alias['role'], ambiguous = false) => {
    // Short all-capital aliases ("US", "SG", "UN") only match in capitals: "us" is a word.
    const caseSensitive = text.length <= 4 && text === text.toUpperCase();
    aliases.push({ folded: fold(text), entity, role, caseSensitive, ...(ambiguous ? { ambiguous } : {}) });
  };
  const countries = new Map<string, Entity>();
  const countryWords = new Map<string, Entity>();
  for (const c of read('countries.json').countries) {
    const e: Entity = { id: `country:${c.id}`, name: c.name, kind: 'country', country: c.id };
    countries.set(c.id, e);
    for (const w of [...c.adjectives, ...[c.name, ...c.aliases].flatMap((n: string) => [`${n}'s`, `${n}’s`])]) countryWords.set(fold(w), e);
    const ambiguous = new Set<string>(c.ambiguousNames ?? []);
    for (const n of [c.name, ...c.aliases]) add(n, e, 'name', ambiguous.has(n));
    for (const a of c.adjectives) add(a, e, 'adjective');
    // The people of a state by their plural demonym ("Ecuadoreans marched", "visas for Canadians",
    // "Icelanders", "Danes"), where the adjective is also the noun; "Japanese", "Swiss" have no plural form.
    for (const p of demonymPlurals(c)) add(p, e, 'adjective');
    for (const cap of c.capitals) add(cap, e, 'capital');
  }
  for (const o of read('organisations.json').organisations) {
    const e: Entity = { id: `${o.kind}:${o.id}`, name: o.name, kind: o.kind, ...(o.country ? { country: o.country } : {}) };
    for (const n of [o.name, ...o.aliases]) add(n, e, 'name');
  }
  const peopleFile = readPeople(LEXICON_DIR, new Set(countries.keys()));
  const roleOf = new Map(peopleFile.offices.map((o) => [o.id, o.role]));
  const people: Person[] = [];
  for (const p of peopleFile.people) {
    const id = `person:${fold(p.name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
    const country = p.offices[0]?.country;
    // Each term carries its roles, the office's unless the entry says otherwise, so resolving never looks them up.
    const offices = p.offices.map((t) => ({ ...t, roles: t.roles ?? (roleOf.get(t.office) ? [roleOf.get(t.office)!] : []) }));
    const person: Person = { id, name: p.name, kind: 'person', ...(country ? { country } : {}), offices };
    people.push(person);
    for (const n of [p.name, ...p.aliases]) add(n, person, 'name');
    const parts = p.name.split(' ');
    // A two-word name given first ("Shinzo Abe") is also written family name first ("Abe Shinzo"),
    // and its last word is the family name, unless the entry names the family name ("Xi" of
    // "Xi Jinping") or says the person is called by a short name after a title only ("Park").
    const given = p.familyFirst && parts.length === 2 && !p.familyName && !p.shortName;
    if (given) add(`${parts[1]} ${parts[0]}`, person, 'name');
    const family = p.familyName ?? (given ? parts[1] : undefined);
    if (family) add(family, person, 'family-name');
    if (p.shortName) add(p.shortName, person, 'short-name');
  }
  const countryOf = new Map(aliases.filter((a) => a.entity.country).map((a) => [a.entity.id, `country:${a.entity.country}`]));
  const byText = new Map<string, Alias[]>();
  for (const a of aliases) byText.set(a.folded, [...(byText.get(a.folded) ?? []), a]);
  const matcher = new AliasMatcher(byText.keys());
  const titles = [...new Set<string>([...peopleFile.offices.flatMap((o: { titles: string[] }) => o.titles), ...(peopleFile.titles ?? [])])];
  const givenNames = new Set(
    peopleFile.people
      .filter((p) => !p.familyFirst)
      .map((p) => p.name.split(' '))
      .filter((w) => w.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(w[0]!))
      .map((w) => fold(w[0]!))
      .filter((w) => !byText.has(w)),
  );
  const notNameWords = new Set([...peopleFile.notNames, ...titles.flatMap((t) => t.split(' ')).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w))]);
  cached = { aliases, byText, people, offices: peopleFile.offices, roles: peopleFile.roles, titles, notNameWords, givenNames, countryWords, countries, countryOf, matcher };
  return cached;
}

/**
 * The lexicon's aliases in folded text, each beginning and ending a word, the longest at each
 * place: "the viet nam–japan summit" → "viet nam" (4–12), "japan" (13–18).
 */
export function aliasesIn(folded: string): AliasMatch[] {
  return actorLexicon().matcher.matchesIn(folded);
}
