import type { TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import type { Trigger } from './event-types.js';

/** Which dates of a sentence date its events (moved out of event-finder.ts in session 13, with `restatedDates`). */

/** Dates precise enough to date an event: a day, a month, a year, a part of a year, a short range of months or days. */
export function datesEvent(t: TimeAnnotation): boolean {
  if (t.fiscal || t.coreferent || ROUND_AGO.test(t.text)) return false;
  // A short range of months or of days ("May–June 2018", "29–31 October 2001") dates an event; a span of years sets a period.
  if (t.granularity === 'interval') return /^\d{4}-\d\d(?:-\d\d)?\/\d{4}-\d\d(?:-\d\d)?$/.test(t.edtf);
  return t.granularity === 'day' || t.granularity === 'month' || t.granularity === 'year' || t.granularity === 'season';
}

/**
 * A span of years a verb's past form governs dates that act: "built between 2005 and 2008", "implemented from 2010
 * to 2014" (GUIDELINES: a project built 1995–2003 is an event dated 1995/2003); the verb right before it or before its
 * preposition. A span standing alone ("in 2005–2008, trade grew") still sets a period.
 */
export function datesActSpan(text: string, t: TimeAnnotation, triggers: Trigger[] = [], spans: TimeAnnotation[] = []): boolean {
  if (t.granularity !== 'interval' || !/^\d{4}\/\d{4}$/.test(t.edtf)) return false;
  return ACT_BEFORE_SPAN.test(text.slice(Math.max(0, t.start - 40), t.start)) || bracketedActSpan(text, t, triggers, spans);
}
/** "built between", "implemented from", "built jointly between": a past form, an adverb in "-ly" at most, then the preposition. */
const ACT_BEFORE_SPAN = /\b(?:\p{L}{2,}ed|built|held|run|done|made)\s+(?:\p{L}{3,}ly\s+)?(?:(?:between|from|in|during)\s+)?$/iu;

/**
 * A span of years alone in brackets right after the noun of an act dates that act (session 21): "a border war
 * (1965–1967)", "the Toledo War (1835–1836) ended with …" — the bracket tells when the war ran, as "fought from 1965 to
 * 1967" would. Not in a list of such spans ("the First War (1946–1954), the Second War (1960–1975) …"): a list sets
 * the periods of a background, and a single span is one act's.
 */
function bracketedActSpan(text: string, t: TimeAnnotation, triggers: Trigger[], spans: TimeAnnotation[]): boolean {
  const alone = (d: TimeAnnotation) => /\(\s?$/.test(text.slice(d.start - 2, d.start)) && /^\s?\)/.test(text.slice(d.end, d.end + 2));
  if (!alone(t) || spans.filter((d) => d.granularity === 'interval' && alone(d)).length > 1) return false;
  const open = text.lastIndexOf('(', t.start);
  return triggers.some((x) => x.end <= open && /^\s?$/.test(text.slice(x.end, open)));
}

/**
 * A time that sets a sentence in a period: a decade, a century, a span of years, "since 1992",
 * "recent years". Not an end ("a pact that will last until 2030" tells when it ends, not when
 * it was made), a fiscal year or a round count back ("50 years ago").
 */
export function setsPeriod(t: TimeAnnotation): boolean {
  return !datesEvent(t) && !t.fiscal && !ROUND_AGO.test(t.text) && t.timex.mod !== 'ON_OR_BEFORE';
}

/** "50 years ago", "two decades ago": a round count back from the document's date, too loose to date an event. */
const ROUND_AGO = /\b(?:\d*0|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\w+ decades?)\s+(?:years\s+)?ago\b/i;

/** A half, a quarter or a season of a year, said as such (TIMEX3 `2025-H1`, `2019-SU`, with no mod). */
const NAMED_PART = /^\d{4}-(?:H[12]|Q[1-4]|SP|SU|FA|WI)$/;

/** An event's date from its time expression: "late 2012" dates an event to 2012; "the first half of 2025" to its months. */
export function eventDate(t: TimeAnnotation): string {
  return t.granularity === 'season' && (t.timex.mod || !NAMED_PART.test(t.timex.value)) ? t.edtf.slice(0, 4) : t.edtf;
}

/** "As of June 2018, the country had …", "by 2030", "a strategy toward 2020": a date a situation holds at, or a deadline. */
const AS_OF = /\b(?:as of|as at|by|toward|towards)\s+(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:the\s+)?$/i;
/** "the second time this year", "the first time in 2019": what counts occasions before a period. */
const NTH_TIME = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|only|umpteenth|latest)\s+(?:such\s+)?time\s+(?:so far\s+)?$/i;
const BACKGROUND = /\b(?:since|after|before|following|until|compared (?:with|to))\b/gi;

/**
 * The dates of a sentence that can date its events. Not: a date that states a situation ("As of
 * June 2018, the country had …"); one after "since", "after", "before" with no trigger of its own,
 * which frames an event ("his first trip overseas since the start of his second cabinet in late
 * 2012"); a year that names a thing beside other dates ("signed the 1951 peace treaty").
 */
export function eventDates(text: string, s: Sentence, dates: TimeAnnotation[], triggers: Trigger[]): TimeAnnotation[] {
  return dates.filter((d, i) => {
    const from = i === 0 ? s.start : dates[i - 1]!.end;
    const to = i === dates.length - 1 ? s.end : dates[i + 1]!.start;
    if (AS_OF.test(text.slice(Math.max(from, d.start - 40), d.start))) return false;
    // "for the second time this year": a count of occasions in a period, not the date of this one.
    // ("the second time in 2012" dates the second time itself).
    if (NTH_TIME.test(text.slice(Math.max(from, d.start - 40), d.start)) && /^this\b/i.test(d.text)) return false;
    // "from the founding of the bank to 1979": the end of a span, not the date of what began it.
    if (/\b(?:to|until|till|up to)\s+$/i.test(text.slice(Math.max(from, d.start - 8), d.start))) return false;
    const framing = [...text.slice(from, d.start).matchAll(BACKGROUND)].pop();
    if (framing && !triggers.some((t) => t.start >= from + framing.index! && t.end <= to)) return false;
    // "the 1951 peace treaty", "where a 2009 ruling guarantees …": a year that qualifies a noun names a thing (not after
    // a possessive: "during its 2004 energy crisis", "its 2008 report found" date the act).
    const attributive = d.granularity === 'year' && /\b(?:the|an?)\s+$/i.test(text.slice(d.start - 5, d.start)) && /^\s+[\p{L}]/u.test(text.slice(d.end, d.end + 3));
    return !(attributive && dates.length > 1) && !namesAThing(text, d) && !(datelineDate(text, d) && dates.some((o) => o.edtf !== d.edtf));
  });
}

/** A dateline before its date: a place in capitals opening a line, a comma, perhaps a country and a comma ("PESHAWAR, Pakistan, "). */
const DATELINE_PLACE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu} .'’-]{2,40}?,(?:[ \t]*\p{Lu}[\p{L} .'’-]{1,30},)?[ \t]*$/u;
/** …and after it: perhaps the agency in brackets, then a dash. */
const DATELINE_END = /^[ \t]*(?:\([^)\n]{1,60}\)[ \t]*)?[-–—]/;

/**
 * The date of a news dateline ("LUSAKA, June 12 (Zambia News Agency) – Zambia summoned … on Tuesday"): the day the
 * report was filed, which dates no act when its sentence tells another day (session 24). The lede's own "on Tuesday"
 * dates the summons; with no other date, or the same day told again, the dateline's day stays.
 * @example datelineDate('LUSAKA, June 12 (ZNA) – Zambia summoned …', june12) // → true
 */
export function datelineDate(text: string, d: Pick<TimeAnnotation, 'start' | 'end'>): boolean {
  return DATELINE_PLACE.test(text.slice(Math.max(0, d.start - 80), d.start)) && DATELINE_END.test(text.slice(d.end, d.end + 70));
}

/** ", which opened on Wednesday": the day an occasion began, told in a relative clause after its name. */
const OCCASION_OPENED = /,\s+which\s+(?:opened|began|started|convened)\s+(?:on\s+|in\s+)?$/i;

/**
 * A news report's "signed the documents at the Ministerial Forum, which opened on Wednesday": the
 * day the occasion opened, not the day of the act done at it. The report tells the act by its own
 * day (its lede's "on Thursday"); had it been done on the opening day, the report would say so of the
 * act. Only a day told relative to the report ("on Wednesday", not "in March 1975" of a history), in
 * a relative clause that ends its clause and holds no trigger of its own.
 */
export function occasionOpened(text: string, t: TimeAnnotation, triggers: Trigger[]): boolean {
  if (t.granularity !== 'day' || !t.relative) return false;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const m = OCCASION_OPENED.exec(before);
  if (!m || !/^\s*(?:[.;,]|$)/.test(text.slice(t.end, t.end + 2))) return false;
  const from = t.start - before.length + m.index;
  return !triggers.some((x) => x.start >= from && x.end <= t.end);
}

/** "by the end of the year", "by 2030": a date a plan is to be done by, not the date of the act that set it ("agreed to build a corridor by 2030"). */
export function deadline(text: string, s: Sentence, t: TimeAnnotation): boolean {
  return /\bby\s+(?:the\s+(?:end|middle)\s+of\s+)?(?:the\s+)?$/i.test(text.slice(Math.max(s.start, t.start - 30), t.start)) || /^by\b/i.test(t.text);
}

/** "the second time this year": a period occasions are counted in, which dates none of them. */
export function countsOccasions(text: string, s: Sentence, t: TimeAnnotation): boolean {
  return /^this\b/i.test(t.text) && NTH_TIME.test(text.slice(Math.max(s.start, t.start - 40), t.start));
}

/** A year in a name: "the 1982 UN Convention", "the 1976 Bali Treaty" (a capitalised name after "the YEAR"). */
export function namesAThing(text: string, d: TimeAnnotation): boolean {
  return d.granularity === 'year' && /\bthe\s+$/i.test(text.slice(Math.max(0, d.start - 5), d.start)) && /^\s+\p{Lu}/u.test(text.slice(d.end, d.end + 3));
}

/** What may stand before a date that opens a chronology's entry or a sentence: list markers, "In". */
const OPENS_ENTRY = /^[\s*_#>|•-]*(?:in\s+)?$/i;
/** What opens another clause between two dates: a comma, a semicolon, "and", "but", "while". */
const ANOTHER_CLAUSE = /[,;]|\b(?:and|but|while|whereas|then)\b/i;
/** What ends a clause between two dates: a full stop or semicolon before a space, or a line break. */
const CLAUSE_END = /[.;!?]\s|\n/;

/**
 * The dates of a sentence less those a finer date told after them in brackets, or in the same
 * clause, restates: "1957 Agreement on Commerce signed (6 July)", "In 2014 the treaty was signed
 * (8 July)", "January 2014: Uganda closes the crossing on 14 January" tell one time twice, and the
 * finer one dates the act. The coarser date opens its line or sentence, the coarser holds the
 * finer (`1957` holds `1957-07-06`), and no clause ends between them: "Kenya opened an embassy in
 * 2014 and signed a treaty (8 July)" may tell two acts, and keeps both dates.
 * @example restatedDates('1957 Treaty signed (6 July)', 0, [year1957, day19570706]) // → [day19570706]
 */
export function restatedDates<T extends Pick<TimeAnnotation, 'start' | 'end' | 'edtf'>>(text: string, sentenceStart: number, dates: T[]): T[] {
  return dates.filter((d, i) => {
    const next = dates[i + 1];
    // "January 2014: Uganda closes the crossing on 14 January" restates it in the same clause (no comma, "and" or "but"
    // after the opening date's own punctuation); "In 2014 Kenya opened an embassy and on 8 July signed a treaty" tells two.
    const between = text.slice(d.end, next?.start ?? d.end).replace(/^[\s,:–—|-]+/, '');
    return !(
      next &&
      !d.edtf.includes('/') &&
      ((text[next.start - 1] === '(' && text[next.end] === ')') || !ANOTHER_CLAUSE.test(between)) &&
      next.edtf.length > d.edtf.length &&
      next.edtf.startsWith(`${d.edtf}-`) &&
      !CLAUSE_END.test(text.slice(d.end, next.start)) &&
      OPENS_ENTRY.test(text.slice(Math.max(0, text.lastIndexOf('\n', d.start - 1) + 1, sentenceStart), d.start))
    );
  });
}

/** A day told relative to the report after "since" ("since Monday night"): the start of a stretch that runs to the report (session 20). */
export function sinceDay(text: string, d: TimeAnnotation): boolean {
  return d.granularity === 'day' && !!d.relative && /\bsince\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start));
}
