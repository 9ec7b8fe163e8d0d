import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import { eventDate } from './event-dates.js';
import { span } from '../time/calendar.js';
import { ploverRules } from './plover-rules.js';
import { categoryOfLemma } from './plover-lemmas.js';
import { clauseCategory } from './event-types.js';

type Told = Pick<EventAnnotation, 'start' | 'end' | 'date' | 'dateSource' | 'mode' | 'trigger' | 'plover' | 'rule'> & { type?: string };

/**
 * Plans told as such: an act whose date lies after the report's, and an act a speaker says will
 * come ("the two governments said they would hold the next meeting in Beijing"). The words of a
 * clause give an event its mode (`event-mode.ts`: "will", "plans to", "is expected to"); these
 * refiners read what the words alone cannot, over the list of a document's events. A negated
 * act ("said they would not attend") stays negated, and a conditional one ("would expel
 * diplomats if the incidents continued") hypothetical; "may" is a doubt only in lower case ("in May" is a month).
 */

/** A reporting or committing verb, then "would" in the same clause before the trigger: "said they would", "agreed that the ministers would". */
const REPORTED_FUTURE =
  /\b(?:said|says|told|announced|added|stated|confirmed|indicated|agreed|decided|pledged|promised|vowed|undertook)\b[^,;:.()]*\bwould\b(?!\s+(?:not|never|have)\b|n't)[^,;:.()]*$/i;
/** A condition or a doubt anywhere in the clause makes it hypothetical, not planned. */
const CONDITION = /\b(?:[Ii]f|[Uu]nless|[Cc]ould|[Mm]ight|may|[Pp]erhaps|[Pp]ossibly)\b/;

/** The event told as planned. Its PLOVER category stays the one its words gave: a promise (`byMode`) is read from words of the future, not from a date. */
function asPlanned<T extends Told>(e: T, why: string): T {
  return { ...e, mode: 'planned', rule: `${e.rule}+${why}` };
}

/**
 * An act told with its own date after the report's can only be planned ("agreed to mark the anniversary in 2025", in a 2024 statement).
 * A report date given as uncertain or approximate ("2014?", "2019~" in EDTF) cannot tell a plan from a past act.
 */
function afterReport<T extends Told>(e: T, documentDate: string | undefined): T {
  // A threat or a demand is made by telling it, whenever what it threatens would come (`toldAsMade`).
  if (e.mode !== 'asserted' || e.dateSource === 'document' || !documentDate || /[?~%]/.test(documentDate) || !e.date || ploverRules().toldAsMade.has(e.plover.type)) return e;
  return span(e.date)[0] > span(documentDate)[1] ? asPlanned(e, 'planned-after-report') : e;
}

/** "would" after a verb that reports or commits is a future told, not a condition ("said they would hold talks next month"). */
function reportedFuture<T extends Told>(e: T, text: string): T {
  if (e.mode !== 'hypothetical' || ploverRules().toldAsMade.has(e.plover.type)) return e;
  const lead = text.slice(e.start, e.trigger.start);
  const m = REPORTED_FUTURE.exec(lead);
  if (!m || CONDITION.test(lead.slice(m.index)) || CONDITION.test(text.slice(e.trigger.end, e.end))) return e;
  return asPlanned(e, 'planned-reported');
}

/**
 * A plan takes the date it is planned for: "said on Monday he would visit Abuja in July" is a
 * visit in July, not on Monday. The first dated time after the trigger in its passage, later than
 * the date the event took from before the trigger, dates it, unless another event already has
 * that trigger and that date.
 */
function plannedFor<T extends Told>(e: T, times: TimeAnnotation[], events: T[]): T {
  if (e.mode !== 'planned' || e.dateSource === 'document') return e;
  const next = times.find((t) => t.start >= e.trigger.end && t.end <= e.end && t.edtf);
  const before = times.some((t) => t.end <= e.trigger.start && t.start >= e.start && t.edtf && eventDate(t) === e.date);
  if (!next || !before) return e;
  const date = eventDate(next);
  if (span(date)[0] <= span(e.date)[1]) return e;
  if (events.some((x) => x !== e && x.trigger.start === e.trigger.start && x.date === date)) return e;
  return { ...e, date, rule: `${e.rule}+planned-for` };
}

/**
 * The events of a document with the modes their dates and reported futures give.
 * @example plannedEvents('They said they would meet in Hanoi in May.', [{ start: 0, end: 43, trigger: { start: 24, end: 28 }, mode: 'hypothetical', date: '2024-05', dateSource: 'sentence', plover: { type: 'CONSULT', mode: '' }, rule: 'verb' }], '2024-03-01')[0].mode // → 'planned'
 */
export function plannedEvents<T extends Told>(text: string, events: T[], documentDate?: string, times: TimeAnnotation[] = []): T[] {
  const moded = events.map((e) => afterReport(reportedFuture(e, text), documentDate));
  const planned = moded.map((e) => plannedFor(e, times, moded));
  const { acts, added } = announcedPlans(text, planned, documentDate);
  return [...acts, ...added];
}

/** A commitment to a later act, right before it in its clause: "agreed to", "decided to", "pledged to", "accepted the invitation to". */
const COMMITTED = /\b(?:agreed|decided|resolved|pledged|undertook|promised|vowed|accepted\s+(?:an|the|their|his|her|its)\s+invitation)(?=\s+to\b[^;:.()]*$)/gi;

/** PLOVER's AGREE: "agreeing to, offering or promising aid or cooperation in the future", as the lexicon's `promise` rule (lexicon/plover.json) codes it. */
const PROMISE = { type: 'AGREE', mode: 'promise' };

/**
 * A plan announced at a dated event (issue 10's "plannedAfter"): "agreed to mark its 120th
 * anniversary in 2025", in a statement of 12 April 2024, tells an agreement of that day and an act
 * planned for 2025; "accepted an invitation to visit China next year", an acceptance of the
 * report's day and a visit of next year. Beside each act dated after the report by its own clause,
 * an asserted event of the report's day, through the committing words, with the plan's passage and
 * type, of PLOVER category AGREE (the commitment, whatever the act committed to). The report's day must be a day; a plan dated by a day before it ("said on Monday they
 * would meet in July") took no date after the report from its clause, and is left alone.
 * @example announcedPlans('They agreed to meet in 2025.', [{ …plan, date: '2025', mode: 'planned', rule: 'verb+date+planned-after-report' }], '2024-04-12')[0].date // → '2024-04-12'
 */
function announcedPlans<T extends Told>(text: string, events: T[], documentDate: string | undefined): { acts: T[]; added: T[] } {
  if (!documentDate || !/^\d{4}-\d\d-\d\d$/.test(documentDate)) return { acts: events, added: [] };
  const out: T[] = [];
  const acts = events.map((e) => {
    if (e.mode !== 'planned' || e.dateSource !== 'sentence' || !e.rule.endsWith('planned-after-report')) return e;
    // The trigger may be the committing verb itself ("agreed" to mark …): its "to" is read with it.
    const lead = text.slice(e.start, e.trigger.end) + (/^\s+to\b/.exec(text.slice(e.trigger.end, e.trigger.end + 6))?.[0] ?? '');
    const m = [...lead.matchAll(COMMITTED)].pop();
    if (!m) return e;
    const trigger = { start: e.start + m.index!, end: e.start + m.index! + m[0].length };
    if (![...events, ...out].some((x) => x.start === e.start && x.date === documentDate && x.trigger.start < trigger.end && trigger.start < x.trigger.end))
      out.push({ ...e, date: documentDate, dateSource: 'document', mode: 'asserted', trigger, plover: PROMISE, rule: `${e.rule}+announced` });
    return plannedAct(text, e, trigger);
  });
  return { acts, added: out };
}

/** Words of a gathering: a plan to hold one is a consultation ("agreed to hold the next Joint Commission in 2027"). */
const GATHERING = /\b(?:meetings?|consultations?|commissions?|committees?|talks|summits?|dialogues?|sessions?|rounds?|conferences?|forums?|visits?)\b/i;

/**
 * The plan's own act (session 35): a planned event whose trigger is the committing verb itself ("agreed" to hold the next
 * commission in 2027, in a statement of 2026) is the act agreed to, of its own category, where the agreeing is the AGREE
 * of the report's day that `announcedPlans` tells beside it. The category is the infinitive's lemma's ("to resume":
 * COOPERATE; "to meet": CONSULT), else a gathering held CONSULT; only these two are taken (a plan agreed on together is
 * cooperation). Any other act ("to cut tariffs", "to ban", "to reduce troops"), a plan to sign, or to give aid, stays AGREE:
 * PLOVER codes a promise of aid as AGREE (`byMode` `promise` in lexicon/plover.json).
 * @example plannedAct('They agreed to hold the next Joint Commission in 2027.', { …plan, trigger: { start: 5, end: 11 }, plover: { type: 'AGREE', mode: 'agreement' } }, { start: 5, end: 14 }).plover // → { type: 'CONSULT', mode: 'meeting' }
 */
function plannedAct<T extends Told>(text: string, e: T, committed: { start: number; end: number }): T {
  if ((e.type ? clauseCategory(e.type, e.plover) : e.plover.type) !== 'AGREE' || e.trigger.start >= committed.end || committed.start >= e.trigger.end) return e;
  const clause = text.slice(committed.end, e.end).split(/[;:.]/)[0]!;
  const verb = /^\s+to\s+(?:(?:also|jointly|further)\s+)?([a-z]+)\b/i.exec(clause)?.[1]?.toLowerCase();
  if (!verb) return e;
  // Only a meeting or a joint activity is the plan's own act: a tariff cut or a ban agreed on together is no sanction.
  const plover = categoryOfLemma(verb, false)?.plover ?? (GATHERING.test(clause) ? { type: 'CONSULT', mode: 'meeting' } : undefined);
  if (plover?.type !== 'CONSULT' && plover?.type !== 'COOPERATE') return e;
  return { ...e, plover, rule: `${e.rule}+planned-act` };
}
