import type { EntityMention } from '../../model/annotation.js';
import { readLexicon, lexiconInvalid, lexiconPath } from '../../lexicon.js';
import { escapeRegExp } from '../pattern-set.js';
import { actorLexicon } from './actor-lexicon.js';
import { fold } from '../fold.js';
import { ACTOR_STAGE, ORG_HEADS } from './entity-finder.js';
import { WINDOW, copyOf, resolvePersonNames } from './person-names.js';
import { sharedNameReferences } from './shared-names.js';
import { compassReferences } from './compass-names.js';

/**
 * Within-document reference: mentions that name an actor only through an earlier one.
 * - A person first named with a title ("Trade Minister Amara Okello") is then named by the
 *   family name alone or the name without the title ("Okello said", "Amara Okello's visit"):
 *   person-names.ts.
 * - An organisation defined with its acronym ("the Andean Water Authority (AWA)") is then named
 *   by the acronym ("AWA engineers").
 * - "the Central Asian nation" names the one country of the document's pair in that region
 *   (`lexicon/regions.json`), and nothing when both or neither are.
 * - A name several states share ("Congo", "Congolese") names the one of them the document is
 *   about or names otherwise (shared-names.ts).
 * - "the North" names North Korea in a document about the two Koreas (compass-names.ts).
 * Each reference is looked for up to `WINDOW` characters after what it points back to: a long
 * document is extracted a section at a time, each reading the 2,000 characters before it, so a
 * reference resolves in a section exactly as in the whole text.
 */

type Mention = EntityMention;

/** Whether a span overlaps a mention that is more than an unknown proper name. */
function taken(entities: Mention[], start: number, end: number): boolean {
  return entities.some((e) => e.start < end && start < e.end && e.kind !== 'other');
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'et', '&', 'to']);
/** Head words that make a name an organisation's: the entity finder's, and those a name given an acronym often ends in. */
const ORG_HEAD = new RegExp(
  `\\b(?:${ORG_HEADS}|Authority|Department|Office|Bureau|Board|Service|Guard|Police|Army|Navy|Forces?|Secretariat|Court|Parliament|Community|Alliance|Front|Movement|Group|Network|Initiative|Programme|Program)$`,
  'u',
);

/**
 * "the Andean Water Authority (AWA)": the name whose capitalised words (small words aside) begin
 * with the acronym's letters, in order, ending right before the bracket.
 */
function acronymDefinitions(text: string): { name: { start: number; end: number }; acronym: string; at: number }[] {
  const out: { name: { start: number; end: number }; acronym: string; at: number }[] = [];
  for (const m of text.matchAll(/\(([A-Z][A-Za-z]?[A-Z][A-Za-z]{0,5})\)/g)) {
    const acronym = m[1]!;
    const letters = acronym.replace(/[a-z]/g, '');
    if (letters.length < 2) continue;
    const before = text.slice(Math.max(0, m.index! - 160), m.index!);
    const words = [...before.matchAll(/[\p{L}&'’-]+/gu)];
    // Walk back over the words, matching the acronym's capitals from its last.
    let k = letters.length - 1;
    let i = words.length - 1;
    let first = -1;
    while (i >= 0 && k >= 0) {
      const w = words[i]![0];
      if (SMALL.has(w.toLowerCase())) {
        i--;
        continue;
      }
      if (!/^\p{Lu}/u.test(w) || w[0] !== letters[k]) break;
      first = i;
      k--;
      i--;
    }
    if (k >= 0 || first < 0) continue;
    const base = m.index! - before.length;
    const start = base + words[first]!.index!;
    const last = words[words.length - 1]!;
    const end = base + last.index! + last[0].length;
    // Only the words of the name and spaces between it and the bracket.
    if (!/^\s*$/.test(text.slice(end, m.index!))) continue;
    out.push({ name: { start, end }, acronym, at: m.index! + 1 });
  }
  return out;
}

/** An acronym's later uses name what its definition names: the entity there, or an organisation made of the name when it ends in an organisation's head word. */
function acronymReferences(text: string, entities: Mention[]): { add: Mention[]; drop: Set<Mention> } {
  const add: Mention[] = [];
  const drop = new Set<Mention>();
  for (const d of acronymDefinitions(text)) {
    const inside = entities.filter((e) => e.start >= d.name.start && e.end <= d.name.end);
    const whole = inside.find((e) => e.start === d.name.start && e.end === d.name.end && e.kind !== 'other');
    let named: Mention | undefined = whole;
    if (!named) {
      const name = text.slice(d.name.start, d.name.end);
      if (!ORG_HEAD.test(name) || inside.some((e) => e.kind === 'person' || e.kind === 'organisation' || e.kind === 'group')) continue;
      // The organisation belongs to the country its name holds ("the Philippine Coast Guard").
      const country = inside.find((e) => e.country)?.country;
      named = {
        start: d.name.start,
        end: d.name.end,
        text: name,
        entity: `organisation:unknown:${fold(name).replace(/[^a-z0-9]+/g, '-')}`,
        name,
        kind: 'organisation',
        stage: ACTOR_STAGE,
        rule: 'acronym-name',
      };
      if (country) named.country = country;
      for (const e of inside) drop.add(e);
      add.push(named);
    }
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(d.acronym)}(?![\\p{L}\\p{N}])`, 'gu');
    const from = d.at;
    for (const m of text.slice(from, d.name.end + WINDOW).matchAll(re)) {
      const start = from + m.index!;
      const end = start + d.acronym.length;
      if (entities.some((e) => e.start < end && start < e.end && e.kind !== 'other' && !drop.has(e)) || add.some((e) => e.start < end && start < e.end)) continue;
      for (const e of entities) if (e.start < end && start < e.end) drop.add(e);
      add.push(copyOf(named, start, end, text, 'coref-acronym'));
    }
  }
  return { add, drop };
}

let regions: { pattern: RegExp; members: Map<string, Set<string>> } | undefined;

/** `lexicon/regions.json`, read and checked once. */
function regionLexicon(): { pattern: RegExp; members: Map<string, Set<string>> } {
  if (regions) return regions;
  const file = lexiconPath('regions.json');
  const data = readLexicon(file);
  if (!Array.isArray(data.heads) || !Array.isArray(data.regions)) lexiconInvalid(file, '(top)', 'needs "heads" and "regions" arrays');
  const countries = actorLexicon().countries;
  const members = new Map<string, Set<string>>();
  for (const r of data.regions) {
    if (typeof r.adjective !== 'string' || !Array.isArray(r.countries)) lexiconInvalid(file, JSON.stringify(r).slice(0, 80), 'needs an adjective and countries');
    for (const c of r.countries) if (!countries.has(c)) lexiconInvalid(file, `region "${r.adjective}"`, `unknown country "${c}"`);
    members.set(r.adjective, new Set(r.countries));
  }
  const alt = (xs: string[]) =>
    [...xs]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  regions = { pattern: new RegExp(`\\b[Tt]he\\s+(${alt([...members.keys()])})\\s+(?:${alt(data.heads)})\\b(?![\\p{L}'’-])`, 'gu'), members };
  return regions;
}

/** "the Southeast Asian nation": the one country of the pair in the region. */
function regionReferences(text: string, entities: Mention[], pair: Set<string> | undefined, drop: Set<Mention>): Mention[] {
  if (!pair || pair.size !== 2) return [];
  const { pattern, members } = regionLexicon();
  const out: Mention[] = [];
  for (const m of text.matchAll(pattern)) {
    const inRegion = [...pair].filter((c) => members.get(m[1]!)!.has(c));
    if (inRegion.length !== 1) continue;
    const start = m.index! + m[0].indexOf(m[1]!);
    const end = m.index! + m[0].length;
    // "American" of "South American" is no adjective of its own.
    const inner = entities.filter((e) => e.start >= start && e.end <= end && e.rule === 'lexicon-adjective');
    if (
      taken(
        entities.filter((e) => !inner.includes(e)),
        start,
        end,
      )
    )
      continue;
    for (const e of inner) drop.add(e);
    const country = actorLexicon().countries.get(inRegion[0]!)!;
    out.push({ start, end, text: text.slice(start, end), entity: country.id, name: country.name, kind: 'country', country: inRegion[0]!, stage: ACTOR_STAGE, rule: 'region-nation' });
  }
  return out;
}

/**
 * The document's mentions with the references above resolved, in order of their start; an
 * unknown proper name a reference covers ("Okello" at a sentence's start was no name of its
 * own, "Central Asian" was one) gives way.
 * ```ts
 * resolveReferences('Trade Minister Amara Okello spoke. Okello left.', entities, undefined)
 * // → […, { text: 'Okello', entity: 'person:unknown:amara-okello', rule: 'coref-name' }]
 * ```
 */
export function resolveReferences(text: string, entities: Mention[], pair: Set<string> | undefined): Mention[] {
  const { add: acronyms, drop } = acronymReferences(text, entities);
  const withAcronyms = acronyms.length ? [...entities.filter((e) => !drop.has(e)), ...acronyms].sort((a, b) => a.start - b.start || b.end - a.end) : entities;
  const people = resolvePersonNames(text, withAcronyms);
  const places = [...regionReferences(text, people, pair, drop), ...sharedNameReferences(text, people, pair, drop), ...compassReferences(text, people, pair)];
  if (people === entities && !places.length) return entities;
  const kept = people.filter((e) => !drop.has(e) && (e.kind !== 'other' || ![...acronyms, ...places].some((a) => a.start < e.end && e.start < a.end)));
  return [...kept, ...places].sort((a, b) => a.start - b.start || b.end - a.end);
}
