import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Block, Sentence } from '../../model/document.js';
import { eventTypes, findTriggers, type Trigger } from './event-types.js';
import { tag, type Token } from '../nlp/tagger.js';
import { actorsIn } from './event-actors.js';
import { modeAt } from './event-mode.js';
import { refineCategory } from './plover-refiners.js';
import { within } from '../spans.js';

/**
 * The onset finder: a lasting state or an ongoing act told with "since" and a date is an event
 * of that date, which the other finders leave alone (a "since" date frames a clause for them).
 * - The state a past act left, told by its participle in the perfect ("the border has been
 *   closed since 1994", "relations have been frozen since 2021"): the act
 *   (closing, freezing, suspending) happened at the start of the period; the event is dated
 *   there (rule `onset-since`).
 * - An act told in the perfect as going on ("Chile has sent aid to Peru since 2023"): in news,
 *   an event from the start of the period to the day of the report (rule `ongoing-since`);
 *   elsewhere nothing (no end is known). Denied so ("the commission has not met since 2022"),
 *   it is the negated event of the same span (session 23).
 * The verb is read by lemma and part of speech (wink-nlp); a verb that states a situation, a
 * quantity or a saying (`notEventVerbs`: "has grown since", "has remained since") is none, and
 * the ongoing act must be one of the event vocabulary (hand-kept or WordNet's). The sentence must
 * name an actor (a state, its capital or adjective, a person, a body) or "the two countries".
 */

const ACTOR_KINDS = new Set(['country', 'person', 'organisation', 'group']);
/** "the two countries", "both sides": the pair, in a document about one. */
const PAIR_PHRASE = /\b(?:both (?:sides|countries|governments|states)|the two (?:countries|neighbou?rs|sides|governments|states|nations|capitals))\b/i;
/** Parts of speech between an ongoing act's verb and "since": its object and its prepositional phrases ("sent aid to Gaza by air since"). */
const BETWEEN = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'ADP', 'ADV', 'PRON', 'CCONJ']);
/** How many words an ongoing act's object and phrases may take before "since". */
const REACH = 9;

/** The start of the period a "since" time opens, as an EDTF date: "since 1994" (1994/..) → 1994; "since July 2014" → 2014-07. */
function periodStart(text: string, t: TimeAnnotation): string | undefined {
  const since = /^since\b/i.test(t.text) || /\bsince\s+$/i.test(text.slice(Math.max(0, t.start - 7), t.start));
  if (!since) return undefined;
  const start = t.edtf.split('/')[0]!;
  return /^\d{4}(?:-\d\d){0,2}$/.test(start) ? start : undefined;
}

/** The word of a token. */
const word = (text: string, t: Token) => text.slice(t.start, t.end);

/** Whether the token is a past participle: a regular "-ed" form or an irregular one the vocabularies list ("shut", "frozen"). */
function participle(text: string, t: Token): boolean {
  const w = word(text, t).toLowerCase();
  const { verbs, wordnet } = eventTypes();
  // An irregular form the tagger gives another lemma ("met" of "meet"), not a present "-s" or a gerund.
  return /ed$/.test(w) || verbs.forms.has(w) || wordnet.verbs.forms.has(w) || /en$/.test(w) || (t.lemma !== w && !/(?:s|ing)$/.test(w));
}

/** "not", "n't", "never": a negation of the perfect, whatever its tag. */
const NEGATION = /^(?:not|n't|never)$/i;

/** A perfect's auxiliary: has, have, had ('ve, 's, 'd are tagged as such). */
const isHave = (t: Token | undefined) => !!t && t.pos === 'AUX' && t.lemma === 'have';

type Found = { verb: Token; onset: boolean };

/**
 * The verb a "since" at token i belongs to: a participle right before it, told with "been" after
 * a perfect's auxiliary (an onset); else a verb in the perfect with only its object and phrases
 * between (an ongoing act). A participle reduced to a noun's modifier set off by a comma ("flights,
 * suspended since 2020, resume in October") is an onset too: the suspension began in 2020, beside
 * the act its sentence tells (session 25; session 23 had left it alone).
 */
function verbBefore(text: string, tokens: Token[], i: number): Found | undefined {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  const v = tokens[k];
  if (v && v.pos === 'VERB' && participle(text, v)) {
    const before = tokens[k - 1];
    const been = before && before.pos === 'AUX' && word(text, before).toLowerCase() === 'been';
    if (been && isHave(tokens[k - 2] && tokens[k - 2]!.pos === 'ADV' ? tokens[k - 3] : tokens[k - 2])) return { verb: v, onset: true };
    // A participle reduced to a modifier set off by a comma after its noun ("flights, suspended since 2020, resume"): the state it names began then (session 25).
    if (before && word(text, before) === ',' && (tokens[k - 2]?.pos === 'NOUN' || tokens[k - 2]?.pos === 'PROPN')) return { verb: v, onset: true };
  }
  for (let j = i - 1; j >= 0 && j >= i - REACH; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') {
      // "has not met since 2022", "have never traded since": a negation between the auxiliary and the verb (session 23).
      let a = j - 1;
      while (a >= 0 && (tokens[a]!.pos === 'ADV' || NEGATION.test(word(text, tokens[a]!)))) a--;
      return isHave(tokens[a]) && participle(text, t) ? { verb: t, onset: false } : undefined;
    }
    if (!BETWEEN.has(t.pos)) return undefined;
  }
  return undefined;
}

/** Who holds a state: a state or a person (an organisation is what is joined: "an EU member"). */
const HOLDER_KINDS = new Set(['country', 'person']);

/**
 * Whether a state held since a date is a third country's, in a document about a pair: its holder, the state or person
 * named last before the state's noun ("Estonia, an EU member since 2004"), is
 * of a country that is neither of the pair. Such a state is no act between them (session 25).
 */
function thirdHolder(ents: EntityMention[], at: number, pair: Set<string> | undefined): boolean {
  if (!pair) return false;
  const holder = ents.filter((e) => HOLDER_KINDS.has(e.kind) && e.end <= at).at(-1);
  return !!holder?.country && !pair.has(holder.country);
}

/** Kinds of name a body one is a member of can be; an unlisted name of two words or more ("Pacific Alliance", `other`) too. */
const BODY_KINDS = new Set(['organisation', 'group']);
const isBody = (text: string, e: EntityMention) => BODY_KINDS.has(e.kind) || (e.kind === 'other' && /\s/.test(text.slice(e.start, e.end)));

/**
 * A membership of a body is named ("members of the European Union", "an EU member", "members of NATO"): a name of a body or
 * an acronym lies in the trigger's of-phrase or just before "member(s)". "members of Parliament", "members of the delegation" name none.
 */
function bodyNamed(text: string, ents: EntityMention[], held: { start: number; end: number }): boolean {
  // An acronym names a body the entity lists may not hold ("members of NATO", "an OECD member").
  if (/\b\p{Lu}{2,}\b/u.test(text.slice(held.start, held.end)) || /\b\p{Lu}{2,}\s+$/u.test(text.slice(Math.max(0, held.start - 12), held.start))) return true;
  return ents.some((e) => isBody(text, e) && e.start < held.end && (e.end > held.start || /^\s*$/.test(text.slice(e.end, held.start))));
}

/** The trigger pattern that covers a verb, read in its sentence alone ("met" of `summit_or_meeting`). */
function patternAt(text: string, s: Sentence, verb: Token): Trigger | undefined {
  return findTriggers(text.slice(s.start, s.end)).find((t) => t.start + s.start <= verb.start && verb.end <= t.end + s.start);
}

/**
 * The events of lasting states and ongoing acts told with "since" in a document's sentences,
 * beside those already found (`found`: a sentence's date already given to an event adds nothing).
 * @example onsetEvents(text, blocks, sentences, times, entities, [], {}) // "The border has been closed since 1994." → [{ date: '1994', rule: 'onset-since+date', … }]
 */
export function onsetEvents(
  text: string,
  blocks: Block[],
  sentences: Sentence[],
  times: TimeAnnotation[],
  entities: EntityMention[],
  found: { start: number; end: number; date: string }[],
  options: { publicationDate?: string; pair?: Set<string>; skip?: (s: Sentence) => boolean } = {},
): Omit<EventAnnotation, 'stage'>[] {
  const { verbs, wordnet, notEventVerbs, types } = eventTypes();
  const other = types.find((t) => t.id === 'other');
  if (!other) return [];
  const out: Omit<EventAnnotation, 'stage'>[] = [];
  const timesOf = within(times, sentences);
  const entitiesOf = within(entities, sentences);
  sentences.forEach((s, n) => {
    if (blocks[s.block]!.type === 'heading' || blocks[s.block]!.type === 'footnote' || options.skip?.(s)) return;
    const since = timesOf[n]!.map((t) => ({ t, start: periodStart(text, t) })).filter((x) => x.start);
    if (!since.length) return;
    const ents = entitiesOf[n]!;
    if (!ents.some((e) => ACTOR_KINDS.has(e.kind)) && !(options.pair && PAIR_PHRASE.test(text.slice(s.start, s.end)))) return;
    const tokens = tag(text.slice(s.start, s.end), s.start);
    for (const { t, start } of since) {
      const at = tokens.findIndex((x) => x.start >= t.start - 6 && /^since$/i.test(word(text, x)));
      if (at < 0) continue;
      const hit = verbBefore(text, tokens, at);
      // A state named by a noun whose trigger pattern ends in "since" ("an EU member since 1981", "members of NATO since
      // 1982"): the act that began it (joining) is of the period's start (session 25).
      const named = hit ? undefined : findTriggers(text.slice(s.start, s.end)).find((p) => p.end + s.start === tokens[at]!.end);
      // In the text's offsets, as the actors and the mode are read (the trigger without its "since").
      const held = named && { ...named, start: named.start + s.start, end: tokens[at - 1]!.end };
      // A membership names its body ("members of Parliament" none); a state a third country holds is no act between the pair.
      if (held && (held.type.id !== 'multilateral_membership' || bodyNamed(text, ents, held)) && !thirdHolder(ents, held.start, options.pair)) {
        const event: Omit<EventAnnotation, 'stage'> = {
          start: s.start,
          end: s.end,
          type: held.type.id,
          plover: held.plover,
          date: start!,
          dateSource: 'sentence',
          trigger: { start: held.start, end: held.end },
          actors: actorsIn(text, ents, s.start, s.end, held),
          mode: modeAt(text, s.start, t.end, held),
          confidence: 0.6,
          rule: 'onset-since+date',
        };
        if (!found.some((e) => e.start < s.end && s.start < e.end && e.date === start)) out.push(refineCategory(text, event, ents));
        continue;
      }
      if (held) continue;
      if (!hit || notEventVerbs.has(hit.verb.lemma)) continue;
      const entry = verbs.lemmas.get(hit.verb.lemma) ?? wordnet.verbs.lemmas.get(hit.verb.lemma);
      // A verb a trigger pattern names rather than the vocabularies ("has not met since 2022"): the pattern's type.
      const pattern = entry ? undefined : patternAt(text, s, hit.verb);
      if (!hit.onset && !entry && !pattern) continue;
      const date = hit.onset ? start! : options.publicationDate && options.publicationDate > start! ? `${start}/${options.publicationDate}` : undefined;
      if (!date || found.some((e) => e.start < s.end && s.start < e.end && e.date === date)) continue;
      const trigger: Trigger = entry
        ? { type: entry.type, priority: entry.priority, plover: entry.plover, start: hit.verb.start, end: hit.verb.end, verb: true }
        : pattern
          ? { ...pattern, start: hit.verb.start, end: hit.verb.end }
          : { type: other, priority: types.length, plover: other.plover, start: hit.verb.start, end: hit.verb.end };
      const event: Omit<EventAnnotation, 'stage'> = {
        start: s.start,
        end: s.end,
        type: trigger.type.id,
        plover: trigger.plover,
        date,
        dateSource: 'sentence',
        trigger: { start: trigger.start, end: trigger.end },
        actors: actorsIn(text, ents, s.start, s.end, trigger),
        // The mode of the clause up to its date: "suspended since 2020, will resume" tells the suspension as done.
        mode: modeAt(text, s.start, t.end, trigger),
        confidence: 0.6,
        rule: `${hit.onset ? 'onset-since' : 'ongoing-since'}+date`,
      };
      out.push(refineCategory(text, event, ents));
    }
  });
  return out;
}
