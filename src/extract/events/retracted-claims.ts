import { DAY, MONTH } from '../time/patterns.js';
import { headingLines } from '../heading-lines.js';
import { genreCues } from '../genre-cues.js';
import { withoutTriggersIn } from './trigger-spans.js';

/** What a newspaper corrects: its own pieces, by their kind. */
const PIECE =
  '(?:article|report|feature|piece|opinion piece|obituary|caption|photograph caption|graphic|editorial|story|review|headline|column|interview|profile|leader|analysis|item|table|chart|map|letter)';
/** A piece's own citation in a corrections column: its section and day, or its day alone ("(World, 4 November)", "(26 November)"). */
const CITED = `\\((?:[^()\\n]{1,40},\\s*)?${DAY}\\s+${MONTH}(?:,?\\s*(?:page|p\\.)\\s*\\d+)?\\)`;
const CITED_ANY = new RegExp(CITED);
const SAID = '(?:said|stated|reported|wrote|suggested|claimed|described|gave|named|called)';
/**
 * The head of a corrected claim: "A report on the trawler's detention (News, 17 November) said", "In an obituary
 * (26 November) we said that", "In the same article we said". What follows, to the clause's end, is what the paper
 * wrongly said.
 */
const CITED_CLAIM = new RegExp(
  `\\b(?:An?\\s+(?:[^\\s.;()]+\\s+){0,12}?${PIECE}\\b[^.;()\\n]{0,80}?\\s*${CITED}\\s+(?:also\\s+)?${SAID}|In\\s+(?:an?|the same)\\s+(?:[^\\s.;()]+\\s+){0,10}?${PIECE}\\b[^.;()\\n]{0,80}?(?:\\s*${CITED})?,?\\s+we\\s+(?:also\\s+)?${SAID})\\b(?:\\s+that\\b)?`,
  'gi',
);
/** "The same report said", "The article also said": a claim of a piece named before, read only in a column that cites one as above. */
const NAMED_AGAIN = new RegExp(`\\bThe\\s+(?:same\\s+${PIECE}\\s+(?:also\\s+)?|${PIECE}\\s+also\\s+)${SAID}\\b(?:\\s+that\\b)?`, 'gi');
/** A claim's end: its sentence's stop, or the semicolon before the right fact ("…signed in Dublin; they were signed in Paris"). */
const CLAIM_END = /;|[.!?](?=["”’]?\s+[A-Z"“‘(]|["”’]?\s*$)/g;

export interface Span {
  start: number;
  end: number;
}

/**
 * A corrections column's wrong claims: from the piece that made the claim ("A report … (News, 17 November) said") to
 * the end of the claim's clause. The right fact that follows ("In fact, …", "; they were signed in Paris") is no part
 * of it. A text with no piece cited by its day, or a "we said" of a piece, has none: "The report said" in news is a
 * source's word, not a paper's retracted one. A cited piece's claim is retracted only under a title or heading naming
 * corrections, or in a paragraph that says it was wrong ("In fact", "We apologise for the error"; `lexicon/genres.json`):
 * a press review's "An article in the FT (3 March) reported that …" is a report, not a correction.
 * @example retractedClaims('A feature (Weekend, 7 November) said the force landed in 1796. In fact it landed in 1798.') // → [{ start: 0, end: 60 }]
 */
export function retractedClaims(text: string): Span[] {
  // Most texts cite no piece by its day and say no "we said": the claim heads are not sought in them.
  if (!CITED_ANY.test(text) && !/\bwe\s+(?:also\s+)?(?:said|stated|reported|wrote)\b/.test(text)) return [];
  const heads = [...text.matchAll(CITED_CLAIM)];
  if (!heads.length) return [];
  const out: Span[] = [];
  const { corrections, correctionsHeadings } = genreCues();
  const column = headingLines(text).find((h) => correctionsHeadings.test(h.line))?.start ?? text.length;
  for (const m of [...heads, ...text.matchAll(NAMED_AGAIN)]) {
    // A claim is retracted only where the text says it was wrong: under a corrections heading, or in an item that says so.
    if (m.index < column && !corrections.test(paragraphOf(text, m.index))) continue;
    const from = m.index + m[0].length;
    CLAIM_END.lastIndex = from;
    const stop = CLAIM_END.exec(text);
    out.push({ start: m.index, end: stop ? stop.index : text.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The paragraph around a position: the lines between the blank lines before and after it. */
function paragraphOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n\n', at);
  const end = text.indexOf('\n\n', at);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

/**
 * The events without those a corrections column names only to say they were wrongly reported: an act whose trigger
 * lies in a retracted claim or in the name of the piece that made it. An act dated by a time after the claim in its own
 * sentence is the right fact told in the same words ("…were signed in Dublin; they were signed in Paris on 25 November
 * 2022", where the finder's trigger is the first "signed"): it is kept, unless the right fact is an act found on its own.
 * @example withoutRetractedClaims(text, [wrongSigning, rightSigning], times) // → [rightSigning]
 */
export function withoutRetractedClaims<E extends { end: number; type: string; date: string; trigger: { start: number } }>(
  text: string,
  events: E[],
  times: readonly { start: number; edtf: string }[],
): E[] {
  const spans = retractedClaims(text);
  if (!spans.length) return events;
  const after = (e: E, s: Span, at: number) => at >= s.end && at < e.end;
  const datedAfter = (e: E, s: Span) => times.some((t) => t.edtf === e.date && after(e, s, t.start)) && !events.some((o) => o.type === e.type && after(e, s, o.trigger.start));
  return withoutTriggersIn(events, spans, datedAfter);
}
