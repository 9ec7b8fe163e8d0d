import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Block, Sentence } from '../../model/document.js';
import { LEXICON_DIR } from '../../lexicon.js';
import { within } from '../spans.js';
import { eventTypes, findTriggers, type Plover, type Trigger } from './event-types.js';
import { datesEvent, eventDate, namesAThing } from './event-dates.js';
import { tag } from '../nlp/tagger.js';
import { countsPopulation, undatedEvents } from './sentence-events.js';
import { enclosedClauses, reaches } from './enclosed-clauses.js';
import { framingSpans } from './event-framing.js';
import { GROUP_SUBJECT, passiveIdiom, PRONOUN_SUBJECT } from './verb-finder.js';
import { ACTOR_KINDS } from './event-occasions.js';
import { refineCategory } from './plover-refiners.js';
import { forThePair, whoseActors, type Named } from './discourse-context.js';
import { learnedMode } from '../../version.js';
import { isPlanModifier, isUnrealisedHead, UNREALISED_PREPS } from './unrealised-acts.js';

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
  /** A noun's candidate (session 42): the type and PLOVER category its lemma names, by the vocabularies; a verb's has none. */
  noun?: { type: string; plover: Plover };
}

/** What the acceptor reads besides the document: the report's day, the focal pair, the figures found, the sentences to pass over. */
export interface AcceptorOptions {
  publicationDate?: string;
  pair?: Set<string>;
  quantities?: { valueStart: number; valueEnd: number; unit?: string; value?: number }[];
  skip?: (s: Sentence) => boolean;
  /** Every trigger of the text (`findTriggers(text)`), when the caller found them already (the event finder's); else found here. */
  triggers?: Trigger[];
}

/** Why `eventCandidates` made no candidate of a verb, or of a whole sentence (`no-actor`, `undated`, `skipped`): `traceCandidateRefusals`. */
export type CandidateRefusal =
  | 'skipped'
  | 'noun-unrealised'
  | 'noun-label'
  | 'no-actor'
  | 'undated'
  | 'saying'
  | 'infinitive'
  | 'present'
  | 'state-verb'
  | 'measure-figure'
  | 'pronoun-unnamed'
  | 'prep-object'
  | 'noun-subject'
  | 'no-subject'
  | 'passive-no-actor'
  | 'passive-idiom'
  | 'figure-no-actor'
  | 'third-party-saying'
  | 'population'
  | 'no-date'
  | 'untold-no-actor'
  | 'private-target'
  | 'other-conjunct-date'
  | 'ruled-conjunct'
  | 'noun-in-name'
  | 'noun-plan'
  | 'noun-negated'
  | 'noun-present'
  | 'noun-third'
  | 'noun-back-reference'
  | 'noun-figure'
  | 'noun-agent'
  | 'noun-date-of-verb'
  | 'noun-state'
  | 'noun-object';

/** Who hears the refusals: set only by the audit (`scripts/acceptor-refusals.js`), never in extraction. */
let onRefusal: ((text: string, start: number, end: number, why: CandidateRefusal | 'candidate') => void) | undefined;

/**
 * Hands every refusal of the candidate filters to `listener` (the sentence for `skipped`, `no-actor` and `undated`, else the
 * verb refused), and every verb made a candidate (`candidate`), or stops with undefined. A debugging hook for the audit of missed acts; extraction never sets it.
 * @example traceCandidateRefusals((text, start, end, why) => console.log(why, text.slice(start, end)))
 */
export function traceCandidateRefusals(listener: typeof onRefusal): void {
  onRefusal = listener;
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
  let lastNamed: Named | undefined;
  const seenNouns = new Set<string>();
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n]!;
    const block = blocks[s.block]!;
    const stated = timesOf[n]!.filter((t) => datesEvent(t) && !namesAThing(text, t));
    const paragraphDate = lastDate && lastDate.block === s.block ? lastDate.edtf : undefined;
    if (stated.length) lastDate = { edtf: eventDate(stated[stated.length - 1]!), block: s.block };
    // "They", "the ministry" stand for the pair's actors only after a sentence that named the pair's, not a third party's or
    // people's ("Traders gathered …. They blocked …": `discourse-context.ts`, as the event finder reads them).
    const whose = options.skip?.(s) || block.type === 'footnote' ? undefined : whoseActors(text, s, entsOf[n]!, options.pair);
    const forPair = forThePair(lastNamed, s.block, whose, options.pair);
    if (whose) lastNamed = { block: s.block, whose };
    const refuse = (why: CandidateRefusal, at: { start: number; end: number } = s) => onRefusal?.(text, at.start, at.end, why);
    if (SKIP.has(block.type) || options.skip?.(s)) {
      refuse('skipped');
      continue;
    }
    const ents = entsOf[n]!;
    const actorHere = ents.some((e) => ACTOR_KINDS.has(e.kind));
    // A sentence that names no actor, nor its paragraph, is read in a document about a known pair (`actor:document`, session 41):
    // "The border crossing reopened to trade in April 2025." The model weighs it; without a focal pair it is passed over.
    if (!actorHere && !blockActor.has(s.block) && !(WIDE.document && options.pair)) {
      refuse('no-actor');
      continue;
    }
    // "They", "the two sides": actors a sentence before, of this paragraph or the one before, named.
    const namedBefore = namedIn >= s.block - 1;
    if (actorHere) namedIn = s.block;
    // A verb takes the sentence's date, else its paragraph's, else the report's day: with none of the three no verb is a candidate,
    // and the sentence is not tagged (a third of the sentences an actor reaches in undated prose).
    // A year that opens a name ("the 1982 UN Convention") dates no verb, but a year before an act noun of its own phrase ("the 2005
    // Togolese elections") dates that noun's act (`nounCandidate`).
    const named = WIDE.noun ? timesOf[n]!.filter((t) => datesEvent(t) && namesAThing(text, t)) : [];
    if (!stated.length && !named.length && !paragraphDate && !options.publicationDate) {
      refuse('undated');
      continue;
    }
    const sentenceText = text.slice(s.start, s.end);
    const tokens = tag(sentenceText, s.start);
    // "resumed the talks, which had broken down in March 2022": a date in a past-perfect relative clause run to the sentence's end
    // dates only that clause's verbs, as for the rules (`enclosedClauses`, session 40), when the paragraph or the report has a date.
    const sealed = stated.length ? enclosedClauses(text, s, stated, [], !!(paragraphDate || options.publicationDate)).filter((e) => e.sealed) : [];
    const common: string[] = [
      `block:${block.type}`,
      options.publicationDate ? 'doc:news' : 'doc:other',
      actorHere ? 'actor:sentence' : blockActor.has(s.block) ? 'actor:paragraph' : 'actor:document',
      figuresOf[n]!.length ? 'figure:yes' : 'figure:no',
      toldOf[n]!.length ? 'rule:sentence' : 'rule:none',
      triggersOf[n]!.length ? 'trigger:sentence' : 'trigger:none',
      /\?\s*$/.test(sentenceText) ? 'question' : 'statement',
      /^\s*(?:if|unless)\b/i.test(sentenceText) ? 'condition' : 'plain',
    ];
    // The kinds of the acts the rules told in the sentences before: a definite noun of one with no date in a sentence with
    // none ("The visit was a success.") tells that act again (`noun-back-reference`).
    if (n > 0) for (const e of toldOf[n - 1]!) seenNouns.add(actKey(e));
    // A caption, source line or reference (`labelShaped`) names acts as titles, tells none: its nouns are no candidates.
    // A label alone on its sentence ("Table 2.") heads the caption after it.
    const labelBefore = n > 0 && LABEL_ALONE.test(text.slice(sentences[n - 1]!.start, sentences[n - 1]!.end));
    const label = WIDE.noun && (labelBefore || labelShaped(sentenceText, tokens));
    let verbIndex = 0;
    // The last saying verb of the sentence and its subject: what a third party says is its claim, no act of the pair's.
    let sayer = { at: -1, who: '' };
    // The subject of the clause's last verb, what kind of noun it is and where that verb stands: a verb coordinated after it
    // ("Chile hosted the talks and signed …") shares the subject, never the first verb's object ("Farmers blocked the border road
    // and burned …": the farmers burned, not the road), and no date told inside the first verb's conjunct (review of session 41).
    let last: { who: string; thing: string[] } = { who: '', thing: [] };
    // Where the clause's last verb stands, whether or not it was a candidate: a verb after "and" with no subject of its own
    // takes no date told between it and the "and" ("lapsed in 2011 and revived on 3 May 2013").
    let lastVerbAt = -1;
    tokens.forEach((t, i) => {
      // A clause coordinated after a comma or semicolon (", and Ghana withdrew …") is no longer the third party's saying.
      if (clauseBreak(text, tokens, i)) {
        sayer = { at: -1, who: '' };
        last = { who: '', thing: [] };
        lastVerbAt = -1;
      }
      // A noun, or a capitalised one the tagger read as a name at the head of a sentence ("Talks in Geneva …"; not "(Wire)").
      if ((t.pos === 'NOUN' || (t.pos === 'PROPN' && i === 0)) && WIDE.noun) {
        // What a third party says is its claim ("The arbitral tribunal ruled … that …"), as for verbs.
        if (sayer.at >= 0 && THIRD_PARTIES.has(sayer.who)) return refuse('third-party-saying', t);
        if (label) return refuse('noun-label', t);
        const c = nounCandidate(
          {
            text,
            s,
            tokens,
            ents,
            stated,
            named,
            sealed,
            triggers: triggersOf[n]!,
            told: toldOf[n]!,
            figures: figuresOf[n]!,
            fallback: paragraphDate ?? options.publicationDate,
            paragraphDated: !!paragraphDate,
          },
          i,
          seenNouns,
          types,
          options,
        );
        if (typeof c === 'string') {
          if (c !== 'not-act') refuse(c, t);
        } else {
          const f = [...common, ...c.features];
          if (toldOf[n]!.some((e) => e.date === c.date) || (n > 0 && toldOf[n - 1]!.some((e) => e.date === c.date))) f.push('rule:same-date');
          if (toldOf[n]!.some((e) => e.trigger.start <= t.start && t.end <= e.trigger.end)) f.push('verb:rule-event');
          const quoted = (text.slice(s.start, t.start).match(/["“”]/g) ?? []).length % 2 === 1;
          if (quoted) f.push('quoted');
          onRefusal?.(text, t.start, t.end, 'candidate');
          out.push({ start: s.start, end: s.end, verb: { start: t.start, end: t.end }, date: c.date, features: f, noun: c.act });
        }
        return;
      }
      if (t.pos !== 'VERB') return;
      const verbBefore = lastVerbAt;
      lastVerbAt = t.start;
      const word = text.slice(t.start, t.end).toLowerCase();
      // Features of what the rules weigh (session 29): a participle after a determiner ("an estimated"), a figure after the verb.
      const shape: string[] = [];
      if (figuresOf[n]!.some((q) => q.start >= t.end && q.start - t.end < 30)) shape.push('figure:after-verb');
      if (tokens[i - 1]?.pos === 'DET') shape.push('after:det');
      // Filters: a saying ("The arbitral tribunal ruled in May 2025 that …": its content is read by the predicate finder), an
      // infinitive ("Peru to lend Bolivia $50 million"), a present tense ("where a 2009 ruling guarantees …"), a verb of state
      // (`notEventVerbs` unless `pastEventVerbs` or `lightActVerbs`: "held talks", "gave a loan"), a measure verb in a sentence with a figure (a statistic: "Imports … were
      // estimated at 45,000 tonnes"), a pronoun no sentence before names ("She returned to Lima"), an active verb whose subject is
      // a noun no actor names or none, a verb (active or passive) whose subject is the object of a preposition ("The closure of the crossing angered Tanzania", "diplomats,
      // who had arrived in 2019", "Trade between Peru and Brazil fell"), a passive whose sentence names no actor ("The loan was
      // approved by the cabinet." after the headline that told it), a verb of a third party's saying in its clause ("The arbitral
      // tribunal ruled … that New Zealand had rerouted …").
      if (types.sayingVerbs.has(t.lemma)) {
        sayer = { at: i, who: subjectOf(text, ents, tokens, i, types, options.pair) };
        return refuse('saying', t);
      }
      if (infinitive(tokens, i)) return refuse('infinitive', t);
      if (block.type !== 'heading' && word !== t.lemma && word.endsWith('s') && !word.endsWith('ss')) return refuse('present', t);
      if (types.notEventVerbs.has(t.lemma) && !types.pastEventVerbs.has(t.lemma) && !types.lightActVerbs.has(t.lemma)) return refuse('state-verb', t);
      if (figuresOf[n]!.length && types.measureVerbs.has(t.lemma)) return refuse('measure-figure', t);
      let subject = subjectOf(text, ents, tokens, i, types, options.pair);
      const head = tokens[verbHead(tokens, i)];
      // "Chile hosted the talks and signed …": a verb after "and"/"but" with no subject of its own shares the clause's last verb's,
      // with what kind of noun it is (`thing`).
      const coordinated = subject === 'none' && head?.pos === 'CCONJ' && !!last.who;
      let thing = subject === 'noun' ? nounSubject(text, ents, tokens, i, types) : [];
      const conjunct = subject === 'none' && head?.pos === 'CCONJ' && verbBefore >= 0 ? { from: verbBefore, to: head.start } : undefined;
      if (coordinated) ({ who: subject, thing } = last);
      else last = { who: subject, thing };
      if (subject === 'told-before' && !(namedBefore && forPair)) return refuse('pronoun-unnamed', t);
      const who = subject;
      const passive = tokens[i - 1]?.pos === 'AUX' && tokens[i - 1]!.lemma === 'be' && !word.endsWith('ing');
      if (who === 'prep-object') return refuse('prep-object', t);
      // An active verb whose subject is a noun no actor names ("The border crossing reopened …") or none is a candidate the model
      // weighs (`subject:noun`, `subject:none` with the word before it, session 41) where `WIDE.subject`; else refused.
      // Only a told act: no plan, condition or denial ("The joint commission will not meet …", the rules' `pair-plan.ts` reads plans),
      // no relative clause ("the envoy, who had arrived in March 2024": its own act, told of a noun before).
      const prev3 = tokens.slice(Math.max(0, i - 3), i);
      // A told act is in the past ("reopened", "was signed", not "is closed", "crossing"), as a verb of its own clause: after a
      // subject, a comma or "and" ("Lima hosted the talks and signed …"), not after another verb (a noun the tagger took for one).
      const pastForm = !word.endsWith('ing') && (word.endsWith('ed') || word !== t.lemma);
      const present = prev3.some((p) => p.pos === 'AUX' && /^(?:is|are|am)$/i.test(text.slice(p.start, p.end)));
      const told =
        pastForm &&
        !present &&
        !prev3.some((p) => MODALS.has(p.lemma) || p.lemma === 'to' || p.lemma === 'not' || p.lemma === 'never') &&
        !/^(?:which|who|that|whom)$/i.test(head ? text.slice(head.start, head.end) : '') &&
        (who !== 'none' || !head || head.pos === 'PUNCT' || head.pos === 'CCONJ');
      // A noun subject must name a thing between two states ("The border crossing reopened …", `bilateralNouns`), not people, prices
      // or hazards ("Electricity cuts resumed …", "Landslides trapped …").
      if ((who === 'noun' || who === 'none') && !passive && !(WIDE.subject && told && (who === 'none' || (thing.includes('subject-noun:bilateral') && !thing.includes('subject-noun:people')))))
        return refuse(who === 'noun' ? 'noun-subject' : 'no-subject', t);
      // In a sentence that names no actor, nor its paragraph, only a told act is a candidate ("The national assembly will meet …" is none).
      if (!actorHere && !blockActor.has(s.block) && !told) return refuse('untold-no-actor', t);
      if (passive && !ACTOR_SUBJECTS.has(who) && !actorHere) return refuse('passive-no-actor', t);
      // "were taken ill", "opinion was split over the deal": a state or a feeling, no act (`passiveIdioms`, review of session 35).
      if (passive && passiveIdiom(text, tokens, i)) return refuse('passive-idiom', t);
      // A figure told of a subject that is no actor nor a third party's body is a statistic ("Kazakh farmers harvested 26 million
      // tonnes", "Imports … were estimated at 45,000 tonnes"); an actor's act may count ("Chile's navy seized three trawlers").
      if (figuresOf[n]!.length && !ACTOR_SUBJECTS.has(who) && who !== 'third-party') return refuse('figure-no-actor', t);
      if (sayer.at >= 0 && THIRD_PARTIES.has(sayer.who)) return refuse('third-party-saying', t);
      // "The army began operations against smugglers …", "Police arrested traders …": an act whose only target is private people
      // no state names is domestic enforcement, no act between two states ("deported 300 Togolese traders" names one).
      if (!passive && privateTarget(text, ents, tokens, i, types)) return refuse('private-target', t);
      // The date: the sentence's nearest, else its paragraph's, else the report's day.
      // A coordinated verb takes no date told inside the first verb's conjunct ("left Kampala in 2002 and returned in 2004": returned
      // in 2004); a date before the first verb ("In March 2019 Ghana hosted … and signed …") dates both. With the sentence's dates
      // all the first conjunct's, it has none of its own.
      // "signed the 2019 accord": a year between a determiner and a noun after the verb modifies its object (the accord's year),
      // and dates no verb (as the rules read it, `conjunct-dates.test.ts`).
      const reached = (sealed.length ? stated.filter((d) => reaches(t, d, sealed)) : stated).filter((d) => !(d.start > t.end && attributive(tokens, d)));
      const own = conjunct ? reached.filter((d) => !(d.start >= conjunct.from && d.end <= conjunct.to)) : reached;
      if (conjunct && reached.length && !own.length) return refuse('other-conjunct-date', t);
      // Beside a rule's act of the first conjunct, a second conjunct with a date of its own is the rules' to read (`conjunctVerb`, session 36: a verb of
      // their vocabularies is an act of its own date, any other none, as its category would be the first's: "signed an accord in
      // March 2019 and raised levies … in June 2020").
      if (conjunct && own.some((d) => d.start > conjunct.to) && toldOf[n]!.some((e) => e.trigger.start < conjunct.to)) return refuse('ruled-conjunct', t);
      const nearest = own.length ? own.reduce((a, b) => (Math.abs(b.start - t.start) < Math.abs(a.start - t.start) ? b : a)) : undefined;
      const date = nearest ? eventDate(nearest) : (paragraphDate ?? options.publicationDate);
      if (!date) return refuse('no-date', t);
      // "About 50,000 Estonians live in Finland", "Albania welcomed about 1.3 million Italian visitors in 2025": a population a figure
      // counts, over a month or more, is a statistic (`countsPopulation`, as `countedOverYear` for the rules' triggers); an act of a day keeps its count,
      // and people a state acts on are no population ("repatriated about 3,000 Nigerians": only `populationVerbs` count people).
      if (date.length < 10 && countsPopulation(text, t, options.quantities ?? [], triggersOf[n]!, types.populationVerbs.has(t.lemma))) return refuse('population', t);
      const source = nearest ? 'own' : paragraphDate ? 'paragraph' : 'report';
      const f = [...common, `date:${source}`, `precision:${date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year'}`];
      if (nearest) {
        const gap = nearest.start > t.end ? nearest.start - t.end : t.start - nearest.end;
        f.push(`distance:${gap < 20 ? 'near' : gap < 60 ? 'mid' : 'far'}`, nearest.start > t.start ? 'date:after' : 'date:before');
      }
      f.push(...lemmaClasses(t.lemma, types));
      if (triggersOf[n]!.some((r) => r.start <= t.start && t.end <= r.end)) f.push('verb:in-trigger');
      if (toldOf[n]!.some((e) => e.trigger.start <= t.start && t.end <= e.trigger.end)) f.push('verb:rule-event');
      // A rule's act of the same date in the sentence or the sentence before (a headline's act the story's first sentence tells again:
      // "Peru to lend Bolivia …" / "LIMA, May 3 - The loan was approved by the cabinet.").
      if (toldOf[n]!.some((e) => e.date === date) || (n > 0 && toldOf[n - 1]!.some((e) => e.date === date))) f.push('rule:same-date');
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
      f.push(`subject:${who}`, ...shape);
      if (coordinated) f.push('subject:coordinated');
      f.push(...thing);
      if (who === 'none') f.push(`subject-head:${head ? (/^(?:which|who|that)$/.test(head.lemma) ? 'relative' : head.pos.toLowerCase()) : 'start'}`);
      if (f.includes('voice:passive') && !ACTOR_SUBJECTS.has(who)) f.push(`passive:${passiveDoer(ents, tokens, i, actorHere, namedBefore)}`);
      if (who === 'third-party' || who === 'third-state' || who === 'third-body') f.push('subject:not-pair');
      const quoted = (text.slice(s.start, t.start).match(/["“”]/g) ?? []).length % 2 === 1;
      if (quoted) f.push('quoted');
      onRefusal?.(text, t.start, t.end, 'candidate');
      out.push({ start: s.start, end: s.end, verb: { start: t.start, end: t.end }, date, features: f });
    });
  }
  return out;
}

/**
 * What kind of thing a noun subject no actor names is, by the vocabularies (session 41): a thing between two states
 * (`bilateralNouns`: "the border crossing reopened"), people a statistic counts or private people (`statisticNouns`,
 * `privateSubjects`: "traders blocked"), an event noun ("the talks ended"), a plural; else `subject-noun:other`.
 */
function nounSubject(text: string, ents: EntityMention[], tokens: Tok[], i: number, types: ReturnType<typeof eventTypes>): string[] {
  const k = verbHead(tokens, i);
  const b = phraseStart(tokens, k, ents);
  const words = tokens.slice(b, k + 1).map((t) => text.slice(t.start, t.end).toLowerCase());
  const head = tokens[k]!;
  const word = words[words.length - 1]!;
  const out: string[] = [];
  // The head noun alone ("the border crossing", "the transit protocol"), not a modifier ("the border town" is a town).
  if (types.bilateralNouns.has(word) || types.bilateralNouns.has(head.lemma.toLowerCase())) out.push('subject-noun:bilateral');
  if (types.privateSubjects.has(word) || types.statisticNouns.test(word)) out.push('subject-noun:people');
  if (types.nouns.lemmas.has(head.lemma) || types.wordnet.nouns.lemmas.has(head.lemma)) out.push('subject-noun:event');
  if (word !== head.lemma.toLowerCase() && word.endsWith('s')) out.push('subject-noun:plural');
  if (!out.length) out.push('subject-noun:other');
  return out;
}

/** A label's opener: "Figure 2.", "Table 3:", "Source:", "Sources:", "Photo:", "Map 1 –", "Note:". */
const LABEL_OPENER = /^\s*(?:fig(?:ure)?\.?|table|chart|graph|map|photo(?:graph)?|image|plate|box|exhibit|source|sources|note|notes|credit)(?:\s+[\dIVXivx]+[a-z]?)?\s*[.:–—-]/i;
/** A date between a determiner (or a possessive) and a noun: "the 2019 accord", "its 2015 agreement". */
function attributive(tokens: Tok[], d: { start: number; end: number }): boolean {
  const before = tokens.filter((x) => x.end <= d.start).pop();
  const after = tokens.find((x) => x.start >= d.end);
  return !!before && (before.pos === 'DET' || before.pos === 'PART') && !!after && ['NOUN', 'PROPN', 'ADJ'].includes(after.pos);
}

/** A label that the segmenter parts from its caption: "Figure 2.", "Table 3.", "Map 1." */
const LABEL_ALONE = /^\s*(?:fig(?:ure)?\.?|table|chart|graph|map|photo(?:graph)?|image|plate|box|exhibit)\s+[\dIVXivx]+[a-z]?\.?\s*$/i;
/** A reference's shape: a year in parentheses or after the authors, and a publisher, journal's volume or pages. */
const CITATION_YEAR = /\((?:1[6-9]|20)\d\d[a-z]?\)|,\s*(?:1[6-9]|20)\d\d[a-z]?[.,]/;
const CITATION_TAIL = /\b(?:Press|Publishers?|Publishing|Books|Verlag|Editions|pp?\.\s*\d|vol\.\s*\d|no\.\s*\d|doi:|ISBN|https?:\/\/)|\b\d+\s*\(\d+\)\s*[:,]\s*\d+/;

/**
 * A caption, source line or reference, whose nouns name acts as titles and tell none (review of session 42): a label's opener
 * ("Figure 2. The ratification, May 2024.", "Source: Ministry of Foreign Affairs, The Agreement, June 2024."), a sentence with no
 * verb that ends in a date after a comma ("The agreement, June 2024."), or a reference's author–year–publisher shape ("Negotiation and Mediation (2004), Oxford
 * University Press."). As `label-dates.ts` joins a title to its date line, and `sections.ts` sets references apart by their heading.
 */
export function labelShaped(sentence: string, tokens: Tok[]): boolean {
  if (LABEL_OPENER.test(sentence)) return true;
  // "The agreement, June 2024.": no verb, and a last part after a comma of a few words with a year.
  const lastPart = sentence.slice(sentence.lastIndexOf(',') + 1);
  if (sentence.includes(',') && /\b(?:1[6-9]|20)\d\d\b/.test(lastPart) && lastPart.trim().split(/\s+/).length <= 4 && !tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  return CITATION_YEAR.test(sentence) && CITATION_TAIL.test(sentence);
}

/** An act's kind, for telling a back-reference: its type, with its PLOVER category where the type is `other`. */
const actKey = (a: { type: string; plover?: Plover }) => (a.type === 'other' ? `other:${a.plover?.type ?? ''}` : a.type);

/** Prepositions and participles that place a noun's act in time against another: "after the 2015 border agreement", "following Tuesday's signing". */
const TEMPORAL_PREPS = new Set(['after', 'following', 'since', 'before', 'during', 'until', 'upon', 'prior', 'ahead', 'amid', 'despite']);
/** Prepositions that tie an act noun to its parties after it: "the opening of the consulate", "talks between Ghana and Togo". */
const PARTY_PREPS = new Set(['of', 'between', 'with', 'by', 'to', 'from', 'in', 'on', 'against', 'for']);
/** Verbs a noun's act is told with when it is their subject: "took place", "was held", "ended", "began". */
const LIGHT_SUBJECT_VERBS = new Set([
  'take',
  'hold',
  'end',
  'begin',
  'start',
  'conclude',
  'open',
  'close',
  'fail',
  'collapse',
  'resume',
  'last',
  'occur',
  'follow',
  'produce',
  'lead',
  'result',
  'mark',
  'come',
]);
/** Derivational suffixes of English nominalisations, with what their verb's lemma ends with instead: "signing" sign, "agreement" agree, "ratification" ratify. */
const NOMINAL_SUFFIXES: [RegExp, string[]][] = [
  [/ing$/, ['', 'e']],
  [/ment$/, ['']],
  [/ication$/, ['y']],
  [/ation$/, ['ate', 'e', '']],
  [/ition$/, ['ite', 'ish']],
  [/ion$/, ['e', '']],
  [/al$/, ['', 'e']],
  [/ure$/, ['e']],
  [/ance$/, ['', 'e']],
  [/ence$/, ['', 'e']],
];

/** An act noun's lemma: which vocabulary names it (hand-kept or WordNet's nouns, a trigger pattern over it, or a verb it derives from), with its type. */
function actNoun(lemma: string, t: Tok, triggers: Trigger[], types: ReturnType<typeof eventTypes>): { source: string; act: { type: string; plover: Plover } } | undefined {
  const hand = types.nouns.lemmas.get(lemma);
  if (hand) return { source: 'hand', act: { type: hand.type.id, plover: hand.plover } };
  const wordnet = types.wordnet.nouns.lemmas.get(lemma);
  if (wordnet) return { source: 'wordnet', act: { type: wordnet.type.id, plover: wordnet.plover } };
  const trigger = triggers.find((r) => r.start <= t.start && t.end <= r.end);
  if (trigger) return { source: 'trigger', act: { type: trigger.type.id, plover: trigger.plover } };
  // A verb of the vocabularies the noun is, or derives from: the same word ("a request", "the attack"), or the verb before a
  // nominal suffix ("arrival", "signing", "establishment"); a verb of state, saying or measure names no act.
  const verbOf = (verb: string, source: string) => {
    if (!verb || types.notEventVerbs.has(verb) || types.sayingVerbs.has(verb) || types.measureVerbs.has(verb)) return undefined;
    const v = types.verbs.lemmas.get(verb) ?? types.wordnet.verbs.lemmas.get(verb);
    return v ? { source: `${source}${v.table ? '-table' : ''}`, act: { type: v.type.id, plover: v.plover } } : undefined;
  };
  const same = verbOf(lemma, 'zero');
  if (same) return same;
  for (const [suffix, ends] of NOMINAL_SUFFIXES) {
    if (!suffix.test(lemma)) continue;
    const stem = lemma.replace(suffix, '');
    if (stem.length < 3) continue;
    for (const end of ends) {
      for (const verb of [stem + end, /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) + end : '']) {
        const v = verbOf(verb, 'derived');
        if (v) return v;
      }
    }
  }
  return undefined;
}

/**
 * A noun's candidate (session 42): an act told by a noun with no verb ("the opening of the consulate in 2008", "after the 2015
 * border agreement", "Talks in Geneva in March ended …"), when its lemma is an act noun of the vocabularies (`actNoun`). Dated by a
 * date inside its own phrase ("the 2008 visit", "Tuesday's signing"), else one in the phrase after it ("… of the consulate in
 * 2008"), else the sentence's nearest, its paragraph's or the report's day; with features of where its date is, who its parties
 * are, what governs it, and whether it is a definite noun with no date (a back-reference). Refused (a reason) or `not-act`.
 */
/**
 * What a noun's candidate reads of its sentence: the text, the sentence and its tokens, the entities, the dates the sentence
 * states (`stated`) and those that open a name of a thing (`named`), the past-perfect clauses a date seals, the rules' triggers,
 * events and figures of the sentence, and the date it falls back on (the paragraph's, else the report's day) with whether the
 * paragraph gave it.
 */
interface NounSentence {
  text: string;
  s: Sentence;
  tokens: Tok[];
  ents: EntityMention[];
  stated: TimeAnnotation[];
  named: TimeAnnotation[];
  sealed: ReturnType<typeof enclosedClauses>;
  triggers: Trigger[];
  told: Event[];
  figures: { start: number; end: number }[];
  fallback: string | undefined;
  paragraphDated: boolean;
}

function nounCandidate(
  sentence: NounSentence,
  i: number,
  seen: Set<string>,
  types: ReturnType<typeof eventTypes>,
  options: AcceptorOptions,
): { date: string; features: string[]; act: { type: string; plover: Plover } } | CandidateRefusal | 'not-act' {
  const { text, s, tokens, ents, stated, named, sealed, triggers, told, figures, fallback, paragraphDated } = sentence;
  const t = tokens[i]!;
  const word = text.slice(t.start, t.end).toLowerCase();
  // A capitalised noun read as a name keeps its plural ("Negotiations"): its singular is the lemma.
  const lemma = t.pos === 'PROPN' && /[^s]s$/.test(word) ? word.slice(0, -1) : t.lemma.toLowerCase();
  // A noun of a state's office or body, or a thing between two states ("government", "crossing"), names no act.
  if (types.subjectBodies.has(lemma) || types.subjectBodies.has(word) || types.thirdPartyBodies.has(lemma)) return 'not-act';
  // A noun before another noun modifies it ("the cable ship", "a visit programme"): the act, if any, is the head's.
  if (tokens[i + 1]?.pos === 'NOUN') return 'not-act';
  const found = actNoun(lemma, t, triggers, types);
  if (!found) return 'not-act';
  // Inside a name ("the Ministry of Defence", "the Treaty of Lisbon"): the rules' named acts, no act of its own.
  if (ents.some((e) => e.start <= t.start && t.end <= e.end)) return 'noun-in-name';
  // "the International Court of Justice guarantees Costa Rican boats …", "Canberra pledges A$60 million": a verb's present
  // the tagger read as a noun, right after a name and before its object (as the verb finder's `presentReadAsNoun`).
  const prior = tokens[i - 1];
  if (
    found.source.startsWith('zero') &&
    (word === `${lemma}s` || word === `${lemma}es`) &&
    prior &&
    (prior.pos === 'PROPN' || ents.some((e) => e.start <= prior.start && prior.end <= e.end)) &&
    ['DET', 'PROPN', 'NUM', 'ADJ'].includes(tokens[i + 1]?.pos ?? '')
  )
    return 'noun-present';
  const b = phraseStart(tokens, i, ents);
  const inPhrase = tokens.slice(b, i);
  const words = inPhrase.map((p) => text.slice(p.start, p.end).toLowerCase());
  if (words.some(isPlanModifier)) return 'noun-plan';
  if (words.some((w) => w === 'no' || w === 'any')) return 'noun-negated';
  const f: string[] = ['cand:noun', `noun:${found.source}`, `plover:${found.act.plover.type}`];
  // Its parties: an actor before it in its phrase ("Ghana's closure", "the Bolivian referendum"), or after it past a preposition
  // before any verb or punctuation ("the opening of the Kenyan consulate", "talks between Ghana and Togo").
  const phraseFrom = tokens[b]!.start;
  const before = ents.filter((e) => ACTOR_KINDS.has(e.kind) && e.start >= phraseFrom && e.end <= t.start);
  const after: EntityMention[] = [];
  let k = i + 1;
  // The phrase after the noun: prepositions and noun phrases, up to a verb, punctuation or eight tokens.
  while (k < tokens.length && k <= i + 8 && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX' && tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'PRON') k++;
  const tail = { start: t.end, end: k < tokens.length ? tokens[k]!.start : s.end };
  if (PARTY_PREPS.has(tokens[i + 1]?.lemma ?? '')) after.push(...ents.filter((e) => ACTOR_KINDS.has(e.kind) && e.start >= tail.start && e.end <= tail.end));
  const parties = [...before, ...after];
  const third = (e: EntityMention) => e.kind === 'country' && !!options.pair && !!e.country && !options.pair.has(e.country);
  if (parties.length && parties.every(third)) return 'noun-third';
  f.push(before.length ? 'noun-actor:before' : after.length ? 'noun-actor:after' : 'noun-actor:none');
  if (figures.length && !parties.length) return 'noun-figure';
  // What follows the phrase: a verb in the present ("Trade is important", "Talks remain stalled") tells a state, no act; a modal a plan.
  // The verb the phrase is subject of: the first after it, before punctuation or a pronoun (past a long complement: "a 2009 ruling
  // of the International Court of Justice guarantees …").
  let v = k;
  while (v < tokens.length && tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'AUX' && tokens[v]!.pos !== 'PUNCT' && tokens[v]!.pos !== 'PRON') v++;
  const next = tokens[v];
  if (next && (next.pos === 'VERB' || next.pos === 'AUX')) {
    const nextWord = text.slice(next.start, next.end).toLowerCase();
    if (MODALS.has(next.lemma)) return 'noun-plan';
    if (/^(?:is|are|am|remains?|seems?|has|have)$/.test(nextWord) || (next.pos === 'VERB' && nextWord !== next.lemma && /[^s]s$/.test(nextWord) && !/ed$/.test(nextWord))) return 'noun-present';
    // "The export of 40,000 tonnes … was a record", "Sales of … reached …": a figure told of the act noun by a copula or a verb of
    // state or measure is a statistic.
    if (figures.length && (next.lemma === 'be' || types.measureVerbs.has(next.lemma) || types.notEventVerbs.has(next.lemma))) return 'noun-figure';
    f.push(LIGHT_SUBJECT_VERBS.has(next.lemma) ? 'noun-role:light-subject' : next.lemma === 'be' ? 'noun-role:copula' : 'noun-role:subject');
  }
  // What governs it: a preposition of time ("after", "following", "since"), another preposition, a verb (its object), or nothing.
  const gov = b > 0 ? tokens[b - 1]! : undefined;
  const govWord = gov ? text.slice(gov.start, gov.end).toLowerCase() : '';
  // "Rumours of an extradition …", "Hopes of an evacuation faded", "Calls for the ratification", "Postponement of the talks": an
  // act noun complement of a head noun of saying, attitude, plan or cancellation (`unrealised-acts.json`) tells an act only said,
  // hoped, feared, planned or called off, none done; so after such a word the tagger read as a verb ("Ghana calls for the
  // expulsion …", "Togo hopes for a reopening …").
  const head = b > 1 ? tokens[b - 2]! : undefined;
  if (gov && head && head.start >= s.start && UNREALISED_PREPS.has(govWord) && isUnrealisedHead(text.slice(head.start, head.end), head.lemma)) return 'noun-unrealised';
  // "ended without a deal": a noun after "without" tells no act of its own.
  if (govWord === 'without') return 'noun-negated';
  // "were taken aback by the Ugandan reply", "was hit by the closure": the noun after "by" is what brought about the clause's
  // verb, whose act (or state) it is.
  if (govWord === 'by') return 'noun-agent';
  if (!gov || gov.start < s.start) f.push('noun-gov:start');
  else if (TEMPORAL_PREPS.has(govWord)) f.push('noun-gov:temporal');
  else if (gov.pos === 'ADP') f.push('noun-gov:prep');
  // "signed the 2019 accord", "will extradite the suspects": a verb's object is its argument; the act is the verb's.
  else if (gov.pos === 'VERB') return 'noun-object';
  else if (gov.pos === 'AUX') f.push('noun-gov:verb');
  else if (gov.pos === 'PUNCT') f.push('noun-gov:punct');
  else f.push('noun-gov:other');
  const first = inPhrase[0];
  const determiner = first ? text.slice(first.start, first.end).toLowerCase() : '';
  const definite = /^(?:the|this|that|these|those)$/.test(determiner);
  f.push(definite ? 'noun:definite' : /^(?:a|an)$/.test(determiner) ? 'noun:indefinite' : inPhrase.some((p) => p.pos === 'PART') ? 'noun:possessive' : 'noun:bare');
  if (word !== lemma && word.endsWith('s')) f.push('noun:plural');
  // Its date: inside its own phrase, in the phrase after it, else the sentence's nearest (past a sealed clause), its paragraph's or the report's.
  const reached = sealed.length ? stated.filter((d) => reaches(t, d, sealed)) : stated;
  const own = [...reached, ...named].find((d) => d.start >= phraseFrom && d.end <= t.start);
  const following = reached.find((d) => d.start >= t.end && d.end <= tail.end);
  const nearest = own ?? following ?? (reached.length ? reached.reduce((a, d) => (Math.abs(d.start - t.start) < Math.abs(a.start - t.start) ? d : a)) : undefined);
  // "The visit was a success." after the visit was told: a definite act noun of the kind of an act told in a sentence before
  // (its type and category), with no date in its sentence, is that act again.
  if (definite && !reached.length && seen.has(actKey(found.act))) return 'noun-back-reference';
  // "The closure of the crossing angered Tanzania in June 2023", "The agreement, which Ghana will ratify in March 2027, …": a date
  // told past a verb after the noun dates that verb's act, not the noun's.
  if (!own && !following && nearest && nearest.start > t.end && tokens.some((v) => v.pos === 'VERB' && v.start > t.end && v.end <= nearest.start)) return 'noun-date-of-verb';
  // "The war in Mozambique has driven …": a state of affairs with no date of its own is no act (`stateNouns`, as `standing-states.ts`).
  if (!own && !following && (types.stateNouns.has(lemma) || types.stateNouns.has(word))) return 'noun-state';
  f.push(own ? 'noun-date:own' : following ? 'noun-date:after' : nearest ? 'noun-date:sentence' : 'noun-date:none');
  if (definite && !own && !following) f.push('noun:definite-undated');
  if (triggers.some((r) => r.start <= t.start && t.end <= r.end)) f.push('verb:in-trigger');
  if (told.length) f.push('noun:beside-rule');
  const date = nearest ? eventDate(nearest) : fallback;
  if (!date) return 'no-date';
  f.push(`date:${nearest ? 'own' : paragraphDated ? 'paragraph' : 'report'}`, `precision:${date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year'}`);
  return { date, features: f, act: found.act };
}

/** The index of the token before a verb past its auxiliaries, adverbs and "not": its subject's head, or what stands in its place (-1: none). */
function verbHead(tokens: Tok[], i: number): number {
  let k = i - 1;
  while (k >= 0 && BEFORE_VERB.has(tokens[k]!.pos)) k--;
  return k;
}

/** Where the noun phrase whose head is token k opens: back over determiners, adjectives, nouns, numbers and mentions. */
function phraseStart(tokens: Tok[], k: number, ents: EntityMention[]): number {
  const inEntity = (t: Tok) => ents.some((x) => x.start <= t.start && t.end <= x.end);
  let b = k;
  while (b > 0 && (NOUN_PHRASE.has(tokens[b - 1]!.pos) || inEntity(tokens[b - 1]!))) b--;
  return b;
}

/**
 * Whether an active verb's only target is private people no state names (`privateSubjects`, `statisticNouns`): its object
 * ("arrested traders"), or people after "against" past an object that is no people ("began operations against smugglers on
 * the border"). A mention of an actor in the people's phrase ("expelled 300 Togolese traders") makes them a state's nationals.
 */
function privateTarget(text: string, ents: EntityMention[], tokens: Tok[], i: number, types: ReturnType<typeof eventTypes>): boolean {
  const phrase = (from: number) => {
    let k = from;
    while (k < tokens.length && (NOUN_PHRASE.has(tokens[k]!.pos) || ents.some((x) => x.start <= tokens[k]!.start && tokens[k]!.end <= x.end))) k++;
    return { from, head: k - 1 };
  };
  let p = phrase(i + 1);
  const people = (q: { from: number; head: number }) => {
    if (q.head < q.from) return false;
    const word = text.slice(tokens[q.head]!.start, tokens[q.head]!.end).toLowerCase();
    return types.privateSubjects.has(word) || types.statisticNouns.test(word);
  };
  if (!people(p) && tokens[p.head + 1]?.lemma === 'against') p = phrase(p.head + 2);
  if (!people(p)) return false;
  const [from, to] = [tokens[p.from]!.start, tokens[p.head]!.end];
  return !ents.some((x) => ACTOR_KINDS.has(x.kind) && x.start >= from && x.end <= to);
}

/**
 * How wide the candidate pool is (session 41): `subject`, an active verb whose subject is a noun no actor names or none is a
 * candidate; `document`, a sentence with no actor in it nor in its paragraph is one in a document with a focal pair.
 * `DYAD_WIDE` (a comma list of `subject`, `document`, or `none`) sets it for measuring; the default is what was adopted.
 */
const WIDE = (() => {
  const env = process.env['DYAD_WIDE'];
  const on = env === undefined ? ['subject', 'document', 'noun'] : env.split(',');
  return { subject: on.includes('subject'), document: on.includes('document'), noun: on.includes('noun') };
})();

/** "to" as the infinitive's marker (PART) right before the verb; a preposition "to" ("in addition to expelling") is none. */
export function infinitive(tokens: Tok[], i: number): boolean {
  const before = tokens[i - 1];
  return before?.lemma === 'to' && before.pos === 'PART';
}

/** Whether token i opens a coordinated clause: "and"/"but" after a comma, not "and that" (the saying's content goes on), or a semicolon. */
function clauseBreak(text: string, tokens: Tok[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'PUNCT') return text.slice(t.start, t.end) === ';';
  return t.pos === 'CCONJ' && tokens[i - 1]?.pos === 'PUNCT' && text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end) === ',' && tokens[i + 1]?.lemma !== 'that';
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

/** Subjects that name who did the act: an actor, a body of one, "they" after one. */
const ACTOR_SUBJECTS = new Set(['pair-state', 'third-state', 'person', 'organisation', 'group', 'body', 'third-body', 'told-before']);
/** Subjects of neither state: a third party's ruling or report is no act of the pair's. */
const THIRD_PARTIES = new Set(['third-party', 'third-body']);
/** The parts of speech of a noun phrase before its head: "the Mongolian foreign ministry", "Chile's navy". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);
type Tok = { start: number; end: number; pos: string; lemma: string };

/**
 * The verb's subject, by the head of the phrase before it (only auxiliaries, adverbs or "not" between): an actor mention (of the
 * pair, a third state, a person, a body), unless the object of a preposition ("trade between Peru and Brazil grew": `prep-object`);
 * a noun of `subjectBodies` after an actor's demonym or possessive ("the Mongolian foreign ministry", "Chile's navy": `body`, or
 * `third-body` for a third state's); a noun of `thirdPartyBodies` ("the arbitral tribunal": `third-party`); a body with no actor
 * before it ("officials", `body-unnamed`); another noun after an actor ("Mongolian herders", "Kenyan exports":
 * `actor-modifier`); a pronoun or a group ("they", "the two sides": `told-before`); another noun (`noun`), else `none`.
 */
function subjectOf(text: string, ents: EntityMention[], tokens: Tok[], i: number, types: ReturnType<typeof eventTypes>, pair?: Set<string>): string {
  const k = verbHead(tokens, i);
  const head = tokens[k];
  if (!head) return 'none';
  const inEntity = (t: Tok) => ents.some((x) => x.start <= t.start && t.end <= x.end);
  const e = ents.find((x) => ACTOR_KINDS.has(x.kind) && x.end === head.end);
  if (e) {
    // The mention's phrase must open its clause, not follow a preposition ("between Latvia and Estonia", "to Japan").
    let b = tokens.findIndex((t) => t.end > e.start) - 1;
    while (b >= 0 && (tokens[b]!.pos === 'DET' || tokens[b]!.pos === 'CCONJ' || inEntity(tokens[b]!))) b--;
    if (b >= 0 && tokens[b]!.pos === 'ADP') return 'prep-object';
    if (e.kind === 'country') return pair && e.country && !pair.has(e.country) ? 'third-state' : 'pair-state';
    return e.kind;
  }
  const word = text.slice(head.start, head.end);
  if (head.pos === 'PRON' && PRONOUN_SUBJECT.test(word)) return 'told-before';
  if (GROUP_SUBJECT.test(text.slice(Math.max(0, head.end - 60), head.end))) return 'told-before';
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return 'none';
  const b = phraseStart(tokens, k, ents);
  const modifiers = ents.filter((x) => ACTOR_KINDS.has(x.kind) && x.start >= tokens[b]!.start && x.end <= head.start);
  const state = modifiers.find((x) => x.kind === 'country' || x.kind === 'person');
  const lemma = head.lemma.toLowerCase();
  const headWord = word.toLowerCase();
  const body = types.subjectBodies.has(lemma) || types.subjectBodies.has(headWord);
  if (state && body) return state.kind === 'country' && pair && state.country && !pair.has(state.country) ? 'third-body' : 'body';
  if (types.thirdPartyBodies.has(lemma) || types.thirdPartyBodies.has(headWord)) return 'third-party';
  if (body) return 'body-unnamed';
  if (modifiers.length) return 'actor-modifier';
  // "The closure of the border angered Ghana": the phrase before the verb is a preposition's object, not its subject (session 41).
  if (b > 0 && tokens[b - 1]!.pos === 'ADP') return 'prep-object';
  return 'noun';
}

/** Who a passive with no actor for subject names: an actor after "by" (`by-actor`), else an actor in its sentence, else one a sentence before. */
function passiveDoer(ents: EntityMention[], tokens: Tok[], i: number, actorHere: boolean, namedBefore: boolean): string {
  const by = tokens[i + 1]?.lemma === 'by' ? tokens.slice(i + 2, i + 5) : [];
  if (by.some((t) => ents.some((x) => ACTOR_KINDS.has(x.kind) && x.start <= t.start && t.end <= x.end))) return 'by-actor';
  return actorHere ? 'actor-sentence' : namedBefore ? 'actor-before' : 'no-actor';
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
    const type = c.noun ? (eventTypes().types.find((t) => t.id === c.noun!.type) ?? other) : other;
    const trigger: Trigger = { type, priority: 0, plover: c.noun?.plover ?? other.plover, start: c.verb.start, end: c.verb.end };
    const ents = entities.filter((e) => e.start >= s.start && e.end <= s.end);
    const [e] = undatedEvents(text, s, [trigger], ents, framingSpans(text, s), trigger, c.date, c.features.includes('date:report') ? 'document' : 'context');
    return e ? [refineCategory(text, { ...e, ...(c.features.includes('date:own') ? { dateSource: 'sentence' as const } : {}), confidence: p, rule: 'learned-acceptor' }, entities)] : [];
  });
}
