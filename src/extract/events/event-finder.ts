import type { EntityMention, EventActor, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Block, Sentence } from '../../model/document.js';
import { findTriggers, finderOf, type Trigger } from './event-types.js';
import { modeAt } from './event-mode.js';
import { actorsIn, fallbackActors, firstItemStart, listItemActors, locationIn, partiesTo, tellsItsOwn } from './event-actors.js';
import { anaphoricDates, chronologyEntry, finerDates, coEvents, datedHeadlines, FRAMING_WORDS, inOccasion, partEvents } from './event-refiners.js';
import { predicateOf } from './predicate-finder.js';
import { statementOf } from './statement-finder.js';
import { verbTriggers } from './verb-finder.js';
import { refineCategory } from './plover-refiners.js';
import { conjoinedEvents } from './conjoined-events.js';
import { within } from '../spans.js';
import { countsOccasions, datesEvent, deadline, eventDate, eventDates, namesAThing, restatedDates, setsPeriod } from './event-dates.js';

export const EVENT_STAGE = 'events';

/** The best trigger for a date: the closest one inside its clause, else the sentence's best. */
function triggerFor(triggers: Trigger[], from: number, to: number, at: number): Trigger | undefined {
  const inside = triggers.filter((t) => t.start >= from && t.end <= to);
  const pool = inside.length ? inside : triggers;
  return [...pool].sort((a, b) => a.priority - b.priority || Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/**
 * The triggers of a sentence less those inside a framing phrase ("a year after the border
 * treaty was signed, the president made a state visit to Nairobi": the visit is the event,
 * the treaty its background), when any are left.
 */
function outsideFraming(text: string, spans: Span[], triggers: Trigger[], dates: TimeAnnotation[]): Trigger[] {
  // "In May 2001 (two weeks before the treaty took effect), …": what a phrase set off from a date
  // by an interval tells happened at another time, so it dates nothing outside the phrase.
  const offset = spans.filter((f) => OFFSET_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start)) && !dates.some((d) => inside(d, f)));
  const timed = triggers.filter((t) => !offset.some((f) => inside(t, f)));
  // A phrase with its own date tells its own event ("since Qatar joined the bank in 2012, …").
  const kept = timed.filter((t) => !spans.some((f) => inside(t, f) && !dates.some((d) => inside(d, f))));
  return kept.length ? kept : timed;
}
const OFFSET_BEFORE = /\b(?:\w+\s+(?:days?|weeks?|months?|years?)|shortly|soon|just|long)\s+$/i;

/** The framing phrases of a sentence. */
function framingSpans(text: string, s: Sentence): Span[] {
  return [...text.slice(s.start, s.end).matchAll(FRAMING)].map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length }));
}

type Span = { start: number; end: number };
const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** The bracket a span is in, within a stretch of 300 characters around it. */
function bracketAround(text: string, span: Span): Span | undefined {
  let open = -1;
  for (let i = span.start - 1, depth = 0; i >= Math.max(0, span.start - 300); i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && depth-- === 0) {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let i = span.end, depth = 0; i < Math.min(text.length, span.end + 300); i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth-- === 0) return { start: open, end: i + 1 };
  }
  return undefined;
}

/** Characters between two spans (0 when they touch or overlap). */
const gap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * Which date of a sentence each trigger belongs to: the nearest one. "The EU signed a framework
 * agreement in July 1995 (effective from June 1996)": "signed" dates to July 1995, "effective
 * from" to June 1996.
 */
function ownedTriggers(text: string, triggers: Trigger[], dates: TimeAnnotation[], sentenceStart: number): Trigger[][] {
  const owned: Trigger[][] = dates.map(() => []);
  // A date in a bracket speaks of the bracket and of what the bracket explains ("new flights
  // (from May 2002)"), not of a trigger after it ("… and visas for visitors"), unless the
  // bracket holds the date alone.
  const brackets = dates.map((d) => {
    const b = bracketAround(text, d);
    return b && b.end - b.start > d.end - d.start + 2 ? b : undefined;
  });
  for (const t of triggers) {
    const reach = brackets.map((b) => !b || inside(t, b) || (t.end <= b.start && b.start - t.end <= 2));
    let best = reach.indexOf(true);
    if (best < 0) continue;
    for (let i = best + 1; i < dates.length; i++) if (reach[i] && gap(t, dates[i]!) < gap(t, dates[best]!)) best = i;
    // "In 2007 Kenya opened a consulate and in 2008 …": a date after a clause break opens the
    // next clause; the trigger stays with the date that opened its own.
    const opener = dates.findLastIndex((d, i) => reach[i] && d.end <= t.start);
    // "… in December 1987, the withdrawal of troops from Cambodia in September 1989": likewise a
    // trigger after a clause break belongs to the date that closes its own clause.
    const closer = dates.findIndex((d, i) => reach[i] && d.start >= t.end);
    if (dates[best]!.start >= t.end && opener >= 0 && CLAUSE_BREAK.test(text.slice(t.end, dates[best]!.start))) best = opener;
    // Not when the date before opens the sentence ("Yesterday, the government summoned …"): it sets the whole clause.
    // Nor when a framing word sets the later date in a phrase of its own ("blamed each other … since a war last year").
    else if (
      dates[best]!.end <= t.start &&
      closer >= 0 &&
      !FRONTED.test(text.slice(sentenceStart, dates[best]!.start)) &&
      CLAUSE_BREAK.test(text.slice(dates[best]!.end, t.start)) &&
      !CLAUSE_BREAK.test(text.slice(t.end, dates[closer]!.start)) &&
      !FRAMING_BEFORE.test(text.slice(t.end, dates[closer]!.start))
    )
      best = closer;
    // A bracket right after a date speaks of it: "from 1988 (the year in which the law was enacted) to 2020".
    const bracketed = dates.findIndex((d) => d.end <= t.start && /^\s?\(/.test(text.slice(d.end, d.end + 2)) && !/\)/.test(text.slice(d.end, t.start)));
    owned[bracketed >= 0 ? bracketed : best]!.push(t);
  }
  return owned;
}

/** A date inside a framing phrase ("since the peace agreement in 1991, Viet Nam has …") dates what frames the clause, not its predicate. */
const FRAMED = new RegExp(`\\b(?:${FRAMING_WORDS})\\b[^,;:()]*$`, 'i');
/** A framing word ("since", "after" …) anywhere in a stretch. */
const FRAMING_BEFORE = new RegExp(`\\b(?:${FRAMING_WORDS})\\b`, 'i');
/** What may stand before a date that opens its sentence: "In", "On", "Early on", quotes and markup. */
const FRONTED = /^[\s"“'‘*_(]*(?:(?:in|on|at|by|early|late|then|and|but|so|also|later|earlier)\s+)*$/i;
/** A comma, "but", "while", or an "and" that does not join two names ("Emperor Akihito and Empress Michiko"). */
const CLAUSE_BREAK = /[,;]|\b(?:but|while|whereas)\b|(?<!\p{Lu}[\p{L}'’-]*\s+)\band\b|\band\b(?!\s+\p{Lu})/u;

/** Whether text closes a bracket it did not open and goes on into another ("…) and Y (…"). */
function leavesBracket(between: string): boolean {
  const close = between.indexOf(')');
  return close >= 0 && between.slice(0, close).indexOf('(') < 0 && between.indexOf('(', close) > 0;
}

/** "As mentioned above, …": the author tells again an event told before. */
const RESTATED = /\bas (?:mentioned|noted|discussed|described|stated|seen|explained) (?:above|earlier|before|previously|in the previous section)\b/i;

/** A sentence set on an occasion the passage has told. */
const ON_OCCASION =
  /\b(?:on (?:that|this|the same) occasion|during (?:the|that|this|his|her|their|[\p{Lu}][\p{L}-]+(?:['’]s)?) (?:[\p{L}'’-]+\s+){0,3}(summit|visit|meeting|conference|trip|talks|stay|tour|stand-?off|negotiations|ceremony|exercises?|drills)|at the same (?:meeting|summit|conference))\b/iu;

/**
 * The date of the occasion a sentence is set on ("During President Arroyo's visit, eight
 * agreements were signed"): that of the last event before it whose trigger names the same
 * occasion ("the state visit … on 29–31 October 2001"), when another date came between them.
 */
function occasionByTrigger(text: string, sentence: string, before: Omit<EventAnnotation, 'stage'>[]): string | undefined {
  const noun = ON_OCCASION.exec(sentence)?.[1]?.toLowerCase().replace(/-/g, '');
  if (!noun) return undefined;
  const stem = noun.replace(/s$/, '');
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i]!;
    if (e.trigger && text.slice(e.trigger.start, e.trigger.end).toLowerCase().replace(/-/g, '').includes(stem)) return e.date;
  }
  return undefined;
}

/** "Morocco rejected the accusations at the time": the time of the act told just before. */
const AT_THE_TIME = /\bat (?:the|that) time\b/i;

/** Words of a habit or a lasting state ("the bank continues to fund …"), not of an event. */
const HABITUAL = /\b(?:continues? to|continued to|has been|have been|often|usually|regularly|every year|annually|each year)\b/i;
/**
 * Whether a sentence tells a habit or a lasting state, not an act. "has been" right before the
 * act's own verb is its present perfect passive ("Huang has been summoned"), an act, not a state.
 */
function habitual(text: string, s: Sentence, trigger: Trigger): boolean {
  const own = /\b(?:has|have) been\s+$/i.exec(text.slice(Math.max(s.start, trigger.start - 20), trigger.start));
  const sentence = own ? text.slice(s.start, trigger.start - own[0].length) + text.slice(trigger.start, s.end) : text.slice(s.start, s.end);
  return HABITUAL.test(sentence);
}
/** A framing phrase: from "after", "since", "following" … to the end of its clause. */
const FRAMING = new RegExp(`\\b(?:${FRAMING_WORDS})\\b[^,;:()]*`, 'gi');

const ACTOR_KINDS = new Set(['country', 'person', 'organisation', 'group']);

/**
 * The date of the occasion an undated sentence is set on, when its phrase names who took part:
 * that of the last event of the occasion's type told before with one of them ("During President
 * Ali's visit, four agreements were signed" after his visit to Lima in May, though a summit in
 * April was told in between).
 */
function occasionByActors(text: string, triggers: Trigger[], entities: EntityMention[], told: Omit<EventAnnotation, 'stage'>[]): string | undefined {
  const t = triggers.find((x) => inOccasion(text, x));
  if (!t) return undefined;
  const named = new Set(entities.filter((e) => e.end <= t.start && e.start >= t.start - 90 && ACTOR_KINDS.has(e.kind)).map((e) => e.entity));
  if (!named.size) return undefined;
  return told.findLast((e) => e.type === t.type.id && e.actors.some((a) => named.has(a.entity)))?.date;
}

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
  options: { skip?: (s: Sentence) => boolean; quantities?: { valueStart: number; valueEnd: number }[]; publicationDate?: string; pair?: Set<string>; headline?: boolean } = {},
): Omit<EventAnnotation, 'stage'>[] {
  const skip = options.skip ?? (() => false);
  const published = options.publicationDate;
  const quantities = options.quantities ?? [];
  const out: Omit<EventAnnotation, 'stage'>[] = [];
  /** The triggers of dated sentences with the date they gave, for news acts that point back to them. */
  const datedTriggers: { start: number; words: string; date: string }[] = [];
  /** Where the statements of reported speech begin (their rule says so). */
  const statements = new Set<number>();
  /** The last sentence's dates that date events: its last (`edtf`) and its first, the main clause's (`first`). */
  let lastDate: { edtf: string; first: string; block: number } | undefined;
  /** The last block whose sentences named an actor: "they" and "both sides" after it stand for them. */
  let namedIn = -10;
  const timesOf = within(times, sentences);
  const entitiesOf = within(entities, sentences);
  const triggersOf = within(findTriggers(text), sentences);
  // Each sentence's figures, found once: every test of a figure below is within one sentence,
  // and a scan of the document's figures for each sentence made long documents quadratic.
  const quantitiesOf = within(
    quantities.map((q) => ({ start: q.valueStart, end: q.valueEnd, q })),
    sentences,
  ).map((g) => g.map((x) => x.q));
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n]!;
    const block = blocks[s.block]!;
    // A news headline tells the day's event; other headings name parts of a document, unless
    // they state a date of their own ("Signing of the Lagos Treaty, 28/05/1975").
    if ((SKIP_BLOCKS.has(block.type) && !(block.type === 'heading' && (published || timesOf[n]!.some(datesEvent)))) || skip(s)) continue;
    const stated = timesOf[n]!.filter(datesEvent);
    const ents = entitiesOf[n]!;
    // A sentence set in a period too long to date an event ("in the 1970s and 1980s", "since
    // 1992") tells of that period: it takes no date from its paragraph, and the date the
    // paragraph gave before it no longer holds after it.
    if (!stated.length && timesOf[n]!.some(setsPeriod)) {
      lastDate = undefined;
      continue;
    }
    // A sentence with no date of its own can only take one from its paragraph or the one before.
    if (!stated.length && !published && !(lastDate && ents.length && lastDate.block >= s.block - 1)) continue;
    const sentenceText = text.slice(s.start, s.end);
    const framing = framingSpans(text, s);
    const patterns = triggersOf[n]!;
    const context = namedIn >= s.block - 1;
    const verbs = verbTriggers(text, s, ents, patterns, context, block.type === 'heading', stated.length > 0, stated);
    if (ents.some((e) => ACTOR_KINDS.has(e.kind))) namedIn = s.block;
    const found = outsideFraming(text, framing, verbs.length ? [...patterns, ...verbs].sort((a, b) => a.start - b.start) : patterns, stated);
    // A chronology's entry that states a figure ("2015 | Exports reach $20 million") is a statistic.
    const entry = found.length
      ? undefined
      : (chronologyEntry(text, s, stated, quantitiesOf[n]) ??
        (stated.some((d) => !FRAMED.test(text.slice(s.start, d.start))) ? predicateOf(text, s, ents, quantitiesOf[n], options.pair, context) : undefined) ??
        // In news, reported speech of one side about the other is a statement issued.
        (published && block.type !== 'heading' ? statementOf(text, s, ents, options.pair, quantitiesOf[n]) : undefined));
    if (entry && 'statement' in entry) statements.add(entry.start);
    const triggers = entry ? [entry] : found;
    const dates = restatedDates(text, s.start, eventDates(text, s, stated, triggers));
    const toldBefore = out.length;
    const occasion = !stated.length && ON_OCCASION.test(sentenceText);
    /** An event of a sentence that states no date, dated from its passage or its document, with the other acts its clause tells. */
    const undated = (trigger: Trigger, date: string, dateSource: 'context' | 'document') => {
      const actorsOf = (t: Trigger) => actorsIn(text, partiesTo(ents, framing, t), s.start, s.end, t);
      const actors = actorsOf(trigger);
      const location = locationIn(text, ents, s.start, s.end, trigger, actors);
      const main: Omit<EventAnnotation, 'stage'> = {
        start: s.start,
        end: s.end,
        type: trigger.type.id,
        plover: trigger.plover,
        date,
        dateSource,
        trigger: { start: trigger.start, end: trigger.end },
        actors,
        ...(location ? { location } : {}),
        mode: modeAt(text, s.start, s.end, trigger),
        confidence: 0.5,
        rule: `${finderOf(trigger)}+${dateSource}-date`,
      };
      const modeOf = (t: Trigger) => modeAt(text, s.start, s.end, t);
      const beside = [...coEvents(text, main, triggers, actorsOf, modeOf), ...partEvents(text, main, triggers, actorsOf, modeOf)];
      out.push(main, ...beside, ...conjoinedEvents(text, main, triggers, [main, ...beside], actorsOf, modeOf));
    };
    if (triggers.length && dates.length) {
      const owned = ownedTriggers(text, triggers, dates, s.start);
      // A date with no trigger of its own or between it and the date before continues a list
      // ("visited Canberra in May 2004 and June 2011"), unless it is in another bracket ("(talks
      // began in 2010 and ended in 2012) and the bank (founded in 2015)") and the brackets hold
      // more than the dates ("Ali Hassan (2015), Mary Otieno (2016)").
      // An item that tells a thing of its own ("…, the withdrawal of troops in May 2019")
      // is another event, which no trigger names, not one more of the head's: its words are
      // not those of the trigger it would continue (the last one before it).
      const bare = (d: TimeAnnotation) => text[d.start - 1] === '(' && text[d.end] === ')';
      const untriggered = dates.map((d, i) => i > 0 && !owned[i]!.length && !triggers.some((t) => t.start >= dates[i - 1]!.end && t.end <= d.start));
      const ownItem = dates.map(
        (d, i) =>
          untriggered[i]! &&
          tellsItsOwn(
            text,
            dates[i - 1]!.end,
            d.start,
            ents,
            owned
              .slice(0, i)
              .filter((o) => o.length)
              .pop() ?? [],
          ),
      );
      const continues = dates.map((d, i) => untriggered[i]! && !ownItem[i] && (!leavesBracket(text.slice(dates[i - 1]!.end, d.start)) || (bare(d) && bare(dates[i - 1]!))));
      let previous: Trigger | undefined;
      let head: { actors: EventActor[]; firstItem: Set<string> } = { actors: [], firstItem: new Set() };
      dates.forEach((d, i) => {
        const from = i === 0 ? s.start : dates[i - 1]!.end;
        const to = i === dates.length - 1 ? s.end : dates[i + 1]!.start;
        // An item of a list ends at its date: "Ali Hassan in May 2015, Mary Otieno in June 2016".
        const itemEnd = continues[i + 1] ? d.end : to;
        // A date that continues no list takes the sentence's trigger when alone in its sentence
        // or in brackets; otherwise it is a date the sentence mentions in passing.
        const bracketed = bare(d);
        const listed = continues[i] ? previous : undefined;
        const trigger = owned[i]!.length
          ? triggerFor(owned[i]!, from, to, d.start)!
          : (listed ?? ((dates.length === 1 || bracketed) && !ownItem[i] ? triggerFor(triggers, from, to, d.start)! : undefined));
        previous = trigger;
        if (!trigger) return;
        // "Kenya ranked third in 2016 … foreign students": a statistic, not a people-to-people event.
        if (trigger.type.countedNoun && quantitiesOf[n]!.some((q) => q.valueStart >= from && q.valueEnd <= to)) return;
        // "Trade Minister Ali Hassan (2016), President Mary Otieno (2017)": a year in
        // brackets belongs to the name before it.
        const parties = partiesTo(ents, framing, trigger);
        const clauseActors = actorsIn(text, parties, from, bracketed ? d.end : itemEnd, trigger);
        const actors = listed ? listItemActors(text.slice(from, itemEnd), clauseActors, head) : clauseActors.length ? clauseActors : fallbackActors(text, parties, s, dates, trigger);
        if (!listed) {
          const itemFrom = firstItemStart(text, from, d);
          head = { actors, firstItem: new Set(parties.filter((e) => e.start >= itemFrom && e.end <= d.end).map((e) => e.entity)) };
        }
        const location = locationIn(text, ents, Math.min(from, trigger.start), Math.max(to, trigger.end), trigger, actors);
        out.push({
          start: s.start,
          end: s.end,
          type: trigger.type.id,
          plover: trigger.plover,
          date: eventDate(d),
          dateSource: 'sentence',
          trigger: { start: trigger.start, end: trigger.end },
          actors,
          ...(location ? { location } : {}),
          mode: modeAt(text, from, to, trigger),
          ...(RESTATED.test(sentenceText) ? { restated: true as const } : {}),
          confidence: trigger.type.id === 'summit_or_meeting' || trigger.type.id === 'other' ? 0.6 : 0.8,
          rule: `${finderOf(trigger)}+${d.relative ? 'relative-date' : 'date'}`,
        });
        if (!listed) {
          const main = out[out.length - 1]!;
          const actorsOf = (t: Trigger) => actorsIn(text, partiesTo(ents, framing, t), from, to, t);
          const modeOf = (t: Trigger) => modeAt(text, from, to, t);
          const beside = [...coEvents(text, main, owned[i]!, actorsOf, modeOf), ...partEvents(text, main, owned[i]!, actorsOf, modeOf)];
          out.push(...beside, ...conjoinedEvents(text, main, owned[i]!, [main, ...beside], actorsOf, modeOf));
        }
      });
    } else if (
      triggers.length &&
      !stated.length &&
      lastDate &&
      (lastDate.block === s.block || occasion) &&
      (published || occasion || triggerFor(triggers, s.start, s.end, s.start)!.type.fromContext)
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
        occasionByActors(text, triggers, ents, out) ?? (occasion ? occasionByTrigger(text, sentenceText, out) : undefined) ?? (AT_THE_TIME.test(sentenceText) ? lastDate.first : lastDate.edtf);
      if (!HABITUAL.test(sentenceText)) undated(trigger, date, 'context');
    } else if (triggers.length && published && !dates.length && timesOf[n]!.every((t) => (datesEvent(t) && namesAThing(text, t)) || deadline(text, s, t) || countsOccasions(text, s, t))) {
      // News: a clause with no date of its own (a year in a name is none: "under the 1982 UN
      // Convention") tells what happened by the day it was published ("Moscow condemned the
      // UK's position"), unless it states a habit or a lasting state.
      const trigger = triggerFor(triggers, s.start, s.end, s.start)!;
      if (!habitual(text, s, trigger)) undated(trigger, published, 'document');
    }
    // What a dated sentence tells, for acts told again later without a date ("The protest condemned …").
    for (const e of out.slice(toldBefore)) if (e.dateSource !== 'document') datedTriggers.push({ start: s.start, words: text.slice(e.trigger.start, e.trigger.end), date: e.date });
    const toldHere = out.slice(toldBefore).filter((e) => e.dateSource !== 'document');
    if (dates.length && toldHere.length)
      for (const t of patterns) {
        const nearest = toldHere.reduce((a, b) => (Math.abs(b.trigger.start - t.start) < Math.abs(a.trigger.start - t.start) ? b : a));
        datedTriggers.push({ start: s.start, words: text.slice(t.start, t.end), date: nearest.date });
      }
    // A sentence whose dates all date nothing ("a strategy toward 2020", "as of 2018") moves the
    // passage away from the date told before it: that date no longer holds after it.
    if (dates.length) lastDate = { edtf: eventDate(dates[dates.length - 1]!), first: eventDate(dates[0]!), block: s.block };
    else if (stated.length) lastDate = undefined;
  }
  // In news, the document's first block, when it is a heading, is its headline (a later section of a long document has none).
  const first = options.headline === false ? undefined : blocks[0];
  const categorised = out.map((e) => refineCategory(text, statements.has(e.trigger.start) ? { ...e, rule: `${e.rule}+statement` } : e, entities));
  // In news, an act dated by a period relative to the report takes the day the report gives it elsewhere.
  const refined = published ? finerDates(text, categorised) : categorised;
  const headed = published && first?.type === 'heading' ? datedHeadlines(refined, first) : refined;
  return published ? anaphoricDates(text, headed, datedTriggers) : headed;
}
