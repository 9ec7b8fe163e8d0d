import type { EntityMention } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { eventTypes, type EventType, type Trigger } from './event-types.js';
import { beforeApposition, datedParticiple, GROUP_SUBJECT, inflected, passiveIdiom } from './verb-finder.js';
import { personNoun } from '../facts/counted-nouns.js';
import { MONTHS, WEEKDAYS } from '../time/patterns.js';
import { opensClause } from './sentence-clauses.js';
import { definiteBody } from './discourse-context.js';
import { tag, type Token } from '../nlp/tagger.js';

/**
 * The predicate of a dated clause that no trigger types: "In 1974, India detonated its first
 * nuclear device" tells an event though no event word of the lexicon names it (in a document
 * about a pair, when the clause is about one of them). wink-nlp tags
 * the sentence's words (part of speech and lemma); a verb whose subject is an actor the actor
 * stage resolved (a country, a person, a body), with nothing but its noun phrase between them,
 * is the predicate, and the clause from it to its first stop the trigger of an event of type
 * `other`. Verbs that state a situation, a quantity or a saying ("was", "reached", "said":
 * `notEventVerbs` in event-types.json) are none. Only sentences with a date and no trigger are
 * tagged, so the tagger's cost stays small.
 */

/** Parts of speech that may stand between a subject's head and its verb ("the Kenyan government has opened"). */
const IN_SUBJECT = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADV', 'AUX', 'PART', 'NUM']);
const ACTOR_KINDS = new Set(['country', 'person', 'organisation', 'group']);

/**
 * The predicate of a clause with a date and no trigger, as a trigger of type `other`, or undefined.
 * `context`: the paragraph or the one before named an actor, whom "he" or "she" opening the
 * clause stands for ("The ambassador of Peru was recalled in 2019. She returned in March 2020.").
 * `dates`: the clause's dates, or `passage` for a news sentence its paragraph dates, whose passive alone is read.
 */
export function predicateOf(
  text: string,
  s: Sentence,
  entities: EntityMention[],
  quantities: { valueStart: number; valueEnd: number }[] = [],
  pair?: Set<string>,
  context = false,
  dates: { start: number; end: number }[] | 'passage' = [],
): Trigger | undefined {
  const types = eventTypes();
  const other = types.types.find((t) => t.id === 'other');
  if (!other) return undefined;
  // A sentence that states a figure tells a statistic ("visitors rose from 120,000 in 1995 to …");
  // "a ship" counted as one is no figure.
  const figures = quantities.filter((q) => q.valueStart >= s.start && q.valueEnd <= s.end && /\d/.test(text.slice(q.valueStart, q.valueEnd)));
  const actors = entities.filter((e) => ACTOR_KINDS.has(e.kind) && e.start >= s.start && e.end <= s.end);
  if (!actors.length && !context) return undefined;
  const tokens = tag(text.slice(s.start, s.end), s.start);
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    if (verb.pos !== 'VERB') continue;
    const word = text.slice(verb.start, verb.end);
    const before = tokens[i - 1];
    // "Kenya became independent in 1963": a verb of a situation told in the simple past is a change (`pastEventVerbs`).
    const change = types.pastEventVerbs.has(verb.lemma) && word.toLowerCase() !== verb.lemma && !/(?:ing|s)$/i.test(word) && before?.pos !== 'AUX';
    if (types.notEventVerbs.has(verb.lemma) && !change && !sufferedAct(text, tokens, i, actors, pair)) continue;
    // "Latvia's statistics bureau recorded exports of 1.4 billion euros": a verb that records a figure (`recordsFigure`).
    if (recordsFigure(text, s, verb, figures)) continue;
    // A figure before the verb or counted by it tells a statistic ("visitors rose from 120,000 in 1995 to …", "Chile received
    // 80,000 visitors"); one further on is an argument of the act ("identified the remains of 88 soldiers", "killing 323 sailors").
    // A figure in an apposition of the subject describes it ("Estonia, a country of 1.3 million people, joined …").
    const apposition = appositionBefore(text, tokens, i, (t) => actors.some((a) => a.end === t.end));
    const described = (q: { valueStart: number }) => !!apposition && apposition.start <= q.valueStart && q.valueStart < apposition.end;
    if (figures.some((q) => (q.valueStart < verb.start && !described(q)) || countedBy(text, tokens, i, q))) return undefined;
    // A passive or a participle after a comma, with a date in its clause, about the pair ("eleven Malawian traders were
    // pushed back at the crossing on 4 March 2020") or naming no one after a passage that named actors ("The last
    // boundary markers were placed in May 1999"): an act whose doer the clause may leave out.
    if (datedParticiple(text, tokens, i, dates, (t) => actors.some((a) => a.end === t.end)) && (!pair || !actors.length || actors.some((a) => a.country && pair.has(a.country))))
      return predicate(text, s, verb, other, types.types.length);
    if (dates === 'passage') continue;
    // Else a finite verb of an active clause: not a participle or gerund standing alone ("visitors
    // arriving"), not a state told with "be" ("Namibia was isolated": `datedParticiple` leaves it).
    if (/ing$/i.test(word) && before?.pos !== 'AUX') continue;
    if (before?.pos === 'AUX' && before.lemma === 'be') continue;
    // The subject: an actor right before the verb, with only its noun phrase (and auxiliaries) between.
    let j = i - 1;
    while (j >= 0 && IN_SUBJECT.has(tokens[j]!.pos) && !actors.some((a) => a.end === tokens[j]!.end)) j--;
    j = beforeApposition(text, tokens, j, (t) => actors.some((a) => a.end === t.end));
    const subject = j >= 0 && actors.find((a) => a.end === tokens[j]!.end);
    if (!subject) {
      if (context && (personPronoun(text, tokens, i) || groupSubject(text, s, tokens, i) || bodySubject(text, tokens, i))) return predicate(text, s, verb, other, types.types.length);
      // "Enabel said on Tuesday it had recalled four experts": a pronoun opening a saying's content stands for the speaker.
      const speaker = speakerOf(text, tokens, i, actors);
      if (speaker && (!pair || (speaker.country && pair.has(speaker.country)))) return predicate(text, s, verb, other, types.types.length);
      continue;
    }
    // A change is told of the actor itself: "exports to Japan became cheaper" is no change of Japan's.
    if (change && (j !== i - 1 || tokens.findLast((t) => t.end <= subject.start)?.pos === 'ADP')) continue;
    // In a document about a pair, a clause about the pair: its subject is one of them or theirs.
    if (pair && !(subject.country && pair.has(subject.country))) continue;
    // A relative clause ("…, which Japan funded") tells of something named before.
    // "that" after a verb of saying opens its content ("said earlier this month that Algeria would not renew"), no relative clause.
    const from = Math.max(0, j - 2);
    if (tokens.slice(from, j + 1).some((t, k) => /^(?:which|that|who|whom|whose)$/i.test(text.slice(t.start, t.end)) && !complementiser(text, tokens, from + k))) continue;
    // "Kazakh officials said in 2019 that Mongolian herders crossed the border": a date told between the verb of saying and
    // its content dates the saying; the content names no date of its own (the guidelines date an event by the date the text states).
    const that = tokens.slice(from, j + 1).findIndex((_, k) => complementiser(text, tokens, from + k));
    if (that >= 0 && datesTheSaying(text, tokens, from + that, dates)) continue;
    return predicate(text, s, verb, other, types.types.length);
  }
  return undefined;
}

/**
 * Whether the verb at i is a past passive of `passiveActVerbs` ("held", "taken") whose subject's head is people (a person's
 * noun of wordnet-persons.json, or a person) and whose clause names an actor (of the pair, in a pair's document) right after
 * it or after a preposition of place or movement right after it (`AFTER_PASSIVE`): "Two Kenyan traders were taken to a
 * Ugandan police post at Busia" tells an act the other side did to them. Not "The maize consignment was taken to a Ugandan
 * police post" (no people), "He was taken to hospital in Eldoret" (no actor after), "were taken ill at a Ugandan hotel" (an
 * idiom of `passiveIdioms`, and the actor after "ill"), "are being held" (a state); "were not taken" is no passive
 * `datedParticiple` reads ("be" must stand right before). Session 35 and its review.
 */
function sufferedAct(text: string, tokens: Token[], i: number, actors: EntityMention[], pair?: Set<string>): boolean {
  const { passiveActVerbs } = eventTypes();
  const verb = tokens[i]!;
  if (!passiveActVerbs.has(verb.lemma) || !inflected(text, verb)) return false;
  const word = (t: Token) => text.slice(t.start, t.end).toLowerCase();
  let j = i - 1;
  let past = false;
  for (; j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV'); j--) if (tokens[j]!.pos === 'AUX' && /^(?:was|were|been)$/.test(word(tokens[j]!))) past = true;
  const head = tokens[j];
  if (!past || j === i - 1 || !head) return false;
  const people = (head.pos === 'NOUN' && (personNoun(word(head)) || personNoun(head.lemma))) || actors.some((a) => a.kind === 'person' && a.end === head.end);
  if (!people) return false;
  if (passiveIdiom(text, tokens, i)) return false;
  // The actor right after the verb, or after a place or movement preposition (or the agent's "by") right after it, past
  // its determiners, numbers and adjectives: "taken to a Ugandan police post"; not "taken ill at a Ugandan hotel".
  let k = i + 1;
  if (tokens[k] && AFTER_PASSIVE.has(word(tokens[k]!))) k++;
  while (tokens[k] && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'ADJ') && !isActorAt(tokens[k]!)) k++;
  return !!tokens[k] && isActorAt(tokens[k]!);
  function isActorAt(t: Token): boolean {
    return actors.some((a) => a.start === t.start && a.kind !== 'person' && (!pair || (!!a.country && pair.has(a.country))));
  }
}

/** Prepositions of place or movement, and the agent's "by", that may stand between a passive of `passiveActVerbs` and its actor. */
const AFTER_PASSIVE = new Set(['to', 'into', 'at', 'in', 'across', 'by']);

/**
 * Nouns that may stand between a verb of saying and its content without being its object: a time's (the tagger reads
 * "May", "Monday" as nouns too) and "statement" ("said earlier this month that", "ruled in May 2025 that", "said in a statement that").
 */
const BETWEEN_SAYING_AND_CONTENT = new Set(['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'statement', ...MONTHS, ...WEEKDAYS]);

/**
 * The verb of saying (`sayingVerbs` in event-types.json) that "that" at k or a pronoun at k follows, by index: with only adverbs, a time, a phrase of
 * "in a statement" or, after "told", its hearer between ("said on Tuesday", "said earlier this month", "told reporters");
 * not a noun phrase the verb takes as its object ("said the treaty that Peru signed …": a relative clause).
 */
function sayingBefore(text: string, tokens: Token[], k: number): number | undefined {
  let nouns = false;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return eventTypes().sayingVerbs.has(t.lemma) && (!nouns || t.lemma === 'tell') ? j : undefined;
    if (t.pos === 'PUNCT' && text.slice(t.start, t.end) !== ',') return undefined;
    if (t.pos === 'NOUN' && !BETWEEN_SAYING_AND_CONTENT.has(t.lemma)) nouns = true;
  }
  return undefined;
}

/** Whether the clause's dates all stand between the verb of saying that "that" at k follows and "that" ("said in 2019 that"). */
function datesTheSaying(text: string, tokens: Token[], k: number, dates: { start: number; end: number }[] | 'passage'): boolean {
  const saying = sayingBefore(text, tokens, k);
  if (saying === undefined || !Array.isArray(dates) || !dates.length) return false;
  return dates.every((d) => d.start >= tokens[saying]!.end && d.end <= tokens[k]!.start);
}

/**
 * Where the content clauses of a sentence's verbs of saying begin: at "that" after the verb, or at a pronoun opening it,
 * with only adverbs, a time or "in a statement" between ("Kazakhstan said on 3 May 2024 that it had closed …", "said on
 * Tuesday it had recalled …"). A date before that offset is the saying's; an act told after it is the content's.
 * @example sayingContents('Chile said on 3 May 2024 that it had expelled two envoys in 2019.', { start: 0, end: 65, block: 0 }) // → [25]
 */
export function sayingContents(text: string, s: Sentence): number[] {
  const tokens = tag(text.slice(s.start, s.end), s.start);
  return tokens.flatMap((t, k) => {
    const word = text.slice(t.start, t.end).toLowerCase();
    if (word !== 'that' && !(t.pos === 'PRON' && /^(?:it|they|he|she|we)$/.test(word))) return [];
    // A pronoun right after "that" opens the same content.
    if (word !== 'that' && k > 0 && complementiser(text, tokens, k - 1)) return [];
    return sayingBefore(text, tokens, k) === undefined ? [] : [t.start];
  });
}

/**
 * The offsets of the "and"s of a sentence that join two nouns or adjectives of one noun phrase ("peace and tranquillity",
 * "trade and investment agreements"): a noun, adjective or proper noun on both sides, and no subject with a finite verb after it.
 */
export function nounAnds(text: string, s: Sentence): number[] {
  const tokens = tag(text.slice(s.start, s.end), s.start);
  return tokens.flatMap((t, k) => {
    if (text.slice(t.start, t.end).toLowerCase() !== 'and' || k === 0 || k === tokens.length - 1) return [];
    // Not when a name opens a subject and a finite verb follows: "arrested their leaders and Burkina Faso recalled its
    // ambassador" (review fix, session 28); a common noun goes on with the phrase ("trade and investment agreements").
    const clause = tokens[k + 1]!.pos === 'PROPN' && opensClause(text, tokens, k + 1);
    return NOUN_PHRASE_WORDS.has(tokens[k - 1]!.pos) && NOUN_PHRASE_WORDS.has(tokens[k + 1]!.pos) && !clause ? [t.start] : [];
  });
}
/** Parts of speech of the words "and" joins inside a noun phrase. */
const NOUN_PHRASE_WORDS = new Set(['NOUN', 'ADJ', 'PROPN']);

/** Whether "that" at k opens a saying's content. */
function complementiser(text: string, tokens: Token[], k: number): boolean {
  return text.slice(tokens[k]!.start, tokens[k]!.end).toLowerCase() === 'that' && sayingBefore(text, tokens, k) !== undefined;
}

/**
 * The speaker a pronoun subject of the verb at i stands for: "it", "they", "he", "she" or "we" opening the content of a
 * verb of saying ("Argentina has said it will raise …", "Enabel said on Tuesday that it had recalled …") whose subject is an actor.
 */
function speakerOf(text: string, tokens: Token[], i: number, actors: EntityMention[]): EntityMention | undefined {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART')) j--;
  const pronoun = tokens[j];
  if (!pronoun || pronoun.pos !== 'PRON' || !/^(?:it|they|he|she|we)$/i.test(text.slice(pronoun.start, pronoun.end))) return undefined;
  // "it" may stand for a thing ("Chile said it expired in 2019"): it stands for the speaker only as the doer of an act, a
  // verb of the event vocabulary or one that takes an object ("said it relocated its consulate", "had recalled four experts").
  if (/^it$/i.test(text.slice(pronoun.start, pronoun.end)) && !actOfState(tokens, i)) return undefined;
  const at = tokens[j - 1] && complementiser(text, tokens, j - 1) ? j - 1 : j;
  const saying = sayingBefore(text, tokens, at);
  if (saying === undefined) return undefined;
  let k = saying - 1;
  while (k >= 0 && IN_SUBJECT.has(tokens[k]!.pos) && !actors.some((a) => a.end === tokens[k]!.end)) k--;
  k = beforeApposition(text, tokens, k, (t) => actors.some((a) => a.end === t.end));
  return k >= 0 ? actors.find((a) => a.end === tokens[k]!.end) : undefined;
}

/** Parts of speech that open a verb's object ("relocated its consulate", "recalled four experts", "closed Kazakh crossings"). */
const OBJECT_OPENS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ']);

/** Whether the verb at i tells an act of a state: a verb of the event vocabulary, or one followed by its object. */
function actOfState(tokens: Token[], i: number): boolean {
  const { verbs } = eventTypes();
  const next = tokens[i + 1];
  return verbs.lemmas.has(tokens[i]!.lemma) || (!!next && OBJECT_OPENS.has(next.pos));
}

/**
 * Whether a trigger is a verb that records or counts (`measureVerbs` of event-types.json: "recorded", "counted",
 * "registered", by the tagger's lemma) a figure: its object ("the Philippine Statistics Authority recorded $7.4 billion",
 * "recorded exports of 1.4 billion euros") or, in the passive, its subject ("more than 2.1 million crossings were recorded
 * in 2025") state a statistic, which the guidelines leave out. A figure elsewhere in the sentence ("recorded its objection
 * …, which cost 2 million dollars"), after "with" ("registered a joint venture with a capital of $20 million") or a verb
 * that relies on ("counted on Mongolia to back its $2 billion plan") leaves an act (session 27). Figures are those with
 * digits, as `predicateOf` reads them: "registered two Finnish firms" is an act.
 */
export function recordsFigure(text: string, s: { start: number; end: number }, trigger: { start: number; end: number }, quantities: { valueStart: number; valueEnd: number }[]): boolean {
  const figures = quantities.filter((q) => q.valueStart >= s.start && q.valueEnd <= s.end && /\d/.test(text.slice(q.valueStart, q.valueEnd)));
  if (!figures.length) return false;
  const tokens = tag(text.slice(s.start, s.end), s.start);
  const i = tokens.findIndex((t) => t.start === trigger.start);
  const verb = tokens[i];
  if (!verb || !eventTypes().measureVerbs.has(verb.lemma)) return false;
  const next = tokens[i + 1];
  if (next && /^(?:on|upon)$/i.test(text.slice(next.start, next.end))) return false;
  const passive = tokens.slice(Math.max(0, i - 2), i).some((t) => t.pos === 'AUX' && t.lemma === 'be');
  return figures.some((q) => countedBy(text, tokens, i, q) || objectOf(text, tokens, i, q) || (passive && subjectBefore(text, tokens, i, q)));
}

/**
 * Whether a trigger only WordNet types is a verb that records or counts (`measureVerbs`) told without an object of its own, in
 * the passive or as a participle after its noun ("… is counted separately", "twice the number recorded in the same month",
 * "Chinese exports recorded by GAC"), in a part of its sentence between semicolons that states a figure of the fact stage: what
 * was recorded is that figure's statistic. An active verb with an object is `recordsFigure`'s to read ("Chile recorded its
 * objection …, which cost 2 million dollars" is an act).
 */
export function measuresFigure(
  text: string,
  s: { start: number; end: number },
  trigger: { start: number; end: number; wordnet?: true },
  quantities: { valueStart: number; valueEnd: number }[],
): boolean {
  if (!trigger.wordnet) return false;
  const before = text.lastIndexOf(';', trigger.start - 1);
  const after = text.indexOf(';', trigger.end);
  const part = { start: Math.max(s.start, before + 1), end: after < 0 || after > s.end ? s.end : after };
  if (!quantities.some((q) => q.valueStart >= part.start && q.valueEnd <= part.end && /\d/.test(text.slice(q.valueStart, q.valueEnd)))) return false;
  const tokens = tag(text.slice(s.start, s.end), s.start);
  const i = tokens.findIndex((t) => t.start === trigger.start);
  const verb = tokens[i];
  if (!verb || verb.pos !== 'VERB' || !eventTypes().measureVerbs.has(verb.lemma) || !/ed$/i.test(text.slice(verb.start, verb.end))) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const passive = tokens.slice(Math.max(0, i - 2), i).some((t) => t.pos === 'AUX' && t.lemma === 'be');
  const participle = !!prev && prev.pos === 'NOUN' && (!next || next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'PUNCT');
  return passive || participle;
}

/** Whether figure q lies in the object the verb at i takes: from the verb to a verb, a stop, a conjunction or "with", at most eight words, not opened by "the" or a possessive. */
function objectOf(text: string, tokens: Token[], i: number, q: { valueStart: number }): boolean {
  const first = tokens[i + 1];
  if (!first || /^(?:the|its|their|his|her)$/i.test(text.slice(first.start, first.end))) return false;
  for (const t of tokens.slice(i + 1, i + 9)) {
    if (t.start <= q.valueStart && q.valueStart < t.end) return true;
    const word = text.slice(t.start, t.end);
    if (q.valueStart < t.start) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || /^(?:with|which|that|who)$/i.test(word) || /^[,;:()]$/.test(word)) return false;
  }
  return false;
}

/** Whether figure q stands in the passive subject of the verb at i: before it, with no verb or stop between. */
function subjectBefore(text: string, tokens: Token[], i: number, q: { valueStart: number }): boolean {
  if (q.valueStart >= tokens[i]!.start) return false;
  return !tokens.slice(0, i).some((t) => t.start > q.valueStart && (t.pos === 'VERB' || /^[,;:()]$/.test(text.slice(t.start, t.end))));
}

/** Whether figure q is the verb at i's direct object (the verb counts it): the figure within three words after the verb, not after an article or a possessive ("identified the remains of 88"). */
function countedBy(text: string, tokens: Token[], i: number, q: { valueStart: number }): boolean {
  const next = tokens.slice(i + 1, i + 4);
  return next.some((t) => t.start <= q.valueStart && q.valueStart < t.end + 2) && !/^(?:the|its|their|his|her)$/i.test(text.slice(next[0]?.start ?? 0, next[0]?.end ?? 0));
}

/** The trigger of a predicate: from its verb to the first stop of its clause, at most 80 characters. */
function predicate(text: string, s: Sentence, verb: Token, other: EventType, priority: number): Trigger {
  const stop = /[.;:,()]|\s(?:and|but|while|which|after|before|since)\s/.exec(text.slice(verb.end, s.end));
  const end = stop ? verb.end + stop.index : s.end;
  return { type: other, priority, plover: other.plover, start: verb.start, end: Math.min(end, verb.start + 80) };
}

/** Whether the verb at i has "he" or "she" opening its clause for subject (after the sentence's start or a comma, with only auxiliaries and adverbs between). */
function personPronoun(text: string, tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
  const t = tokens[j];
  if (!t || t.pos !== 'PRON' || !/^(?:he|she)$/i.test(text.slice(t.start, t.end))) return false;
  return j === 0 || text.slice(tokens[j - 1]!.start, tokens[j - 1]!.end) === ',';
}

/**
 * Whether the verb at i has "the two countries", "the two sides" … for subject (the phrase right
 * before it, with only auxiliaries and adverbs between), standing for the actors named before.
 */
function groupSubject(text: string, s: Sentence, tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
  return j >= 0 && GROUP_SUBJECT.test(text.slice(s.start, tokens[j]!.end));
}

/** Whether the verb at i has a definite phrase of a state's body for subject ("the ministry", with only auxiliaries and adverbs between: `definiteBody`). */
function bodySubject(text: string, tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
  return j >= 0 && definiteBody(text, tokens, j);
}

/** The apposition set off by commas right before the verb at i ("Estonia, a country of 1.3 million people, joined"), if its subject is an actor. */
function appositionBefore(text: string, tokens: Token[], i: number, isActorEnd: (t: Token) => boolean): { start: number; end: number } | undefined {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
  const k = beforeApposition(text, tokens, j, isActorEnd);
  return k === j ? undefined : { start: tokens[k + 1]!.end, end: tokens[j]!.start };
}
