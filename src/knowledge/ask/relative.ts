import { fold } from '../../extract/fold.js';
import { numberWords } from '../../extract/facts/numbers.js';
import type { TimeAnnotation } from '../../model/annotation.js';
import type { DocumentRecord } from '../../model/document.js';
import type { AskCorpus } from './corpus.js';
import type { Found } from './find.js';
import { cite } from './find.js';
import type { Scored } from './retrieve.js';
import type { Claim } from './types.js';
import { inside } from './within.js';

// A document that dates an act both by a count from an earlier date and by a date of its own ("In early October 2021, … Three weeks later,
// in late November, …"): the count resolved against the date it counts from, compared with the date the sentence gives.

/** How far before the counting sentence the date it counts from may stand. */
const ANCHOR_WITHIN = 2000;
/** Days a count may miss the date it is told with and still agree ("three weeks later" of a week's span). */
const SLACK_DAYS = 3;
const DAY = 86_400_000;
/** A count that misses the date told with it by more than this counts from another date than the one before it. */
const MAX_MISS_DAYS = 366;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A count of days, weeks, months or years from an earlier date ("three weeks later", "two months earlier"). */
export function countOf(text: string): { n: number; unit: string; sign: 1 | -1 } | undefined {
  const m = /^(\S+)\s+(day|week|month|year)s?\s+(later|after|afterwards|earlier|before)$/.exec(fold(text.trim()));
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : m[1] === 'a' || m[1] === 'one' ? 1 : numberWords().cardinals[m[1]!];
  return n ? { n, unit: m[2]!, sign: /later|after/.test(m[3]!) ? 1 : -1 } : undefined;
}

/** The days a date as written spans: its EDTF day or month, narrowed by "early" (1–10), "mid" (11–20) or "late" (21–end). */
export function spanOf(t: { text: string; edtf: string }): [number, number] | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(t.edtf);
  if (!m) return undefined;
  const [y, mo] = [Number(m[1]), Number(m[2]) - 1];
  if (m[3]) return [Date.UTC(y, mo, Number(m[3])), Date.UTC(y, mo, Number(m[3]))];
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  const f = fold(t.text);
  const [a, b] = /\bearly\b/.test(f) ? [1, 10] : /\bmid/.test(f) ? [11, 20] : /\blate\b/.test(f) ? [21, last] : [1, last];
  return [Date.UTC(y, mo, a), Date.UTC(y, mo, b)];
}

/** A span moved by a count: days and weeks by days, months and years by the calendar. */
function shift([a, b]: [number, number], c: { n: number; unit: string; sign: 1 | -1 }): [number, number] {
  const move = (t: number) => {
    if (UNIT_DAYS[c.unit]) return t + c.sign * c.n * UNIT_DAYS[c.unit]! * DAY;
    const d = new Date(t);
    const months = c.sign * c.n * (c.unit === 'year' ? 12 : 1);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
  };
  return [move(a), move(b)];
}

/** A span shown as a person reads it: the month (and year) its middle falls in ("October 2021"). */
const shown = ([a, b]: [number, number]) => {
  const d = new Date((a + b) / 2);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/** A written date with its year, when the words leave the year out ("late November" → "late November 2021"). */
const withYear = (t: TimeAnnotation) => (/\b\d{4}\b/.test(t.text) ? t.text : `${t.text} ${t.edtf.slice(0, 4)}`);

/** The explicit date (a month or a day, written with a month's name or a year) nearest before a sentence, within `ANCHOR_WITHIN`. */
function anchorBefore(doc: DocumentRecord, start: number): TimeAnnotation | undefined {
  const times = inside(doc.annotations?.times ?? [], start - ANCHOR_WITHIN, start).filter((t) => !countOf(t.text) && /^\d{4}-\d{2}/.test(t.edtf));
  return times.filter((t) => /\b\d{4}\b/.test(t.text) || MONTHS.some((m) => t.text.includes(m))).at(-1);
}

/**
 * The two claims of a document whose count from an earlier date misses the date it gives with it
 * (early October + three weeks is late October, not late November): about the later act when the
 * answer's date is the one the sentence gives, else about the earlier one (the date counted back).
 * Undefined when no candidate nearly as good as the answer's counts so, or the count agrees.
 */
export async function countClaims(found: Found, candidates: Scored[], within: number, corpus: AskCorpus): Promise<Claim[] | undefined> {
  const answer = found.spans[0];
  if (!answer) return undefined;
  for (const c of candidates) {
    if (c.score < within * found.scored.score) break;
    const doc = (await corpus.document(c.passage.doc))!;
    const times = inside(doc.annotations?.times ?? [], c.passage.start, c.passage.end);
    const rel = times.find((t) => t.relative && countOf(t.text));
    const told = rel && times.find((t) => t !== rel && !countOf(t.text) && spanOf(t));
    const anchor = rel && anchorBefore(doc, c.passage.start);
    const [count, said, from] = [rel && countOf(rel.text), told && spanOf(told), anchor && spanOf(anchor)];
    if (!rel || !told || !anchor || !count || !said || !from) continue;
    const counted = shift(from, count);
    if (counted[0] - SLACK_DAYS * DAY <= said[1] && said[0] <= counted[1] + SLACK_DAYS * DAY) continue;
    // A date on the wrong side of the one counted from, or a miss of more than a year: the count is not from that date (another anchor), no contradiction.
    if ((count.sign === 1 ? said[1] < from[0] : said[0] > from[1]) || Math.min(Math.abs(said[0] - counted[1]), Math.abs(counted[0] - said[1])) > MAX_MISS_DAYS * DAY) continue;
    // The sentence that holds the date counted from.
    const sentence = doc.sentences.find((x) => x.start <= anchor.start && anchor.end <= x.end);
    const at = sentence ? { start: sentence.start, end: sentence.end } : c.passage;
    const step = `${fold(rel.text)
      .replace(/\s+(later|afterwards)$/, ' after')
      .replace(/\s+earlier$/, ' before')}`;
    // The answer is the sentence's own date: the count puts the act elsewhere. Else the answer is the earlier act's: the date counted back.
    if (answer.value.startsWith(told.edtf.slice(0, 7)) || told.edtf.startsWith(answer.value))
      return [
        { answer: withYear(told), citations: [cite(doc, c.passage)] },
        { answer: `${shown(counted)} (${step} ${anchor.text})`, citations: [cite(doc, at), cite(doc, c.passage)] },
      ];
    const back = shift(said, { ...count, sign: count.sign === 1 ? -1 : 1 });
    return [
      { answer: anchor.text, citations: [cite(doc, at)] },
      { answer: `${shown(back)} (${step.replace(/ after$/, ' before').replace(/ before$/, count.sign === 1 ? ' before' : ' after')} ${withYear(told)})`, citations: [cite(doc, c.passage)] },
    ];
  }
  return undefined;
}
