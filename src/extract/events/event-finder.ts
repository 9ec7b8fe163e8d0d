import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Block, Sentence } from '../../model/document.js';
import { eventTypes, findTriggers, verbStem, type Trigger } from './event-types.js';
import { anaphoricDates, chronologyEntry, finerDates, datedHeadlines, inOccasion, opensEntry } from './event-refiners.js';
import { measuresFigure, predicateOf, recordsFigure } from './predicate-finder.js';
import { statementOf } from './statement-finder.js';
import { verbTriggers } from './verb-finder.js';
import { namedActTriggers } from './named-acts.js';
import { refineCategory } from './plover-refiners.js';
import { within } from '../spans.js';
import { countsOccasions, datesActSpan, datesEvent, deadline, eventDate, eventDates, namesAThing, occasionOpened, restatedDates, setsPeriod, sinceDay } from './event-dates.js';
import { inside, reportedClauses, triggerFor } from './date-ownership.js';
import { FRAMED, framingSpans, outsideFraming } from './event-framing.js';
import { ACTOR_KINDS, AT_THE_TIME, habitual, HABITUAL, occasionByActors, occasionByTrigger, ON_OCCASION } from './event-occasions.js';
import { datedEvents, undatedEvents } from './sentence-events.js';
import { coordinateActs } from './coordinate-clauses.js';
import { clauseActs } from './sentence-clauses.js';
import { afterClauseActs } from './after-clauses.js';
import { headlineActs, headlineClauses } from './headline-clauses.js';
import { occasionSpans, openedOccasions } from './occasion-span.js';
import { offsetActs, offsetFiner } from './offset-events.js';
import { opensWhenClause, whenActs } from './when-clauses.js';
import { anniversaryDates } from './anniversary-dates.js';
import { boundedByReport, perfectOfReport } from './report-bound.js';
import { afterTriggers, datedAfterActs, type AfterAct } from './after-acts.js';
import { datelineSpan, isJointStatement, spannedByDateline } from './dateline-span.js';
import { isScheduleLine, scheduleDated } from './schedule-days.js';
import { tableActs } from './table-acts.js';
import { closingActs } from './closing-formula.js';
import { withoutPersonalMemberships } from './member-subjects.js';
import { overnightSpans } from './overnight-span.js';
import { listedActs } from './list-events.js';
import { standingNegations } from './standing-negations.js';
import { enclosedClauses, outsideEnclosed } from './enclosed-clauses.js';
import { bodyActors, forThePair, pairStateNamed, standsForPair, whoseActors, type Named } from './discourse-context.js';
import { actorLexicon } from '../actors/actor-lexicon.js';
import { toldInOtherWords } from './told-in-other-words.js';
import { pairAsActors } from './pair-passive.js';
import { withoutStandingStates } from './standing-states.js';

export const EVENT_STAGE = 'events';

const SKIP_BLOCKS = new Set<Block['type']>(['heading', 'footnote']);

/**
 * Finds dated events sentence by sentence: each trigger belongs to the date nearest it, and
 * each date with a trigger (or continuing a list after one) gives one event, typed by its
 * highest-ranked trigger, with the actors of its clause (the span between the dates around
 * it). A sentence with a trigger but no date takes the last date of its paragraph, and says so
 * (`dateSource: 'context'`).
 */
export function findEvents(
  text: string,
  blocks: Block[],
  sentences: Sentence[],
  times: TimeAnnotation[],
  entities: EntityMention[],
  options: {
    skip?: (s: Sentence) => boolean;
    quantities?: { valueStart: number; valueEnd: number; qualifier?: string; unit?: string; value?: number }[];
    publicationDate?: string;
    documentDate?: string;
    pair?: Set<string>;
    headline?: boolean;
    lengths?: TimeAnnotation[];
    /** Every trigger of `text` (`findTriggers(text)`), when the caller found them already; else found here. */
    triggers?: Trigger[];
  } = {},
): Omit<EventAnnotation, 'stage'>[] {
  const skip = options.skip ?? (() => false);
  const published = options.publicationDate;
  /** The days of the meeting a joint statement speaks for (`dateline-span.ts`): each act it tells is one of them. */
  const meetingSpan = datelineSpan(text, blocks, times, published);
  /** A joint statement dated by its meeting's days: its paragraphs (not its headings) tell the sides' acts there. News with a span dateline is not one. */
  const meetingActs = !!meetingSpan && isJointStatement(text, blocks);
  // A projected figure ("announced it would pay US$40 million") tells no statistic: the act that would give it is still an act.
  const quantities = (options.quantities ?? []).filter((q) => q.qualifier !== 'projected');
  const out: Omit<EventAnnotation, 'stage'>[] = [];
  /** The triggers of dated sentences with the date they gave, for news acts that point back to them. */
  const datedTriggers: { start: number; words: string; date: string }[] = [];
  /** Acts a news lede gives in an "after" phrase, dated once the body has told them (`after-acts.ts`). */
  const afterActs: AfterAct[] = [];
  let ledeTold = false;
  /** Where the statements of reported speech begin (their rule says so). */
  const statements = new Set<number>();
  // Denials an undated sentence tells, dated by their paragraph: none unless a refiner reads it as an act (a refusal).
  const undatedDenials = new Set<Omit<EventAnnotation, 'stage'>>();
  /** The last sentence's dates that date events: its last (`edtf`) and its first, the main clause's (`first`). */
  let lastDate: { edtf: string; first: string; block: number } | undefined;
  /** The last sentence or heading that named actors, and whose: "they", "both sides", "the ministry" after it stand for the pair's (`discourse-context.ts`). */
  let lastNamed: Named | undefined;
  /** The pair's state a definite body opening a sentence stands for, by the sentence's start (`bodyActors`). */
  const referents = new Map<number, string>();
  /** Triggers of agentless passives of a thing between the pair (`pair-passive.ts`), by start: the pair's acts. */
  const pairActs = new Set<number>();
  /** The last block that opens with its date, as a chronology's entry does. */
  let entryBlock = -1;
  const timesOf = within(times, sentences);
  const lengthsOf = within(options.lengths ?? [], sentences);
  const entitiesOf = within(entities, sentences);
  const triggersOf = within(options.triggers ?? findTriggers(text), sentences);
  // Each sentence's figures, found once: every test of a figure below is within one sentence,
  // and a scan of the document's figures for each sentence made long documents quadratic.
  const quantitiesOf = within(
    quantities.map((q) => ({ start: q.valueStart, end: q.valueEnd, q })),
    sentences,
  ).map((g) => g.map((x) => x.q));
  // In news, the document's first block, when it is a heading or a title line too long for one (`titleLine`), is its
  // headline (a later section of a long document has none): read as one by the verb finder and the dating.
  const headlineBlock = published && options.headline !== false && blocks[0] && (blocks[0].type === 'heading' || titleLine(text, blocks[0])) ? blocks[0] : undefined;
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n]!;
    const block = blocks[s.block]!;
    // A news headline tells the day's event; other headings name parts of a document, unless
    // they state a date of their own ("Signing of the Lagos Treaty, 28/05/1975").
    // Only the first block can be a headline: a later heading with no date ("PEOPLE-TO-PEOPLE LINKS") names a part.
    const headline = published && s.block === 0 && options.headline !== false;
    const ents = entitiesOf[n]!;
    // "The two sides", "they", "the ministry": actors a sentence of the paragraph or the one before named, dated or not, if the pair's.
    const whose = skip(s) || block.type === 'footnote' ? undefined : whoseActors(text, s, ents, options.pair);
    // In a document about a pair, the sentence itself may name them ("Following the upheaval in Caracas, the interim ministry announced …").
    const context = forThePair(lastNamed, s.block, whose, options.pair);
    // "The ministry suspended …" after "Zambia summoned …": the body is that state's, written as the act's doer (`bodyActors`).
    if (lastNamed?.country && standsForPair(lastNamed, s.block)) referents.set(s.start, lastNamed.country);
    if (whose) lastNamed = { block: s.block, whose, ...(whose === 'pair' ? { country: pairStateNamed(s, ents, options.pair) } : {}) };
    // A programme's line ("09:30 – Official welcome ceremony") is short enough to pass for a heading, but tells an act.
    if ((SKIP_BLOCKS.has(block.type) && !(block.type === 'heading' && (headline || timesOf[n]!.some(datesEvent) || isScheduleLine(text, block)))) || skip(s)) continue;
    const stated = timesOf[n]!.filter((t) => datesEvent(t) || datesActSpan(text, t, triggersOf[n], timesOf[n]));
    // A past-perfect relative clause run to the sentence's end keeps its date from the main clause's act only when the paragraph or
    // the report dates that act: with neither, the act takes the sentence's date rather than none (`enclosedClauses`, session 40).
    const seal = !!published || lastDate?.block === s.block;
    /** Acts of when-clauses after a date or a period's bound ("since 2023, when it withdrew its envoy": `when-clauses.ts`). */
    // Only a sentence with such a clause has its triggers (and verbs: the sentence tagged) found for it.
    const whenTold = (found: () => Trigger[], from: number) => {
      if (!opensWhenClause(text, s, timesOf[n]!)) return;
      out.push(...whenActs(text, s, timesOf[n]!, found(), ents, framingSpans(text, s), out.slice(from), (c) => predicateOf(text, c, ents, quantitiesOf[n], options.pair, context)));
    };
    // A sentence set in a period too long to date an event ("in the 1970s and 1980s", "since
    // 1992") tells of that period: it takes no date from its paragraph, and the date the
    // paragraph gave before it no longer holds after it.
    const period = !stated.length && timesOf[n]!.some(setsPeriod);
    // A sentence with no date of its own can only take one from its paragraph or the one before.
    if (period || (!stated.length && !published && !(lastDate && ents.length && lastDate.block >= s.block - 1))) {
      // Its when-clause may still tell an act of a period's bound ("until 1971, when …").
      whenTold(() => [...triggersOf[n]!, ...verbTriggers(text, s, ents, triggersOf[n]!, context, false, true, timesOf[n]!)], out.length);
      if (period) lastDate = undefined;
      continue;
    }
    const sentenceText = text.slice(s.start, s.end);
    const framing = framingSpans(text, s);
    const patterns = triggersOf[n]!;
    // A chronology's entry narrates in the present ("1825 - Britain recognises …"), as a headline does.
    if (stated.length && opensEntry(text, block, stated[0]!)) entryBlock = s.block;
    // A joint statement's paragraphs each tell what the sides did at the meeting ("The two sides agreed to strengthen
    // cooperation in defence"): a cooperative act there is one of the meeting's days, not a facet of an act told before.
    const verbs = verbTriggers(
      text,
      s,
      ents,
      patterns,
      context,
      block.type === 'heading' || block === headlineBlock || entryBlock === s.block,
      // A news headline tells the day's acts, each dated by the report ("Ghana, Togo sign transit deals, Accra pledges $40 million for border post").
      stated.length > 0 || entryBlock === s.block || (meetingActs ? block.type !== 'heading' : block === headlineBlock),
      stated,
      options.pair?.size === 2,
    );
    for (const v of verbs) if (v.pair) pairActs.add(v.start);
    // "The Northern Pact (1951) … committed the two to neutrality": an act told by its name with its own date (`named-acts.ts`).
    const named = stated.length ? namedActTriggers(text, s, stated, [...patterns, ...verbs]) : [];
    // "the statistics office recorded $7.4 billion": a verb that records a figure tells a statistic, no act (`recordsFigure`;
    // a verb only WordNet types, in the passive or as a participle after its noun, "the imports recorded by customs": `measuresFigure`).
    const every = (verbs.length || named.length ? [...patterns, ...verbs, ...named].sort((a, b) => a.start - b.start) : patterns).filter(
      (t) => !quantitiesOf[n]!.length || !(recordsFigure(text, s, t, quantitiesOf[n]!) || measuresFigure(text, s, t, quantitiesOf[n]!)),
    );
    // A headline's verbless phrase after a comma tells no act ("…, trade agreement in doubt", `headlineActs`).
    const found = block === headlineBlock ? headlineActs(text, s, outsideFraming(text, framing, every, stated)) : outsideFraming(text, framing, every, stated);
    // The lede: the first sentence of the body that has a trigger.
    // A title line stays the lede's candidate: read as headline here too, it cost one blind match (review of session 24).
    if (published && !ledeTold && block.type !== 'heading' && every.length) {
      ledeTold = true;
      for (const t of afterTriggers(
        text,
        framing,
        every,
        found,
        ents.filter((e) => ACTOR_KINDS.has(e.kind)),
      ))
        afterActs.push({ start: s.start, end: s.end, trigger: t, make: (date) => undatedEvents(text, s, [t], ents, framing, t, date, 'context')[0] });
    }
    // A chronology's entry that states a figure ("2015 | Exports reach $20 million") is a statistic.
    const entry = found.length
      ? undefined
      : (chronologyEntry(text, s, stated, quantitiesOf[n]) ??
        (stated.some((d) => !FRAMED.test(text.slice(s.start, d.start))) || (!stated.length && entryBlock === s.block)
          ? predicateOf(text, s, ents, quantitiesOf[n], options.pair, context, stated)
          : undefined) ??
        // In news, reported speech of one side about the other is a statement issued.
        (published && block.type !== 'heading' ? statementOf(text, s, ents, options.pair, quantitiesOf[n]) : undefined) ??
        // In news, a passive the paragraph dates ("Two rangers were taken to a naval post.").
        (published && !stated.length && lastDate?.block === s.block ? predicateOf(text, s, ents, quantitiesOf[n], options.pair, context, 'passage') : undefined));
    if (entry && 'statement' in entry) statements.add(entry.start);
    const triggers = entry ? [entry] : found;
    const dates = restatedDates(text, s.start, eventDates(text, s, stated, triggers)).filter((d) => !(published && occasionOpened(text, d, triggers)));
    const toldBefore = out.length;
    /** A time that leaves a news clause undated: a year in a name, a deadline, a period occasions are counted in. */
    const datesNothing = (t: TimeAnnotation) => (datesEvent(t) && namesAThing(text, t)) || deadline(text, s, t) || countsOccasions(text, s, t) || occasionOpened(text, t, triggers);
    const occasion = !stated.length && ON_OCCASION.test(sentenceText);
    const undated = (trigger: Trigger, date: string, dateSource: 'context' | 'document') => out.push(...undatedEvents(text, s, triggers, ents, framing, trigger, date, dateSource));
    // News: "X said A, and that B on 2 July": each complement of the saying is a clause of its own,
    // dated by its own date or, with none, by the day of the report (session 17).
    const reported = published && triggers.length && dates.length ? reportedClauses(text, s) : [s];
    if (reported.length > 1) {
      for (const c of reported) {
        const on = dates.filter((d) => d.start >= c.start && d.end <= c.end);
        // A dated clause no trigger types tells its predicate ("and that the government would review on 26 November …").
        const predicate = on.length && !entry ? predicateOf(text, c, ents, quantitiesOf[n], options.pair, context) : undefined;
        const own = triggers.filter((t) => t.start >= c.start && t.end <= c.end);
        if (!own.length && predicate) own.push(predicate);
        if (!own.length) continue;
        const told = on.length
          ? datedEvents(text, c, own, on, ents, framing, quantitiesOf[n]!)
          : !timesOf[n]!.filter((t) => t.start >= c.start && t.end <= c.end).every(datesNothing) || habitual(text, c, triggerFor(own, c.start, c.end, c.start)!)
            ? []
            : undatedEvents(text, c, own, ents, framing, triggerFor(own, c.start, c.end, c.start)!, published!, 'document');
        out.push(...told.map((e) => ({ ...e, start: s.start, end: s.end })));
      }
    } else if (triggers.length && dates.length) {
      const clausePredicate = (clause: { start: number; end: number }, d: TimeAnnotation) =>
        entry || FRAMED.test(text.slice(s.start, d.start)) ? undefined : predicateOf(text, { ...clause, block: s.block }, ents, quantitiesOf[n], options.pair, context, [d]);
      const told = occasionSpans(text, datedEvents(text, s, triggers, dates, ents, framing, quantitiesOf[n]!, clausePredicate, seal));
      out.push(...told);
      // "Kenya's foreign minister, who visited Kampala in 2019, summoned …": acts outside the stretches set off by commas that
      // hold every date of the sentence are dated as in a sentence with none (`enclosed-clauses.ts`, session 30).
      const enclosed = enclosedClauses(text, s, dates, triggers, seal);
      const outside = outsideEnclosed(triggers, dates, told, enclosed);
      const first = outside.length ? triggerFor(outside, s.start, s.end, s.start)! : undefined;
      if (first && !habitual(text, s, first)) {
        // An act a sealed stretch keeps from its date takes its paragraph's date in any document (`seal` holds only with one or a report's day).
        const sealed = enclosed.some((e) => e.sealed);
        if (lastDate?.block === s.block && (published || first.type.fromContext || sealed)) out.push(...undatedEvents(text, s, outside, ents, framing, first, lastDate.edtf, 'context'));
        else if (published) out.push(...undatedEvents(text, s, outside, ents, framing, first, published, 'document'));
      }
      // "signed in May 2019, but neither parliament has ratified it": a standing negation runs to the document's date (`standing-negations.ts`).
      out.push(...standingNegations(text, s, triggers, told, timesOf[n]!, ents, framing, options.documentDate));
      // "…in 1843, and Argentina protested": a coordinate clause with an actor of its own for subject is an act of its own (`coordinate-clauses.ts`).
      out.push(...coordinateActs(text, s, stated, found, ents, framing, told));
      // "closed the crossing in February 2023 after Belarus sentenced a journalist": the act of a clause of cause (`after-clauses.ts`).
      out.push(...afterClauseActs(text, s, stated, every, ents, framing, told, (c) => predicateOf(text, c, ents, quantitiesOf[n], options.pair, context)));
      // "in 1911, a decade before southern Ireland won independence": an act dated from the main one by a length (`offset-events.ts`),
      // whether a trigger or the clause's predicate tells the main one ("ordered a diplomat to leave on Thursday, two days after …").
      if (told[0])
        for (const o of offsetActs(text, lengthsOf[n]!, framing, every, told[0].date, (p) => predicateOf(text, { ...p, block: s.block }, ents, quantitiesOf[n], options.pair, context)))
          out.push(
            ...undatedEvents(text, { ...o.phrase, block: s.block }, [o.trigger], ents, framing, o.trigger, o.date, 'context').map((e) => ({
              ...e,
              start: s.start,
              end: s.end,
              rule: `${e.rule}+offset`,
            })),
          );
      // "…, and New Zealand rerouted its fishing fleet": each clause no event tells is read on its own (`sentence-clauses.ts`).
      out.push(...clauseActs(text, s, stated, found, ents, framing, out.slice(toldBefore), (c, d) => (entry ? undefined : predicateOf(text, c, ents, quantitiesOf[n], options.pair, context, d))));
    } else if (
      triggers.length &&
      !stated.length &&
      lastDate &&
      (lastDate.block === s.block || occasion) &&
      (published || occasion || entryBlock === s.block || triggerFor(triggers, s.start, s.end, s.start)!.type.fromContext)
    ) {
      // Only a sentence that states no date takes the paragraph's (or, when it names an
      // occasion told just before, the last paragraph's): one whose dates state a situation
      // ("as of the end of 2019") or frame something else dates nothing. In news, a paragraph
      // tells one day's acts: any act in it follows the date its first sentence set.
      // The act is what was done on the occasion, not the occasion's noun, when another trigger of
      // the same kind names it ("During the stand-off, a supply boat was hit with a water cannon":
      // the water cannon); an act of another kind is an event of its own beside it (`partEvents`).
      const first = triggerFor(triggers, s.start, s.end, s.start)!;
      const done = inOccasion(text, first) ? triggers.filter((t) => !inOccasion(text, t) && t.type === first.type && t.plover.type === first.plover.type) : [];
      const trigger = done.length ? triggerFor(done, s.start, s.end, s.start)! : first;
      // "the bank continues to fund …", "aid has been provided …": a state of affairs, not an
      // event. Any event told as part of an occasion ("During the summit, the ministers also
      // met …") takes the occasion's date.
      // The occasion by who took part, else by the word naming it; "at the time" points back to the
      // act the sentence before tells first, not to a date it mentions after it.
      const date =
        occasionByActors(text, triggers, ents, out) ?? (occasion ? occasionByTrigger(text, sentenceText, out, times) : undefined) ?? (AT_THE_TIME.test(sentenceText) ? lastDate.first : lastDate.edtf);
      if (!HABITUAL.test(sentenceText)) {
        // A denial with no date of its own ("It did not expel the envoy, and no talks were held") names none: the guidelines
        // date a negated act by the date it names, and the paragraph's date is that of the act told before it (session 27).
        // Dropped once the category refiners have run, which read some denials as refusals ("declined to endorse": REJECT);
        // a chronology's entry dates all it tells.
        const from = out.length;
        undated(trigger, date, 'context');
        if (entryBlock !== s.block) for (const e of out.slice(from)) if (e.mode === 'negated' && deniedAt(text, e.trigger)) undatedDenials.add(e);
      }
    } else if (triggers.length && published && !dates.length && timesOf[n]!.every(datesNothing)) {
      // News: a clause with no date of its own (a year in a name is none: "under the 1982 UN
      // Convention") tells what happened by the day it was published ("Moscow condemned the
      // UK's position"), unless it states a habit or a lasting state.
      const trigger = triggerFor(triggers, s.start, s.end, s.start)!;
      // A headline's clauses a comma parts are acts of their own ("Ghana, Togo sign transit deals, Accra pledges $40 million for border post").
      const parts = block === headlineBlock ? headlineClauses(text, s, triggers) : [s];
      if (parts.length > 1)
        for (const c of parts) {
          const own = triggers.filter((t) => t.start >= c.start && t.end <= c.end);
          if (own.length) out.push(...undatedEvents(text, c, own, ents, framing, triggerFor(own, c.start, c.end, c.start)!, published, 'document'));
        }
      else if (!habitual(text, s, trigger)) undated(trigger, published, 'document');
      // "… at the fourth meeting of the Joint Commission, which opened on Wednesday": the meeting runs to the report's day.
      for (const o of openedOccasions(
        stated.filter((t) => occasionOpened(text, t, triggers)),
        triggers,
        trigger,
        published,
      ))
        undated(o.trigger, o.date, 'context');
    }
    whenTold(() => every, toldBefore);
    // What a dated sentence tells, for acts told again later without a date ("The protest condemned …").
    for (const e of out.slice(toldBefore))
      if (e.dateSource !== 'document' && !undatedDenials.has(e)) datedTriggers.push({ start: s.start, words: text.slice(e.trigger.start, e.trigger.end), date: e.date });
    const toldHere = out.slice(toldBefore).filter((e) => e.dateSource !== 'document');
    if (dates.length && toldHere.length)
      for (const t of patterns) {
        const nearest = toldHere.reduce((a, b) => (Math.abs(b.trigger.start - t.start) < Math.abs(a.trigger.start - t.start) ? b : a));
        datedTriggers.push({ start: s.start, words: text.slice(t.start, t.end), date: nearest.date });
      }
    // A sentence whose dates all date nothing ("a strategy toward 2020", "as of 2018") moves the
    // passage away from the date told before it: that date no longer holds after it.
    // A day after "since" ("had detained 1,200 migrants since Monday night") opens a stretch that runs to the report: what the paragraph tells next is the report's.
    const last = (d: TimeAnnotation) => (published && sinceDay(text, d) ? published : eventDate(d));
    // A date in a stretch set off by commas is its own verb's ("Kenya's foreign minister, who visited Kampala in 2019,
    // summoned …", `enclosed-clauses.ts`): it dates no act of the main clause, and none of the passage after it either.
    const enclosed = dates.length ? enclosedClauses(text, s, dates, [], seal) : [];
    const carried = enclosed.length ? dates.filter((d) => !enclosed.some((e) => inside(d, e))) : dates;
    if (carried.length) lastDate = { edtf: last(carried[carried.length - 1]!), first: last(carried[0]!), block: s.block };
    else if (stated.length && !dates.length) lastDate = undefined;
  }
  if (published) out.push(...datedAfterActs(afterActs, out, published));
  // Events are replaced only when they gain a doer: later steps know some by identity (`undatedDenials`).
  for (let k = 0; k < out.length && referents.size; k++) {
    const e = out[k]!;
    const country = referents.get(e.start);
    const name = country && actorLexicon().countries.get(country)?.name;
    const actors = name ? bodyActors(text, e, country, name) : e.actors;
    if (actors !== e.actors) out[k] = { ...e, actors };
    if (actors !== e.actors && undatedDenials.has(e)) undatedDenials.add(out[k]!);
  }
  // "The border crossing was closed in 1977", "The joint commission will meet in Accra": the pair's act, though its sentence
  // names neither (`pair-passive.ts`, `pair-plan.ts`).
  const pairActors = pairActs.size ? pairAsActors(options.pair) : [];
  for (let k = 0; k < out.length && pairActors.length; k++) {
    const e = out[k]!;
    if (!pairActs.has(e.trigger.start)) continue;
    // A place the sentence names ("will meet in Accra") is no doer: the pair are the agents, before the other actors.
    const missing = pairActors.filter((p) => !e.actors.some((a) => a.entity === p.entity && a.role === 'agent'));
    if (!missing.length) continue;
    out[k] = { ...e, actors: [...missing, ...e.actors.filter((a) => !missing.some((p) => p.entity === a.entity))] };
    if (undatedDenials.has(e)) undatedDenials.add(out[k]!);
  }
  // A co-event refined into the category of another act of its sentence tells that act again (`told-in-other-words.ts`).
  const categorised = toldInOtherWords(
    text,
    toldOnce(
      text,
      conjoinedActs(
        // "The war in Sudan has driven millions …": a state named with no date of its own is no act (`standing-states.ts`).
        withoutStandingStates(text, out).flatMap((e) => {
          const refined = refineCategory(text, statements.has(e.trigger.start) ? { ...e, rule: `${e.rule}+statement` } : e, entities);
          return undatedDenials.has(e) && refined.mode === 'negated' ? [] : [refined];
        }),
      ),
    ),
  );
  // In news, an act dated by a period relative to the report takes the day the report gives it elsewhere.
  const refined = anniversaryDates(text, offsetFiner(published ? finerDates(text, categorised) : categorised));
  // A joint statement's title names the statement itself, of its meeting's days: never an act its body recalls ("in April 2005 …
  // signed the Joint Declaration" under "Joint Statement on the Comprehensive Strategic Partnership", dated 31 August 2018).
  const headed = headlineBlock && !isJointStatement(text, blocks) ? datedHeadlines(refined, headlineBlock) : refined;
  // A past act told as done is no later than the report (`report-bound.ts`).
  // A list a sentence introduces with a colon tells one act per item (`list-events.ts`), dated as its introducing act.
  // A programme's line is of its day heading's day (`schedule-days.ts`).
  // People who "became members of" a body are no state's membership (`member-subjects.ts`).
  const finished = (acts: Omit<EventAnnotation, 'stage'>[]) =>
    withTableActs(
      text,
      blocks,
      times,
      entities,
      options.pair,
      published,
      withoutPersonalMemberships(text, listedActs(text, blocks, sentences, scheduleDated(text, blocks, acts, published)), entities),
    );
  if (!published) return finished(headed);
  const reported = perfectOfReport(text, boundedByReport(text, anaphoricDates(text, headed, datedTriggers, meetingActs), published), published);
  // A communiqué speaks for its meeting's days (`dateline-span.ts`).
  const spanned = spannedByDateline(reported, meetingSpan, published, blocks[0]);
  // An act of a night with no day named ("rejected overnight") falls between its day and the one before (`overnight-span.ts`).
  return finished(overnightSpans(text, sentences, spanned));
}

/**
 * The acts of tables whose header names an act's date (`table-acts.ts`), less those an event of the row, date and
 * type tells already. A guess of another type from the row's title cell ("people_exchange" for "| Agreement on Air Services |
 * 4 June 2012 |") gives way to the row's act, which its header names, even of the same category (an entry into force and
 * the guess both COOPERATE, session 46), but a title cell's own instrument (`tableTitleTypes`: "| Joint Vision Statement … |")
 * stays. An act another cell of the row tells ("| Terminated by Vietnam on 5 May 2021 |") takes the date its own cell
 * gives and stays beside the row's acts; with no date in its cell it keeps the row's (session 46 review).
 */
function withTableActs(
  text: string,
  blocks: Block[],
  times: TimeAnnotation[],
  entities: EntityMention[],
  pair: Set<string> | undefined,
  published: string | undefined,
  events: Omit<EventAnnotation, 'stage'>[],
) {
  const inRow = (a: Omit<EventAnnotation, 'stage'>, e: Omit<EventAnnotation, 'stage'>) => e.start < a.end && a.start < e.end && e.date === a.date;
  // A joint statement's title and its closing line tell one issue, of the closing line's day: both passages keep their
  // mention (an act told twice is told at each place), and the knowledge base merges them into one event.
  const titleEnd = blocks[0]?.end ?? 0;
  const closing = closingActs(text, blocks, times, pair);
  const issue = closing.find((a) => a.type === 'joint_statement');
  const titled = issue && events.find((e) => e.type === 'joint_statement' && e.start < titleEnd);
  if (issue && titled) events = events.map((e) => (e === titled ? { ...e, date: issue.date, dateSource: issue.dateSource } : e));
  const fromTitle = (a: Omit<EventAnnotation, 'stage'>, e: Omit<EventAnnotation, 'stage'>) => e.trigger.start < a.trigger.end && a.trigger.start < e.trigger.end;
  const table = tableActs(text, blocks, times, entities, pair, published);
  const acts = [...table, ...closing];
  if (!acts.length) return events;
  // An act another cell tells ("| Terminated by Vietnam on 5 May 2021 |", "| Ratified by Vietnam in 2012 |") is of the date its
  // own cell gives, not the row's; a cell with no date ("| Adopted during the visit |") leaves it the row's (session 46 review).
  const told: Omit<EventAnnotation, 'stage'>[] = [];
  for (const e of events) {
    const row = table.find((a) => inRow(a, e) && !fromTitle(a, e));
    const date = row && ownCellDate(blocks, times, e.trigger);
    if (!row) told.push(e);
    else told.push(!date || date.edtf === e.date ? e : { ...e, date: date.edtf, dateSource: 'sentence' });
  }
  // A title cell's own type names the instrument ("| Joint Vision Statement on … |": a joint statement), no guess: it stays,
  // dated by the row, and the row's signing adds none beside it.
  const { tableTitleTypes } = eventTypes();
  const named = (a: Omit<EventAnnotation, 'stage'>, e: Omit<EventAnnotation, 'stage'>) => fromTitle(a, e) && tableTitleTypes.has(e.type);
  const rows = acts.filter((a) => !told.some((e) => inRow(a, e) && (e.type === a.type || named(a, e))));
  if (!rows.length) return told;
  const kept = told.filter((e) => !rows.some((a) => inRow(a, e) && fromTitle(a, e)));
  return [...kept, ...rows].sort((a, b) => a.start - b.start);
}

/**
 * The first date inside the table cell that holds a span (the table's cells as the segmenter parsed them), or undefined when
 * the span lies in no table cell or its cell states no date.
 * @example ownCellDate(blocks, times, remark.trigger)?.edtf // "| 1 | Accord | 3 May 2010 | Ended on 5 May 2021 |" → '2021-05-05'
 */
function ownCellDate(blocks: Block[], times: TimeAnnotation[], span: { start: number; end: number }): TimeAnnotation | undefined {
  const inside = (c: { start: number; end: number }) => c.start <= span.start && span.end <= c.end;
  const cell = blocks
    .find((b) => b.type === 'table' && inside(b))
    ?.rows?.flat()
    .find(inside);
  return cell && times.find((t) => t.start >= cell.start && t.end <= cell.end && t.edtf && !t.coreferent);
}

/**
 * A verb no trigger types, joined to an act of friction (`untypedConjoined`, conjoined-events.ts), stands as an act
 * only when its clause gives it a category, and one no other act of its clause and date has: "seized a trawler and
 * fined its captain" tells one act of coercion.
 */
function conjoinedActs<E extends Pick<EventAnnotation, 'rule' | 'plover' | 'start' | 'date'>>(events: E[]): E[] {
  return events.filter(
    (e) => !e.rule.includes('+conjoined-act') || (e.plover.type !== 'OTHER' && !events.some((o) => o !== e && o.start === e.start && o.date === e.date && o.plover.type === e.plover.type)),
  );
}

/**
 * Events less a main act whose category its clause's verb gave once refined (`+plover-clause:`, `+plover-lemma:`) when that
 * verb is told beside it as an act of its own of the same category and date (`coEvents`: rule `+co-…`): "During the typhoon
 * on Monday Zambian forces destroyed a Tanzanian ferry" is one ASSAULT, the destruction's, with its doer; one act, one event.
 */
function toldOnce<E extends Pick<EventAnnotation, 'rule' | 'plover' | 'start' | 'date' | 'type' | 'trigger'>>(text: string, events: E[]): E[] {
  return events.filter((o) => {
    // The category last given by the clause's verb: the lemma named at the rule's end.
    const lemma = /\+plover-(?:clause|lemma):([a-z-]+)$/.exec(o.rule)?.[1];
    if (!lemma) return true;
    const stem = verbStem(lemma);
    return !events.some(
      (e) =>
        e !== o &&
        e.rule.includes('+co-') &&
        e.start === o.start &&
        e.date === o.date &&
        e.plover.type === o.plover.type &&
        e.type === o.type &&
        text.slice(e.trigger.start, e.trigger.end).toLowerCase().startsWith(stem),
    );
  });
}

/**
 * A news report's first block read as a paragraph only for its length (session 24): one line, with no stop at its end,
 * before the body ("Zambia summons Malawian envoy after soldiers detain three fishermen on Lake Malawi; Lilongwe rejects
 * protest note" runs past the 14 words a heading may have). It is the headline all the same (`headlineBlock`): its verbs are
 * read as a headline's, and the body dates its acts.
 */
function titleLine(text: string, block: Block): boolean {
  const line = text.slice(block.start, block.end).trim();
  return block.type === 'paragraph' && !line.includes('\n') && line.length <= TITLE_CHARS && !/[.!?:;…"”’)]$/.test(line);
}
/** How long a headline may run: a line of a page, not a paragraph of prose. */
const TITLE_CHARS = 160;

/**
 * Whether the negation stands on the trigger itself ("did not expel", "never signed", "no talks"), within a few words
 * before it or inside it, not on another verb of its sentence ("was initialled but not signed, the two delegations said
 * in a joint communique": the communique was issued).
 */
function deniedAt(text: string, trigger: { start: number; end: number }): boolean {
  return /\b(?:not|never|no|neither|nor)\b|n['’]t\b/i.test(text.slice(Math.max(0, trigger.start - 24), trigger.end));
}
