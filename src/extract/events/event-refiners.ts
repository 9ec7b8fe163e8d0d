import type { EventActor, EventAnnotation, EventMode, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { clauseCategory, eventTypes, finderOf, type Trigger } from './event-types.js';

/** Refiners of the event stage: a chronology's entry that no trigger types, the acts a clause tells beside its main one, a headline's date. */

type Span = { start: number; end: number };

/** Words that open a phrase setting a clause against another event: "after the war", "since 1992", "in the wake of the crisis" ("the following documents" is no such phrase). */
export const FRAMING_WORDS = 'since|after|before|(?<!\\bthe\\s)following|until|prior to|in the wake of';
/** Words before a trigger that make it the head of a framing phrase ("after the war", "since the invasion", "during the visit"). */
const BACKGROUND_NOUN = new RegExp(`\\b(?:${FRAMING_WORDS}|during)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|this\\s+|that\\s+)?(?:[\\w-]+\\s+){0,2}$`, 'i');

/** Words before a trigger that make it what the clause's act ends or answers ("to end six weeks of fighting", "in response to the arrest", "a severe response for the capture"). */
const ENDED_NOUN =
  /\b(?:to end|ending|ended|ends|an end to|end to|to halt|halting|to stop|stopping|to resolve|resolving|to settle|in response to|in retaliation for|in reprisal for|as punishment for|for)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+|that\s+|\p{L}+'s\s+|\p{L}+’s\s+)?(?:[\w-]+\s+){0,3}$/iu;

/** The words between a verb and the head of its object: a determiner or a possessive, then up to three words ("the Costa Rican", "a British offer of"). */
const OBJECT_WORDS =
  /^\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those|such|any|\p{Lu}[\p{L}'’.-]*(?:'s|’s))\s+)?(?:(?!(?:and|or|but|at|in|on|during|after|before|with|to|by|from|as|while|when|since)\s)[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * Whether trigger t heads the object of the main act when that act is a rejection (REJECT):
 * "rejected the demand", "dismissed the complaints", "rejects a British offer of talks". The
 * demand, the complaint and the offer were made before; the guidelines date an act where the
 * text tells it, so the rejection's day is none of theirs.
 */
function rejectedObject(text: string, main: { plover: { type: string }; trigger: Span }, t: Span): boolean {
  return main.plover.type === 'REJECT' && t.start > main.trigger.end && OBJECT_WORDS.test(text.slice(main.trigger.end, t.start));
}

/**
 * The events of one clause and date without those a rejection of the clause takes as its object
 * ("Managua rejected the demand on Wednesday": the rejection only).
 * @example withoutRejectedObjects(text, [demand, rejection]) // → [rejection]
 */
export function withoutRejectedObjects<E extends { plover: { type: string }; trigger: Span; date: string; rule: string }>(text: string, events: E[]): E[] {
  const kept = events.filter((e) => !events.some((r) => r !== e && r.date === e.date && rejectedObject(text, r, e.trigger)));
  // A co-event whose clause's main act was dropped takes its place: its rule no longer reads `+co-` ("rejected talks": `trigger+date`).
  const dropped = events.filter((e) => !kept.includes(e) && !e.rule.includes('+co-'));
  const inPlace = (e: E) => dropped.some((d) => d.date === e.date && e.rule.startsWith(`${d.rule}+co-`));
  return kept.map((e) => (inPlace(e) ? { ...e, rule: e.rule.replace(/\+co-[^+]*/, '') } : e));
}

/**
 * What parts an entry's date from what happened: a colon, a dash or a pipe, or, in a chronology
 * aligned in columns ("1957         Agreement on Commerce signed (6 July)"), a tab or two spaces.
 */
const ENTRY_GAP = /(?:\s*[:–—|-]\s+|\t\s*| {2,})/;

/**
 * An entry of a chronology: a line or a table row that opens with its date and tells, after a
 * colon, a dash or the next cell, what happened ("1974: India tests its first nuclear device",
 * "| 1974 | India tests its first nuclear device |"). The clause is an event even when
 * no trigger types it: of type `other`, its trigger the clause's predicate up to its first stop.
 */
export function chronologyEntry(text: string, s: Sentence, dates: TimeAnnotation[], quantities: { valueStart: number; valueEnd: number }[] = []): Trigger | undefined {
  // "2013 – 11 January: Kenya launches …": a day right after the entry's year restates it; the entry goes on after the day.
  const [first, next] = dates;
  const d = first && next && next.edtf.startsWith(`${first.edtf}-`) && /^[\s,:–—|-]*$/.test(text.slice(first.end, next.start)) ? next : first;
  if (!d || !/^[\s*_#>|-]*$/.test(text.slice(s.start, first!.start))) return undefined;
  const m = new RegExp(`^${ENTRY_GAP.source}(?=\\p{Lu})([^.;:|]{3,}?)(?=[.;:,|]|$)`, 'u').exec(text.slice(d.end, s.end));
  if (!m) return undefined;
  const other = eventTypes().types.find((t) => t.id === 'other');
  if (!other) return undefined;
  // The trigger starts at the predicate, after the names that act ("India and Pakistan gain …").
  const subject = /^(?:(?:\p{Lu}[\p{L}'’.-]*|and|the|of)\s+)*/u.exec(m[1]!)![0].length;
  const start = d.end + m[0].length - m[1]!.length + (subject < m[1]!.length ? subject : 0);
  if (quantities.some((q) => q.valueStart >= d.end && q.valueEnd <= d.end + m[0].length)) return undefined;
  // "2021    CFA 41.2 billion": a currency's code or sign and a figure open it, a row of figures whatever the fact stage made of it.
  if (/^[\p{L}$€£¥₹]{0,4}\s?\d/u.test(m[1]!)) return undefined;
  return { type: other, priority: eventTypes().types.length, plover: other.plover, start, end: d.end + m[0].length };
}

/**
 * Whether a block opens with a date and a separator, as a chronology's entry does ("1825 - Britain
 * recognises …", "April 2, 1982: Argentine troops invade …"): its present tense narrates acts.
 */
export function opensEntry(text: string, block: Span, date: Span): boolean {
  return /^[\s*_#>|-]*$/.test(text.slice(block.start, date.start)) && ENTRY_GAP.test(text.slice(date.end, date.end + 4));
}

/**
 * The other events a clause tells beside its main one, on the same date: one per PLOVER
 * category of acts told one by one (`separateCategories` in event-types.json) that no trigger
 * already told has ("summoned the ambassador to protest …, and urged China to comply":
 * DISAPPROVE and DEMAND), each with its own actors and mode. Triggers of the same category tell
 * the same event in other words.
 */
export function coEvents(
  text: string,
  main: Omit<EventAnnotation, 'stage'>,
  pool: Trigger[],
  actorsOf: (t: Trigger) => EventActor[],
  modeOf: (t: Trigger) => EventMode,
): Omit<EventAnnotation, 'stage'>[] {
  const mainCategory = clauseCategory(main.type, main.plover);
  const told = new Set([mainCategory]);
  const spans: Span[] = [main.trigger];
  const { separate, apart } = eventTypes();
  const out: Omit<EventAnnotation, 'stage'>[] = [];
  for (const t of [...pool].sort((a, b) => a.start - b.start)) {
    const category = clauseCategory(t.type.id, t.plover);
    const own = separate.has(category) || (apart.has(category) && apart.has(mainCategory) && !isSetting(text, t));
    if (!own || told.has(category) || spans.some((o) => t.start < o.end && o.start < t.end)) continue;
    // "after the war Tokyo signed …": the noun a framing word governs is the background, not an act.
    if (BACKGROUND_NOUN.test(text.slice(Math.max(0, t.start - 40), t.start))) continue;
    // "brokered a deal to end six weeks of fighting", "expel diplomats in response to the arrest": what an act ends or answers is its background, not an act of that day.
    if (ENDED_NOUN.test(text.slice(Math.max(0, t.start - 50), t.start))) continue;
    // "rejected the Greek protest and condemned …": the protest is what the rejection answers; "condemned" tells the clause's DISAPPROVE.
    if ([main, ...pool].some((r) => r !== t && rejectedObject(text, { plover: r.plover, trigger: 'trigger' in r ? r.trigger : r }, t))) continue;
    told.add(category);
    spans.push(t);
    out.push(besideMain(main, t, actorsOf, modeOf, `co-${finderOf(t)}`));
  }
  return out;
}

/** Words before a meeting or an agreement that make it the setting of the clause's act ("agreed … at an unofficial summit", "on the occasion of the meeting"), each followed by the words up to the trigger. */
const SETTING_OPENER = /\b(?:at|during|on the occasion of|on the (?:sidelines|margins) of|in the course of|ahead of|on)\s+/giu;
/** The words between an opener and the trigger: at most six. */
const SETTING_WORDS = /^(?:[\p{L}\p{N}'’.-]+\s+){0,6}$/u;
/** A conjunction: the phrase an opener began has ended ("on 4 May 2019 and held talks"). */
const CONJUNCTION = /^(?:and|or|but|nor|then|while|whereas|so|yet)$/i;
/** A finite verb: a new clause, whose trigger is an act, not the opener's setting ("at the ceremony Zambia held talks"). */
const FINITE_VERB = /^(?:is|are|was|were|has|have|had|did|does|will|would|shall|held|met|made|took|gave|began|sent|went|came|said|told|hold|holds|meet|meets)$/;
/** A word that makes a following "-ed" word a verb, not an adjective ("Zambia signed", "they opened"; "the expanded talks" is an adjective). */
const VERB_SUBJECT = /^(?:\p{Lu}[\p{L}'’.-]*|they|he|she|it|we|sides)$/u;
/** A date or a day right after "on": the time of the act, not its setting ("on 4 May 2019", "on Monday"). */
const DAY_AFTER_ON = /^(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/i;

/**
 * Whether the text before a trigger ends in a setting phrase: an opener and at most six words
 * that hold no conjunction (but one joining two names: "the Zambia and Malawi talks") and no
 * finite verb; after a bare "on", no date.
 */
function settingBefore(before: string): boolean {
  for (const m of before.matchAll(SETTING_OPENER)) {
    const rest = before.slice(m.index + m[0].length);
    if (!SETTING_WORDS.test(rest)) continue;
    const words = rest.split(/\s+/).filter(Boolean);
    if (/^on\s+$/i.test(m[0]) && DAY_AFTER_ON.test(rest)) continue;
    const ends = words.some((w, i) => {
      const name = (j: number) => j >= 0 && j < words.length && /^\p{Lu}/u.test(words[j]!);
      if (CONJUNCTION.test(w)) return !(name(i - 1) && name(i + 1));
      return FINITE_VERB.test(w) || (/^[a-z]+ed$/.test(w) && i > 0 && VERB_SUBJECT.test(words[i - 1]!));
    });
    if (!ends) return true;
  }
  return false;
}
/** A "when" or "while" clause a meeting is told in, up to its comma: the occasion of the main act ("when the ministers met in Gaborone, they issued …"). */
const WHEN_CLAUSE = /\b(?:when|while)\s+[^,;.:]*$/i;
/** A verb right after a meeting that makes it the clause's subject ("the politburo meeting agreed …"): the meeting did the act. */
const SUBJECT_OF = /^\s*(?:agreed|decided|adopted|approved|resolved|endorsed|concluded|issued|reaffirmed|noted|called)\b/i;

/** Whether a trigger is the setting or the doer of its clause's act, not an act of its own. */
function isSetting(text: string, t: Span): boolean {
  const before = text.slice(Math.max(0, t.start - 160), t.start);
  return settingBefore(before.slice(-80)) || WHEN_CLAUSE.test(before) || SUBJECT_OF.test(text.slice(t.end, t.end + 20));
}

/** An event the main one's clause tells beside it, through trigger t: the main one's date and passage, t's type, actors (else the main one's) and mode. */
export function besideMain(main: Omit<EventAnnotation, 'stage'>, t: Trigger, actorsOf: (t: Trigger) => EventActor[], modeOf: (t: Trigger) => EventMode, rule: string): Omit<EventAnnotation, 'stage'> {
  const actors = actorsOf(t);
  return {
    ...main,
    type: t.type.id,
    plover: t.plover,
    trigger: { start: t.start, end: t.end },
    actors: actors.length ? actors : main.actors,
    mode: modeOf(t),
    confidence: Math.min(main.confidence, 0.6),
    rule: `${main.rule}+${rule}`,
  };
}

/**
 * What opens a phrase that sets a clause on an occasion: "during a visit to Lima", "on the
 * occasion of the signing of the treaty", "while visiting Quito", "on the Chilean leader's first
 * foreign trip", "on his visit to Quito" ("on" only before a possessive, so that "on trade" and "on Monday" are none; "during
 * which" opens a relative clause, which tells what was done on the occasion before it).
 */
const OCCASION_BEFORE =
  /(?:\b(?:during|on the occasion of|at the occasion of|in the course of|on the sidelines of|while|on the \w+ day of)\s+(?!which\b|whom\b)(?:[\p{L}\p{N}'’.-]+\s+){0,6}|\bon\s+(?:(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}[\p{L}.-]+['’]s|his|her|their)\s+(?:[\p{L}-]+\s+){0,3})$/iu;

/** Whether a trigger heads an occasion phrase: the phrase's words before it stay in its clause. */
export function inOccasion(text: string, t: Span): boolean {
  const before = text.slice(Math.max(0, t.start - 90), t.start);
  const m = OCCASION_BEFORE.exec(before);
  return !!m && !/[,;:()]/.test(m[0]);
}

/** A definite article or demonstrative right before an occasion's noun: "during the visit", "at that meeting". */
const TOLD_BEFORE = /\b(?:the|that|this)\s+$/i;

/** The type of meetings: one that sets an occasion is the act's place, not an act of its own. */
const MEETING = 'summit_or_meeting';

/**
 * The acts of one date that a clause tells in parts of their own, each an event beside the
 * main one: an occasion and what was done on it ("During a visit to Lima in 2014, the two
 * presidents agreed to raise ties to a strategic partnership": a visit and an upgrade; "the
 * joint statement issued on the occasion of the signing of the treaty": a statement and a
 * signing), and clauses a semicolon parts ("1991: Chile gains a seat; Peru opens a trade
 * office": two acts). The occasion (or the other clause) gives the best-ranked trigger of
 * another type than the main one's, not overlapping it; acts of friction are `coEvents`' work.
 * A trigger in `taken` (the spans `coEvents` already made events of) is no candidate: one
 * trigger tells at most one event.
 */
export function partEvents(
  text: string,
  main: Omit<EventAnnotation, 'stage'>,
  pool: Trigger[],
  actorsOf: (t: Trigger) => EventActor[],
  modeOf: (t: Trigger) => EventMode,
  taken: Span[] = [],
): Omit<EventAnnotation, 'stage'>[] {
  const { separate } = eventTypes();
  const mainTrigger = pool.find((t) => t.start === main.trigger.start && t.end === main.trigger.end);
  if (!mainTrigger || separate.has(main.plover.type)) return [];
  const mainInOccasion = inOccasion(text, mainTrigger);
  const apart = (t: Trigger) => {
    const [a, b] = t.start < mainTrigger.start ? [t, mainTrigger] : [mainTrigger, t];
    return text.slice(a.end, b.start).includes(';');
  };
  const others = pool
    .filter((t) => t.type.id !== main.type && !separate.has(t.plover.type) && (t.end <= mainTrigger.start || t.start >= mainTrigger.end))
    .filter((t) => !taken.some((o) => t.start < o.end && o.start < t.end))
    // A meeting that sets the occasion ("on the sidelines of the regional summit") is where the act was done, not an act of the pair.
    .filter((t) => (inOccasion(text, t) !== mainInOccasion && !(inOccasion(text, t) && t.type.id === MEETING)) || apart(t))
    .sort((a, b) => a.priority - b.priority || a.start - b.start);
  const t = others[0];
  // "did not sign a trade agreement during the visit, but …": an occasion named by "the" and its noun alone is the one told before, no new event.
  if (
    !t ||
    (inOccasion(text, t) &&
      !apart(t) &&
      !/\s/.test(text.slice(t.start, t.end)) &&
      TOLD_BEFORE.test(text.slice(Math.max(0, t.start - 5), t.start)) &&
      /^\s*(?:[,;.)]|but\b|and\b|$)/.test(text.slice(t.end, t.end + 5)))
  )
    return [];
  return [besideMain(main, t, actorsOf, modeOf, apart(t) ? 'clause' : 'occasion')];
}

/**
 * A news headline tells the story's main event, which its body dates: "Philippines summons
 * Chinese ambassador" (dated by the publication day, as a headline states no date) takes the
 * date of the body's first event of the same PLOVER category that states its own ("summoned
 * yesterday"), so the two are one event told twice. A headline with no such event keeps the day.
 * @example datedHeadlines([{ …headline, date: '2023-08-08', dateSource: 'document' }, { …body, date: '2023-08-07', dateSource: 'sentence' }], headingBlock)[0].date // → '2023-08-07'
 */
export function datedHeadlines<E extends Omit<EventAnnotation, 'stage'>>(events: E[], headline: Span | undefined): E[] {
  if (!headline) return events;
  return events.map((e) => {
    if (e.dateSource !== 'document' || e.start < headline.start || e.end > headline.end) return e;
    const told = events.find((b) => b.start >= headline.end && b.dateSource === 'sentence' && b.plover.type === e.plover.type && b.type === e.type);
    return told ? { ...e, date: told.date, dateSource: 'context' as const, rule: `${e.rule}+headline` } : e;
  });
}

/** A trigger's words without their endings: "summons" and "summoned" are one act, "protests" and "protest" one noun. */
function stems(words: string): string[] {
  return (words.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.replace(/(?:es|s|ed|d|ing)$/, ''));
}

/** A sentence that opens with a definite noun phrase whose head is the trigger: "The protest condemned …", "This attack was …". */
const DEFINITE_SUBJECT = /^[\s"“'‘]*(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A verb in the present perfect: "has been summoned", "have expelled". */
const PERFECT = /\b(?:has|have)\s+(?:(?:also|now|again|already)\s+)?(?:been\s+)?$/i;

/**
 * News narration: an act told with no date of its own that points back to an act the report
 * dates takes that act's date, not the publication day. Two forms point back: a sentence whose
 * subject is a definite noun phrase naming the act again ("… handed him a diplomatic protest
 * yesterday. The protest condemned the vessels' behaviour"), and the present perfect of the
 * verb that tells a dated act ("Huang has been summoned …" in the lede of a story whose body
 * says "Yesterday, the government summoned China's ambassador"). The act pointed to is the
 * nearest one told before with the same word (by the present perfect, else the nearest after),
 * dated by its own sentence or its occasion; the sentence's other acts follow it. A state of
 * affairs or background ("had sent", "has long") never took the publication day and is not
 * touched. `dated` lists the words of the triggers of every dated sentence with its date;
 * `meetingActs` says the document is a joint statement whose paragraphs tell acts of its meeting.
 * @example "Manila handed Beijing a protest note on Monday. The note condemned …" (report of Wednesday): "condemned" is Monday's
 */
export function anaphoricDates<E extends Omit<EventAnnotation, 'stage'>>(text: string, events: E[], dated: { start: number; words: string; date: string }[], meetingActs = false): E[] {
  const redated = new Map<number, { date: string; rule: string }>();
  // The dated acts by the stems of their words, in document order: each is looked up once per stem, not scanned per undated act.
  const byStem = new Map<string, { start: number; date: string }[]>();
  for (const d of dated)
    for (const w of new Set(stems(d.words))) {
      const list = byStem.get(w);
      if (list) list.push(d);
      else byStem.set(w, [d]);
    }
  for (const e of events) {
    if (e.dateSource !== 'document' || redated.has(e.start)) continue;
    const before = text.slice(e.start, e.trigger.start);
    // In a joint statement (`meetingActs`) a verb the verb finder read ("The Croatian side agreed …") is a paragraph's own act
    // of the meeting, not a subject naming an act told before; in news "The Slovenian ministry froze …" may tell one again.
    const definite = !(meetingActs && /^(?:wordnet-)?verb\b/.test(e.rule)) && DEFINITE_SUBJECT.test(before);
    const perfect = !definite && PERFECT.test(text.slice(Math.max(e.start, e.trigger.start - 40), e.trigger.start));
    if (!definite && !perfect) continue;
    const head = definite ? stems(text.slice(e.trigger.start, e.trigger.end)).pop() : stems(text.slice(e.trigger.start, e.trigger.end))[0];
    if (!head || head.length < 4) continue;
    const same = (byStem.get(head) ?? []).filter((d) => d.start !== e.start);
    const pointed = same.filter((d) => d.start < e.start).pop() ?? (perfect ? same.find((d) => d.start > e.start) : undefined);
    if (pointed) redated.set(e.start, { date: pointed.date, rule: definite ? '+anaphor' : '+perfect' });
  }
  if (!redated.size) return events;
  return events.map((e) => {
    const r = e.dateSource === 'document' ? redated.get(e.start) : undefined;
    return r ? { ...e, date: r.date, dateSource: 'context' as const, rule: `${e.rule}${r.rule}` } : e;
  });
}

/** Whether a day lies in a month ("2024-09") or an interval ("2023-08-05/2023-08-06"). */
function dayWithin(day: string, period: string): boolean {
  if (period.includes('/')) {
    const [from, to] = period.split('/');
    return !!from && !!to && day >= from && day <= to.padEnd(10, '9');
  }
  return period.length === 7 && day.startsWith(`${period}-`);
}

/** A trigger's act without hyphens and endings: "stand-off" and "standoff" are one act. */
const actStems = (text: string, e: { trigger: Span }) => stems(text.slice(e.trigger.start, e.trigger.end).replace(/-/g, ''));

/**
 * News narration: an act a report dates by a period relative to its day ("a stand-off over the
 * weekend", "detained earlier this week") takes the day the report gives the same act elsewhere
 * ("The standoff occurred on Saturday", "police detained the four men on Monday"), when that day
 * lies in the period. The same act is the same trigger word (hyphens and endings aside). Only a
 * period a relative expression gave: "in September 2024" beside "on 16 September" may tell two acts.
 * @example "… a stand-off over the weekend. The standoff occurred on Saturday …" (report of Tuesday 8 August 2023): the first is 5 August
 */
export function finerDates<E extends Omit<EventAnnotation, 'stage'>>(text: string, events: E[]): E[] {
  // The acts the report dates to a day, with their words, found once.
  const days = events.filter((f) => f.dateSource === 'sentence' && f.date.length === 10).map((f) => ({ f, words: actStems(text, f).filter((w) => w.length > 3) }));
  return events.map((e) => {
    // An occasion's days from its length ("a three-day visit", `occasion-span.ts`) are no vague period.
    if (e.dateSource !== 'sentence' || !e.rule.includes('relative-date') || e.rule.includes('occasion-span') || !(e.date.includes('/') || e.date.length === 7)) return e;
    const act = actStems(text, e);
    const finer = days.find(({ f, words }) => f.start !== e.start && dayWithin(f.date, e.date) && words.some((w) => act.includes(w)))?.f;
    return finer ? { ...e, date: finer.date, rule: `${e.rule}+finer` } : e;
  });
}
