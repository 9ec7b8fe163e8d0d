import type { TimeAnnotation } from '../../model/annotation.js';

type Found = Omit<TimeAnnotation, 'stage'>;

/**
 * Words that point at the present, the past or the future without naming a date: TimeML's
 * PRESENT_REF, PAST_REF and FUTURE_REF. Each is a DATE with no EDTF (granularity `none`): "now"
 * is the report's moment, which no later stage should take for an event's date.
 */
const REFERENCES: { name: string; re: RegExp; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }[] = [
  // "now", "right now", "for now", "until now"; not "now-defunct" (an adjective's part).
  { name: 'now', re: /\b(?:[Rr]ight\s+)?(?:[Nn]ow|NOW)\b(?!-)/g, value: 'PRESENT_REF' },
  // "currently", "current prices", "these days", "nowadays", "at present"; not "current account" nor an electric "current".
  {
    name: 'current',
    re: /\b(?:[Cc]urrently|[Cc]urrent(?=\s+[a-z])(?!\s+(?:account|accounts|affairs|of|flows?|events)\b)|[Tt]hese days|[Nn]owadays|at present|the present(?!\s+(?:tense|case|study|paper|report|article)\b))\b/g,
    value: 'PRESENT_REF',
  },
  // "recently", "in the past", "a recent filing"; "recent years/months" are durations (duration-finder).
  // Not "previously": it mostly orders one event before another ("previously announced") rather than placing it in the past.
  {
    name: 'past',
    re: /\b(?:[Rr]ecently|[Ff]ormerly|[Rr]ecent(?=\s+[a-z])(?!\s+(?:years?|months?|weeks?|days?|decades?|quarters?|history)\b)|the past(?![\w-]|\s+(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred|few|several|couple|many|(?:second|minute|hour|day|night|week|weekend|month|quarter|season|year|decade|centur|summer|winter|spring|fall|autumn|election|president|administration)\w*)\b))\b/g,
    value: 'PAST_REF',
  },
  // "the future", "the near future", "the near term", "soon"; not "as soon as". Not the adjective ("future payments"), which describes more than it dates,
  // unless it is said of calendar units ("in future quarters", "future years": the future counted in them; session 16).
  {
    name: 'future',
    re: /\b(?:the\s+(?:near\s+|foreseeable\s+|distant\s+)?future\b|the\s+near\s+term\b(?!-)|[Ff]uture\s+(?:days|weeks|months|quarters|years|decades)\b|(?<!as\s)\b[Ss]oon(?!\s+as\b|\s+after\b|\s+afterwards?\b|er|est))\b/g,
    value: 'FUTURE_REF',
  },
];

/**
 * Finds present, past and future references: "now", "currently", "recently", "in the past",
 * "the future", "soon".
 * @example findReferences('Prices are now falling.')[0] // → { text: 'now', timex: { type: 'DATE', value: 'PRESENT_REF' }, edtf: '', granularity: 'none', … }
 */
export function findReferences(text: string): Found[] {
  const out: Found[] = [];
  for (const rule of REFERENCES) {
    for (const m of text.matchAll(rule.re)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], rule: rule.name, edtf: '', granularity: 'none', timex: { type: 'DATE', value: rule.value } });
    }
  }
  return out;
}
