import type { TimeAnnotation } from '../../model/annotation.js';
import { addDays, dayOf, formatDay, weekdayOf, type Day } from './calendar.js';
import { MONTH, DAY, WEEKDAYS, monthNumber, pad } from './patterns.js';
import { tenseAt } from './tense.js';
import { weekdayCues, wordAfter, wordBefore } from './weekday-cues.js';

type Found = Omit<TimeAnnotation, 'stage'>;

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/**
 * A weekday written in lower case, as automatic captions, chats and notes write every word ("last tuesday the congress
 * approved …"), after a word that makes it a date (below). Only a day: no plural set ("mondays").
 */
const WEEKDAY_LOWER = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\\w-])';
/** TimeML's parts of a day. */
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };
const PART = '(?:morning|afternoon|evening|night)';
/** A clock time: "10 p.m.", "7:15 p.m.", "noon", "midnight" (a bare "10:35" may be a score or a ratio). */
const CLOCK = '(?:(?:\\d{1,2}:\\d\\d|\\d{1,2})\\s*[ap]\\.?\\s?m\\b\\.?|noon|midday|midnight)';
const ZONE = '(?:\\s+(?:[ECMP][SD]T|GMT|UTC|local time))?';

/**
 * A bare weekday, with what may stand around it: "Friday", "last Friday", "early Friday",
 * "Friday night", "10 p.m. Wednesday", "Monday, Oct. 26". Not a name's part: "Sunday Times",
 * "Good Friday", "Super Tuesday", "Black Monday".
 */
const WEEKDAY_RE = new RegExp(
  `(?<![\\w-])(?:(${CLOCK})${ZONE},?\\s+(?:on\\s+)?)?(?:([Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\\s+)?(${WEEKDAY}|${WEEKDAY_LOWER})(s?)` +
    `(?:,?\\s+(${MONTH})\\s+(${DAY})\\b(?!,?\\s*\\d{4}))?(?:\\s+(${PART})s?\\b)?(?:\\s+at\\s+(${CLOCK}))?`,
  'g',
);
/** A clock time with no day: "at 10:35 a.m.", "around 7:15 p.m. EST", "at noon". */
const CLOCK_RE = new RegExp(`(?<![\\w:.]|[Hh]igh )(?:(?:about|around|approximately|shortly after|just after|before|after)\\s+)?(${CLOCK})${ZONE}`, 'gi');
const APPROX = /^(?:about|around|approximately)\s/i;

/** Words before a weekday that make it a name: holidays, newspapers' "Sunday Times" is handled by the capital after. */
const NAME_BEFORE = /\b(?:Good|Black|Bloody|Palm|Easter|Ash|Super|Holy|Cyber|Maundy|Shrove|Whit|Low)\s+$/;

/** Words before a weekday that make it a date even when a capitalised word follows it. */
const DATE_BEFORE = /\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough)\s+$/;

/** Hour and minute of a clock time: "7:15 p.m." → "19:15", "noon" → "12:00". */
function clock(s: string): string | null {
  const t = s.toLowerCase();
  if (t === 'noon' || t === 'midday') return '12:00';
  if (t === 'midnight') return '24:00';
  const m = /^(\d{1,2})(?::(\d\d))?\s*([ap])/.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  if (h < 1 || h > 12) return null;
  if (m[3] === 'p' && h < 12) h += 12;
  if (m[3] === 'a' && h === 12) h = 0;
  return `${pad(h)}:${m[2] ?? '00'}`;
}

/**
 * The date of a weekday said in a report dated `doc`, strictly before it or strictly after it:
 * within the week around the report, the one before for the past tense, the one after for the
 * future (TimeML's reading). The caller keeps the report's own weekday as its day.
 * @example weekdayDate({ year: 2013, month: 3, day: 22 }, 3, 'past') // → 2013-03-20, the Wednesday before
 */
export function weekdayDate(doc: Day, weekday: number, direction: 'past' | 'future'): Day {
  const diff = weekday - weekdayOf(doc);
  if (direction === 'future') return addDays(doc, diff > 0 ? diff : diff + 7);
  return addDays(doc, diff < 0 ? diff : diff - 7);
}

/**
 * "until" or "till" after a verb right before a weekday: a deadline set ahead of the report
 * ("postponed until Tuesday"). A sentence opened by "Until Thursday," frames what held up to then.
 */
const UNTIL_BEFORE = /\b(?:until|till)\s+$/;

/**
 * "overnight on Saturday", "overnight Sunday": the night from that day into the next, so an act
 * told so is dated by both days (EDTF `2026-05-09/2026-05-10`); TIMEX3 keeps the weekday's day.
 */
const OVERNIGHT_BEFORE = /\bovernight\s+(?:on\s+)?$/i;

/**
 * Finds weekdays and the times of day said with them, resolved against the document's date:
 * "said Friday" (DATE), "Friday night" (TIME 1998-08-07TNI), "10 p.m. Wednesday" (TIME
 * 1998-02-11T22:00), "Mondays" (SET XXXX-WXX-1). Needs a document date that names a day.
 * @example findWeekdays('Officials said Friday.', '1998-08-08')[0] // → { text: 'Friday', edtf: '1998-08-07', … }
 */
export function findWeekdays(text: string, documentDate?: string): Found[] {
  const doc = dayOf(documentDate);
  const out: Found[] = [];
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (NAME_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    // "Sunday Times", "Monday Night Football": a capitalised word after makes the weekday part of a
    // name, unless a preposition or "last", "late"… before it makes it a date ("On Thursday Azerbaijan protested").
    if (
      !m[2] &&
      !DATE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) &&
      !m[5] &&
      !m[7] &&
      /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|GMT|EST|EDT)\b)[A-Z][a-z]/.test(
        text.slice(end, end + 12),
      )
    )
      continue;
    // A lower-case weekday counts only after "last", "next", or a cue word of `lexicon/weekday-cues.json` ("on", "since"…):
    // "the sunday times", "sunday roast" name things.
    if (/^[a-z]/.test(m[3]!) && !m[2] && !weekdayCues().dateBefore.has(wordBefore(text, start))) continue;
    const weekday = WEEKDAYS.indexOf(m[3]!.toLowerCase()) + 1;
    const base = { start, end, text: m[0], rule: 'weekday' } as const;
    // "on Mondays", "on sunday mornings" (a part of the day in the plural): every such day, no one day.
    if (m[4] || (m[7] && new RegExp(`\\b${m[7]}s\\b`, 'i').test(m[0]))) {
      // "on Mondays": every Monday.
      out.push({ ...base, rule: 'weekday-set', edtf: '', granularity: 'none', timex: { type: 'SET', value: `XXXX-WXX-${weekday}${m[7] ? 'T' + PARTS[m[7].toLowerCase()] : ''}` } });
      continue;
    }
    const word = m[2]?.toLowerCase();
    let day: Day | null;
    if (m[5] && doc) {
      // "Monday, Oct. 26": the named date, in the year around the report's whose weekday agrees.
      const years = [doc.year, doc.year - 1, doc.year + 1];
      const month = monthNumber(m[5]);
      const dom = Number(m[6]!.replace(/\D/g, ''));
      const y = years.find((yy) => weekdayOf({ year: yy, month, day: dom }) === weekday) ?? doc.year;
      day = { year: y, month, day: dom };
    } else if (doc) {
      // "Friday's ruling", "Saturday night's debate": a weekday in the possessive names an event
      // the report looks back on, whatever the tense of the clause around it.
      const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
      // "postponed until Tuesday morning", "has given them until 9 a.m. Tuesday": a deadline lies ahead.
      const deadline = UNTIL_BEFORE.test(text.slice(Math.max(0, start - 8), start));
      // "closed since Thursday", "Since Friday, trucks are queuing": "since" reaches back from the report, whatever the tense;
      // not a causal "since" ("Since Friday is a public holiday, …": a verb of `causalSinceFollowers` right after the weekday).
      const since = wordBefore(text, start) === 'since' && !weekdayCues().causalSinceFollowers.has(wordAfter(text, end));
      const tense = word === 'last' || possessive || since ? 'past' : word === 'next' || deadline ? 'future' : tenseAt(text, start, end);
      // A weekday in the present tense is a schedule ("the leaders meet Monday"): the coming one.
      day = weekdayDate(doc, weekday, tense === 'present' ? 'future' : tense);
      // The report's own weekday is its day, whatever the tense, unless "last" or "next" says otherwise.
      // Also after "since": wire copy names the report's own day by its weekday ("has been open since Monday", on a Monday).
      if (weekday === weekdayOf(doc) && word !== 'last' && word !== 'next') day = doc;
    } else continue;
    const date = formatDay(day);
    const hour = m[1] ? clock(m[1]) : m[8] ? clock(m[8]) : null;
    const part = m[7] ? PARTS[m[7].toLowerCase()] : undefined;
    const mod = word === 'early' ? 'START' : word === 'late' ? 'END' : undefined;
    const value = hour ? `${date}T${hour}` : part ? `${date}T${part}` : date;
    const night = !hour && !part && OVERNIGHT_BEFORE.test(text.slice(Math.max(0, start - 14), start));
    const edtf = night ? `${date}/${formatDay(addDays(day, 1))}` : date;
    // "overnight Saturday": the night from that day into the next, an interval of two days.
    out.push({ ...base, edtf, granularity: night ? 'interval' : 'day', relative: true, timex: { type: hour || part ? 'TIME' : 'DATE', value, ...(mod ? { mod } : {}) } });
  }
  // A clock time alone: TimeML gives it the report's day. The day is a guess, so the time dates
  // nothing for the later stages (granularity none); a weekday or date beside it is the rule above.
  for (const m of doc ? text.matchAll(CLOCK_RE) : []) {
    const hour = clock(m[1]!);
    // "High Noon", a film: a capitalised "Noon" inside a sentence is a name's.
    if (!hour || /^N/.test(m[1]!)) continue;
    const lead = /^(?:shortly after|just after|before|after)\s+/i.exec(m[0])?.[0].length ?? 0;
    const start = m.index! + lead;
    out.push({
      start,
      end: m.index! + m[0].length,
      text: m[0].slice(lead),
      rule: 'clock',
      edtf: '',
      granularity: 'none',
      timex: { type: 'TIME', value: `${formatDay(doc!)}T${hour}`, ...(APPROX.test(m[0]) ? { mod: 'APPROX' as const } : {}) },
    });
  }
  return out;
}

/** A bare weekday and what may stand between it and a date that follows: "Tuesday, ", "Friday ". */
const WEEKDAY_ALONE = new RegExp(`^${WEEKDAY}$`);
const BEFORE_DATE = /^,?[ \t]+$/;

/** Whether a weekday's name is that of the date: "Monday 12 March 2024" is no one day (12 March 2024 was a Tuesday). */
function sameWeekday(name: string, edtf: string): boolean {
  const d = dayOf(edtf);
  return d !== null && WEEKDAYS[weekdayOf(d) - 1] === name.toLowerCase();
}

/**
 * A weekday written before a full date ("Tuesday, Nov. 26, 2024", "Friday 13 November 2026", as
 * captions, datelines and agency copy give them) is one time with that date, as TimeML marks it:
 * the date, not the weekday read against the report's day, dates the act. Runs on the absolute
 * times after overlap removal, so each date is one that states its year. A weekday that is not the
 * date's own ("Monday 12 March 2024", a Tuesday) is no such time: both stay as found.
 * @example joinWeekdayDates(findTimes('Tuesday, Nov. 26, 2024'), text) // → one time, 'Tuesday, Nov. 26, 2024', 2024-11-26
 */
export function joinWeekdayDates<T extends Found>(times: T[], text: string): T[] {
  const out: T[] = [];
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    const next = times[i + 1];
    if (
      t.rule === 'weekday' &&
      WEEKDAY_ALONE.test(t.text) &&
      next &&
      next.granularity === 'day' &&
      !next.relative &&
      /^\d{4}-\d\d-\d\d$/.test(next.edtf) &&
      BEFORE_DATE.test(text.slice(t.end, next.start)) &&
      sameWeekday(t.text, next.edtf)
    ) {
      out.push({ ...next, start: t.start, text: text.slice(t.start, next.end) });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * Gives each lone clock time the day it belongs to: a day named in its sentence ("at 10:35 a.m.
 * (0735 GMT) Friday"), else the last day named before it, else the report's day it has. A night
 * ("overnight Saturday") gives an evening hour its first day and a morning hour the next.
 * @example placeClocks(findTimes('He was shot Friday. It was 10 p.m.'), text) // the clock's value takes Friday's date
 */
export function placeClocks<T extends Found>(times: T[], text: string): T[] {
  let lastDay: string | undefined;
  return times.map((t, i) => {
    if (t.rule !== 'clock') {
      if (namesDay(t)) lastDay = t.edtf;
      return t;
    }
    // The next time in the sentence, if it names a day.
    const next = times[i + 1];
    const sameSentence = next && namesDay(next) && !/[.!?]\s/.test(text.slice(t.end, next.start)) && next.start - t.end < 60;
    const named = sameSentence ? next.edtf : lastDay;
    const hour = t.timex.value.slice(10);
    const day = named?.includes('/') ? named.slice(hour < 'T12' ? 11 : 0, hour < 'T12' ? 21 : 10) : named;
    return day ? { ...t, timex: { ...t.timex, value: day + hour } } : t;
  });
}

/** A time that names one day, or the night of "overnight Saturday" (two days, `YYYY-MM-DD/YYYY-MM-DD`). */
function namesDay(t: Found): boolean {
  return t.granularity === 'day' || (t.rule === 'weekday' && t.granularity === 'interval');
}
