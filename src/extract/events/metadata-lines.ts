import { genreCues } from '../genre-cues.js';
import { withoutTriggersIn } from './trigger-spans.js';

type Span = { start: number; end: number };

/**
 * Lines of record (session 43, issue 10). A page's line of record says when the page was put out or changed, not what the states
 * did: "Published: 19/10/2009 05:00", "Updated 9 June 2026, 21:40 EAT", "Last updated: August 31, 2026", "Revised Monday 25 May
 * 2026." The learned acceptor and the finders read its label ("updated", "released") as an act of the page's day; this refiner
 * drops the events whose trigger lies in such a line.
 *
 * A sentence is a line of record by its layout alone, no word of any document: it opens with a label of publishing
 * (`metadataLabels` in `lexicon/genres.json`, e.g. "published", "updated", "last updated", "date of publication"), holds a time
 * after the label, and holds nothing else but times (a date, a clock time, a weekday), a time zone's capitals right after a clock
 * time ("21:40 EAT", "3:15 p.m. (GMT+3)"), "at"/"on" and punctuation. A sentence with anything more is left to the finders:
 * "Issued in Doha on 20 May 2026 by the two foreign ministers", "Updated figures were published in March", and "Released 4 May
 * 2026 (UN)", whose capitals name a body, not a zone.
 */

/** A clock time, its hour's letters ("p.m.") and a zone's capitals after it, bracketed or not ("09:40 EAT", "14:05 (GMT+3)"). */
const ZONED_CLOCK = /(\d{1,2}[:.]\d{2}\b\s*(?:[ap]\.?m\.?\s*)?)\(?[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?(?!\p{L})/gu;

/** What a line of record holds past its times and its zones: punctuation, a clock time ("09:40"), a weekday, an hour's letters ("a.m.") and "at" or "on" before them. */
const LEFTOVER = /^(?:[\s,.:;|()/–—-]|\d{1,2}[:.]\d{2}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[ap]\.?m\.?|at\b|on\b|hrs?\b)*$/u;

/** Whether the sentence text is a line of record, given the times inside it (offsets in the sentence). @example metadataLine('Updated: 21 November 2024', [{ start: 9, end: 25 }]) // → true */
export function metadataLine(sentence: string, times: readonly Span[]): boolean {
  const label = genreCues().metadataLabels.exec(sentence);
  if (!label || label.index !== sentence.search(/\S/)) return false;
  let rest = sentence.slice(0, label.index) + ' '.repeat(label[0].length) + sentence.slice(label.index + label[0].length);
  if (!times.some((t) => t.start >= label.index + label[0].length)) return false;
  // The zone is read on the sentence's own words, before the times are blanked: it must follow a clock time.
  rest = rest.replace(ZONED_CLOCK, (m, clock: string) => clock + ' '.repeat(m.length - clock.length));
  for (const t of times) rest = rest.slice(0, t.start) + ' '.repeat(Math.max(0, t.end - t.start)) + rest.slice(t.end);
  return LEFTOVER.test(rest);
}

/**
 * The events less those whose trigger lies in a line of record.
 * @example withoutMetadataLines(text, sentences, times, events) // → the events of the text's other sentences
 */
export function withoutMetadataLines<E extends { trigger: Span }>(text: string, sentences: readonly Span[], times: readonly Span[], events: E[]): E[] {
  const lines = sentences.filter((s) => {
    const inside = times.filter((t) => t.start >= s.start && t.end <= s.end).map((t) => ({ start: t.start - s.start, end: t.end - s.start }));
    return inside.length > 0 && metadataLine(text.slice(s.start, s.end), inside);
  });
  return withoutTriggersIn(events, lines);
}
