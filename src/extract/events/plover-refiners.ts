import type { EntityMention, EventAnnotation } from '../../model/annotation.js';
import { eventTypes } from './event-types.js';
import { admittedRules, ploverRules } from './plover-rules.js';
import { refineByClause, refineByLemma, refineByPolarity, refineBySetting } from './plover-lemmas.js';
import { refineByNamed } from './plover-table.js';

/**
 * Refiners of an event's PLOVER category: the category follows what the clause's actor does,
 * not the trigger word alone (`recategorise` in event-types.json).
 * - By agent: "Palestinian militants captured a soldier" and "the capture of two soldiers by
 *   guerrillas" are ASSAULT, where "the coast guard captured a trawler" is COERCE.
 * - By polarity: "said he had no apologies" and "did not endorse the attack" deny a concession
 *   or a backing: REJECT, asserted. A statement's own content may deny ("an ally … a friend it
 *   would never abandon"): the statement was still made, asserted, its category what it says.
 * - By a doer of a kind: "Armenia protested" is a state's disapproval; "thousands protested" a demonstration.
 * Each change is added to the event's rule (`+plover-agent`, `+plover-negated`).
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** What ends the clause a doer's noun phrase stands in, looking back from the act. */
const CLAUSE_OPEN = /[,;:"“”(]|\b(?:and|but|after|when|while|as|because|since|before|that|which|who|whom)\b/gi;
/** "was captured", "were seized": a passive act, whose subject is what was done to. */
const PASSIVE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i;

/** A subject's noun phrase at the start of its clause: its first word and up to two more, ending before a past form ("Armed men crossed"). */
const SUBJECT_HEAD = /^\s*[\w'’-]+(?:\s+(?![\w'’-]*ed\b)[\w'’-]+){0,2}/;

/**
 * The doer of the act a trigger names: the agent after "by" when there is one, else the subject before it in its clause (a span of the text).
 * A verb joined by "and" to the clause's first verb has that clause's subject ("Armed men crossed the lake and opened fire": the
 * armed men), read as the first words of the clause, which must open the passage or follow a clause's opening word.
 */
export function doerSpan(text: string, e: Pick<Event, 'start' | 'end' | 'trigger'>): { start: number; end: number } {
  const afterEnd = Math.min(e.end, e.trigger.end + 80);
  const after = text.slice(e.trigger.end, afterEnd).split(/[,;.]/)[0]!;
  const by = /\bby\s+(.{1,50})/i.exec(after);
  if (by) return { start: e.trigger.end + by.index + by[0].length - by[1]!.length, end: e.trigger.end + by.index + by[0].length };
  const from = Math.max(e.start, e.trigger.start - 80);
  const lead = text.slice(from, e.trigger.start);
  if (PASSIVE.test(lead)) return { start: e.trigger.start, end: e.trigger.start };
  const open = [...lead.matchAll(CLAUSE_OPEN)].pop();
  const start = open ? from + open.index! + open[0].length : from;
  if (!open || open[0].toLowerCase() !== 'and' || text.slice(start, e.trigger.start).trim()) return { start, end: e.trigger.start };
  return conjoinedSubject(text, e.start, from + open.index!) ?? { start, end: e.trigger.start };
}

/** The subject of the clause before a joining "and" (at `andAt`): its first words, when the clause opens the passage or follows an opening word (within 160 characters). */
function conjoinedSubject(text: string, passageStart: number, andAt: number): { start: number; end: number } | undefined {
  const from = Math.max(passageStart, andAt - 160);
  const previous = [...text.slice(from, andAt).matchAll(CLAUSE_OPEN)].pop();
  if (!previous && from !== passageStart) return undefined;
  const start = previous ? from + previous.index! + previous[0].length : from;
  const head = SUBJECT_HEAD.exec(text.slice(start, andAt));
  return head ? { start, end: start + head[0].length } : undefined;
}

/** Where the subject of a passive begins, looking back from its verb: not at a comma ("200,000 aliens, most of them Nigerians, were expelled"). */
const PASSIVE_SUBJECT_OPEN = /[;:"“”(]|\b(?:and|but|after|when|while|because|since|before|that|which|who|whom|under)\b/gi;

/**
 * The trigger and the words after it in its clause: what the act is done to ("severed ties with
 * Rabat"); for a passive ("200,000 aliens were expelled") also its subject, which is what was
 * done to.
 */
export function triggerWithObject(text: string, e: Pick<Event, 'start' | 'trigger'>): string {
  const after = text.slice(e.trigger.start, Math.min(text.length, e.trigger.end + 80)).split(/[.;]/)[0]!;
  const from = Math.max(e.start, e.trigger.start - 80);
  const lead = text.slice(from, e.trigger.start);
  if (!PASSIVE.test(lead)) return after;
  const open = [...lead.matchAll(PASSIVE_SUBJECT_OPEN)].pop();
  return `${lead.slice(open ? open.index! + open[0].length : 0)}${after}`;
}

/**
 * The event with the type and category the words of its passage give when no trigger typed it
 * (`forOther` of lexicon/plover.json: "First session of the joint commission"), else the one its
 * predicate's lemma or a statement's content gives (`refineByLemma`, events/plover-lemmas.ts:
 * "exempted" CONCEDE), the category its trigger's word and object give (`byArguments` of
 * lexicon/plover.json: "severed ties" is SANCTION, "closed the shops" COERCE), then the one
 * its mode gives (`byMode`: "will finance" is a promise, AGREE), then the one the words right
 * before its trigger give (`byLead`: "must withdraw" is a demand), then, for an act still OTHER, the decision table
 * of its clause's verb and object or its clause's verb (`refineByClause`: "moved troops to the border" MOBILIZE), or
 * itself, else the side its clause's polarity words lean to (`refineByPolarity`), else the category of a noun its clause names
 * (`refineByNamed`, events/plover-table.ts: "1904 – Treaty of Ulaangom on borders" AGREE); each change is named in the rule (`+plover:break-relations`, `+plover-table:forces-sent`).
 */
export function refineByArguments<E extends Event>(text: string, e: E): E {
  const rules = ploverRules();
  const { byMode, byLead, forOther } = rules;
  // "told a news conference": a saying, coded by what it says, not a consultation.
  let out = refineBySetting(text, e);
  // An act no trigger typed takes the type its passage's words give, unless its setting coded it as a saying.
  if (out.type === 'other' && !out.rule.includes('+plover-said')) {
    const passage = text.slice(e.start, e.end);
    const trigger = text.slice(e.trigger.start, e.trigger.end);
    const o = forOther.find((x) => x.words.test(passage) && (!x.trigger || x.trigger.test(trigger)) && !x.unless?.test(passage));
    if (o) out = { ...out, type: o.type, plover: o.to, rule: `${out.rule}+plover:${o.id}` };
  }
  // An event still without a category takes the one its predicate's lemma (or a statement's content) gives.
  out = refineByLemma(text, out);
  const words = triggerWithObject(text, e);
  const trigger = text.slice(e.trigger.start, e.trigger.end);
  const lead = text.slice(Math.max(e.start, e.trigger.start - 60), e.trigger.start);
  const r = admittedRules(rules, out.plover.type, trigger).find((x) => x.object.test(x.withLead ? lead + words : words) && !x.unless?.test(words));
  if (r) out = { ...out, plover: r.to, ...(r.type ? { type: r.type } : {}), rule: `${out.rule}+plover:${r.id}` };
  const m = byMode.find((x) => x.mode === out.mode && x.from.has(out.plover.type));
  if (m) out = { ...out, plover: m.to, rule: `${out.rule}+plover:${m.id}` };
  const l = byLead.find((x) => x.from.has(out.plover.type) && x.lead.test(x.clause ? text.slice(e.start, e.trigger.start) : lead) && (!x.trigger || x.trigger.test(trigger)) && !x.unless?.test(words));
  // What another is told it must do is the speaker's demand, asserted (`asserts`); talks paused keep their mode.
  if (l) out = { ...out, plover: l.to, ...(l.asserts ? { mode: 'asserted' as const } : {}), ...(l.type ? { type: l.type } : {}), rule: `${out.rule}+plover:${l.id}` };
  // An act still OTHER takes the category its clause's verb and object give (the decision table), else its clause's verb,
  // else, untyped, the side its passage's polarity words lean to, else the category of what its clause names (an agreement).
  return refineByNamed(text, refineByPolarity(text, refineByClause(text, out)));
}

/** The event with the PLOVER category its trigger's object, its mode, its doer and its polarity give, or itself; a threat told as planned or hypothetical is asserted (`toldAsMade`). */
export function refineCategory<E extends Event>(text: string, event: E, entities: EntityMention[] = []): E {
  const refined = byAgentAndPolarity(text, refineByArguments(text, event), entities);
  const made = ploverRules().toldAsMade.has(refined.plover.type) && (refined.mode === 'planned' || refined.mode === 'hypothetical');
  return made ? { ...refined, mode: 'asserted', rule: `${refined.rule}+plover-made` } : refined;
}

/** The event with the category its doer and its polarity give (`recategorise` in event-types.json), or itself. */
function byAgentAndPolarity<E extends Event>(text: string, e: E, entities: EntityMention[]): E {
  const { byAgent, negated } = eventTypes().recategorise;
  // A statement's denial is its content's: the statement was made, its category what it says.
  if (e.mode === 'negated' && /\+statement\b/.test(e.rule)) return { ...e, mode: 'asserted', rule: `${e.rule}+plover-said` };
  if (e.mode === 'negated') {
    const r = negated.find((x) => x.from.has(e.plover.type));
    if (r) return { ...e, plover: r.to, mode: 'asserted', rule: `${e.rule}+plover-negated` };
  }
  const agentRules = byAgent.filter((x) => x.from.has(e.plover.type));
  if (!agentRules.length) return e;
  const doer = doerSpan(text, e);
  const words = text.slice(doer.start, doer.end);
  const trigger = text.slice(e.trigger.start, e.trigger.end);
  const r = agentRules.find(
    (x) => (!x.trigger || x.trigger.test(trigger)) && (x.agents?.test(words) || (x.kinds && entities.some((m) => x.kinds!.has(m.kind) && m.start >= doer.start && m.end <= doer.end))),
  );
  return r ? { ...e, plover: r.to, rule: `${e.rule}+plover-agent` } : e;
}
