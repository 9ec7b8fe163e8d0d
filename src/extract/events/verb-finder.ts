import type { EntityMention } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { eventTypes, type EventType, type Trigger } from './event-types.js';
import { personNoun } from '../facts/counted-nouns.js';
import { tag, type Token } from '../nlp/tagger.js';
import { wordAlternation } from '../word-alternation.js';
import { actorLexicon } from '../actors/actor-lexicon.js';
import { fold } from '../fold.js';
import { definiteBody } from './discourse-context.js';
import { pairPassive } from './pair-passive.js';
import { pairPlan } from './pair-plan.js';
import { MONTHS, WEEKDAYS } from '../time/patterns.js';

/**
 * The verb finder: acts told by a verb of the lexicon's vocabulary (`verbs` in event-types.json,
 * by lemma and part of speech from wink-nlp), whose clause has an actor for subject or object.
 * "Kenya will finance the second stretch of the pipeline", "Lima and Santiago agreed to set up
 * a commission", "Ghana banned imports of Nigerian rice", "Kenya summoned the envoy and
 * restricted the Ugandan carrier's flights" (the second verb shares the first one's subject),
 * "They froze the accounts of two shipping firms" (a pronoun after a sentence that named
 * actors). Each such verb is a trigger of its group's type and PLOVER category, ranked just
 * after the type's trigger patterns; a verb a pattern already covers adds nothing. Event nouns
 * of the vocabulary (`nouns`: "Nigeria's closure of its border", "the dissolution of the union
 * between Norway and Sweden") are read the same way, with an actor for argument. Behind both
 * stands WordNet's vocabulary (`wordnet-events.json`, `npm run lexicon:wordnet`): a lemma the
 * hand lists do not name is looked up there ("castigated", "petitioned", "the siege of Beirut
 * by Israel"), ranked after the hand-kept verbs of its type, its rule `wordnet-verb`. Only
 * sentences holding a word that begins with a vocabulary stem outside the patterns' matches are
 * tagged, so the tagger's cost stays small.
 */

const ACTOR_KINDS = new Set(['country', 'person', 'organisation', 'group']);
/** Parts of speech inside a subject or object noun phrase ("the Kenyan foreign ministry", "the Prime Minister of Norway"). */
const IN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);
/** What may stand between a subject and its verb besides the subject's phrase: auxiliaries, adverbs, "not". */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
/** Categories whose acts stand on their own in an undated sentence (a loan, a signature), besides those told one by one (`separateCategories`). */
const OWN_ACT = new Set(['AID']);
/** Subjects that name actors told before: "they", "both sides", "the two governments". */
export const PRONOUN_SUBJECT = /^(?:they|it|he|she|we)$/i;
export const GROUP_SUBJECT =
  /\b(?:both|the two|the (?:two )?(?:(?:prime|foreign|defen[cs]e|trade|finance) )?(?:sides|countries|governments|leaders|ministers|presidents|premiers|delegations|heads of (?:state|government)|states|neighbours|neighbors|parties|nations|capitals))\s*$/i;

/** Why the verb finder refused a word of its vocabulary, or a sentence (`traceRefusals`). */
export type Refusal =
  | 'no-stem'
  | 'no-actor'
  | 'noun-no-actor'
  | 'noun-undated'
  | 'hyphen'
  | 'infinitive'
  | 'gerund'
  | 'present'
  | 'no-pair-passive'
  | 'no-subject-or-object'
  | 'that-clause'
  | 'undated'
  | 'table-object'
  | 'table-no-doer';

/** Who hears the refusals: set only by the audit (`scripts/no-mention-audit.js`), never in extraction. */
let onRefusal: ((text: string, start: number, end: number, why: Refusal) => void) | undefined;

/**
 * Hands every refusal of the verb finder to `listener` (the sentence for `no-stem` and `no-actor`, else the word refused),
 * or stops with undefined. A debugging hook for the audit of missed acts; extraction never sets it.
 * @example traceRefusals((text, start, end, why) => console.log(why, text.slice(start, end)))
 */
export function traceRefusals(listener: typeof onRefusal): void {
  onRefusal = listener;
}

/**
 * The stems and forms of the vocabulary as one pattern of word beginnings: a start not after a
 * letter, nor after a letter and a hyphen (where `\p{L}+(?:-\p{L}+)*` words begin), then a stem.
 * One scan of the sentence replaced a test of every prefix of every word (a string and two set
 * lookups each), which cost more than the tagging it spares on sentences without such a word.
 */
const stemPatterns = new WeakMap<object, RegExp>();
function stemPattern(): RegExp {
  const types = eventTypes();
  let re = stemPatterns.get(types);
  if (!re) {
    // Longest first, so a stem that begins with a shorter one is tried whole (either one answers yes).
    const stems = [...new Set([...types.verbs.stems, ...types.nouns.stems, ...types.wordnet.verbs.stems, ...types.wordnet.nouns.stems])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    re = new RegExp(`(?<!\\p{L}|\\p{L}-)${wordAlternation(stems, { ignoreCase: true })}`, 'giu');
    stemPatterns.set(types, re);
  }
  return re;
}

/** Whether a sentence holds a word, outside the spans the patterns cover, that begins with a stem (or is a form) of the verb and noun vocabularies, hand-kept or WordNet's. */
export function mayHoldVerb(sentence: string, covered: { start: number; end: number }[] = []): boolean {
  const re = stemPattern();
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const at = m.index;
    if (!covered.some((c) => c.start <= at && at < c.end)) return true;
    re.lastIndex = at + 1;
  }
  return false;
}

/**
 * The verbs of the vocabulary in a sentence that tell an act of an actor, as triggers.
 * `covered`: the triggers the patterns found (a verb inside one adds nothing); `context`: whether
 * an earlier sentence of the paragraph named an actor, which a pronoun subject stands for;
 * `headline`: the sentence is a news headline, whose present tense tells the day's act; `dated`:
 * the sentence states a date of its own; `dates`: the sentence's dates, which an agentless
 * participle may be told with ("a ban lifted in 2020", "the office was opened on 2 May 2011"); `pairDocument`: the
 * document is about a pair, whose act an agentless passive of a sentence that names no actor tells when its subject names a
 * thing between the two ("The border crossing was reopened on 3 May": `pair-passive.ts`, session 32).
 * @example verbTriggers('Peru lent Bolivia $5 million.', { start: 0, end: 29, block: 0 }, entities, [], false)[0].plover.type // → 'AID'
 */
export function verbTriggers(
  text: string,
  s: Sentence,
  entities: EntityMention[],
  covered: Trigger[],
  context: boolean,
  headline = false,
  dated = true,
  dates: { start: number; end: number }[] = [],
  pairDocument = false,
): Trigger[] {
  const sentence = text.slice(s.start, s.end);
  if (
    !mayHoldVerb(
      sentence,
      covered.map((c) => ({ start: c.start - s.start, end: c.end - s.start })),
    )
  ) {
    onRefusal?.(text, s.start, s.end, 'no-stem');
    return [];
  }
  const {
    verbs: { lemmas },
    nouns,
    separate,
    wordnet,
  } = eventTypes();
  const actors = entities.filter((e) => ACTOR_KINDS.has(e.kind) && e.start >= s.start && e.end <= s.end);
  /** No actor named and none told before: only an agentless passive or a plan of a thing between the pair is an act (`pairPassive`, `pairPlan`). */
  const implicit = !actors.length && !context;
  if (implicit && !pairDocument) {
    onRefusal?.(text, s.start, s.end, 'no-actor');
    return [];
  }
  const isActorEnd = (t: Token) => actors.some((a) => a.end === t.end);
  const tagged = tag(sentence, s.start);
  // A state's adjective or possessive before the word modifies it: "Eritrean forces surrender", "Britain's forces" name no subject.
  const { countryWords } = actorLexicon();
  const isSubjectEnd = (t: Token) => actors.some((a) => a.end === t.end && !countryWords.has(fold(a.text)));
  const tokens = headline ? tagged.map((t, i) => (presentReadAsNoun(text, tagged, i, isSubjectEnd) ? { ...t, pos: 'VERB' as const } : t)) : tagged;
  const isActorStart = (t: Token) => actors.some((a) => a.start === t.start);
  const out: Trigger[] = [];
  const refuse = (t: Token, why: Refusal) => onRefusal?.(text, t.start, t.end, why);
  /** Verbs with a subject, by token index: a verb joined to one by "and" shares it. */
  const subjected = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    if (verb.pos === 'NOUN') {
      if (implicit) continue;
      const own = nouns.lemmas.get(verb.lemma);
      const noun = own ?? wordnet.nouns.lemmas.get(verb.lemma);
      if (!noun || covered.some((c) => c.start < verb.end && verb.start < c.end)) continue;
      // An act of friction may instead hold its date in its phrase ("the closure of the crossing on 14 June"); an
      // election or a dissolution needs its actor ("the election of the club chairman in 2018" is none of a state).
      const ownDate = separate.has(noun.plover.type) && nounHasDate(text, tokens, i, dates);
      if (!ownDate && !nounHasActor(text, tokens, i, isActorEnd, isActorStart)) {
        refuse(verb, 'noun-no-actor');
        continue;
      }
      if (!dated && !separate.has(noun.plover.type) && !OWN_ACT.has(noun.plover.type)) {
        refuse(verb, 'noun-undated');
        continue;
      }
      out.push({ type: noun.type, priority: noun.priority, plover: noun.plover, start: verb.start, end: verb.end, noun: true, ...(own ? {} : { wordnet: true as const }) });
      continue;
    }
    if (verb.pos !== 'VERB') continue;
    const own = lemmas.get(verb.lemma);
    const entry = own ?? wordnet.verbs.lemmas.get(verb.lemma);
    const head = subjectOf(tokens, i, isActorEnd, context, text, subjected, dates, headline);
    const subject = head !== undefined;
    if (subject) subjected.add(i);
    if (!entry || covered.some((c) => c.start < verb.end && verb.start < c.end)) continue;
    // A plan of a thing between the pair ("A joint commission is expected to meet"): its infinitive is the act (`pairPlan`).
    // Its sentence may name a place ("in Colombo"), never the doer: the subject is the thing between the two.
    const planned = pairDocument && pairPlan(text, tokens, i, (start, end) => actors.some((a) => a.start < end && start < a.end));
    const notAct = planned ? undefined : notAnAct(text, tokens, i, headline, isActorEnd);
    if (notAct) {
      refuse(verb, notAct);
      continue;
    }
    const forPair = planned || (implicit && pairPassive(text, tokens, i));
    if (implicit && !forPair) {
      refuse(verb, 'no-pair-passive');
      continue;
    }
    // A passive tells an act done to its subject, whose doer it may leave out (session 33): "The Mangdechhu project was jointly
    // inaugurated by the two prime ministers in August 2019", "The invitation was accepted with pleasure." after a dated sentence.
    if (!forPair && !subject && !hasObject(tokens, i, isActorStart) && !agentlessAt(text, tokens, i, dates) && !passiveClause(text, tokens, i, dates, isActorStart)) {
      refuse(verb, 'no-subject-or-object');
      continue;
    }
    // "agreed that …" reports a view, as "said that" does.
    if (/^that$/i.test(text.slice(tokens[i + 1]?.start ?? 0, tokens[i + 1]?.end ?? 0))) {
      refuse(verb, 'that-clause');
      continue;
    }
    // A cooperative act in a sentence with no date of its own is a facet of the occasion told before
    // ("The two leaders also discussed …" after "met in Karlstad today"), not an act of its own.
    if (!dated && !separate.has(entry.plover.type) && !OWN_ACT.has(entry.plover.type)) {
      refuse(verb, 'undated');
      continue;
    }
    // A verb of the category table whose object a pattern names tells that act, not one of its own: "fired a water cannon".
    if (entry.table && objectTriggered(text, verb, covered)) {
      refuse(verb, 'table-object');
      continue;
    }
    // A verb of the category table needs a doer: an active verb's subject is an actor, its body or a person, never a thing
    // ("Floods destroyed 300 homes in Kenya", "A shipment of Ugandan sugar arrived"); else it is a passive or a participle.
    // A passive's subject is what was done to ("part of a building … was demolished").
    const passive = forPair || passiveAt(text, tokens, i) || agentlessAt(text, tokens, i, dates);
    if (entry.table && !passive && (head === undefined || (head !== 'before' && !doerAt(text, tokens, head, actors)))) {
      refuse(verb, 'table-no-doer');
      continue;
    }
    const typed = entry.table ? tableType(text, tokens, i, entry, head, actors) : entry;
    out.push({
      type: typed.type,
      priority: typed.priority,
      plover: entry.plover,
      start: verb.start,
      end: verb.end,
      verb: true,
      ...(own ? {} : { wordnet: true as const }),
      ...(forPair ? { pair: true as const } : {}),
    });
  }
  return out;
}

/** Whether a pattern's trigger starts in the verb's object: after it, within 40 characters, no clause mark between. */
function objectTriggered(text: string, verb: Token, covered: Trigger[]): boolean {
  return covered.some((c) => c.start >= verb.end && c.start - verb.end <= 40 && !/[,;:.()]/.test(text.slice(verb.end, c.start)));
}

/**
 * Why the verb at i tells no act but a state, a purpose or a modifier, or undefined when it tells one: not the
 * present tense outside a headline ("a contingent occupies the shoal" tells a state), not an
 * infinitive ("agreed to establish", "threatened to close": the governing verb is the act),
 * not a participle in a compound adjective ("Armenian-backed"), not a gerund standing alone
 * ("backing separatists"), which needs an auxiliary or a verb before it ("began delivering").
 * A headline's "Peru to lend Bolivia $50 million" (an actor, "to", the verb) tells the day's act.
 */
function notAnAct(text: string, tokens: Token[], i: number, headline: boolean, isActorEnd: (t: Token) => boolean = () => false): Refusal | undefined {
  const verb = tokens[i]!;
  const word = text.slice(verb.start, verb.end).toLowerCase();
  const before = tokens[i - 1];
  if (text[verb.start - 1] === '-') return 'hyphen';
  if (before?.pos === 'PART' && /^to$/i.test(text.slice(before.start, before.end))) return headline && i >= 2 && isActorEnd(tokens[i - 2]!) ? undefined : 'infinitive';
  if (word.endsWith('ing')) return before?.pos === 'AUX' || before?.pos === 'VERB' ? undefined : 'gerund';
  const present = (word === verb.lemma && !isIrregularForm(word)) || (word !== verb.lemma && /^(?:s|es)$/.test(word.slice(verb.lemma.replace(/[ey]$/, '').length).replace(/^i/, '')));
  if (present && !headline && before?.pos !== 'AUX' && before?.pos !== 'PART') return 'present';
  return undefined;
}

/**
 * Whether the token at i is a verb in the present that the tagger read as a noun, as it often does
 * in a headline or a chronology's entry right after a name ("Tonga sign policing deals", "Canberra
 * pledges A$60 million", "Britain breaks off relations"): a word right after an actor named as a subject (not by a state's
 * adjective or possessive: "Eritrean forces surrender"), written as
 * a verb of either vocabulary in the present (its lemma, or its lemma and "-s"), and not followed
 * by a verb of its own (then it is the subject's head noun: "Uganda border reopens").
 */
function presentReadAsNoun(text: string, tokens: Token[], i: number, isSubjectEnd: (t: Token) => boolean): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (t.pos !== 'NOUN' || !before || !(isSubjectEnd(before) || (commaJoined(text, tokens, i) && headlineVerbBefore(text, tokens, i - 1, isSubjectEnd) >= 0))) return false;
  const { verbs, wordnet } = eventTypes();
  if (!verbs.lemmas.has(t.lemma) && !wordnet.verbs.lemmas.has(t.lemma)) return false;
  const word = text.slice(t.start, t.end).toLowerCase();
  if (word !== t.lemma && word !== `${t.lemma}s` && word !== `${t.lemma}es`) return false;
  const next = tokens[i + 1];
  return !next || (next.pos !== 'VERB' && next.pos !== 'AUX');
}

/** Whether the token at i follows a comma that no actor's name follows it in (not "Ghana, Togo sign …"). */
function commaJoined(text: string, tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && before.pos === 'PUNCT' && text.slice(before.start, before.end) === ',' && tokens[i]!.pos !== 'PROPN';
}

/**
 * The index of the verb of the headline's clause before the comma at j, its first word after an actor's name
 * ("Togo agree on transit corridor, pledge …": "agree"), or -1. `isSubjectEnd` given: a present the tagger read as a noun
 * counts (`presentReadAsNoun` has not yet turned it into a verb); else only a verb.
 */
function headlineVerbBefore(text: string, tokens: Token[], j: number, isSubjectEnd?: (t: Token) => boolean): number {
  for (let k = j - 1; k > 0; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && /[;:.]/.test(text.slice(t.start, t.end))) return -1;
    if (isSubjectEnd ? isSubjectEnd(tokens[k - 1]!) && (t.pos === 'VERB' || presentReadAsNoun(text, tokens, k, isSubjectEnd)) : t.pos === 'VERB') return k;
  }
  return -1;
}

/** Whether a word is an irregular past form of a verb of either vocabulary ("lent", "shut", "fought"). */
function isIrregularForm(word: string): boolean {
  const { verbs, wordnet } = eventTypes();
  return verbs.forms.has(word) || wordnet.verbs.forms.has(word);
}

/** Prepositions that tie an event noun to its actor: "the closure of its border by Ghana", "the dissolution of the union between Norway and Sweden". */
const NOUN_ARGUMENT = /^(?:of|by|between|with|to|against|from)$/i;

/**
 * Whether the event noun at i has an actor for argument: before it, in the possessive or as an
 * adjective, with only adjectives between ("Nigeria's closure", "South Africa's first democratic
 * elections", "the Bolivian referendum"); or after it, in a phrase opened by "of", "by",
 * "between" … ("the dissolution of the union between Norway and Sweden").
 */
function nounHasActor(text: string, tokens: Token[], i: number, isActorEnd: (t: Token) => boolean, isActorStart: (t: Token) => boolean): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j]!;
    if (isActorEnd(t)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NUM' && !(t.pos === 'PART' && /^['’]s?$/.test(text.slice(t.start, t.end)))) break;
  }
  const next = tokens[i + 1];
  if (!next || next.pos !== 'ADP' || !NOUN_ARGUMENT.test(text.slice(next.start, next.end))) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 8; k++) {
    const t = tokens[k]!;
    if (isActorStart(t)) return true;
    if (!IN_PHRASE.has(t.pos) && t.pos !== 'ADP' && t.pos !== 'CCONJ') return false;
  }
  return false;
}

/**
 * Whether the event noun at i holds a date of the sentence in its phrase: the date's
 * preposition right after it or after its "of" phrase ("the closure of the Merdare crossing on
 * 14 June 2023", "the suspension in May 2019"), or the date in the possessive before it
 * ("Monday's closure"). The act is the noun's; its actors are its clause's.
 */
function nounHasDate(text: string, tokens: Token[], i: number, dates: { start: number; end: number }[]): boolean {
  const startsDate = (t: Token | undefined) => !!t && dates.some((d) => d.start === t.start);
  const before = tokens[i - 1];
  if (before?.pos === 'PART' && /^['’]s?$/.test(text.slice(before.start, before.end)) && i >= 2 && dates.some((d) => d.end === tokens[i - 2]!.end)) return true;
  let k = i + 1;
  if (tokens[k]?.pos === 'ADP' && /^of$/i.test(text.slice(tokens[k]!.start, tokens[k]!.end))) {
    k++;
    const from = k;
    // Nouns in -ing the tagger may read as verbs stay in the phrase ("the border crossing", "the new building").
    const inPhrase = (t: Token) => IN_PHRASE.has(t.pos) || (t.pos === 'VERB' && /ing$/i.test(text.slice(t.start, t.end)) && k > from);
    while (k < tokens.length && k < from + 6 && inPhrase(tokens[k]!) && !startsDate(tokens[k])) k++;
    if (k === from) return false;
  }
  const at = tokens[k];
  return !!at && at.pos === 'ADP' && DATE_PREPOSITION.test(text.slice(at.start, at.end)) && startsDate(tokens[k + 1]);
}

/** Prepositions that tie a date to the participle before them ("lifted in 2020", "opened on 2 May 2011"). */
const DATE_PREPOSITION = /^(?:in|on|at|during|from)$/i;

/**
 * Whether the verb at i is an agentless participle told with its date: a passive ("the ban was
 * lifted in 2020") or a participle right after its noun ("a measure lifted in 2020"), followed by a date right after it or after one preposition;
 * a passive's date may follow a phrase of place or cause ("the treaty was ratified in the capital in March 2016"). The act has
 * no doer in its clause; its actors are the clause's or the sentence's.
 */
function agentlessAt(text: string, tokens: Token[], i: number, dates: { start: number; end: number }[]): boolean {
  const verb = tokens[i]!;
  const word = text.slice(verb.start, verb.end).toLowerCase();
  if (!word.endsWith('ed') && !isIrregularForm(word)) return false;
  const before = tokens[i - 1];
  if (!before) return false;
  const passive = before.pos === 'AUX' && before.lemma === 'be';
  // Not after a bracket or a comma: "Kenya's chamber of commerce (established in 1992)" tells when a thing began, which a list of them repeats.
  const reduced = before.pos === 'NOUN' || before.pos === 'PROPN';
  // A participle set off by a comma after its noun tells an act of its own with the date of its clause ("the West African
  // Gas Pipeline, built between 2005 and 2008 at a cost of …, began …", "ECOWAS, created by the Treaty of Lagos on 28 May
  // 1975, …"); in brackets, which lists repeat, it tells when a thing began (above).
  if (!passive && !reduced) return commaParticiple(text, tokens, i) && dateInClause(tokens, i, dates);
  const next = tokens[i + 1];
  if (!next) return false;
  const at = DATE_PREPOSITION.test(text.slice(next.start, next.end)) ? tokens[i + 2] : next;
  if (at && dates.some((d) => d.start === at.start)) return true;
  // A passive's place phrase between it and its date: "was signed in Astana on 3 May 2019" (session 26).
  if (!passive || next.pos !== 'ADP') return false;
  for (let k = i + 2; k < tokens.length && k <= i + 7; k++) {
    const t = tokens[k]!;
    if (dates.some((d) => d.start === t.start)) return true;
    if (t.pos === 'ADP' && DATE_PREPOSITION.test(text.slice(t.start, t.end)) && dates.some((d) => d.start === tokens[k + 1]?.start)) return true;
    if (!IN_PHRASE.has(t.pos) && t.pos !== 'ADP') return false;
  }
  return false;
}

/**
 * Whether the verb at i is a past participle told with a date, whatever its verb: a passive after
 * "was", "were", "been" or "be" in a dated clause ("On 4 March 2020, eleven traders were pushed
 * back at the crossing", "is expected to be completed in 2027": `modeAt` reads it as planned), or a participle set off by a comma after its noun with a date in its own phrase
 * ("the lake commission, created by both states in 1986, …"). The clause tells an act whose doer
 * it may leave out.
 */
export function datedParticiple(text: string, tokens: Token[], i: number, dates: { start: number; end: number }[] | 'passage', isActorEnd: (t: Token) => boolean): boolean {
  const verb = tokens[i]!;
  let j = i - 1;
  const passive = tokens[j]?.pos === 'AUX' && /^(?:was|were|been|be)$/i.test(text.slice(tokens[j]!.start, tokens[j]!.end));
  // A bare participle's particle stands before its "by" phrase: "was set up by the bank".
  const particle = /^(?:up|off|out|down)$/i.test(text.slice(tokens[i + 1]?.start ?? 0, tokens[i + 1]?.end ?? 0)) ? i + 1 : i;
  if (!inflected(text, verb) && !(passive && bareParticiple(text, tokens, i) && !domesticAgent(text, tokens, particle, isActorEnd))) return false;
  if (!passive) return dates !== 'passage' && commaParticiple(text, tokens, i) && dateInClause(tokens, i, dates, true);
  // "were taken ill", "opinion was split over the deal": a state or a feeling, no act (`passiveIdioms`).
  if (passiveIdiom(text, tokens, i)) return false;
  // A state for the passive's subject tells how it stood ("the country was isolated"): acts done to a state have verbs of the vocabulary.
  while (j >= 0 && BEFORE_VERB.has(tokens[j]!.pos)) j--;
  if (j >= 0 && isActorEnd(tokens[j]!)) return false;
  // The date in the passive's clause: no dash, colon or semicolon between them (a dateline's "LIMA, May 3 - The loan was approved" dates the report).
  // `passage`: a news sentence with no date of its own, which its paragraph dates ("The two rangers were taken to a naval post.").
  return dates === 'passage' || dates.some((d) => !/[;:—–]|\s-\s/.test(d.end <= verb.start ? text.slice(d.end, verb.start) : text.slice(verb.end, d.start)));
}

/**
 * Whether the verb at i is a participle written as its lemma (`bareParticiples`: "were set up on 1 January 1993", "was hit
 * in the leg"), not one with an infinitive after it ("was set to expire in 2027" tells a plan, not the setting). Its caller
 * refuses one whose "by" phrase names no actor, as the verb finder does (`domesticAgent`: "a fund … was set up by the bank").
 */
function bareParticiple(text: string, tokens: Token[], i: number): boolean {
  const verb = tokens[i]!;
  const word = text.slice(verb.start, verb.end).toLowerCase();
  const next = tokens[i + 1];
  return word === verb.lemma && eventTypes().bareParticiples.has(word) && !(next && /^to$/i.test(text.slice(next.start, next.end)) && tokens[i + 2]?.pos === 'VERB');
}

const DATE_WORDS = new Set([...MONTHS, ...WEEKDAYS]);

/**
 * Whether the verb at i and the words after it make a passive idiom of `passiveIdioms` (adjectives and adverbs between them
 * skipped): "were taken ill at a hotel", "were held in high regard", "opinion was split over the deal"; not "was split on
 * 3 May 2023" (a date after the last word). Review of session 35.
 */
export function passiveIdiom(text: string, tokens: Token[], i: number): boolean {
  const lemma = tokens[i]!.lemma;
  const word = (t: Token | undefined) => (t ? text.slice(t.start, t.end).toLowerCase() : '');
  return eventTypes().passiveIdioms.some((idiom) => {
    if (idiom.lemma !== lemma) return false;
    let k = i + 1;
    for (const w of idiom.words) {
      while (tokens[k] && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV') && word(tokens[k]) !== w) k++;
      if (word(tokens[k]) !== w) return false;
      k++;
    }
    return !(tokens[k] && (tokens[k]!.pos === 'NUM' || /^\d/.test(word(tokens[k])) || DATE_WORDS.has(word(tokens[k]))));
  });
}

/** Whether a verb token is written inflected (a past, a participle, a third person: "released", "signs"), not its bare form or a gerund. */
export function inflected(text: string, verb: Token): boolean {
  const word = text.slice(verb.start, verb.end).toLowerCase();
  return word !== verb.lemma && !word.endsWith('ing');
}

/** Whether the participle at i opens a phrase set off by a comma right after a noun or a name ("the pipeline, built"). */
function commaParticiple(text: string, tokens: Token[], i: number): boolean {
  const comma = tokens[i - 1];
  const head = tokens[i - 2];
  return !!comma && !!head && text.slice(comma.start, comma.end) === ',' && (head.pos === 'NOUN' || head.pos === 'PROPN') && head.end === comma.start;
}

/** How many words after a participle its date may stand ("by the Treaty of Lagos on", "between"). */
const CLAUSE_REACH = 8;

/** Whether a date of the sentence begins within the participle's clause, before its first stop, verb or conjunction (`adverbial`: right after a preposition). */
function dateInClause(tokens: Token[], i: number, dates: { start: number; end: number }[], adverbial = false): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + CLAUSE_REACH; k++) {
    const t = tokens[k]!;
    // `adverbial`: the date after a preposition ("created by both states in 1986"), not a noun's modifier ("under a 1997 arrangement").
    if (dates.some((d) => d.start <= t.start && t.start < d.end) && (!adverbial || tokens[k - 1]!.pos === 'ADP')) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'AUX') return false;
  }
  return false;
}

/**
 * The actor subject of the verb at i: an actor's last word before it with only its noun phrase and
 * auxiliaries between ("the Kenyan foreign ministry has"), given as the index of the phrase's head
 * (`phraseHead`); or `'before'` for a pronoun or "both sides" standing for actors named before, or
 * a verb joined to it by "and" that has one; a time phrase may stand between subject and verb
 * ("Latvia on Thursday closed …", `beforeTimePhrase`, session 26). Undefined: no actor subject.
 */
function subjectOf(
  tokens: Token[],
  i: number,
  isActorEnd: (t: Token) => boolean,
  context: boolean,
  text: string,
  subjected: Set<number>,
  dates: { start: number; end: number }[] = [],
  headline = false,
): number | 'before' | undefined {
  const before = (named: boolean) => (named ? ('before' as const) : undefined);
  let j = i - 1;
  while (j >= 0 && BEFORE_VERB.has(tokens[j]!.pos) && !isActorEnd(tokens[j]!)) j--;
  j = beforeTimePhrase(text, tokens, j, dates);
  while (j >= 0 && BEFORE_VERB.has(tokens[j]!.pos) && !isActorEnd(tokens[j]!)) j--;
  j = beforeApposition(text, tokens, j, isActorEnd);
  // A headline writes "and" as a comma: "Ghana, Togo agree on transit corridor, pledge joint border post".
  if (headline && j === i - 1 && commaJoined(text, tokens, i)) return before(subjected.has(headlineVerbBefore(text, tokens, j)));
  // "apologised and promised", "summoned the envoy and lodged a protest": the verb before the "and" has the subject.
  // Not a verb a preposition or subordinator governs ("met in Lima, on his first trip since taking office, and
  // signed …": "taking" heads a phrase inside the clause; "met" is the verb "signed" is joined to).
  if (j >= 0 && tokens[j]!.pos === 'CCONJ') {
    for (let k = j - 1; k >= 0 && k >= j - CONJOINED_REACH; k--) {
      const t = tokens[k]!;
      if (t.pos === 'PUNCT' && /[;:.]/.test(text.slice(t.start, t.end))) break;
      if (t.pos === 'VERB' && (tokens[k - 1]?.pos === 'ADP' || tokens[k - 1]?.pos === 'SCONJ')) continue;
      if (t.pos === 'VERB') return before(subjected.has(k));
    }
    return undefined;
  }
  if (j >= 0 && tokens[j]!.pos === 'PRON' && PRONOUN_SUBJECT.test(text.slice(tokens[j]!.start, tokens[j]!.end))) return before(context || j > 0);
  // The subject's phrase, with "of" or "in" inside it ("the Prime Minister of Norway", "a court in Pristina").
  const phraseEnd = j;
  while (j >= 0 && !isActorEnd(tokens[j]!) && (IN_PHRASE.has(tokens[j]!.pos) || (tokens[j]!.pos === 'ADP' && /^(?:of|in)$/i.test(text.slice(tokens[j]!.start, tokens[j]!.end))))) j--;
  if (j >= 0 && isActorEnd(tokens[j]!)) {
    // A relative clause ("…, which Japan funded") tells of something named before it; a possessive names the thing, not its doer.
    return tokens.slice(Math.max(0, j - 2), j + 1).some((t) => /^(?:which|that|whom|whose)$/i.test(text.slice(t.start, t.end))) ? undefined : phraseHead(text, tokens, phraseEnd);
  }
  // "The two leaders welcomed …", "Both sides agreed …", "The ministry summoned …": actors named before.
  return before(context && phraseEnd >= 0 && (GROUP_SUBJECT.test(text.slice(tokens[Math.max(0, phraseEnd - 3)]!.start, tokens[phraseEnd]!.end)) || definiteBody(text, tokens, phraseEnd)));
}

/** Prepositions and words that open a time phrase between a subject and its verb: "on Thursday", "late on Tuesday", "earlier this week". */
const TIME_OPENER = /^(?:on|in|at|late|early|earlier|later|last|this)$/i;

/**
 * The token before a time phrase that stands between a subject and its verb ("Latvia on Thursday closed the
 * crossing", "Minsk late on Tuesday expelled …"): the phrase is the words of a dated time ending at the j-th token,
 * with the preposition and the words of `TIME_OPENER` before it; else j unchanged.
 */
function beforeTimePhrase(text: string, tokens: Token[], j: number, dates: { start: number; end: number }[]): number {
  const t = tokens[j];
  const d = t && dates.find((x) => x.start < t.end && t.start < x.end && x.end <= t.end);
  if (!d) return j;
  let k = j;
  while (k >= 0 && tokens[k]!.end > d.start) k--;
  while (k >= 0 && TIME_OPENER.test(text.slice(tokens[k]!.start, tokens[k]!.end))) k--;
  return k;
}

/**
 * The subject's last word before an apposition set off by commas between it and its verb ("Estonia,
 * a country of about 1.3 million people, joined …"): the actor's last word before the first comma,
 * when the comma before the verb closes a noun phrase (with "of", "in" and figures inside) that the
 * first opens; else j unchanged.
 */
export function beforeApposition(text: string, tokens: Token[], j: number, isActorEnd: (t: Token) => boolean): number {
  if (j < 1 || text.slice(tokens[j]!.start, tokens[j]!.end) !== ',') return j;
  let k = j - 1;
  const inPhrase = (t: Token) => IN_PHRASE.has(t.pos) || t.pos === 'SYM' || t.pos === 'ADV' || (t.pos === 'ADP' && /^(?:of|in|with|about)$/i.test(text.slice(t.start, t.end)));
  while (k > 0 && inPhrase(tokens[k]!)) k--;
  return k < j - 1 && k > 0 && text.slice(tokens[k]!.start, tokens[k]!.end) === ',' && isActorEnd(tokens[k - 1]!) ? k - 1 : j;
}

/** How many words back from "and" the verb it joins may stand ("met in Buenos Aires in January, on the leader's first trip since taking office, and signed"). */
const CONJOINED_REACH = 20;

/** Whether the verb at i has an actor in the noun phrase after it ("accused Belgrade", "expelled two Russian diplomats", "detained by the Kenyan police"). */
function hasObject(tokens: Token[], i: number, isActorStart: (t: Token) => boolean): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    const t = tokens[k]!;
    if (isActorStart(t)) return true;
    if (!IN_PHRASE.has(t.pos) && t.pos !== 'ADP' && t.pos !== 'PRON' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** Whether a token is "of" or "in", which a subject's phrase may hold ("the Prime Minister of Norway"). */
const ofOrIn = (text: string, t: Token | undefined) => !!t && t.pos === 'ADP' && /^(?:of|in)$/i.test(text.slice(t.start, t.end));

/**
 * The head of the noun phrase ending at token `end`: its last word before its first "of" or "in" ("the Prime Minister
 * of Norway": "Minister"; "a shipment of Ugandan sugar": "shipment"), else its last word ("Kenya's parliament").
 */
function phraseHead(text: string, tokens: Token[], end: number): number {
  let k = end;
  while (k > 0 && (IN_PHRASE.has(tokens[k - 1]!.pos) || ofOrIn(text, tokens[k - 1]))) k--;
  for (let m = k + 1; m <= end; m++) if (ofOrIn(text, tokens[m])) return m - 1;
  return end;
}

/**
 * Whether the verb at i is a past participle in an affirmed passive clause: after a past form of "be" or "get", with adverbs
 * and auxiliaries between ("was signed", "was jointly inaugurated", "had been formally handed over"); "is still widely
 * ignored" tells a state. Not one with an adverb of `denialAdverbs` anywhere in its chain of auxiliaries and adverbs ("was
 * not agreed", "has never been signed", "was almost signed"): with no doer it tells a standing state or no act (on tune, 8 of
 * 9 negated ones were extras or took the report's date). When the sentence states dates, one stands before the verb in its
 * clause (no "that", "which", colon or semicolon between: "said on 3 March 2024 that the treaty had been signed" dates the
 * saying) or after it within its clause (no comma, colon, semicolon or dash between: "…, officials said on 4 May 2023").
 */
function passiveClause(text: string, tokens: Token[], i: number, dates: { start: number; end: number }[], isActorStart: (t: Token) => boolean): boolean {
  const verb = tokens[i]!;
  const word = text.slice(verb.start, verb.end).toLowerCase();
  if (!word.endsWith('ed') && !isIrregularForm(word)) return false;
  if (domesticAgent(text, tokens, i, isActorStart)) return false;
  const ownClause = (d: { start: number; end: number }) => (d.end <= verb.start ? !CLAUSE_BETWEEN.test(text.slice(d.end, verb.start)) : !/[,;:—–]|\s-\s/.test(text.slice(verb.end, d.start)));
  if (dates.length && !dates.some(ownClause)) return false;
  const { denialAdverbs } = eventTypes();
  let passive = false;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    const w = text.slice(t.start, t.end).toLowerCase();
    if (denialAdverbs.has(w) || denialAdverbs.has(t.lemma)) return false;
    if (!passive && t.pos === 'AUX' && /^(?:be|get)$/.test(t.lemma)) {
      // Only a past form tells an act: "is still widely ignored" tells a state.
      if (!PAST_BE.test(w)) return false;
      passive = true;
      continue;
    }
    if (t.pos !== 'ADV' && t.pos !== 'AUX') break;
  }
  return passive;
}
/**
 * Whether the passive at i names its doer after "by" and that doer is no actor: "The loan was approved by the cabinet",
 * "was passed by parliament" tell a domestic body's step, not an act between states (review, issue 10). "by the Prime
 * Ministers of the two countries", "by the Prime Minister and President Macron", "by Kenya" name actors.
 */
function domesticAgent(text: string, tokens: Token[], i: number, isActorStart: (t: Token) => boolean): boolean {
  let j = i + 1;
  while (j < tokens.length && tokens[j]!.pos === 'ADV') j++;
  if (!/^by$/i.test(text.slice(tokens[j]?.start ?? 0, tokens[j]?.end ?? 0))) return false;
  for (let k = j + 1; k < tokens.length && (AGENT_PHRASE.has(tokens[k]!.pos) || /^(?:of|and)$/i.test(text.slice(tokens[k]!.start, tokens[k]!.end))); k++) {
    if (isActorStart(tokens[k]!) || /^(?:two|both)$/i.test(text.slice(tokens[k]!.start, tokens[k]!.end))) return false;
  }
  return true;
}
/** Tags of the words of a passive's "by" phrase. */
const AGENT_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Past forms of "be" and "get" that open a passive telling an act ("was signed", "had been signed", "got released"). */
const PAST_BE = /^(?:was|were|been|got|gotten)$/;
/** What parts a date before a passive from its clause: "said on 3 March 2024 that the treaty had been signed" dates the saying. */
const CLAUSE_BETWEEN = /[;:]|\b(?:that|which|who|whom|whose)\b/i;

/** Whether the verb at i is a passive ("were trapped", "was seized") or has its agent after "by" ("destroyed by Kenyan troops"). */
function passiveAt(text: string, tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  return (tokens[j]?.pos === 'AUX' && /^(?:be|get)$/.test(tokens[j]!.lemma)) || /^by$/i.test(text.slice(tokens[i + 1]?.start ?? 0, tokens[i + 1]?.end ?? 0));
}

/**
 * Whether the subject whose head is the token at h names an actor that acts: a word of it up to its head (not inside its
 * "of" phrase) is an actor itself (not a state's adjective or possessive: "Kenyan", "Uganda's sugar"), a body of a state
 * (`subjectBodies`, `thirdPartyBodies`) or a person (`persons` of wordnet-persons.json: "the Argentine ruler Juan Manuel
 * de Rosas"). "A shipment of Ugandan sugar", "The fall of the prime minister" name none.
 */
function doerAt(text: string, tokens: Token[], h: number, actors: EntityMention[]): boolean {
  const { countryWords } = actorLexicon();
  const { subjectBodies, thirdPartyBodies } = eventTypes();
  for (let k = h; k >= 0 && (k === h || IN_PHRASE.has(tokens[k]!.pos)); k--) {
    const t = tokens[k]!;
    const possessive = /^['’]s?$/.test(text.slice(tokens[k + 1]?.start ?? 0, tokens[k + 1]?.end ?? 0));
    if (!possessive && actors.some((a) => a.end === t.end && !countryWords.has(fold(a.text)))) return true;
    const word = text.slice(t.start, t.end).toLowerCase();
    if (t.pos === 'NOUN' && [word, t.lemma].some((w) => subjectBodies.has(w) || thirdPartyBodies.has(w) || personNoun(w))) return true;
  }
  return false;
}

/** Whether the token at h names a person or a delegation: a person actor, a person's noun ("minister", "officials") or one of `delegationNouns`. */
function personAt(text: string, tokens: Token[], h: number, actors: EntityMention[]): boolean {
  const t = tokens[h]!;
  if (actors.some((a) => a.kind === 'person' && a.start < t.end && t.start < a.end)) return true;
  const word = text.slice(t.start, t.end).toLowerCase();
  return [word, t.lemma].some((w) => personNoun(w) || eventTypes().delegationNouns.has(w));
}

/**
 * The type a verb of the category table tells in its clause: a visit or a meeting only with a person or a delegation for
 * its subject or object ("Ugandan officials arrived", "hosted President Museveni"), or, for a meeting, actors named before
 * ("the two sides will reconvene"); else an act of type "other" of the table's category: "Kenya will host Uganda in a
 * World Cup qualifier", "Kenya's parliament debated the Uganda pipeline bill" are no visit and no summit.
 */
function tableType(
  text: string,
  tokens: Token[],
  i: number,
  entry: { type: EventType; priority: number },
  head: number | 'before' | undefined,
  actors: EntityMention[],
): { type: EventType; priority: number } {
  const id = entry.type.id;
  if (id !== 'leader_visit' && id !== 'summit_or_meeting') return entry;
  if (id === 'summit_or_meeting' && (head === 'before' || pairSubject(text, tokens, i, actors))) return entry;
  if (typeof head === 'number' && personAt(text, tokens, head, actors)) return entry;
  // The object, or a passive's agent ("hosted by Emperor Akihito"): the noun phrase right after the verb or its "by", its head before its first "of" or "in".
  const from = /^by$/i.test(text.slice(tokens[i + 1]?.start ?? 0, tokens[i + 1]?.end ?? 0)) ? i + 1 : i;
  let end = from;
  while (end + 1 < tokens.length && IN_PHRASE.has(tokens[end + 1]!.pos)) end++;
  if (end > from && personAt(text, tokens, phraseHead(text, tokens, end), actors)) return entry;
  const { types } = eventTypes();
  const other = types.findIndex((t) => t.id === 'other');
  return { type: types[other]!, priority: other + (entry.priority - Math.floor(entry.priority)) };
}

/** Whether the subject before the verb at i names two actors or more ("The Joint Border Committee of Peru and Brazil will meet", "Kenya and Uganda will reconvene"). */
function pairSubject(text: string, tokens: Token[], i: number, actors: EntityMention[]): boolean {
  let k = i - 1;
  while (k >= 0 && BEFORE_VERB.has(tokens[k]!.pos)) k--;
  const named = new Set<string>();
  for (; k >= 0 && (IN_PHRASE.has(tokens[k]!.pos) || tokens[k]!.pos === 'CCONJ' || ofOrIn(text, tokens[k])); k--) for (const a of actors) if (a.end === tokens[k]!.end) named.add(a.entity);
  return named.size >= 2;
}
