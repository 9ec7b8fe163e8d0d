import type { EntityMention } from '../../model/annotation.js';
import { actorLexicon } from './actor-lexicon.js';
import { ACTOR_STAGE } from './entity-finder.js';

/**
 * "the North", "the South": a document about two states whose names differ by a compass word
 * ("North Korea" and "South Korea"; "Sudan" and "South Sudan") names one of them by that word
 * alone, as a reader of the whole document knows: "the North blew up the roads linking the two
 * sides". The word names the state of the pair whose name is that word and the rest of the other
 * state's name; with no such pair, or a capitalised word after it ("the North Sea", "the South
 * China Sea"), it names nothing.
 */

type Mention = EntityMention;

const COMPASS = ['North', 'South', 'East', 'West'];
const PATTERN = /(?<![\p{L}\p{N}])[Tt]he\s+(North|South|East|West)(?:['’]s)?(?![\p{L}\p{N}-])(?!\s+\p{Lu})/gu;

/** The compass word that names one state of the pair, with the state: {North: 'PRK', South: 'KOR'} for the two Koreas. */
function compassNames(pair: Set<string>): Map<string, string> {
  const countries = actorLexicon().countries;
  const names = [...pair].map((c) => [c, countries.get(c)?.name ?? ''] as const);
  const out = new Map<string, string>();
  for (const [code, name] of names) {
    const m = /^(\p{Lu}\p{Ll}+)\s+(.+)$/u.exec(name);
    if (!m || !COMPASS.includes(m[1]!)) continue;
    // The other state's name ends with the rest: "Korea" of "South Korea", "Sudan" of "Sudan".
    if (names.some(([c, n]) => c !== code && (n === m[2] || n.endsWith(` ${m[2]}`)))) out.set(m[1]!, code);
  }
  return out;
}

/**
 * The mentions "the North" / "the South" make in a document about such a pair (`rule` `compass-name`).
 * @example compassReferences('In 2024 the North blew up roads.', [], new Set(['KOR', 'PRK']))[0].country // → 'PRK'
 */
export function compassReferences(text: string, entities: Mention[], pair: Set<string> | undefined): Mention[] {
  if (!pair || pair.size !== 2) return [];
  const named = compassNames(pair);
  if (!named.size) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const code = named.get(m[1]!);
    if (!code) continue;
    const start = m.index! + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (entities.some((e) => e.start < end && start < e.end && e.kind !== 'other')) continue;
    const country = actorLexicon().countries.get(code)!;
    out.push({ start, end, text: text.slice(start, end), entity: country.id, name: country.name, kind: 'country', country: code, stage: ACTOR_STAGE, rule: 'compass-name' });
  }
  return out;
}
