import type { EventActor, EventAnnotation, EventMode } from '../../model/annotation.js';
import { clauseCategory, finderOf, type Trigger } from './event-types.js';
import { tag, type Token } from '../nlp/tagger.js';
import { besideMain, inOccasion } from './event-refiners.js';

type Event = Omit<EventAnnotation, 'stage'>;

/** A comma, a participle and up to three words of its object before a trigger: "…, signing three agreements", "…, holding talks". */
const PARTICIPLE_PHRASE = /,\s*(\p{L}+ing)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$|,\s*$/iu;

/**
 * Whether a trigger opens a participle phrase after a comma or is its object ("…, signing three
 * agreements", "…, holding talks on trade"): the phrase's first word a verb ending in "-ing".
 */
function commaParticiple(text: string, tokens: Token[], t: Trigger): boolean {
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  const m = PARTICIPLE_PHRASE.exec(before);
  if (!m) return false;
  const verbStart = m[1] ? t.start - before.length + m.index + m[0].indexOf(m[1]) : t.start;
  const first = tokens.find((k) => k.start === verbStart);
  return !!first && first.pos === 'VERB' && /ing$/i.test(text.slice(first.start, first.end));
}

/**
 * The act a participle after a comma tells beside the act of the clause it hangs on, each an
 * event of the same date: "Kenya and Uganda held talks in Nairobi on 4 March 2021, signing three
 * agreements" is talks and a signing. The participle's doer is the clause's subject (the main
 * act's actors when the main act is the clause's); when the participle is the main act, the
 * clause's own act is the best-ranked trigger before it in its clause (no ";" or bracket
 * between, not in an occasion phrase). Acts of a type or PLOVER category already told are facets
 * of those, and an act no type names ("issued a joint statement, elevating ties to …") is the
 * other's vehicle, not an act of its own. Runs after `conjoinedEvents`, whose events and those before it it is given in `told`.
 */
export function participleEvents(text: string, main: Event, pool: Trigger[], told: Event[], actorsOf: (t: Trigger) => EventActor[], modeOf: (t: Trigger) => EventMode): Event[] {
  const mainTrigger = pool.find((t) => t.start === main.trigger.start && t.end === main.trigger.end);
  if (!mainTrigger || pool.length < 2) return [];
  const tokens = tag(text.slice(main.start, main.end), main.start);
  const types = new Set(told.map((e) => e.type));
  const categories = new Set(told.map((e) => clauseCategory(e.type, e.plover)));
  const spans = told.map((e) => e.trigger);
  const fresh = (t: Trigger) => t.type.id !== 'other' && !types.has(t.type.id) && !categories.has(clauseCategory(t.type.id, t.plover)) && !spans.some((o) => t.start < o.end && o.start < t.end);
  if (commaParticiple(text, tokens, mainTrigger)) {
    const head = pool
      .filter((t) => t.end <= mainTrigger.start && fresh(t) && !inOccasion(text, t) && !/[;()]/.test(text.slice(t.end, mainTrigger.start)))
      .sort((a, b) => a.priority - b.priority || b.start - a.start)[0];
    return head ? [besideMain(main, head, actorsOf, modeOf, `participle-head-${finderOf(head)}`)] : [];
  }
  const out: Event[] = [];
  for (const t of [...pool].sort((a, b) => a.start - b.start)) {
    if (t.start < mainTrigger.end || !fresh(t) || !commaParticiple(text, tokens, t) || /[;()]/.test(text.slice(mainTrigger.end, t.start))) continue;
    types.add(t.type.id);
    categories.add(t.plover.type);
    spans.push(t);
    out.push({ ...besideMain(main, t, actorsOf, modeOf, `participle-${finderOf(t)}`), actors: main.actors });
  }
  return out;
}
