import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';

/**
 * "The ministers met in Lima on Friday, the first such meeting since March 2023", "his first visit to Accra since
 * 2019", "met … for the first time since May 2021": an occasion counted as the first since a date tells that the
 * last one before it was at that date (session 47, issue 10). The act of the sentence the count follows, or whose noun
 * it counts, is told again at the date after "since", as done (GUIDELINES.md dates an act by the date the text gives it).
 *
 * Only a date the text writes out (a year, a month, a day, not "since the summer" or "since last year", which are
 * relative), and not a date of another act ("since taking office", "since the war" are no dates at all). The earlier
 * occasion is of the act's type and actors; its passage is the act's sentence.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** "the first such meeting since", "its first session since", "for the first time on home soil since": what counts an occasion since a date. */
const FIRST_SINCE = /\b(?:the|its|their|his|her|a)\s+(?:[\p{L}'’-]+\s+){0,1}first\b[^.;:!?\n]{0,70}?\bsince\s+(?:(?:early|mid|late|the\s+(?:spring|summer|autumn|fall|winter|end|start|beginning)\s+of)[\s-]+)?$/iu;
/** Granularities a written-out date has. */
const WRITTEN = new Set(['year', 'month', 'day', 'season']);

export function earlierOccasions(text: string, times: TimeAnnotation[], events: Event[]): Event[] {
  const added: Event[] = [];
  for (const t of times) {
    // "since 2014" is read as the open span "2014/..": its start is the date, "since" the count's own word.
    const opened = t.granularity === 'open' && /^since\s+/i.exec(t.text);
    const date = opened ? t.edtf.replace(/\/\.\.$/, '') : t.edtf;
    const at = opened ? t.start + opened[0].length : t.start;
    if (t.relative || !date || date.includes('..') || (!opened && !WRITTEN.has(t.granularity))) continue;
    const before = text.slice(Math.max(0, at - 110), at);
    const m = FIRST_SINCE.exec(before);
    if (!m) continue;
    const first = at - before.length + m.index;
    // The act counted: the one of the date's sentence whose trigger stands nearest before "since" (the count's own noun,
    // "the first visit … since", or the act the count follows in apposition, "met …, the first since").
    const since = at - before.length + before.toLowerCase().lastIndexOf('since');
    const act = events
      .filter((e) => e.start <= t.start && t.end <= e.end && e.trigger.end <= since && e.date !== date && e.mode !== 'negated')
      .sort((a, b) => b.trigger.start - a.trigger.start)[0];
    if (!act) continue;
    // The count follows its act closely: nothing but the act's clause lies between them (no full stop, no second sentence).
    if (first - act.trigger.end > 200) continue;
    if ([...events, ...added].some((e) => e.type === act.type && e.date === date && e.start === act.start)) continue;
    added.push({ ...act, date, dateSource: 'sentence', mode: 'asserted', trigger: { start: at, end: t.end }, rule: `${act.rule}+first-since` });
  }
  return added.length ? [...events, ...added] : events;
}

/** "dates the seizure to", "dates it", "date the last transfer to": a verb of dating whose object is an act told before. */
const DATES_ACT = /\b(?:dates?|dated)\s+(?:it\s+|them\s+|(?:the|this|that)\s+((?:[\p{L}'’-]+\s+){0,3}))(?:to\s+|as\s+)?$/iu;
/** "other sources say", "the embassy's archive records it as", "a later chronology gives", "the minutes are dated": a source's other dating. */
const SOURCE_GIVES = /\b(?:sources?|copies|accounts?|chronolog(?:y|ies)|records?|archives?|website|readout|release|announcement|minutes)\b[^.;:\n]{0,40}?\b(?:say|says|said|give|gives|gave|record|records|recorded|list|lists|are\s+dated|is\s+dated)\s+(?:it\s+(?:as\s+)?)?(?:on\s+|in\s+|as\s+)?$/iu;

/**
 * "The port authority's release dates the seizure to 3 August 2024", "other sources say 30 September 1978", "the embassy's
 * archive records it as 5 June 2025" (after an act told with another day): a source's other dating of an act told before is told as
 * that act at the other date, in the sentence that gives it (session 47). The act: the last one told before the date in its
 * paragraph whose trigger shares its first four letters with the noun dated ("the seizure" → "seized"), else the last one told
 * before the date in its paragraph. Only a date written out, as for `earlierOccasions`.
 */
export function otherDatings(text: string, times: TimeAnnotation[], sentences: Sentence[], events: Event[]): Event[] {
  const added: Event[] = [];
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end);
  for (const t of times) {
    if (t.relative || !t.edtf || t.edtf.includes('..') || !WRITTEN.has(t.granularity)) continue;
    const before = text.slice(Math.max(0, t.start - 90), t.start);
    const dated = DATES_ACT.exec(before);
    if (!dated && !SOURCE_GIVES.test(before)) continue;
    const sentence = sentenceOf(t.start);
    if (!sentence) continue;
    const cue = dated ? t.start - dated[0].length : t.start;
    const told = events
      .filter((e) => e.trigger.end <= cue && sentenceOf(e.trigger.start)?.block === sentence.block && e.date !== t.edtf && e.mode !== 'negated')
      .sort((a, b) => b.trigger.start - a.trigger.start);
    const noun = dated?.[1]?.trim().split(/\s+/).pop()?.toLowerCase().slice(0, 4);
    const act = (noun && told.find((e) => text.slice(e.trigger.start, e.trigger.end).toLowerCase().includes(noun))) || told[0];
    if (!act) continue;
    if ([...events, ...added].some((e) => e.type === act.type && e.date === t.edtf && e.start <= t.start && t.end <= e.end)) continue;
    added.push({ ...act, start: sentence.start, end: sentence.end, date: t.edtf, dateSource: 'sentence', mode: 'asserted', trigger: { start: t.start, end: t.end }, rule: `${act.rule}+other-dating` });
  }
  return added.length ? [...events, ...added] : events;
}
