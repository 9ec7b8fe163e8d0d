import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { tag } from '../nlp/tagger.js';
import { alt, datingCues, stemMatches, wordsOf } from './dating-cues.js';

/**
 * "The port authority's release dates the seizure to 3 August 2024", "other sources say 30 September 1978", "the embassy's
 * archive records it as 5 June 2025" (after an act told with another day): a source's other dating of an act told before is told as
 * that act at the other date, in the sentence that gives it (session 47, issue 10; cue words in `lexicon/dating-cues.json`).
 *
 * The act: when a noun is dated ("dates the seizure to"), the last act told before in the paragraph whose trigger shares its first
 * four letters with that noun ("the seizure" → "seized") or whose object just after the trigger does ("signed a decree"), else nothing; only "dates it/them" or a source that names no noun ("other
 * sources say …") takes the last act told before in the paragraph. The date must end its clause: "sources said on 12 March that …"
 * dates the saying, not an act. "<date> as the year <X>" dates X: an act only when X names the act told before ("records give 2019
 * as the year the accord was signed"), nothing when X is a figure or another act ("as the peak year for trade"). A record's own
 * date ("the minutes are dated …") is no dating of an act. Only a date written out (a year, a month, a day, a season).
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** The rule suffix of a source's other dating of an act (`redates` holds that act's trigger). */
export const OTHER_DATING = '+other-dating';
const WRITTEN = new Set(['year', 'month', 'day', 'season']);

let cues: { dates: RegExp; gives: RegExp; datedAs: RegExp } | undefined;
function patterns() {
  if (!cues) {
    const c = datingCues();
    cues = {
      /** "dates the seizure to", "dates it", "date the last transfer to": a verb of dating whose object is an act told before. */
      dates: new RegExp(`\\b(?:${alt(c.datingVerbs)})\\s+(?:(it|them)\\s+|(?:the|this|that)\\s+((?:[\\p{L}'’-]+\\s+){1,3}?))(?:to\\s+|as\\s+)?$`, 'iu'),
      /** "other sources say", "the embassy's archive records it as", "a later chronology gives": a source's other dating. */
      gives: new RegExp(`\\b(?:${alt(c.sourceNouns)})\\b[^.;:\\n]{0,40}?\\b(?:${alt(c.sourceVerbs)})\\s+(?:it\\s+(?:as\\s+)?)?(?:as\\s+)?$`, 'iu'),
      /** "… as the peak year for trade", "… as the date the embassy opened": what the date dates. */
      datedAs: new RegExp(`^\\s+as\\s+the\\s+((?:[\\p{L}-]+\\s+){0,2}?)(?:${alt(c.datedAs)})\\b([^.;:\\n]*)`, 'iu'),
    };
  }
  return cues;
}

export function sourceDatings(text: string, times: TimeAnnotation[], sentences: Sentence[], events: Event[]): Event[] {
  const added: Event[] = [];
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end);
  const p = patterns();
  for (const t of times) {
    if (t.relative || !t.edtf || t.edtf.includes('..') || !WRITTEN.has(t.granularity)) continue;
    const before = text.slice(Math.max(0, t.start - 90), t.start);
    let dated = p.dates.exec(before);
    // "was dated …", "are dated …": a record's own date, not a dating of an act (review 2, item 1).
    if (dated && /\b(?:is|are|was|were|be|been|being)\s+$/i.test(before.slice(0, dated.index))) dated = null;
    if (!dated && !p.gives.test(before)) continue;
    const sentence = sentenceOf(t.start);
    if (!sentence) continue;
    // What the date dates: the act its clause names after "as the year/date", or the clause ends with the date.
    const after = text.slice(t.end, t.end + 120);
    const as = p.datedAs.exec(after);
    if (!as && !/^\s*(?:[.;,)\n]|$)/.test(after)) continue;
    if (/^\s*,\s*(?:that|when)\b/i.test(after)) continue;
    const cue = dated ? t.start - dated[0].length : t.start;
    const told = events.filter((e) => e.trigger.end <= cue && sentenceOf(e.trigger.start)?.block === sentence.block && e.mode !== 'negated').sort((a, b) => b.trigger.start - a.trigger.start);
    const trig = (e: Event) => text.slice(e.trigger.start, e.trigger.end);
    const noun = dated?.[2]?.trim().split(/\s+/).pop()?.toLowerCase();
    let act: Event | undefined;
    if (as) {
      // X's own verb names its act ("the year the accord entered into force" dates the entry, not the signing): when X holds a
      // verb, only an act whose trigger that verb matches (review 2, item 4).
      const x = as[2] ?? '';
      const xAt = t.end + as[0].length - x.length;
      const verbs = tag(x, xAt)
        .filter((k) => k.pos === 'VERB')
        .map((k) => text.slice(k.start, k.end).toLowerCase());
      act = told.find((e) => stemMatches(trig(e), verbs.length ? verbs : wordsOf(as[1] + ' ' + as[2])));
    }
    // The noun dated names the act by its trigger ("the seizure" → "seized") or by the trigger's object ("signed a decree" → "the decree").
    else if (noun) act = told.find((e) => stemMatches(trig(e), [noun]) || wordsOf(text.slice(e.trigger.end, e.trigger.end + 40)).some((w) => w.length >= 4 && w.slice(0, 4) === noun.slice(0, 4)));
    else act = told[0];
    if (!act) continue;
    // The same dating, or one that holds the other ("4 June 2025" … "records it as June 2025"): no other dating (review 2, item 5).
    if (act.date && (act.date.startsWith(t.edtf) || t.edtf.startsWith(act.date))) continue;
    if ([...events, ...added].some((e) => e.type === act.type && e.date === t.edtf && e.start <= t.start && t.end <= e.end)) continue;
    added.push({
      ...act,
      start: sentence.start,
      end: sentence.end,
      date: t.edtf,
      dateSource: 'sentence',
      mode: 'asserted',
      trigger: { start: t.start, end: t.end },
      rule: `${act.rule}${OTHER_DATING}`,
      redates: { start: act.trigger.start, end: act.trigger.end },
    });
  }
  return added.length ? [...events, ...added] : events;
}
