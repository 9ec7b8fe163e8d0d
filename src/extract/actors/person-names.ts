import type { EntityMention } from '../../model/annotation.js';
import { fold } from '../fold.js';
import { escapeRegExp } from '../pattern-set.js';
import { ACTOR_STAGE } from './entity-finder.js';

/**
 * One matcher for the names of people no lexicon file knows, so that one person is one entity
 * however the name is written:
 * - The id does not depend on the order of the names: "Yamazaki Masaaki" (family name first, as
 *   Japanese, Vietnamese, Hungarian and Korean sources write it) and "Masaaki Yamazaki" (as many
 *   English sources do) are `person:unknown:masaaki-yamazaki` in every document.
 * - Within a document, a name's first or last word stands for the whole name after it: "Mr.
 *   Furuta", "President Yudhoyono", "Yudhoyono said" after "Furuta Motoo" or "President Susilo
 *   Bambang Yudhoyono" are that person, where no other person of the document has that word at
 *   either end of their name. A full name no title introduced ("Susilo Bambang Yudhoyono, the
 *   president, …") becomes a person when a titled short form of it follows.
 * References are looked for up to `WINDOW` characters after the full name or after the last
 * reference to it found (a chain: a person named again and again stays named), as the other
 * references of coreference.ts are looked for after what they point to. A section of a long
 * document reads 2,000 characters before it, so a chain that began further back than that is
 * not seen there (sections are a megabyte long: rare).
 */

/** How far after what it points back to a reference is looked for (characters); coreference.ts uses it too. */
export const WINDOW = 1500;

type Mention = EntityMention;

/**
 * The folded words of a name, possessive and initials aside: "Susilo B. Yudhoyono's" → ["susilo", "yudhoyono"].
 * A one-letter regnal number at the end is no initial: "Frederik X" → ["frederik", "x"], not Frederik IX's words.
 */
function wordsOf(name: string): string[] {
  const bare = name.replace(/['’]s$/u, '');
  const words = fold(bare)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
  const regnal = /\s([IVX])$/u.exec(bare);
  return regnal ? [...words, regnal[1]!.toLowerCase()] : words;
}

/**
 * The id of a person no lexicon file knows, the same whatever order the names are written in.
 * @example unknownPersonId('Yamazaki Masaaki') // → 'person:unknown:masaaki-yamazaki'
 */
export function unknownPersonId(name: string): string {
  return `person:unknown:${[...wordsOf(name)].sort().join('-')}`;
}

/** The words a full name may be shortened to: its first and its last (the family name, whichever order the source writes). */
function shortForms(name: string): string[] {
  const words = name.replace(/['’]s$/u, '').split(/\s+/);
  if (words.length < 2) return [];
  return [...new Set([words[0]!, words[words.length - 1]!])].filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w));
}

/** A mention of `m`'s entity at another place of the text. */
export function copyOf(m: Mention, start: number, end: number, text: string, rule: string): Mention {
  const out: Mention = { start, end, text: text.slice(start, end), entity: m.entity, name: m.name, kind: m.kind, stage: ACTOR_STAGE, rule };
  if (m.country) out.country = m.country;
  return out;
}

/** A person named by one word after a title ("President Yudhoyono", "Mr. Furuta"). */
const isShortTitled = (e: Mention) => e.kind === 'person' && e.entity.startsWith('person:unknown:') && !/\s/.test(e.name) && e.rule !== 'coref-name';

/**
 * The full names of the document: people named with a title and two or more words, and runs
 * of capitalised words (kind `other`) that a titled short form within `WINDOW` after them
 * names, as persons.
 */
function fullNames(entities: Mention[]): Mention[] {
  const titled = entities.filter((e) => e.kind === 'person' && e.entity.startsWith('person:unknown:') && /\s/.test(e.name) && e.rule !== 'coref-name');
  const shorts = entities.filter(isShortTitled);
  const promoted: Mention[] = [];
  for (const o of entities) {
    if (o.kind !== 'other' || o.rule !== 'proper-name') continue;
    const forms = shortForms(o.name);
    const named = shorts.find((s) => s.start >= o.end && s.start <= o.end + WINDOW && forms.includes(s.name.replace(/['’]s$/u, '')));
    if (!named) continue;
    const person: Mention = { ...o, entity: unknownPersonId(o.name), kind: 'person', rule: 'named-person' };
    if (named.country) person.country = named.country;
    promoted.push(person);
  }
  return [...titled, ...promoted].sort((a, b) => a.start - b.start);
}

/**
 * The document's mentions with the short forms of unknown persons' names resolved to the full
 * name written before them, and full names a titled short form shows to be persons made so.
 * ```ts
 * resolvePersonNames('Speaker Furuta Motoo arrived. Mr. Furuta said…', entities)
 * // → […, { text: 'Furuta', entity: 'person:unknown:furuta-motoo', rule: 'coref-name' }]
 * ```
 */
export function resolvePersonNames(text: string, entities: Mention[]): Mention[] {
  const full = fullNames(entities);
  if (!full.length) return entities;
  // A word that ends the names of two people of the document names neither.
  const owners = new Map<string, Set<string>>();
  for (const p of full) for (const w of shortForms(p.name)) owners.set(w, new Set([...(owners.get(w) ?? []), p.entity]));
  const replaced = new Map<Mention, Mention>();
  const added: Mention[] = [];
  const occupied = (start: number, end: number) => entities.some((e) => e.start < end && start < e.end && e.kind !== 'other') || added.some((e) => e.start < end && start < e.end);
  for (const p of full) {
    if (p.rule === 'named-person') {
      const original = entities.find((e) => e.start === p.start && e.end === p.end && e.kind === 'other');
      if (original) replaced.set(original, p);
    }
    const forms = shortForms(p.name).filter((w) => owners.get(w)!.size === 1);
    const names = [p.name, ...forms].map(escapeRegExp).join('|');
    const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${names})(?![\\p{L}\\p{N}-])`, 'gu');
    // A chain of references: each one found keeps the person in the reader's mind for another
    // `WINDOW` characters, so "Villalobos said" three paragraphs on still names the minister
    // a closer "Villalobos told" named.
    const titledShorts = entities.filter((s) => isShortTitled(s) && s.start >= p.end && forms.includes(s.name.replace(/['’]s$/u, '')));
    for (let anchor = p.end, next = p.end; ; anchor = next) {
      // Titled short forms in reach: "President Yudhoyono".
      for (const s of titledShorts) {
        if (s.start < anchor || s.start > anchor + WINDOW || replaced.has(s)) continue;
        const same = copyOf(p, s.start, s.end, text, 'coref-name');
        if (!same.country && s.country) same.country = s.country;
        replaced.set(s, same);
        next = Math.max(next, s.end);
      }
      // The full name again, or a short form alone: "Yudhoyono said".
      for (const m of text.slice(anchor, anchor + WINDOW).matchAll(re)) {
        const start = anchor + m.index!;
        const end = start + m[0].length;
        // "Okello Road", "the Okello family": a capitalised word after it makes another name.
        if (/^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) || occupied(start, end)) continue;
        added.push(copyOf(p, start, end, text, 'coref-name'));
        next = Math.max(next, end);
      }
      if (next === anchor) break;
    }
  }
  if (!replaced.size && !added.length) return entities;
  const kept = entities.map((e) => replaced.get(e) ?? e).filter((e) => e.kind !== 'other' || !added.some((a) => a.start < e.end && e.start < a.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
