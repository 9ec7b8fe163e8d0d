import type { EntityMention } from '../../model/annotation.js';
import { readLexicon, lexiconInvalid, lexiconPath } from '../../lexicon.js';
import { escapeRegExp } from '../pattern-set.js';
import { actorLexicon } from './actor-lexicon.js';
import { ACTOR_STAGE } from './entity-finder.js';

/**
 * Names several states share ("Congo", "Congolese", "Dominican": `sharedNames` of
 * lexicon/countries.json, which `npm run lexicon:countries` writes from world-countries and
 * i18n-iso-countries) name no state by themselves: "Rwanda and Congo signed a peace deal" is
 * about the Democratic Republic of the Congo only where the document says so. Such a name
 * stands for the one state among those that share it that is of the document's pair, else the
 * one the document names otherwise ("Kinshasa", "the DRC"); with none or two, it stays unknown.
 */

type Mention = EntityMention;

let shared: { pattern: RegExp; owners: Map<string, string[]> } | undefined;

/** `sharedNames` of lexicon/countries.json, read and checked once. */
function sharedLexicon(): { pattern: RegExp; owners: Map<string, string[]> } {
  if (shared) return shared;
  const file = lexiconPath('countries.json');
  const raw: unknown = readLexicon(file).sharedNames ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) lexiconInvalid(file, 'sharedNames', 'must map a name to the countries that share it');
  const countries = actorLexicon().countries;
  const owners = new Map<string, string[]>();
  for (const [name, ids] of Object.entries(raw)) {
    if (!Array.isArray(ids) || ids.length < 2 || !ids.every((id) => typeof id === 'string' && countries.has(id)))
      lexiconInvalid(file, `sharedNames "${name}"`, 'needs two or more known country codes');
    owners.set(name, ids as string[]);
  }
  const names = [...owners.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Case kept: "congo" is no name; the plural of a demonym ("Congolese" is its own plural) is the demonym's.
  shared = { pattern: names.length ? new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${names.join('|')})(?![\\p{L}\\p{N}-])`, 'gu') : /(?!)/gu, owners };
  return shared;
}

/**
 * The mentions a shared name makes in a text, each of the one state it stands for here (`rule`
 * `shared-name`); an unknown proper name one covers gives way (`drop`). A name inside a longer
 * one already resolved ("the Democratic Republic of the Congo", "DR Congo") is left to it.
 * @example sharedNameReferences('Rwanda and Congo met. Kinshasa said …', entities, undefined, drop)[0].country // → 'COD'
 */
export function sharedNameReferences(text: string, entities: Mention[], pair: Set<string> | undefined, drop: Set<Mention>): Mention[] {
  const { pattern, owners } = sharedLexicon();
  const named = new Set(entities.filter((e) => e.kind === 'country' && e.country).map((e) => e.country!));
  const out: Mention[] = [];
  let overlapping: ((start: number, end: number) => Mention[]) | undefined;
  for (const m of text.matchAll(pattern)) {
    const start = m.index!;
    const end = start + m[0].length;
    // Built at the first match only: a document about the Congo names it thousands of times.
    overlapping ??= overlapIndex(entities);
    const over = overlapping(start, end);
    // Inside a longer name ("the Congo River", "DR Congo"): that name's.
    if (over.some((e) => e.kind !== 'other' || e.start < start || e.end > end)) continue;
    const candidates = owners.get(m[0])!;
    const inPair = pair ? candidates.filter((c) => pair.has(c)) : [];
    const elsewhere = candidates.filter((c) => named.has(c));
    const country = inPair.length === 1 ? inPair[0]! : !inPair.length && elsewhere.length === 1 ? elsewhere[0]! : undefined;
    if (!country) continue;
    for (const e of over) drop.add(e);
    const entity = actorLexicon().countries.get(country)!;
    out.push({ start, end, text: m[0], entity: entity.id, name: entity.name, kind: 'country', country, stage: ACTOR_STAGE, rule: 'shared-name' });
  }
  return out;
}

/**
 * The mentions that overlap a span, in the order of `entities`, found without reading them all:
 * a document of 2,000 shared names and 20,000 mentions filtered them all for each name.
 * @example overlapIndex([{ start: 0, end: 9 }, { start: 20, end: 25 }])(5, 7) // → [{ start: 0, end: 9 }]
 */
export function overlapIndex<T extends { start: number; end: number }>(entities: T[]): (start: number, end: number) => T[] {
  const order = entities.map((_, i) => i).sort((a, b) => entities[a]!.start - entities[b]!.start || a - b);
  const longest = entities.reduce((n, e) => Math.max(n, e.end - e.start), 0);
  return (start, end) => {
    // The first mention (by start) that may reach the span: none longer than `longest` starts before `start - longest`.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entities[order[mid]!]!.start < start - longest) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < order.length && entities[order[k]!]!.start < end; k++) if (start < entities[order[k]!]!.end) found.push(order[k]!);
    return found.sort((a, b) => a - b).map((i) => entities[i]!);
  };
}
