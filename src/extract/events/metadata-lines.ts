import { genreCues } from '../genre-cues.js';

type Span = { start: number; end: number };

/**
 * A page's line of record tells no act (session 43, issue 10): "Published: 19/10/2009 05:00", "Updated 9 June 2026, 21:40 EAT",
 * "Last updated: August 31, 2026", "Revised Monday 25 May 2026." say when the page was put out or changed, not what the states did.
 * By its layout: a sentence that opens with a label of publishing (`metadataLabels` in `lexicon/genres.json`, the label's first
 * word as a finder reads it) and holds nothing after it but times (a date, a clock time, a weekday), a zone's letters ("EAT",
 * "GMT") and punctuation. A sentence with anything more ("Issued in Doha on 20 May 2026 by the two foreign ministers", "Updated
 * figures were published in March") is left to the finders.
 */

/**
 * What a line of record holds past its times: punctuation, a clock time ("09:40"), a weekday, up to four capitals of a time zone
 * ("GMT", "EAT", "CEST"), an hour's letters ("a.m.") and "at" or "on" before them.
 */
const LEFTOVER = /^(?:[\s,.:;|()/–—-]|\d{1,2}[:.]\d{2}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[A-Z]{2,4}\b|[ap]\.?m\.?|at\b|on\b|hrs?\b)*$/u;

/** Whether the sentence text is a line of record, given the times inside it (offsets in the sentence). @example metadataLine('Updated: 21 November 2024', [{ start: 9, end: 25 }]) // → true */
export function metadataLine(sentence: string, times: readonly Span[]): boolean {
  const label = genreCues().metadataLabels.exec(sentence);
  if (!label || label.index !== sentence.search(/\S/)) return false;
  let rest = sentence.slice(0, label.index) + ' '.repeat(label[0].length) + sentence.slice(label.index + label[0].length);
  if (!times.some((t) => t.start >= label.index + label[0].length)) return false;
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
  if (!lines.length) return events;
  return events.filter((e) => !lines.some((s) => s.start <= e.trigger.start && e.trigger.start < s.end));
}
