/**
 * Nouns that give a number its unit when they follow it: "1,913 persons", "4,632 projects",
 * "15 weekly flights", "an estimated 1 million Zimbabweans". The nouns are data (`unitNouns`
 * in lexicon/indicators.json); a plural demonym (countries.json: "Kenyans", "Icelanders", `people`
 * "Danes", actors/demonyms.ts; "Vietnamese" before a verb) counts persons.
 */
import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import { escapeRegExp } from '../pattern-set.js';
import { demonymPlurals } from '../actors/demonyms.js';

/** The units a noun may give, in the order they are tried. */
const UNITS = ['persons', 'projects', 'count'] as const;
export type NounUnit = (typeof UNITS)[number];

interface UnitNouns {
  /** One alternation of every noun, longest first, as a regex group. */
  alternation: string;
  /** Each unit with a pattern that matches its nouns whole. */
  byUnit: [NounUnit, RegExp][];
  /** The plurals of country adjectives alone, matched whole: "Zimbabweans", "Pakistanis". */
  demonyms: RegExp;
}

let cached: UnitNouns | undefined;

/** A country's demonyms that count people, as regexes: "Kenyans", "Icelanders", "Danes" (actors/demonyms.ts), "Vietnamese" where a noun (ESE_NOUN). */
function demonymPatterns(country: { adjectives?: string[]; people?: string[] }): string[] {
  const ese = (country.adjectives ?? []).filter((a) => /ese$/.test(a)).map((a) => `${escapeRegExp(a)}${ESE_NOUN}`);
  return [...demonymPlurals(country).map(escapeRegExp), ...ese];
}

/** "4,000 Vietnamese live in Korea": an adjective in "-ese" is a noun before punctuation or a verb of living, working or studying, not before a noun ("one Chinese vessel"). */
const ESE_NOUN = '(?=\\s*(?:[,.;:)]|$|(?:in|who|were|are|have|had|from|liv\\w*|work\\w*|stud\\w*|resid\\w*|visit\\w*|travel\\w*|arriv\\w*|left|fled)\\b))';

/** Reads and checks `unitNouns` of lexicon/indicators.json and the adjectives of countries.json once. */
export function unitNouns(): UnitNouns {
  if (cached) return cached;
  const path = lexiconPath('indicators.json');
  const raw = readLexicon(path).unitNouns;
  if (!raw || typeof raw !== 'object') lexiconInvalid(path, 'unitNouns', 'must be an object of unit → list of nouns');
  for (const key of Object.keys(raw)) if (!(UNITS as readonly string[]).includes(key)) lexiconInvalid(path, `unitNouns.${key}`, `the unit must be one of ${UNITS.join(', ')}`);
  const lists = UNITS.map((unit) => {
    const list = raw[unit] ?? [];
    if (!Array.isArray(list) || list.some((x: unknown) => typeof x !== 'string' || !x.trim())) lexiconInvalid(path, `unitNouns.${unit}`, 'must be a list of nouns');
    return [unit, list as string[]] as const;
  });
  const countries: { adjectives?: string[]; people?: string[] }[] = readLexicon('countries.json').countries;
  const letters = (w: string) => /^[\p{L} ]+$/u.test(w);
  const demonyms = [...new Set(countries.flatMap((c) => demonymPatterns({ adjectives: c.adjectives?.filter(letters), people: c.people?.filter(letters) })))];
  const persons = lists.find(([u]) => u === 'persons')![1];
  const all = [...lists.flatMap(([, l]) => l), ...demonyms].sort((a, b) => b.length - a.length);
  cached = {
    alternation: `(?:${all.join('|')})`,
    byUnit: [
      ['persons', new RegExp(`^(?:${[...persons, ...demonyms].join('|')})$`, 'iu')],
      ...lists.filter(([u]) => u !== 'persons').map(([u, l]) => [u, new RegExp(`^(?:${l.join('|')})$`, 'i')] as [NounUnit, RegExp]),
    ],
    demonyms: new RegExp(`^(?:${demonyms.join('|')})$`, 'u'),
  };
  return cached;
}

/**
 * The unit a counted noun gives: "travellers" → "persons", "Ghanaians" → "persons", "projects" → "projects", "flights" → "count".
 * @example unitOfNoun('Zimbabweans') // → 'persons'
 */
export function unitOfNoun(noun: string): NounUnit {
  let unit = unitsOfNouns.get(noun);
  if (unit === undefined) {
    unit = unitNouns().byUnit.find(([, re]) => re.test(noun))?.[0] ?? 'count';
    // The same few nouns come back sentence after sentence ("people", "projects"): each is matched against the
    // alternation of every demonym once, not once a figure. Bounded, as a long document's words are not.
    if (unitsOfNouns.size >= NOUNS_KEPT) unitsOfNouns.clear();
    unitsOfNouns.set(noun, unit);
  }
  return unit;
}

/** The nouns whose unit was read, kept (`unitOfNoun`). */
const unitsOfNouns = new Map<string, NounUnit>();
const NOUNS_KEPT = 10000;

/**
 * Whether a word is the plural of a country's adjective, the people of a state counted ("Ghanaians", "Mongolians").
 * @example isDemonymPlural('Mongolians') // → true
 */
export function isDemonymPlural(word: string): boolean {
  return unitNouns().demonyms.test(word);
}
