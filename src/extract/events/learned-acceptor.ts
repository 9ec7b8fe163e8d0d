import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Block, Sentence } from '../../model/document.js';
import { LEXICON_DIR } from '../../lexicon.js';
import { within } from '../spans.js';
import { eventTypes, findTriggers, type Trigger } from './event-types.js';
import { datesEvent, eventDate, namesAThing } from './event-dates.js';
import { tag } from './predicate-finder.js';
import { undatedEvents } from './sentence-events.js';
import { framingSpans } from './event-framing.js';
import { GROUP_SUBJECT, PRONOUN_SUBJECT } from './verb-finder.js';
import { ACTOR_KINDS } from './event-occasions.js';
import { refineCategory } from './plover-refiners.js';
import { learnedMode } from '../../version.js';

export { learnedMode };

/**
 * A learned acceptor for event candidates (session 28, issue 10): every verb of a sentence that names an actor (or whose
 * paragraph does) is a candidate, dated by the sentence's nearest date, else its paragraph's last date, else the report's
 * day; a logistic regression over a few general cues (which vocabulary lists the lemma, tense and mode, negation, who the
 * subject is, where the date comes from, figures, quotation, block kind, whether a rule already told an act there) scores
 * it. Weights: `lexicon/learned-acceptor.json`, written by `scripts/learned-acceptor.js` from the tune halves' gold only.
 *
 * It adds the accepted candidates the rules did not make (one per sentence and date); `DYAD_LEARNED=off` leaves the rules
 * alone; `DYAD_LEARNED=dump` only collects the candidates with their features (`collected`), for the training script.
 */

type Event = Omit<EventAnnotation, 'stage'>;

export interface Candidate {
  start: number;
  end: number;
  verb: { start: number; end: number };
  date: string;
  features: string[];
}

/** What the acceptor reads besides the document: the report's day, the focal pair, the figures found, the sentences to pass over. */
export interface AcceptorOptions {
  publicationDate?: string;
  pair?: Set<string>;
  quantities?: { valueStart: number; valueEnd: number }[];
  skip?: (s: Sentence) => boolean;
  /** Every trigger of the text (`findTriggers(text)`), when the caller found them already (the event finder's); else found here. */
  triggers?: Trigger[];
}

/** What `DYAD_LEARNED=dump` collected: each document's text and its candidates. */
export const collected: { text: string; candidates: Candidate[] }[] = [];

const SKIP = new Set<Block['type']>(['footnote']);
/** What may stand between a subject and its verb: auxiliaries, adverbs, "not" (as `verb-finder.ts` reads them). */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

interface Model {
  weights: Record<string, number>;
  threshold: number;
}
let model: Model | undefined;
function loadModel(): Model {
  model ??= JSON.parse(readFileSync(join(LEXICON_DIR, 'learned-acceptor.json'), 'utf8')) as Model;
  return model;
}

/** The model's score of a candidate's features, in 0..1. */
export function scoreOf(features: string[], weights: Record<string, number>): number {
  let z = weights['bias'] ?? 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The candidates of a document: one per verb of a sentence an actor's mention reaches, with its date and features. */
export function eventCandidates(text: string, blocks: Block[], sentences: Sentence[], times: TimeAnnotation[], entities: EntityMention[], told: Event[], options: AcceptorOptions): Candidate[] {
  const types = eventTypes();
  const out: Candidate[] = [];
  const timesOf = within(times, sentences);
  const entsOf = within(entities, sentences);
  const triggersOf = within(options.triggers ?? findTriggers(text), sentences);
  const figuresOf = within(
    (options.quantities ?? []).map((q) => ({ start: q.valueStart, end: q.valueEnd })),
    sentences,
  );
  const toldOf = within(told, sentences);
  const blockActor = new Set<number>();
  sentences.forEach((s, n) => {
    if (entsOf[n]!.some((e) => ACTOR_KINDS.has(e.kind))) blockActor.add(s.block);
  });
  let lastDate: { edtf: string; block: number } | undefined;
  let namedIn = -10;
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n]!;
    const block = blocks[s.block]!;
    const stated = timesOf[n]!.filter((t) => datesEvent(t) && !namesAThing(text, t));
    const paragraphDate = lastDate && lastDate.block === s.block ? lastDate.edtf : undefined;
    if (stated.length) lastDate = { edtf: eventDate(stated[stated.length - 1]!), block: s.block };
    if (SKIP.has(block.type) || options.skip?.(s)) continue;
    const ents = entsOf[n]!;
    const actorHere = ents.some((e) => ACTOR_KINDS.has(e.kind));
    if (!actorHere && !blockActor.has(s.block)) continue;
    // "They", "the two sides": actors a sentence before, of this paragraph or the one before, named.
    const namedBefore = namedIn >= s.block - 1;
    if (actorHere) namedIn = s.block;
    // A verb takes the sentence's date, else its paragraph's, else the report's day: with none of the three no verb is a candidate,
    // and the sentence is not tagged (a third of the sentences an actor reaches in undated prose).
    if (!stated.length && !paragraphDate && !options.publicationDate) continue;
    const sentenceText = text.slice(s.start, s.end);
    const tokens = tag(sentenceText, s.start);
    const common: string[] = [
      `block:${block.type}`,
      options.publicationDate ? 'doc:news' : 'doc:other',
      actorHere ? 'actor:sentence' : 'actor:paragraph',
      figuresOf[n]!.length ? 'figure:yes' : 'figure:no',
      toldOf[n]!.length ? 'rule:sentence' : 'rule:none',
      triggersOf[n]!.length ? 'trigger:sentence' : 'trigger:none',
      /\?\s*$/.test(sentenceText) ? 'question' : 'statement',
      /^\s*(?:if|unless)\b/i.test(sentenceText) ? 'condition' : 'plain',
    ];
    let verbIndex = 0;
    tokens.forEach((t, i) => {
      if (t.pos !== 'VERB') return;
      const word = text.slice(t.start, t.end).toLowerCase();
      // What the rules refuse on principle is no candidate: an infinitive, a saying (the statement and predicate finders read its content),
      // a verb of state or measure with a figure in its sentence (a statistic), a present tense outside a heading, a verb with no actor for subject.
      if (types.sayingVerbs.has(t.lemma)) return;
      // An infinitive is no finite verb: "the right to navigate" tells no act.
      if (tokens[i - 1]?.lemma === 'to' && tokens[i - 1]!.pos === 'PART') return;
      // A present tense outside a heading tells a state that holds ("where a 2009 ruling guarantees …"), no act done.
      if (block.type !== 'heading' && word !== t.lemma && word.endsWith('s') && !word.endsWith('ss')) return;
      // A verb of state is no event ("Trade … grew"), unless a past tense of it tells one ("held talks"); a measure with a figure is a statistic.
      if (types.notEventVerbs.has(t.lemma) && !types.pastEventVerbs.has(t.lemma)) return;
      if (types.measureVerbs.has(t.lemma) && figuresOf[n]!.length) return;
      // A participle after a determiner modifies a noun ("an estimated 150,000 tonnes"): no verb of the clause.
      if (tokens[i - 1]?.pos === 'DET') return;
      const subject = subjectOf(text, ents, tokens, i, options.pair);
      if (subject === 'none' || (subject === 'told-before' && !namedBefore)) return;
      // The date: the sentence's nearest, else its paragraph's, else the report's day.
      const nearest = stated.length ? stated.reduce((a, b) => (Math.abs(b.start - t.start) < Math.abs(a.start - t.start) ? b : a)) : undefined;
      const date = nearest ? eventDate(nearest) : (paragraphDate ?? options.publicationDate);
      if (!date) return;
      const source = nearest ? 'own' : paragraphDate ? 'paragraph' : 'report';
      const f = [...common, `date:${source}`, `precision:${date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year'}`];
      if (nearest) {
        const gap = nearest.start > t.end ? nearest.start - t.end : t.start - nearest.end;
        f.push(`distance:${gap < 20 ? 'near' : gap < 60 ? 'mid' : 'far'}`, nearest.start > t.start ? 'date:after' : 'date:before');
      }
      f.push(...lemmaClasses(t.lemma, types));
      if (triggersOf[n]!.some((r) => r.start <= t.start && t.end <= r.end)) f.push('verb:in-trigger');
      if (toldOf[n]!.some((e) => e.trigger.start <= t.start && t.end <= e.trigger.end)) f.push('verb:rule-event');
      if (toldOf[n]!.some((e) => e.date === date)) f.push('rule:same-date');
      const prev = tokens.slice(Math.max(0, i - 3), i);
      const before = tokens[i - 1];
      if (prev.some((p) => MODALS.has(p.lemma) || p.lemma === 'to')) f.push('mode:modal');
      if (prev.some((p) => p.lemma === 'not' || p.lemma === 'never')) f.push('negated');
      if (prev.some((p) => p.pos === 'AUX' && p.lemma === 'have')) f.push('aspect:perfect');
      if (before && before.pos === 'AUX' && before.lemma === 'be') f.push(word.endsWith('ing') ? 'aspect:progressive' : 'voice:passive');
      f.push(word.endsWith('ing') ? 'form:ing' : word.endsWith('ed') || word !== t.lemma ? 'form:past' : 'form:base');
      if (before && /^(?:which|who|that)$/.test(before.lemma)) f.push('clause:relative');
      if (before && before.pos === 'PUNCT') f.push('after:punct');
      f.push(verbIndex++ === 0 ? 'verb:first' : 'verb:later');
      f.push(`subject:${subject}`);
      const quoted = (text.slice(s.start, t.start).match(/["“”]/g) ?? []).length % 2 === 1;
      if (quoted) f.push('quoted');
      out.push({ start: s.start, end: s.end, verb: { start: t.start, end: t.end }, date, features: f });
    });
  }
  return out;
}

/** Which vocabularies list a lemma: the hand-kept verbs (with their PLOVER category), WordNet's, and the lists of states, sayings and measures. */
function lemmaClasses(lemma: string, types: ReturnType<typeof eventTypes>): string[] {
  const out: string[] = [];
  const hand = types.verbs.lemmas.get(lemma);
  if (hand) out.push('lemma:hand-verb', `plover:${hand.plover.type}`);
  const wordnet = types.wordnet.verbs.lemmas.get(lemma);
  if (wordnet) out.push('lemma:wordnet-verb', `plover:${wordnet.plover.type}`);
  if (types.notEventVerbs.has(lemma)) out.push('lemma:not-event');
  if (types.sayingVerbs.has(lemma)) out.push('lemma:saying');
  if (types.measureVerbs.has(lemma)) out.push('lemma:measure');
  if (types.pastEventVerbs.has(lemma)) out.push('lemma:past-event');
  if (!out.length) out.push('lemma:unlisted');
  return out;
}

/**
 * The verb's subject: an actor mention that ends the verb's subject, with only auxiliaries, adverbs or "not" between them (of
 * the pair, a third state, a person, a body), not the object of a preposition ("trade between Peru and Brazil grew"); a
 * demonym or possessive before a noun ("Mongolian herders", "Mahama's party") is no actor as subject. Else a pronoun or a
 * group ("they", "the two sides") right before it (`told-before`), else none.
 */
function subjectOf(text: string, ents: EntityMention[], tokens: { start: number; end: number; pos: string }[], i: number, pair?: Set<string>): string {
  let k = i - 1;
  while (k >= 0 && BEFORE_VERB.has(tokens[k]!.pos)) k--;
  const head = tokens[k];
  const e = head && ents.find((x) => ACTOR_KINDS.has(x.kind) && x.end === head.end);
  if (!e) {
    if (head && head.pos === 'PRON' && PRONOUN_SUBJECT.test(text.slice(head.start, head.end))) return 'told-before';
    if (head && GROUP_SUBJECT.test(text.slice(Math.max(0, head.end - 60), head.end))) return 'told-before';
    return 'none';
  }
  // The mention's phrase must open its clause, not follow a preposition ("between Latvia and Estonia", "to Japan").
  let b = tokens.findIndex((t) => t.end > e.start) - 1;
  while (b >= 0 && (tokens[b]!.pos === 'DET' || tokens[b]!.pos === 'CCONJ' || ents.some((x) => x.start <= tokens[b]!.start && tokens[b]!.end <= x.end))) b--;
  if (b >= 0 && tokens[b]!.pos === 'ADP') return 'none';
  if (e.kind === 'country') return pair && e.country && !pair.has(e.country) ? 'third-state' : 'pair-state';
  return e.kind;
}

/**
 * The accepted candidates the rules did not make, as events of type `other` (their category refined from the clause), one
 * per sentence and date, with the rule `learned-acceptor`. Nothing with `DYAD_LEARNED=off`.
 */
export function learnedEvents(text: string, blocks: Block[], sentences: Sentence[], times: TimeAnnotation[], entities: EntityMention[], told: Event[], options: AcceptorOptions): Event[] {
  const mode = learnedMode();
  if (mode === 'off') return [];
  const candidates = eventCandidates(text, blocks, sentences, times, entities, told, options);
  if (mode === 'dump') {
    collected.push({ text, candidates });
    return [];
  }
  const { weights, threshold } = loadModel();
  const best = new Map<string, { c: Candidate; p: number }>();
  for (const c of candidates) {
    if (c.features.includes('rule:same-date') || c.features.includes('verb:rule-event')) continue;
    const p = scoreOf(c.features, weights);
    const key = `${c.start}:${c.date}`;
    if (p >= threshold && (!best.has(key) || best.get(key)!.p < p)) best.set(key, { c, p });
  }
  const other = eventTypes().types.find((t) => t.id === 'other')!;
  const byStart = new Map(sentences.map((s) => [s.start, s]));
  return [...best.values()].flatMap(({ c, p }) => {
    const s = byStart.get(c.start)!;
    const trigger: Trigger = { type: other, priority: 0, plover: other.plover, start: c.verb.start, end: c.verb.end };
    const ents = entities.filter((e) => e.start >= s.start && e.end <= s.end);
    const [e] = undatedEvents(text, s, [trigger], ents, framingSpans(text, s), trigger, c.date, c.features.includes('date:report') ? 'document' : 'context');
    return e ? [refineCategory(text, { ...e, ...(c.features.includes('date:own') ? { dateSource: 'sentence' as const } : {}), confidence: p, rule: 'learned-acceptor' }, entities)] : [];
  });
}
