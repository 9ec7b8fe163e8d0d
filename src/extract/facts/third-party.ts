/**
 * Which figures of a document are about its pair of states. A figure about a third country only
 * ("25,000 for Oman" in a list of destinations) is context of the relationship, not a fact of it;
 * so is one whose flow joins two others. Such a figure is kept, marked `thirdParty`, so the pair's
 * account can leave it out. But a third country that stands in a sentence about one of the pair
 * ("its two provinces are divided by 400 kilometres of Zambian territory" in a text on Malawi
 * and Mozambique, "US assistance worth US$1.45 billion" to Jordan) is no list of other
 * states: the figure is the pair's, unless the sentence's figures name several subjects (a list,
 * each figure its own country's).
 */
import type { EntityMention } from '../../model/annotation.js';
import { firstNotBefore } from '../../model/sorted.js';

interface Placed {
  start: number;
  end: number;
  subject?: string;
  direction?: { from: string; to: string };
}

/**
 * Marks the figures about a third country only, given the document's pair (alpha-3 codes; none:
 * every figure is the document's).
 * @example markThirdParty([{ subject: 'Oman', … }], entities, new Set(['JPN', 'VNM'])) // → [{ subject: 'Oman', thirdParty: true, … }]
 */
export function markThirdParty<F extends Placed>(facts: F[], entities: EntityMention[], pair: Set<string> | undefined): (F | (F & { thirdParty: true }))[] {
  if (!pair) return facts;
  const countryOf = new Map(entities.filter((e) => e.kind === 'country').map((e) => [e.name, e.country]));
  const aboutPair = (f: F) => {
    const ends = f.direction ? [f.direction.from, f.direction.to] : f.subject ? [f.subject] : [];
    const codes = ends.map((n) => countryOf.get(n));
    return !codes.length || codes.some((c) => c === undefined || pair.has(c));
  };
  const inSentence = (f: F, x: { start: number; end: number }) => x.start >= f.start && x.end <= f.end;
  // The pair's mentions by start, searched from the sentence's start (a scan of every mention per figure grew with the document).
  const ofPair = entities.filter((e) => e.kind === 'country' && e.country !== undefined && pair.has(e.country)).sort((a, b) => a.start - b.start);
  const namesPair = (f: F) => {
    for (let k = firstNotBefore(ofPair.length, (i) => ofPair[i]!.start < f.start); k < ofPair.length && ofPair[k]!.start <= f.end; k++) if (inSentence(f, ofPair[k]!)) return true;
    return false;
  };
  // A figure with no subject gives the sentence no other country: only figures of two named subjects make a list.
  const subjects = new Map<string, Set<string>>();
  for (const g of facts) if (g.subject) subjects.set(`${g.start}:${g.end}`, (subjects.get(`${g.start}:${g.end}`) ?? new Set()).add(g.subject));
  const oneSubject = (f: F) => (subjects.get(`${f.start}:${f.end}`)?.size ?? 0) <= 1;
  return facts.map((f) => (aboutPair(f) || (namesPair(f) && oneSubject(f)) ? f : { ...f, thirdParty: true as const }));
}
