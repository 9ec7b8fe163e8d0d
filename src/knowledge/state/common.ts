import { fold } from '../../extract/fold.js';
import { actorLexicon, aliasesIn } from '../../extract/actors/actor-lexicon.js';
import type { KnowledgeEvent, Mention } from '../annotation-queries.js';
import type { Citation } from '../ask/types.js';
import { span } from '../../extract/time/calendar.js';

export { span };

/** A mention as a citation: the exact quote at its offsets. */
export const cite = (m: Mention): Citation => ({ doc: m.doc, start: m.start, end: m.end, quote: m.quote });

/** Whether what is dated `date` had happened by the end of `at` (no `at`: always). */
export function byThen(date: string, at: string | undefined): boolean {
  return !at || span(date)[0] <= span(at)[1];
}

/** Orders EDTF dates by their first day, the coarser first. */
export const byDate = (a: { date: string }, b: { date: string }) => span(a.date)[0].localeCompare(span(b.date)[0]) || a.date.length - b.date.length;

/** The alpha-3 country an actor's canonical name stands for (a country, or a person's or body's country); undefined when none is known. */
export function countryOfName(name: string): string | undefined {
  const lex = actorLexicon();
  const entity = lex.byText.get(fold(name))?.[0]?.entity;
  if (!entity) return undefined;
  if (entity.kind === 'country') return entity.country;
  return lex.countryOf.get(entity.id)?.replace(/^country:/, '') ?? entity.country;
}

/** Whether an actor's canonical name is a group of states (ASEAN, the G7). */
export function isGroup(name: string): boolean {
  return actorLexicon().byText.get(fold(name))?.[0]?.entity.kind === 'group';
}

/** The countries a passage names, in order, once each ("Japan-Viet Nam EPA" → JPN, VNM). */
export function countriesIn(quote: string): string[] {
  const lex = actorLexicon();
  const out: string[] = [];
  for (const m of aliasesIn(fold(quote))) {
    const e = lex.byText.get(m.text)?.[0]?.entity;
    if (e?.kind === 'country' && e.country && !out.includes(e.country)) out.push(e.country);
  }
  return out;
}

/** The countries an event's actors stand for (a group of states stands for none: it is `groups`). */
export function eventCountries(e: KnowledgeEvent): { countries: string[]; groups: string[] } {
  const countries: string[] = [];
  const groups: string[] = [];
  for (const a of e.actors) {
    if (isGroup(a.name)) groups.push(a.name);
    const c = countryOfName(a.name);
    if (c && !countries.includes(c)) countries.push(c);
  }
  return { countries, groups };
}

/** A pair's alpha-3 codes and the documents about it. */
export interface PairCodes {
  codes: string[];
  docs: string[];
}

/**
 * The pair an event belongs to: one whose states are the event's states (the passage's when its
 * actors name none), no other state among them; both named when `both` or when a group of states
 * is among them (ASEAN and Japan is not Japan and Vietnam). A passage that names no state is of
 * the pair its document is about.
 * @example pairOf(visitOfAbeToHanoi, [['JPN', 'VNM']], true) // → ['JPN', 'VNM']
 */
export function pairOf(e: KnowledgeEvent, pairs: PairCodes[], both: boolean): string[] | undefined {
  const own = eventCountries(e);
  const countries = own.countries.length ? own.countries : countriesIn(e.mentions[0]?.quote ?? '');
  // A passage that names no state at all ("The treaty entered into force in 2008") tells of the pair its document is about.
  if (!countries.length && !own.groups.length) return pairs.find((p) => e.mentions.some((m) => p.docs.includes(m.doc)))?.codes;
  if (!countries.length) return undefined;
  // A group of states beside the pair ("Japan, the first G7 country to …") is context; beside one of them, the group is the other party.
  return pairs.find((p) => countries.every((c) => p.codes.includes(c)) && (both || own.groups.length ? p.codes.every((c) => countries.includes(c)) : true))?.codes;
}

/** A name as the sources write it, its spacing tidied. */
export const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '');

/**
 * The run of capitalised words (joined by "of", "on", "for", "and", "between", "of the", hyphens and dashes)
 * that ends with one of `heads`, in the quote: "the Chile-Peru Binational Cabinet Committee" →
 * "Chile-Peru Binational Cabinet Committee". Every such name, in order.
 */
export function namesEndingWith(quote: string, heads: string[]): { name: string; index: number }[] {
  // A word of a name: capitalised, or a figure joined by a sign ("2+2 Dialogue").
  const cap = "(?:[A-Z\\p{Lu}][\\p{L}\\p{N}'’.]*|\\d+\\+\\d+)";
  // "the" joins only after a joining word ("Treaty of the …"): "in Paris the Elysée Treaty" is a place, then a name.
  const join = '(?:\\s+(?:of|on|for|and|between)(?:\\s+the)?\\s+|\\s*[-–—]\\s*|\\s+)';
  // A name may go on after its head: "Memorandum of Understanding on Defense Cooperation", "Forum for Economic Cooperation of the Andean Region".
  const tail = `(?:\\s+(?:on|of|for|between)\\s+(?:the\\s+)?${cap}(?:(?:\\s+(?:of|and|the|for)\\s+|\\s*[-–—]\\s*|\\s+)${cap})*)?`;
  const re = new RegExp(`(?:${cap}${join})*?(?:${cap}${join})?(?:${heads.join('|')})\\b${tail}`, 'gu');
  const out: { name: string; index: number }[] = [];
  for (const m of quote.matchAll(re)) {
    // The run starts at its first capitalised word: a joining word does not open a name.
    const trimmed = m[0].replace(/^(?:(?:of|on|for|and|the|in|between|to|The|A|An|In|At|On|By|Since|Under|During)\s+)+/u, '');
    const index = m.index! + (m[0].length - trimmed.length);
    // A head alone ("the Forum") names nothing in particular.
    if (/^[A-Z\p{Lu}]/u.test(trimmed) && /\s|[-–—]/u.test(tidy(trimmed))) out.push({ name: tidy(trimmed), index });
  }
  return out;
}
