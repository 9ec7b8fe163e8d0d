import type { EventAnnotation } from '../../../src/model/annotation.js';
import type { Store } from '../../../src/store/store.js';
import { actorLexicon } from '../../../src/extract/actors/actor-lexicon.js';
import { askLexicon } from '../../../src/knowledge/ask/lexicon.js';
import { tokens } from '../../../src/knowledge/ask/text.js';

/** One passage's telling of an event, with its date as the passage writes it. */
export interface Telling {
  doc: string;
  event: EventAnnotation;
  quote: string;
  /** Countries the passage names, in order (see `countriesNamed`). */
  countries: string[];
}

/** Passages telling one event share at least this share of the shorter one's content words, beyond dates and numbers. */
const SAME_TELLING = 0.25;

function content(quote: string): Set<string> {
  const stop = askLexicon().stopwords;
  return new Set(
    tokens(quote)
      .filter((t) => !stop.has(t.folded) && !/\d/.test(t.folded) && t.folded.length > 2)
      .map((t) => t.stem),
  );
}

/**
 * Share of the shorter passage's content words (not dates, numbers or stop words) the other holds.
 * @example overlap('Kiet visited Japan in March 1993', 'Kiet visited Japan in April 1993') // → 1
 */
export function overlap(a: string, b: string): number {
  const [x, y] = [content(a), content(b)];
  return [...x].filter((w) => y.has(w)).length / Math.max(1, Math.min(x.size, y.size));
}

/** Countries (an actor's own, a person's or a body's through the lexicon, and those the passage names), people and other bodies of a telling. */
function parties(t: Telling): { countries: Set<string>; people: Set<string>; bodies: Set<string> } {
  const { countryOf } = actorLexicon();
  const countries = new Set(t.countries);
  const people = new Set<string>();
  const bodies = new Set<string>();
  for (const { entity } of t.event.actors) {
    if (entity.startsWith('country:')) countries.add(entity);
    else (entity.startsWith('person:') ? people : bodies).add(entity);
    const c = countryOf.get(entity);
    if (c) countries.add(c);
  }
  return { countries, people, bodies };
}

/**
 * The same parties: one side's countries among the other's; bodies in common when both name
 * some (joining the WTO and joining ASEAN are two events). Events that happen once between two
 * states (lexicon `onceTypes`: an upgrade of relations) need two countries and nothing more;
 * others a person or body in common (two ministers' visits in one year are two events).
 */
function sameParties(a: Telling, b: Telling): boolean {
  const [x, y] = [parties(a), parties(b)];
  const [fewer, more] = x.countries.size <= y.countries.size ? [x.countries, y.countries] : [y.countries, x.countries];
  if (!fewer.size || ![...fewer].every((c) => more.has(c))) return false;
  if (x.bodies.size && y.bodies.size && ![...x.bodies].some((e) => y.bodies.has(e))) return false;
  if (askLexicon().onceTypes.includes(a.event.type)) return more.size >= 2;
  return [...x.people, ...x.bodies].some((e) => y.people.has(e) || y.bodies.has(e));
}

/**
 * Two tellings of one event that date it differently: the same type and parties, dates of the
 * same precision that differ (March 1993 and April 1993), different passages, mostly the same
 * words. Not a conflict: "1993" and "March 1993" (precision), two visits in different years (a
 * year apart or more at month precision, more than a year at year precision), two years in one
 * document.
 * @example disagree(told('In March 1993, Kiet visited Japan'), told('Kiet visited Japan in April 1993')) // → true
 */
export function disagree(a: Telling, b: Telling): boolean {
  const [da, db] = [a.event.date, b.event.date];
  if (a.event.type !== b.event.type || da === db || da.length !== db.length || da.includes('/') || db.includes('/')) return false;
  const yearGap = Math.abs(Number(da.slice(0, 4)) - Number(db.slice(0, 4)));
  if (da.length > 4 ? yearGap > 0 : yearGap > 1) return false;
  // One document telling successive steps by year ("in 2009 … established", "in 2010 … developed") is no contradiction; at a month it is.
  if (da.length === 4 && a.doc === b.doc) return false;
  if (a.doc === b.doc && a.event.start < b.event.end && b.event.start < a.event.end) return false;
  // A year apart says less than two months of one year: the tellings must agree on more of their words.
  return sameParties(a, b) && overlap(a.quote, b.quote) >= (da.length === 4 ? 2 * SAME_TELLING : SAME_TELLING);
}

/**
 * The events of a store that a passage dates itself, in so many words, telling one event: a
 * date written out in the sentence ("in May 2009", not "yesterday" or "Friday", which depend on
 * how they were resolved, nor a date taken from the paragraph or the report), and fewer than
 * three dates in it (a chronology's line tells many events).
 */
export async function tellings(store: Store, countriesIn: (doc: string, start: number, end: number) => string[]): Promise<Telling[]> {
  const times = new Map<string, { start: number; edtf: string; relative: boolean }[]>();
  for (const { doc, annotation } of await store.listAnnotations('times')) {
    if (annotation.edtf) times.set(doc, [...(times.get(doc) ?? []), { start: annotation.start, edtf: annotation.edtf, relative: annotation.relative === true }]);
  }
  const texts = new Map<string, string>();
  const out: Telling[] = [];
  for (const { doc, annotation: e } of await store.listAnnotations('events')) {
    if (e.dateSource !== 'sentence' || e.thirdParty || e.mode !== 'asserted') continue;
    const inside = (times.get(doc) ?? []).filter((t) => t.start >= e.start && t.start < e.end);
    if (new Set(inside.map((t) => t.edtf)).size >= 3 || !inside.some((t) => !t.relative && t.edtf.startsWith(e.date))) continue;
    if (!texts.has(doc)) texts.set(doc, (await store.getDocument(doc))?.text ?? '');
    out.push({ doc, event: e, quote: texts.get(doc)!.slice(e.start, e.end), countries: countriesIn(doc, e.start, e.end) });
  }
  return out;
}
