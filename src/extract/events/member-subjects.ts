import type { EntityMention, EventAnnotation } from '../../model/annotation.js';
import { eventTypes } from './event-types.js';

/**
 * Who "became members of" a body (session 39 review, issue 10): a state's membership is told with a state, the pair or a
 * noun of states for subject ("Estonia and Latvia became members of the EU", "Both States became members of …", "In 1995 it
 * became a member of ASEAN"); people becoming members ("two Latvian judges became members of the court", "Estonian traders
 * in Riga became members of the chamber of commerce", "several Latvian MPs became members of a friendship group") are no
 * state's membership, whatever demonym or capital their phrase holds.
 *
 * The subject is read from the start of the trigger's clause (the sentence's start, the last comma, semicolon, colon or
 * parenthesis before the verb, or the last conjunction or complementiser: "Recalling that both States became …", "but Venezuela
 * became …"; a "who" makes it a person's), less a time phrase that opens it ("In 2004", "on 1 May 2004,"). Every word of it must stand in
 * a state's name (an entity of kind country) or be one of `stateSubjectWords`
 * (event-types.json: the function words, adverbs and nouns of states a subject of states is written with); an empty subject
 * (the doer told in an earlier clause) is left as it is. Only the acts whose trigger opens "became (a) member(s) of" are read, of
 * any type (the learned acceptor would read a dropped one as `other`): the other triggers of `multilateral_membership`
 * ("joined", "accession") are other shapes.
 * @example withoutPersonalMemberships('Two Latvian judges became members of the court in 2019.', events, entities) // → the membership dropped
 */
export function withoutPersonalMemberships<E extends Pick<EventAnnotation, 'type' | 'trigger'>>(text: string, events: E[], entities: EntityMention[]): E[] {
  return events.filter((e) => !BECOME.test(text.slice(e.trigger.start, e.trigger.start + 80)) || ofStates(text, e.trigger.start, entities));
}

/** "became (a, founding, full) member(s) of|in": whatever type a finder or the learned acceptor gave it. */
const BECOME = /^bec(?:ame|ome|omes)\s+(?:[\w-]+\s+){0,3}members?\s+(?:of|in)\b/i;
/** The words that open a clause inside a sentence: a conjunction, a relative or a complementiser. */
const JOINING = /\b(?:that|which|who|whom|when|whereas|where|after|before|as|since|until|once|because|while|although|though|but|yet|so|or)\b\s*/giu;
/** A time phrase opening a clause: "In 2004", "on 1 May 2004,", "in the 1990s". */
const OPENING_TIME = /^\s*(?:(?:in|on|by|after|since|from|during)\s+(?:(?:the|early|late|mid-?)\s+)?(?:[\p{L}]+\s+){0,2}\d{1,4}s?(?:\s+\d{4})?|\d{4})\s*,?/iu;

function ofStates(text: string, verb: number, entities: EntityMention[]): boolean {
  // The clause's start: the sentence's, or the last mark that opens a clause.
  let from = verb;
  while (from > 0 && !/[.!?;:,(\n]/.test(text[from - 1]!)) from--;
  // The subject follows the last conjunction of its clause ("Recalling that both States became …", "but Venezuela became …");
  // after "who" it is a person.
  let joined: RegExpExecArray | null = null;
  for (const m of text.slice(from, verb).matchAll(JOINING)) joined = m;
  if (joined) {
    if (/^who/i.test(joined[0])) return false;
    from += joined.index! + joined[0].length;
  }
  const opening = OPENING_TIME.exec(text.slice(from, verb));
  if (opening) from += opening[0].length;
  const words = stateSubjectWords();
  // A demonym before a noun ("Latvian judges") passes as a state's mention: the noun after it is no word of states.
  const states = entities.filter((m) => m.kind === 'country' && m.start >= from && m.end <= verb);
  for (const w of text.slice(from, verb).matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const at = from + w.index!;
    if (states.some((m) => m.start <= at && at < m.end)) continue;
    // A year or a day ("Latvia in 2004 became …") and an adverb in "-ly" ("Latvia formally became …") are no noun of people.
    if (!words.has(w[0].toLowerCase()) && !/^\d+(?:s|st|nd|rd|th)?$/.test(w[0]) && !/^\p{Ll}+ly$/u.test(w[0])) return false;
  }
  return true;
}

const stateSubjectWords = () => eventTypes().stateSubjectWords;
