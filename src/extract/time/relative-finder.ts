import { MONTH, DAY, YEAR, SEASON_WORD, countOf, numberWordPattern } from './patterns.js';
import { IRREGULAR_PAST } from './tense.js';
import { tag } from '../nlp/tagger.js';

/** A relative time expression before resolution: how to move from its anchor. */
export interface RelativeFound {
  start: number;
  end: number;
  text: string;
  rule: string;
  /** What the expression is relative to: the last date in the text, or the document's date. */
  anchor: 'previous' | 'document';
  /** Offset from the anchor in the given unit (0 = same). */
  shift: number;
  unit: 'day' | 'week' | 'month' | 'year';
  /** For "In October" / "on January 18": the named month and day. */
  month?: number;
  day?: number;
  /** "early", "mid-", "late" before a month name: the TIMEX3 mod. */
  mod?: 'START' | 'MID' | 'END';
  /** "May of the following year": the named month, this many years from the anchor's. */
  yearShift?: number;
  /** "the past twenty years": a span of `-shift` units ending at the anchor, not a point. */
  span?: boolean;
  /** "recent years": an unbounded stretch of the past up to the anchor (TIMEX3 PAST_REF). */
  recent?: boolean;
  /** "the latest period": the quarter under discussion, named before it (dropped when none is). */
  period?: boolean;
  /** "last year's quarter": the quarter under discussion a year back, or the year before the report's. */
  yearBack?: boolean;
  /** "the week of March 6": the week that holds the day named. */
  weekOf?: boolean;
  /** "the 1988 quarter": the quarter under discussion in this year, or the year alone. */
  inYear?: number;
  /** "the following May": the first such month after the anchor's (its year, or the next when the month has passed). */
  nextAfter?: boolean;
  /** "that autumn", "the following spring": this season of the year `shift` years from the anchor's. */
  season?: string;
}

/**
 * "that" before "year", "month" or a season is a determiner of a time only where the phrase ends there: not "that
 * year-on-year exports", "that year after year", "that month-long talks" (a conjunction before a noun, session 25).
 */
const UNIT_GOES_ON = /^(?:\s*[-‐–]\s*\w|\s+(?:after|on|by|to|upon|over)\s+(?:year|month)\b)/i;
/**
 * The word after a season that ends the phrase "that spring": punctuation, a name, a function word, an adverb or a verb
 * in the past; a preposition. Any other word makes the season a noun's modifier ("that spring floods", "that summer tourism", "that
 * winter wheat").
 */
const SEASON_ENDS = new RegExp(
  `^(?:\\s*(?:[^\\w\\s-]|$)|\\s+(?:[A-Z]|(?:the|a|an|this|that|these|those|his|her|its|their|our|it|he|she|they|we|you|there|both|all|each|when|as|and|but|or|so|if|once|because|though|although|where|which|who|after|before|in|on|at|with|without|to|for|from|by|of|amid|during|despite|following|under|over|against|through|into|across|near|between|within|beyond|towards?|among|around|behind|upon|via|while|until|had|was|were|is|are|has|have|would|could|should|might|will|did|also|then|again|alone|only|even|still|already|not|never|too|\\d+)\\b|[a-z]+(?:ed|ly)\\b|(?:${IRREGULAR_PAST.split(' ').join('|')})\\b))`,
);
const restOf = (m: RegExpMatchArray) => (m.input ?? '').slice((m.index ?? 0) + m[0].length);

/**
 * Not after a verb of saying or knowing, whose "that" opens a clause ("said that year was …", "noted that night flights …").
 * One list for "that year", "that night" and "that summer". Not `sayingVerbs` of event-types.json: those are lemmas read
 * from parsed tokens, and this needs the inflected forms, with verbs of knowing and "so" too.
 */
const SAYING = 'said|says|say|noted|added|announced|stated|argued|warned|agreed|believed|knew|showed|so';
const NOT_AFTER_SAYING = `(?<!\\b(?:${SAYING})\\s)`;

/** `NOT_AFTER_SAYING`'s verbs, read on the text before a match (the month finder's "that" is inside its match). */
const SAYING_BEFORE = new RegExp(`\\b(?:${SAYING})\\s+$`, 'i');

/**
 * "that" before a month opens a clause, whose subject the month is or begins, when a verb or an auxiliary follows the month
 * ("believe that December will bring", "likely that June will", "now that June has passed") or a noun it qualifies ("reported
 * that June exports had fallen"): the tagger reads the words after the month in their sentence (issue 10, session 44).
 * "that August." "that August, …", "that November the two delegations …" are left: there "that" points back.
 */
function clauseAfterThat(input: string, monthEnd: number, matchStart: number): boolean {
  const from = Math.max(0, ...['. ', '? ', '! ', '\n'].map((p) => input.lastIndexOf(p, matchStart) + 1));
  const line = input.indexOf('\n', monthEnd);
  const to = Math.min(line < 0 ? input.length : line, monthEnd + 80);
  const next = tag(input.slice(from, to), from).find((t) => t.start >= monthEnd);
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'NOUN');
}

/** The parts of a day an anaphoric day names: "the same evening", "that night", "the next morning". */
const DAY_PART = '(?:morning|afternoon|evening|night)';

const NUM = `(?:${numberWordPattern((_, n) => !Number.isNaN(n))}|\\d{1,2})`;

const num = (s: string) => countOf(s) ?? Number(s);
const unitOf = (s: string) => s.toLowerCase().replace(/s$/, '') as RelativeFound['unit'] | 'decade';

/**
 * A day and month with a number after them are part of a longer date ("June 3, 2019", "3 June
 * 2019"), which the absolute finder reads. The number must stand on the same line, or be a year:
 * "… met him on 11 June.\n\n2. During …" is a day, then a numbered paragraph.
 * @example new RegExp(`June 11${noNumberAfter('')}`).test('June 11\n\n2.') // → true
 */
const noNumberAfter = (stop: string) => `(?!${stop},?[^\\S\\n]*\\d)(?!${stop},?\\s*\\d{4}(?!\\d))`;

/** "26 February this year", "March 3 last year", "on 4 May next year": a day of a year counted from the report's (captured: this, last, next). */
const YEAR_FROM_REPORT = "(?:\\s+(?:of\\s+)?(this|last|next)\\s+year\\b(?!['’-]))?";

/** What "today's" says of the present age rather than of a day: "today's youth", "today's personal computers". */
const TODAY_GENERIC =
  /^['’]s\s+(?:[a-z-]+\s+)?(?:world|youth|generations?|society|societies|children|kids|young|students|consumers|computers|technology|technologies|standards|times|economy|age|era)\b/i;

type Rule = { name: string; re: RegExp; build: (m: RegExpMatchArray) => Omit<RelativeFound, 'start' | 'end' | 'text' | 'rule'> | null };

const RULES: Rule[] = [
  {
    name: 'n-units-later',
    re: new RegExp(`\\b(${NUM})\\s+(day|week|month|year|decade)s?\\s+(later|afterwards|after(?=\\s*[,.;)])|earlier|before(?=\\s*[,.;)])|ago)\\b`, 'gi'),
    build: (m) => {
      let unit = unitOf(m[2]!);
      let n = num(m[1]!);
      if (unit === 'decade') {
        unit = 'year';
        n *= 10;
      }
      if (!Number.isInteger(n)) return null;
      const back = /earlier|before|ago/i.test(m[3]!);
      return { anchor: /ago/i.test(m[3]!) ? 'document' : 'previous', shift: back ? -n : n, unit: unit as RelativeFound['unit'] };
    },
  },
  {
    name: 'next-unit',
    // "the next year" follows the date before; a bare "next year" is the document's (deictic-unit).
    // "later that year", "that year" are the year told before (TimeML tags "that year"; not "said that year was …", session 24). "the next day", "the
    // following day" likewise follow the day told just before (TimeML anchors them to it; the
    // refiner keeps only those): "On 25 March 1971 the army struck, and independence was
    // proclaimed the next day" is 26 March.
    // "11 November of that year": a day's year (the day and month are the date, not "that year").
    re: new RegExp(
      `\\b(?:the\\s+(next)|(?:the\\s+)?(following|previous|preceding|same)|(?<=\\b(?:later|earlier)\\s+)(that)|${NOT_AFTER_SAYING}(?<!\\b${MONTH}\\s+(?:of\\s+)?)(that)(?=\\s+(?:year|month)\\b(?!['’]s)))\\s+(year|month|day)\\b`,
      'gi',
    ),
    build: (m) => {
      const w = (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase();
      if (m[4] && UNIT_GOES_ON.test(restOf(m))) return null;
      return { anchor: 'previous', shift: w === 'same' || w === 'that' ? 0 : w === 'next' || w === 'following' ? 1 : -1, unit: unitOf(m[5]!) as 'year' | 'month' | 'day' };
    },
  },
  {
    // Anaphoric days (session 27): "the same evening", "that night", "later that morning", "the next morning", "the previous
    // evening", "the day before." — a day counted from the narrative's reference time, the day of the last event the
    // paragraph told (the refiner's `reference`), never from the report's. "the day before last Tuesday's hearing" names its
    // own anchor: "the day before/after" only where its phrase ends.
    name: 'day-anaphor',
    re: new RegExp(
      `\\b(?:(?:the\\s+)?(same)\\s+(${DAY_PART})|(?<=\\b(?:later|earlier)\\s+)(?:(that|the\\s+same)\\s+)(${DAY_PART})|${NOT_AFTER_SAYING}(that)(?:\\s+same)?\\s+(${DAY_PART}|day)(?![-‐'’\\w])|the\\s+(next|following|previous|preceding)\\s+(${DAY_PART})|the\\s+(day|night)\\s+(before|after)(?=\\s*(?:[,.;:)]|$)))`,
      'gi',
    ),
    build: (m) => {
      const w = (m[1] ?? m[3] ?? m[5] ?? m[7] ?? m[10])!.toLowerCase();
      // "reported that night flights were banned": "that" a conjunction before a noun's modifier, as for seasons.
      if (m[5] && !SEASON_ENDS.test(restOf(m))) return null;
      const shift = /^(?:next|following|after)$/.test(w) ? 1 : /^(?:previous|preceding|before)$/.test(w) ? -1 : 0;
      return { anchor: 'previous', shift, unit: 'day' };
    },
  },
  {
    // "That autumn", "the following spring", "the next winter", "the summer of that year": a season of the year told
    // before, or of the one after or before it, as "that year" and "the following year" are (session 25). A bare "next
    // spring" is the report's (deictic-season); "said that summer was …" is no time.
    name: 'narrative-season',
    re: new RegExp(
      `\\b(?:(?:the\\s+(next)|(?:the\\s+)?(following|previous|preceding|same)|${NOT_AFTER_SAYING}(that)(?:\\s+same)?)\\s+(${SEASON_WORD})\\b(?!['’]s)|(?:the\\s+)?(${SEASON_WORD})\\s+of\\s+(?:the\\s+)?(same|following|next|previous|preceding|that)\\s+year\\b)`,
      'gi',
    ),
    build: (m) => {
      const w = (m[1] ?? m[2] ?? m[3] ?? m[6])!.toLowerCase();
      if (m[4] && !SEASON_ENDS.test(restOf(m))) return null;
      const shift = w === 'next' || w === 'following' ? 1 : w === 'previous' || w === 'preceding' ? -1 : 0;
      return { anchor: 'previous', shift, unit: 'year', season: (m[4] ?? m[5])!.toLowerCase() };
    },
  },
  {
    name: 'past-span',
    re: new RegExp(`\\b(?:the\\s+)?(?:past|last|previous)\\s+(?:(${NUM}|half)[\\s-]+)?(years|decades?|century|half-century)\\b`, 'gi'),
    build: (m) => {
      const unit = m[2]!.toLowerCase();
      // "the past decade", "the last century": one of the unit when no number is said.
      const n =
        unit.includes('half-century') || m[1]?.toLowerCase() === 'half'
          ? 50
          : (m[1] ? num(m[1]) : unit === 'century' || unit === 'decade' ? 1 : NaN) * (unit.startsWith('decade') ? 10 : unit === 'century' ? 100 : 1);
      if (!Number.isInteger(n) || n < 2) return null;
      return { anchor: 'document', shift: -n, unit: 'year', span: true };
    },
  },
  {
    // "compared with year-earlier profit", "the year-ago period": the year before the report's (or the quarter's, see the refiner).
    name: 'year-ago',
    re: /\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year-(?:earlier|ago)(?:\s+(?:period|quarter))?\b/gi,
    build: () => ({ anchor: 'document', shift: -1, unit: 'year' }),
  },
  {
    // "the corresponding period last year", "last year's quarter", "the same quarter a year ago":
    // the period under discussion a year back (the quarter when one is, see the refiner), else last year.
    name: 'period-last-year',
    re: /\b(?:the\s+(?:(?:comparable|corresponding|same|like)\s+)?(?:period|quarter)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior|preceding)\s+year)|[Ll]ast\s+year['’]s\s+(?:period|quarter))\b/g,
    build: () => ({ anchor: 'document', shift: -1, unit: 'year', yearBack: true }),
  },
  {
    // "in the 1988 quarter", "the 1988 period": the period under discussion in the year named.
    name: 'year-period',
    re: new RegExp(`\\b[Tt]he\\s+(${YEAR})\\s+(?:period|quarter)\\b`, 'g'),
    build: (m) => ({ anchor: 'document', shift: 0, unit: 'year', inYear: Number(m[1]) }),
  },
  {
    // "Sales in the latest period were $1.7 billion": an anaphor of the quarter a results report is about.
    name: 'latest-period',
    re: /\b[Tt]he\s+latest\s+period\b/g,
    build: () => ({ anchor: 'document', shift: 0, unit: 'month', period: true }),
  },
  {
    name: 'recent-years',
    re: /\b(?:recent years|the (?:last|past) (?:few|several) years)\b/gi,
    build: () => ({ anchor: 'document', shift: 0, unit: 'year', recent: true }),
  },
  {
    name: 'deictic-unit',
    // "the current year" is this year (TimeML tags the whole phrase; "current" alone is PRESENT_REF).
    re: /\b(last|this|next|past|the\s+current)\s+(year|month|week)\b/gi,
    build: (m) => {
      // ABC's "This Week": a capitalised title in quotation marks names a programme.
      if (/^This Week/.test(m[0]) && /["“'`]$/.test(m.input!.slice(Math.max(0, m.index! - 1), m.index!))) return null;
      const w = m[1]!.toLowerCase();
      return { anchor: 'document', shift: w === 'this' || w.endsWith('current') ? 0 : w === 'next' ? 1 : -1, unit: unitOf(m[2]!) as RelativeFound['unit'] };
    },
  },
  {
    name: 'deictic-day',
    re: /\b(yesterday|today|tomorrow)\b/gi,
    build: (m) => {
      // "today's youth", "in today's world": the present age, not the report's day (TimeML leaves it untagged).
      if (/^today$/i.test(m[1]!) && TODAY_GENERIC.test(m.input!.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) return null;
      return { anchor: 'document', shift: { yesterday: -1, today: 0, tomorrow: 1 }[m[1]!.toLowerCase()]!, unit: 'day' };
    },
  },
  {
    name: 'month-day',
    // "the week of March 6" is the (ISO) week that holds the day.
    re: new RegExp(`\\b(?:on\\s+)?((?:[Tt]he\\s+)?week\\s+of\\s+)?(${MONTH})\\s+(${DAY})\\b${noNumberAfter('')}${YEAR_FROM_REPORT}`, 'g'),
    build: (m) => ({
      ...dayOfYear(m[4], monthIndex(m[2]!), Number(m[3]!.replace(/\D/g, ''))),
      ...(m[1] ? { weekOf: true } : {}),
    }),
  },
  {
    name: 'day-month',
    // The day before the month, as most of the world writes it ("on 3 June", "(6 July)", "the
    // 26th of November"): the same date as "June 3", its year found the same way.
    re: new RegExp(`\\b(?:on\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH})(?![\\p{L}])${noNumberAfter('\\.?')}${YEAR_FROM_REPORT}`, 'gu'),
    build: (m) => dayOfYear(m[3], monthIndex(m[2]!), Number(m[1]!.replace(/\D/g, ''))),
  },
  {
    name: 'following-month',
    // "The following May, the minister cancelled a visit": the first May after the date told before, as "the following
    // spring" is that season after it. "The next May" too; "next May" alone counts from the report (deictic). With a day but
    // no year ("The following May 2"), that day of the same May.
    re: new RegExp(`\\b[Tt]he\\s+(?:following|next)\\s+(${MONTH})(?![\\p{L}])(?:\\s+(${DAY})\\b)?(?![\\s,]*(?:\\d|of\\s+\\d))`, 'gu'),
    build: (m) => ({
      anchor: 'previous',
      shift: 0,
      unit: 'month',
      month: monthIndex(m[1]!),
      yearShift: 0,
      nextAfter: true,
      ...(m[2] ? { day: Number(m[2].replace(/\\D/g, '')) } : {}),
    }),
  },
  {
    name: 'bracketed-month',
    // A month alone in brackets ("1980 Working holiday scheme began (December)") is a date, not the verb "may" or "march".
    re: new RegExp(`(?<=\\()(${MONTH})(?=\\))`, 'g'),
    build: (m) => ({ anchor: 'previous', shift: 0, unit: 'month', month: monthIndex(m[1]!) }),
  },
  {
    name: 'in-month',
    // A month name is a date after a preposition or a part word; "May" and "March" alone are verbs as often.
    re: new RegExp(
      `\\b(?:(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]hrough|[Tt]hroughout|[Dd]uring|[Ff]or|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]ill|[Tt]hat(?:\\s+same)?|(?:[Aa]t|[Tt]owards?)(?=\\s+the\\s+(?:end|beginning|middle)\\s+of\\s))\\s+(?:(early|late|mid-|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of|the\\s+(?:first|second|third|fourth|last|final)\\s+week\\s+of)\\s*)?|([Ee]arly|[Ll]ate|[Mm]id-?)[\\s-]*)(${MONTH})(?:\\s+(?:of\\s+)?(?:the\\s+)?(same|following|next|previous|preceding|that)\\s+year|\\s+(this|next|last)\\s+year)?\\b(?![\\s,]*(?:\\d|of\\s+\\d))`,
      'g',
    ),
    build: (m) => {
      // "the end of November" is November at its end, as "late November"; "at the end of November" too (session 16).
      const part = (m[1] ?? m[2])
        ?.toLowerCase()
        .replace(/^the\s+end\s+of$/, 'late')
        .replace(/^the\s+beginning\s+of$/, 'early')
        .replace(/^the\s+middle\s+of$/, 'mid-')
        // "the second week of December": a week of the month, told as a part of it (EDTF has no weeks; TIMEX3's mod says which part).
        .replace(/^the\s+first\s+week\s+of$/, 'early')
        .replace(/^the\s+(?:last|final|fourth)\s+week\s+of$/, 'late')
        .replace(/^the\s+(?:second|third)\s+week\s+of$/, 'mid-');
      const which = m[4]?.toLowerCase();
      // "in February this year", "in April next year": the month of a year counted from the report.
      const deictic = m[5]?.toLowerCase();
      if (deictic) {
        const mod = part ? { mod: (part === 'early' ? 'START' : part === 'late' ? 'END' : 'MID') as RelativeFound['mod'] } : {};
        return { anchor: 'document', shift: 0, unit: 'month', month: monthIndex(m[3]!), yearShift: deictic === 'this' ? 0 : deictic === 'next' ? 1 : -1, ...mod };
      }
      const yearShift = which === 'following' || which === 'next' ? 1 : which === 'previous' || which === 'preceding' ? -1 : 0;
      // "that August", "that same September": a demonstrative points back to the time the text last told, as "that year" and
      // "that autumn" do, so the month is in the year of the last date told (`yearShift` 0), never the one a report's date and
      // the clause's tense would give a bare month ("the envoy arrived that August" after "in 1984" is 1984-08 in a report of 2026).
      // Not where "that" opens a clause: after a verb of saying or knowing ("said that June exports fell"), or before a month
      // the tagger reads as a clause's subject ("expects that March will see", `clauseAfterThat`): a bare month then.
      const input = m.input ?? '';
      const demonstrative = /^that\b/i.test(m[0]) && !SAYING_BEFORE.test(input.slice(Math.max(0, (m.index ?? 0) - 12), m.index)) && !clauseAfterThat(input, (m.index ?? 0) + m[0].length, m.index ?? 0);
      return {
        anchor: 'previous',
        shift: 0,
        unit: 'month',
        month: monthIndex(m[3]!),
        ...(yearShift || demonstrative ? { yearShift } : {}),
        ...(part ? { mod: part === 'early' ? 'START' : part === 'late' ? 'END' : 'MID' } : {}),
      };
    },
  },
];

/** A named day: of the year the report counts from it ("26 February last year"), else of the year of the last date told. */
function dayOfYear(deictic: string | undefined, month: number, day: number): Omit<RelativeFound, 'start' | 'end' | 'text' | 'rule'> {
  if (deictic) return { anchor: 'document', shift: 0, unit: 'month', month, day, yearShift: deictic === 'this' ? 0 : deictic === 'next' ? 1 : -1 };
  return { anchor: 'previous', shift: 0, unit: 'month', month, day };
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(key) + 1;
}

/**
 * Finds relative time expressions: "a year later", "the next year", "last year", "In October".
 * @example findRelativeTimes('A year later, they met.')[0] // → { text: 'A year later', shift: 1, unit: 'year', anchor: 'previous', … }
 */
export function findRelativeTimes(text: string): RelativeFound[] {
  const out: RelativeFound[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const built = rule.build(m);
      if (built) {
        // "May" is also a verb: only "in May", "May 5" etc. are dates, which the patterns require;
        // the preposition is matched but, as in TimeML, is not part of the expression.
        const start = m.index!;
        let t = m[0];
        let s = start;
        const lead = /^(?:on|in|by|since|until|through|throughout|during|for|from|before|after|till|at|towards?)\s+/i.exec(t);
        if (lead) {
          s += lead[0].length;
          t = t.slice(lead[0].length);
        }
        out.push({ start: s, end: start + m[0].length, text: t, rule: rule.name, ...built });
      }
    }
  }
  return out;
}
