import type { TimeAnnotation } from '../../model/annotation.js';
import { MONTH, monthNumber, pad } from './patterns.js';
import { nextHeading } from '../heading-lines.js';

type Found = Omit<TimeAnnotation, 'stage'>;

/** A heading that names only a month and a year: "### May 2026", "**June 2026**", or the line alone. */
const MONTH_HEADING = new RegExp(`^[ \\t]*(?:#{1,6}[ \\t]+)?(?:\\*\\*|__)?[ \\t]*(${MONTH})[ \\t]+(\\d{4})[ \\t]*(?:\\*\\*|__)?[ \\t]*$`, 'gim');

/** Past tenses that are not written with "-ed" and open a tracker's entries ("Foreign ministers 7 met …"). */
const IRREGULAR_PAST =
  'met|told|said|sent|held|made|took|gave|began|left|won|lost|hit|struck|went|came|fled|shot|spoke|broke|wrote|set|paid|sought|fought|brought|kept|led|withdrew|drew|threw|chose|froze|swore|stood|bought|rose|fell|ran|sold|cut|put|shut|saw|beat|let|bade|forbade|sank|stole|tore|hid|bid|overturned';

/**
 * A bare day between an entry's subject and its verb ("Tunisian foreign ministry 15 summoned …", "Morocco 16 imposed …"):
 * a number 1–31 after a word, before a past tense. The word before is the subject's last word, never a count's
 * ("some 20 armed men"), a preposition's or a lower-case verb's ("left 20 injured", "expelled 3 …"), nor a label's ("Article 3 said").
 */
const SUBJECT_DAY = new RegExp(`(?<=\\b([\\p{L}'’.]+)[ \\t]+)([12]\\d|3[01]|[1-9])(?=[ \\t]+(?:[a-z]+ed|${IRREGULAR_PAST})\\b)`, 'gu');

/**
 * A bare day closing an entry's clause, after its place or its object ("… returned to Tunis 3 after a four-month absence",
 * "released on bail 17;"): a number 1–31 after a word, before a stop, a semicolon, a comma or "after"/"before", in a clause
 * whose verb comes before it.
 */
const CLAUSE_END_DAY = new RegExp(`(?<=\\b([\\p{L}'’.]+)[ \\t]+)([12]\\d|3[01]|[1-9])(?=[ \\t]*[;.,](?:\\s|$)|[ \\t]+(?:after|before)\\b)`, 'gu');

/** A past tense in a clause before a day that closes it. */
const PAST_BEFORE = new RegExp(`\\b(?:[a-z]+ed|${IRREGULAR_PAST})\\b`);

/** Words before a number that make it a count, an amount or a label, not a day. */
const NOT_SUBJECT =
  /^(?:some|about|around|nearly|almost|over|under|least|than|only|another|the|a|an|at|to|from|by|of|with|on|in|for|per|into|and|or|all|those|these|up|more|fewer|less|just|roughly|approximately|top|first|last|next|article|art\.|phase|section|sec\.|chapter|round|no\.|number|resolution|annex|point|level|item|stage|group|category|page|p\.|para|paragraph|rule|grade|zone|sector|area|district|line|route|gate|terminal|block|unit|class|channel|step|part|title|tier|flight|boeing|airbus|km|kilometre|kilometres|mile|miles|left|killed|wounded|injured)$/i;

/**
 * A conflict tracker's convention: entries under a heading that names a month and its year ("### May 2026") give the
 * day alone, between the actor and the act ("Tunisia 11 abstained …"), as CrisisWatch writes them; the heading's month
 * and year complete it. Only a number right before a past tense and after a subject's word is read (a count such as
 * "some 2,300 students enrolled" or "53 engineers" is none), and only to the next heading.
 * @example findHeadingDays('### May 2026\n\n- Algeria 22 hosted a delegation.').map((t) => t.edtf) // → ['2026-05-22']
 */
export function findHeadingDays(text: string): Found[] {
  const out: Found[] = [];
  for (const h of text.matchAll(MONTH_HEADING)) {
    const month = monthNumber(h[1]!);
    const year = Number(h[2]);
    if (month < 1 || year < 1000) continue;
    const from = h.index + h[0].length;
    const to = nextHeading(text, from);
    const section = text.slice(from, to);
    const ends = [...section.matchAll(CLAUSE_END_DAY)].filter((m) => PAST_BEFORE.test(clauseBefore(section, m.index)));
    for (const m of [...section.matchAll(SUBJECT_DAY), ...ends]) {
      if (NOT_SUBJECT.test(m[1]!) || /^[a-z]+ed$/.test(m[1]!)) continue;
      const day = Number(m[2]);
      const d = new Date(Date.UTC(year, month - 1, day));
      if (d.getUTCMonth() !== month - 1) continue;
      const edtf = `${year}-${pad(month)}-${pad(day)}`;
      const start = from + m.index;
      out.push({ start, end: start + m[2]!.length, text: m[2]!, rule: 'month-heading-day', edtf, granularity: 'day', timex: { type: 'DATE', value: edtf } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The words of a clause before `at`, back to its line's start or the last semicolon. */
function clauseBefore(section: string, at: number): string {
  const line = section.lastIndexOf('\n', at - 1) + 1;
  const semi = section.lastIndexOf(';', at - 1) + 1;
  return section.slice(Math.max(line, semi), at);
}
