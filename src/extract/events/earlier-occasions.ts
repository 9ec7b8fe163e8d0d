import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import { tag } from '../nlp/tagger.js';
import { alt, datingCues, stemMatches, wordsOf } from './dating-cues.js';

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

/** "the first such meeting since", "its first session since" (the last "first" before "since"), "for the first time on home soil since": what counts an occasion since a date. */
let firstSince: RegExp | undefined;
const FIRST_SINCE = (): RegExp =>
  (firstSince ??= new RegExp(
    `\\b(?:${alt(datingCues().firstDeterminers)})\\s+(?:[\\p{L}'’-]+\\s+){0,1}first\\b((?:(?!\\bfirst\\b)[^.;:!?\\n]){0,70}?)\\bsince\\s+(?:(?:early|mid|late|the\\s+(?:spring|summer|autumn|fall|winter|end|start|beginning)\\s+of)[\\s-]+)?$`,
    'iu',
  ));
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
    const m = FIRST_SINCE().exec(before);
    if (!m) continue;
    const first = at - before.length + m.index;
    const since = at - before.length + before.toLowerCase().lastIndexOf('since');
    const cues = datingCues();
    // The count stays in one clause: no other clause's verb ("has", "was", "and", "that"), no comma, no other date between
    // "first" and "since" ("its first ambassador in 1963, and relations have been cool since 1966" counts nothing).
    const gap = m[1] ?? '';
    const gapWords = wordsOf(gap);
    if (/,/.test(gap) || gapWords.some((w) => cues.clauseBreaks.has(w))) continue;
    if (times.some((o) => o !== t && o.start >= first && o.end <= since)) continue;
    // A count over a wider group or of another kind of thing ("the first such recall by any state since", "the first woman to
    // hold the post since") tells no occasion of this pair.
    if (gapWords.some((w) => cues.widerGroups.has(w)) || cues.countedPeople.has(gapWords.find((w) => w !== 'such') ?? '')) continue;
    if (/\bto\s+(?!the\b|a\b|an\b|its\b|their\b)\p{Ll}+\b/u.test(gap) && !/^\s*(?:such\s+)?(?:[\p{L}-]+\s+)?(?:visit|trip|journey|mission|tour|call)s?\s+to\b/iu.test(gap)) continue;
    // Nor a count told before an act that follows the date ("the first time since 2015 that it has stayed away").
    if (/^\s*(?:that|when|in\s+which)\b/i.test(text.slice(t.end, t.end + 20))) continue;
    // "the first of three deals since 2024" counts among a set, not occasions since a date (review 2, item 3).
    if (/^\s*of\b/i.test(gap)) continue;
    // A date that qualifies another event ("since 2017 elections", "since 2019's election") is not the last occasion: after the date
    // only a clause's end, a preposition or a conjunction ("since 2016 in the Gulf") (review 2, item 2).
    const next = /^(['’]s\b|\s*[\p{L}]+)?/u
      .exec(text.slice(t.end, t.end + 30))?.[1]
      ?.trim()
      .toLowerCase();
    if (next && !cues.dateFollowers.has(next)) continue;
    // The act counted: the one of the date's sentence whose trigger matches the counted noun ("their first talks on maritime
    // security since" → the talks), else the act of the main clause the count follows ("met …, the first since").
    const candidates = events
      .filter((e) => e.start <= t.start && t.end <= e.end && e.trigger.end <= since && e.date !== date && e.mode !== 'negated')
      .sort((a, b) => a.trigger.start - b.trigger.start);
    const countedNoun = gapWords.filter((w) => w !== 'such');
    const act =
      candidates.find((e) => stemMatches(text.slice(e.trigger.start, e.trigger.end), countedNoun.slice(0, 1))) ??
      candidates.find((e) => stemMatches(text.slice(e.trigger.start, e.trigger.end), countedNoun)) ??
      candidates.find((e) => ['VERB', 'AUX'].includes(tag(text.slice(e.start, e.end), e.start).find((k) => k.start === e.trigger.start)?.pos ?? ''));
    if (!act) continue;
    // The count follows its act closely: nothing but the act's clause lies between them (no full stop, no second sentence).
    if (first - act.trigger.end > 200) continue;
    if ([...events, ...added].some((e) => e.type === act.type && e.date === date && e.start === act.start)) continue;
    added.push({ ...act, date, dateSource: 'sentence', mode: 'asserted', trigger: { start: at, end: t.end }, rule: `${act.rule}+first-since` });
  }
  return added.length ? [...events, ...added] : events;
}
