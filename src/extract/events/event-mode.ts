import type { EventMode } from '../../model/annotation.js';
import { eventTypes, type Trigger } from './event-types.js';
import { tag } from '../nlp/tagger.js';

/** The mode of an event (asserted, planned, hypothetical, negated), read in its trigger's part of its clause. */

/**
 * The mode of a trigger's event, read in its part of the clause: "Kenya has no navy but has
 * signed three pacts" asserts the pacts. A relative clause speaks of something else: "signed
 * a pact that will last until 2030" and "the summit (which will be held in May) and a visit in
 * March" assert the signing and the visit.
 */
export function modeAt(text: string, from: number, to: number, trigger: Trigger): EventMode {
  const start = Math.min(from, trigger.start);
  const end = Math.max(to, trigger.end);
  const before = [...text.slice(start, trigger.start).matchAll(CONTRAST)].pop();
  let after = text.slice(trigger.end, end).search(CONTRAST);
  let leadStart = before ? start + before.index! + before[0].length : start;
  // A trigger inside a relative clause set off by commas ("Eritrea, which declared independence in
  // 1993, would not accept the ruling") is told in that clause alone: the main clause around it
  // gives it no mode.
  const open = OPEN_RELATIVE.exec(text.slice(leadStart, trigger.start));
  if (open) {
    leadStart += open.index + open[0].length;
    const close = text.slice(trigger.end, end).search(/[,;)]/);
    if (close >= 0 && (after < 0 || close < after)) after = close;
  }
  // A participle right after a comma or a bracket is a relative clause of its own ("the ferry service, halted in 2017, would not
  // resume"; "the bridge, opened in 2022"): it is told as done, whatever the main clause around it denies or foretells. A verb
  // in a list ("had not closed the border, recalled its envoy or suspended flights") shares the list's mode (`inList`).
  if (!open && REDUCED_RELATIVE.test(text.slice(leadStart, trigger.start)) && pastForm(text.slice(trigger.start, trigger.end)) && !inList(text, trigger.end)) {
    leadStart = trigger.start;
    const close = text.slice(trigger.end, end).search(/[,;)]/);
    if (close >= 0 && (after < 0 || close < after)) after = close;
  }
  // A verb in the past joined by "and" opens a verb phrase of its own: "said it would reopen the border, and signed a
  // pact" asserts the signing ("would" cannot govern "signed"); "did not close the border and expel …" shares "did not".
  const joined = JOINED_BEFORE.exec(text.slice(leadStart, trigger.start));
  if (joined && pastForm(text.slice(trigger.start, trigger.end))) leadStart += joined.index + joined[0].length;
  let lead = text.slice(leadStart, trigger.start).replace(CLOSED_RELATIVE, ' ');
  // A noun that names the event inside a phrase ("did not raise it during the talks on the
  // establishment of ties") takes no mode from the verb the phrase hangs on.
  if (NOMINAL.test(text.slice(trigger.start, trigger.end))) lead = lead.slice(lastPhraseStart(lead));
  // What follows a colon is what was put forward or agreed ("set a goal: Kenya would be …"), not how.
  // What a reporting verb or a condition introduces is another clause ("condemned the move and said it would …").
  const tail = text
    .slice(trigger.end, after >= 0 ? trigger.end + after : end)
    .replace(/:.*$/s, '')
    .replace(NEXT_VERB, '')
    .replace(REPORTED, '')
    .replace(RELATIVE_CLAUSE, ' ');
  // A trigger whose own words deny or foretell is an idiom of its act ("will not go unanswered",
  // "will not tolerate" are threats told now): its words give no mode.
  const own = text.slice(trigger.start, trigger.end);
  // A denial, a modal or a condition governs the verbs after it, never one before it (issue 10, session 44): "Mauritania signed
  // the accords in 1975, fought a war it could not win", "expelled a diplomat in May and has not named a new one" assert the
  // signing and the expulsion. Only a noun's act takes its mode from the predicate after it ("the visit did not take place").
  const verbal = verbTrigger(text, start, end, trigger);
  // The mode of the words before a trigger, the trigger's own words (when they are no idiom of a mode) and the words after it.
  const ownWord = modeOf(own) === 'asserted' ? own : 'it';
  const told = (before: string, after = '') => modeOf(`${before}${ownWord} ${after}`);
  // A verb takes a denial from its own object ("expelled no diplomats", "recognised none of them"); a noun's act takes its
  // mode from the predicate after it, but "neither" there denies the predicate's own object ("satisfied neither side").
  let mode = told(lead, verbal ? objectOf(text, start, end, trigger) : tail.replace(/\bneither\b/gi, ' '));
  // A noun in the phrase of a verb of saying or of attitude that names its topic or cause (`denialAsides`: "has not apologised
  // for the raid", "did not comment on the talks") is not what the verb denies: a denial before the phrase does not reach it.
  // A phrase a verb takes as its object ("did not call for talks", "were not at war") stays denied.
  if (mode === 'negated' && !verbal) {
    const raw = text.slice(leadStart, trigger.start);
    const aside = eventTypes()
      .denialAsides.flatMap((re) => [...raw.matchAll(re)].map((m) => m.index! + m[0].length))
      .sort((a, b) => a - b)
      .pop();
    if (aside !== undefined && !tag(text.slice(start, end), start).some((w) => w.start >= leadStart + aside && w.end <= trigger.start && (w.pos === 'VERB' || w.pos === 'AUX')))
      mode = told(`${raw.slice(0, aside).replace(DENIAL, ' ')}${raw.slice(aside)}`.replace(CLOSED_RELATIVE, ' '), tail);
  }
  // A verb under an inverted condition ("Had Cairo recognised it in 1984, ties would …") was not done: its clause weighs it.
  if (mode === 'asserted' && verbal && invertedCondition(text, start, end, trigger)) return 'hypothetical';
  // A denial governs its own verb group and the verbs coordinated with it in the form its auxiliary selects: "did not" and a
  // modal take a bare verb, so a verb in the past after them ("said it would not respond, and on Monday expelled two
  // diplomats") is a finite verb of its own, told as done.
  // A denied verb of saying or knowing ("did not confirm it expelled", "could not prove that Uganda shelled") leaves the act it
  // reports unsettled: neither done nor denied.
  if (mode === 'negated' && told(lead) === 'negated') {
    const elsewhere = deniedElsewhere(text, start, leadStart, trigger);
    if (elsewhere) return elsewhere === 'reports' ? 'hypothetical' : 'asserted';
  }
  // A modal governs only its own verb group (session 43, issue 10): a trigger in the past tense with no auxiliary before it
  // ("Although the move could anger Dodoma, Nairobi expelled …", "summoned the envoy, and traders could boycott …", "met to
  // discuss how trade could be restored") is a finite verb of its own, told as done, whatever modal another clause holds. It
  // stays hypothetical only inside a condition of its own clause ("would retaliate if Tanzania expelled …").
  if ((mode === 'hypothetical' || mode === 'planned') && finitePast(text, start, end, trigger) && !conditioned(text.slice(start, trigger.start))) return 'asserted';
  // "could only" told beside a past of its time ("could only protest as Togo built a fence") is what was done, no more: a past
  // ability, not a possibility ("the move could only worsen ties" stays hypothetical).
  if (mode === 'hypothetical' && /\bcould\s+only\s+$/i.test(text.slice(start, trigger.start)) && pastBeside(text, start, end, trigger.end)) return 'asserted';
  return mode;
}

/**
 * Whether a trigger is headed by a verb, by the tagger's tag of its first word: "armed" in "an armed conflict" is an adjective,
 * and a gerund may head a noun phrase ("Expelling them would harm ties").
 */
function verbTrigger(text: string, start: number, end: number, trigger: Trigger): boolean {
  const first = /^\p{L}+/u.exec(text.slice(trigger.start, trigger.end))?.[0].toLowerCase() ?? '';
  if (!first || /ing$/.test(first)) return false;
  const t = tag(text.slice(start, end), start).find((w) => w.start === trigger.start);
  return t?.pos === 'VERB';
}

/**
 * The object of a verbal trigger: the words after it up to the next verb, preposition, coordinator, comma or clause boundary
 * (a particle right after the trigger is skipped: "gave up"). "Kenya expelled no diplomats" and "recognised none of them" deny the act;
 * "said no decision had been taken" stops at "had", and "signed it with no delay" at "with".
 */
function objectOf(text: string, start: number, end: number, trigger: Trigger): string {
  const tagged = tag(text.slice(start, end), start);
  // A trigger cut inside a verb (a statement's span of fixed length: "told lawmakers … Peru wou|ld never abandon") has reached
  // the next verb group already: it has no object left.
  if (tagged.some((w) => w.start < trigger.end && w.end > trigger.end && (w.pos === 'VERB' || w.pos === 'AUX'))) return '';
  const words = tagged.filter((w) => w.start >= trigger.end);
  let stop = end;
  for (const [i, w] of words.entries()) {
    const coordinator = w.pos === 'CCONJ' && !/^(?:neither|either)$/i.test(text.slice(w.start, w.end));
    const particle = i === 0 && PARTICLE.test(text.slice(w.start, w.end));
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PUNCT' || w.pos === 'SCONJ' || coordinator || (w.pos === 'ADP' && !particle)) {
      stop = w.start;
      break;
    }
  }
  return text.slice(trigger.end, stop);
}

/** A verb's particle ("gave up", "called off"), which may stand between it and its object. */
const PARTICLE = /^(?:up|out|off|down|back|away)$/i;

/** A word of denial: "not", "never", "n't", "no", "neither", "nor", "failed to", "declined to". */
const DENIAL = /\b(?:not|never|no|neither|nor|none)\b|n['’]t\b|\b(?:failed|declined|refused)\s+to\b/giu;
/** An auxiliary that takes a bare verb after it: "do", a modal, "to". */
const BARE_TAKER = /\b(?:do|does|did|would|could|might|may|should|will|shall|must|can|to|wo|ca)$/i;

/**
 * Whether the last denial before a finite past trigger (`finitePast`) belongs to a verb group of its own that cannot take the
 * trigger: the denial already has its verb before the trigger, its auxiliary takes a bare verb ("did not respond, and …
 * expelled", "would not sign …, and recalled") or, with no auxiliary ("never replied"), a comma ends its clause before the
 * trigger. A denial with "had"/"has"/"was" may govern a list of participles ("had not closed the border, recalled its envoy
 * or suspended flights") and is left as it is, as is a denial in the trigger's own subject ("No state recognised …").
 * `reports` when the denied verb is one of saying or knowing (`sayingVerbs`, `knowingVerbs`: "did not confirm it expelled").
 */
function deniedElsewhere(text: string, start: number, leadStart: number, trigger: Trigger): false | 'reports' | 'own' {
  const lead = text.slice(leadStart, trigger.start);
  if (!finitePast(text, start, trigger.end, trigger) || conditioned(lead)) return false;
  const cue = [...lead.matchAll(DENIAL)].pop();
  if (!cue) return false;
  const from = leadStart + cue.index! + cue[0].length;
  const mid = text.slice(from, trigger.start);
  if (/^\s*(?:or|nor)\b|\b(?:or|nor)\s*$/i.test(mid) || inList(text, trigger.end)) return false;
  const own = tag(text.slice(start, trigger.end), start).filter((w) => w.start >= from && w.end <= trigger.start);
  const verb = own.find((w) => w.pos === 'VERB');
  if (!verb) return false;
  const { sayingVerbs, knowingVerbs } = eventTypes();
  const found = sayingVerbs.has(verb.lemma) || knowingVerbs.has(verb.lemma) ? 'reports' : 'own';
  const aux = text.slice(Math.max(start, leadStart + cue.index! - 12), leadStart + cue.index!).trimEnd();
  if (/\bto$/i.test(cue[0]) || BARE_TAKER.test(aux)) return found;
  if (/\b(?:have|has|had|having|be|been|being|is|are|was|were|am)$/i.test(aux)) return false;
  return /[,;]/.test(mid) ? found : false;
}

/** Words that make the verb after them part of their verb group: an auxiliary, a modal or "to" ("would have expelled", "could cut", "was summoned", "plans to cut"). */
const AUXILIARY = /\b(?:to|have|has|had|having|be|been|being|is|are|was|were|am|get|gets|got|getting|would|could|might|may|should|will|shall|must|can|do|does|did|'d|'ll|’d|’ll)$/iu;
/** Adverbs that may stand between an auxiliary and its verb ("would then have", "could only", "had already"). */
const ADVERB_BEFORE = /(?:\s+|^)(?:\p{L}+ly|then|also|not|never|just|still|soon|even|again|later|n't|n’t)$/iu;

/**
 * Whether a trigger is a verb in the past tense that heads its own verb group: a past form (`pastForm`, or an irregular one the
 * tagger gives another lemma: "met" of "meet", "sent" of "send") with no auxiliary before it. The stretch `start`–`end` is
 * tagged only when the trigger's first word is no form the vocabularies know.
 */
function finitePast(text: string, start: number, end: number, trigger: Trigger): boolean {
  if (!pastForm(text.slice(trigger.start, trigger.end)) && !irregularPast(text, start, end, trigger.start)) return false;
  let before = text.slice(Math.max(0, trigger.start - 80), trigger.start).trimEnd();
  for (let m = ADVERB_BEFORE.exec(before); m && m[0].length; m = ADVERB_BEFORE.exec(before)) before = before.slice(0, m.index).trimEnd();
  return !AUXILIARY.test(before);
}

/** Whether the word at `at` is a verb the tagger gives another lemma, not a present "-s" or a gerund ("met", "sent", "took"). */
function irregularPast(text: string, start: number, end: number, at: number): boolean {
  const t = tag(text.slice(start, end), start).find((w) => w.start === at);
  if (!t || t.pos !== 'VERB') return false;
  const w = text.slice(t.start, t.end).toLowerCase();
  return t.lemma !== w && !/(?:s|ing)$/.test(w);
}

/** Whether a clause of time after `from` ("as", "while", "when", "after") has a verb in the past ("as Togo built a fence"). */
function pastBeside(text: string, start: number, end: number, from: number): boolean {
  const clause = /\b(?:as|while|when|after)\b/i.exec(text.slice(from, end));
  if (!clause) return false;
  const at = from + clause.index + clause[0].length;
  return tag(text.slice(start, end), start).some((w) => w.start >= at && w.pos === 'VERB' && (pastForm(text.slice(w.start, w.end)) || irregularPast(text, start, end, w.start)));
}

/** A condition still open in the trigger's stretch of its clause (since its last comma; an aside set off by commas right after "if" does not close it): "if", "unless", "whether", "in case", or an inverted "had"/"were"/"should" opening it ("Had Kenya expelled …"). */
function conditioned(text: string): boolean {
  // An aside set off by commas right after "if" ("If, as feared, the border closed …") leaves the condition open.
  const lead = text.replace(/\b(if|unless)\s*,[^,;]*,/gi, '$1 ');
  const part = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
  return /\b(?:if|unless|whether|in\s+case)\b/i.test(part) || INVERTED.test(part);
}
/** A condition told by inversion: "had", "were" or "should" opening a clause before its subject ("had Cairo recognised", "were the two sides to sign"), not a passive's auxiliary after a comma ("…, were expelled"). */
const INVERTED = /^\s*(?:[Hh]ad|[Ww]ere|[Ss]hould)\s+(?:the|its|their|both|either|any|it|they|he|she|we|\p{Lu})/u;
/** An inverted condition that opens its sentence, or a clause after a semicolon or a conjunction, and reaches the trigger. */
const INVERTED_OPEN = /(?:^|[;:]|\b(?:and|but|or|yet)\b)\s*(?:[Hh]ad|[Ww]ere|[Ss]hould)\s+(?:the|its|their|both|either|any|it|they|he|she|we|\p{Lu})[^,;]*$/u;
/** After the condition, a comma and a main clause with a modal ("…, ties would have improved"; "…, Kenya will close the border"). */
const CONDITION_CLOSED = /^[^;.!?]*,[^;.!?]*(?:\b(?:would|could|might|will|shall)\b|['’]d\b|['’]ll\b)/iu;
/**
 * Whether a trigger stands in a condition told by inversion ("Had Cairo recognised it in 1984, ties would have …"): the
 * inverted auxiliary opens the sentence or a clause after a semicolon or a conjunction, and a comma closes the condition before
 * a main clause with a modal. A causative "had" in a list ("invaded Tanzania, had Libyan troops flown in and fled") is none.
 */
function invertedCondition(text: string, start: number, end: number, trigger: Trigger): boolean {
  return INVERTED_OPEN.test(text.slice(start, trigger.start)) && CONDITION_CLOSED.test(text.slice(trigger.end, end));
}
/** "and" (with a comma or an adverb) right before a trigger. */
const JOINED_BEFORE = /(?:^|[\s,])and\s+(?:(?:\p{L}+ly|then|also)\s+)?$/iu;

/** Whether a trigger opens with a verb's past form: a regular "-ed" or an irregular form of the vocabularies ("froze", "broke"). */
function pastForm(words: string): boolean {
  const first = /^\p{L}+/u.exec(words)?.[0].toLowerCase() ?? '';
  const { verbs, wordnet } = eventTypes();
  return /\p{L}{2,}ed$/u.test(first) || verbs.forms.has(first) || wordnet.verbs.forms.has(first);
}

/** A second verb joined by "and" is an act of its own, with its own mode ("met on Thursday and agreed not to use force", "stands in solidarity and would consider sanctions" assert the first). */
const NEXT_VERB = /\band\s+(?:\w+ly\s+)?(?:agreed|pledged|vowed|promised|decided|refused|declined|signed|said|stated|announced|insisted|warned|urged|called|would|will)\b.*$/s;
/** What a reporting verb introduces ("rallied against the closure, saying it would cut families off"), or a condition ("warned of reprisals if the staff were not allowed back"), is another clause. */
const REPORTED = /\b(?:said|says|saying|told|added|stated|announced|according to|if|unless)\b.*$/s;
/** Where the trigger's clause may begin: a contrast, or a clause of reason after a comma (", as it accepted …", "because"), which the main clause's denial does not reach. */
const CONTRAST = /;|\b(?:but|however|although|though|whereas|while|because)\b|,\s*(?:as|since)(?=\s+(?:it|they|he|she|we|both|each|the\s+two)\b)/g;
/** A trigger that begins with a noun of action: "establishment of", "normalisation of", "signing of". */
const NOMINAL = /^\p{L}+(?:ment|tion|sion|ing)\s+of\b/iu;
const PHRASE_HEAD = /\b(?:during|for|at|in|on|after|before|following|since|towards?|about|over)\b/gi;
/** Where the last prepositional phrase of a text begins (0 when it has none). */
function lastPhraseStart(lead: string): number {
  const m = [...lead.matchAll(PHRASE_HEAD)].pop();
  return m ? m.index! : 0;
}
/** A coordinator before the next comma, bracket or sentence end, or right after that comma: the trigger is an item of a list of verbs ("…, recalled its envoy or suspended flights"; "…, recalled its envoy, and suspended flights"). */
const LIST_AFTER = /^[^,;:()!?.]*\b(?:and|or|nor)\b|^[^,;:()!?.]*,\s*(?:and|or|nor)\b/iu;
/** Whether the words after a trigger that ends at `end` go on with the next item of a list of verbs (`LIST_AFTER`). */
function inList(text: string, end: number): boolean {
  return LIST_AFTER.test(text.slice(end, end + 200));
}
/** A noun phrase, then a comma or a bracket right before the trigger: the trigger opens a participle clause ("the pact, signed in"). */
const REDUCED_RELATIVE = /[\p{L}\p{N}'’]\s*[,(]\s*$/u;
/** A relative clause set off by a comma or a bracket and still open at the trigger: ", which declared independence in". */
const OPEN_RELATIVE = /[,(]\s*(?:which|who|whom|whose)\b(?=[^,;()]*$)/i;
const RELATIVE_CLAUSE = /\b(?:which|that|who|whom|whose)\b[^,;()]*/gi;
/** A relative clause closed before the trigger ("the summit (which will be held in May), …"); "that" may open what the trigger's verb says, so it does not count. */
const CLOSED_RELATIVE = /\b(?:which|who|whom|whose)\b[^,;()]*(?=[,;)])/gi;

function modeOf(text: string): EventMode {
  const { modes } = eventTypes();
  if (modes.negated.some((re) => re.test(text))) return 'negated';
  if (modes.planned.some((re) => re.test(text))) return 'planned';
  if (modes.hypothetical.some((re) => re.test(text))) return 'hypothetical';
  return 'asserted';
}
