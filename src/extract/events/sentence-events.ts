import type { EntityMention, EventActor, EventAnnotation, EventMode, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { eventTypes, finderOf, type Trigger } from './event-types.js';
import { modeAt } from './event-mode.js';
import { actorsIn, fallbackActors, firstItemStart, listItemActors, locationIn, partiesTo, tellsItsOwn } from './event-actors.js';
import { besideMain, coEvents, partEvents, withoutRejectedObjects } from './event-refiners.js';
import { conjoinedEvents } from './conjoined-events.js';
import { participleEvents } from './participle-events.js';
import { coordinatedActs } from './coordinated-acts.js';
import { conjunctVerb, opensConjunct } from './conjunct-dates.js';
import { eventDate } from './event-dates.js';
import { inside, leavesBracket, ownedTriggers, triggerFor, type Span } from './date-ownership.js';
import { enclosedClauses, reaches } from './enclosed-clauses.js';
import { isDemonymPlural } from '../facts/unit-nouns.js';
import { nounAnds, sayingContents } from './predicate-finder.js';

/** The events of one sentence, from its dates or from the date its passage gives it (moved out of event-finder.ts in session 16). */

type Event = Omit<EventAnnotation, 'stage'>;

/** "As mentioned above, …": the author tells again an event told before. */
const RESTATED = /\bas (?:mentioned|noted|discussed|described|stated|seen|explained) (?:above|earlier|before|previously|in the previous section)\b/i;

/**
 * The events of a sentence that states dates: each trigger belongs to the date nearest it, and
 * each date with a trigger (or continuing a list after one) gives one event, typed by its
 * highest-ranked trigger, with the actors of its clause (the span between the dates around it).
 */
export function datedEvents(
  text: string,
  s: Sentence,
  triggers: Trigger[],
  dates: TimeAnnotation[],
  ents: EntityMention[],
  framing: Span[],
  quantities: { valueStart: number; valueEnd: number; unit?: string; value?: number }[],
  clausePredicate: (clause: Span, d: TimeAnnotation) => Trigger | undefined = () => undefined,
  seal = true,
): Event[] {
  const out: Event[] = [];
  const sentenceText = text.slice(s.start, s.end);
  // Where the content clauses of its verbs of saying begin: a date told before one is the saying's (`sayingContents`).
  // "and"s inside a noun phrase open no clause (`nounAnds`).
  // A date in a relative clause or an appositive is its own verb's (`enclosedClauses`, session 30).
  // `seal`: whether a past-perfect relative clause run to the sentence's end keeps its date (session 40).
  const enclosed = enclosedClauses(text, s, dates, triggers, seal);
  const owned = toClauseDates(text, s, dates, ownedTriggers(text, triggers, dates, s.start, dates.length > 1 ? sayingContents(text, s) : [], dates.length > 1 ? nounAnds(text, s) : [], enclosed));
  // A date with no trigger of its own or between it and the date before continues a list
  // ("visited Canberra in May 2004 and June 2011"), unless it is in another bracket ("(talks
  // began in 2010 and ended in 2012) and the bank (founded in 2015)") and the brackets hold
  // more than the dates ("Ali Hassan (2015), Mary Otieno (2016)").
  // An item that tells a thing of its own ("…, the withdrawal of troops in May 2019")
  // is another event, which no trigger names, not one more of the head's: its words are
  // not those of the trigger it would continue (the last one before it).
  const bare = (d: TimeAnnotation) => text[d.start - 1] === '(' && text[d.end] === ')';
  // A date in a stretch set off by commas continues no list begun outside it.
  const untriggered = dates.map(
    (d, i) => i > 0 && !owned[i]!.length && !triggers.some((t) => t.start >= dates[i - 1]!.end && t.end <= d.start) && !enclosed.some((e) => inside(d, e) && !inside(dates[i - 1]!, e)),
  );
  // "signed the accord in March 2019 and ratified it in June 2020": a date in a coordinated predicate of its own tells that
  // predicate's act (`conjunctVerb`, session 36), not one more date of the act before.
  const conjuncts = dates.map((d, i) => (untriggered[i]! ? conjunctVerb(text, dates[i - 1]!.end, d.start) : undefined));
  const ownItem = dates.map(
    (d, i) =>
      !!conjuncts[i] ||
      (untriggered[i]! &&
        tellsItsOwn(
          text,
          dates[i - 1]!.end,
          d.start,
          ents,
          owned
            .slice(0, i)
            .filter((o) => o.length)
            .pop() ?? [],
        )),
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
    const reaching = enclosed.length ? triggers.filter((t) => reaches(t, d, enclosed)) : triggers;
    // The date's act is a trigger of its own clause when it has one, whatever type ranks first in another (`ofDateClause`, session 36).
    const found = owned[i]!.length
      ? triggerFor(ofDateClause(text, s, d, owned[i]!), from, to, d.start)!
      : (listed ?? ((dates.length === 1 || bracketed) && !ownItem[i] ? triggerFor(reaching, from, to, d.start) : undefined));
    // "Lithuania declared a state of emergency in August and asked its allies last month for help": a
    // date no trigger takes, beside a date that has one, dates the predicate of its own clause.
    const own = found || dates.length < 2 ? undefined : clausePredicate({ start: from, end: to }, d);
    const trigger = found ?? (own && !triggers.some((t) => t.start < own.end && own.start < t.end) ? own : conjuncts[i]);
    previous = trigger;
    if (!trigger) return;
    // "Kenya ranked third in 2016 … foreign students": a statistic, not a people-to-people event.
    if (trigger.type.countedNoun && quantities.some((q) => q.valueStart >= from && q.valueEnd <= to)) return;
    // "Bilateral trade reached $161 billion last year": a trigger that ends in a verb of a quantity with its figure right after it states a statistic.
    if (statesFigure(text, trigger, quantities)) return;
    // "About 4 million Argentine tourists visited Chile in 2024": acts a figure counts over a year are a statistic.
    if (countedOverYear(text, trigger, d, quantities)) return;
    // "Trade Minister Ali Hassan (2016), President Mary Otieno (2017)": a year in
    // brackets belongs to the name before it.
    const parties = partiesTo(ents, framing, trigger);
    const clauseActors = actorsIn(text, parties, from, bracketed ? d.end : itemEnd, trigger);
    const told = listed ? listItemActors(text.slice(from, itemEnd), clauseActors, head) : clauseActors.length ? clauseActors : fallbackActors(text, parties, s, dates, trigger);
    // A coordinated predicate with a date of its own and no subject shares the first conjunct's doers ("Hungary recalled its
    // ambassador on 3 May and expelled two diplomats on 10 May": Hungary expelled them).
    const sharedDoers =
      i > 0 && !listed && !told.some((a) => a.role === 'agent') && opensConjunct(text, dates[i - 1]!.end, d.start)
        ? head.actors.filter((a) => a.role === 'agent' && !told.some((b) => b.entity === a.entity))
        : [];
    const actors = [...sharedDoers, ...told];
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
      out.push(...besideEvents(text, main, owned[i]!, actorsOf, modeOf));
      // The own clause decides only which trigger is the main event: the one the ranking of types would have made it, in another
      // clause of the date ("hosted talks …, which ended with the signing of a border treaty"), stays a second event.
      // Not an act outside the commas that set off the date's clause ("Latvia does not recognise the republic, which declared
      // independence in 2008, and …": `enclosed`).
      const ranked = owned[i]!.length > 1 ? triggerFor(owned[i]!, from, to, d.start) : undefined;
      if (ranked && !enclosed.some((e) => inside(d, e) && !inside(ranked, e)) && !out.some((e) => e.trigger.start === ranked.start && e.trigger.end === ranked.end)) {
        // Its own finder's rule and confidence, not the main event's.
        out.push({
          ...besideMain(main, ranked, actorsOf, modeOf, 'clause-trigger'),
          confidence: ranked.type.id === 'summit_or_meeting' || ranked.type.id === 'other' ? 0.6 : 0.8,
          rule: `${finderOf(ranked)}+${d.relative ? 'relative-date' : 'date'}+clause-trigger`,
        });
      }
    }
  });
  return withoutRejectedObjects(text, out);
}

/**
 * What bounds the clause a date stands in: a semicolon, a colon, or a comma before a clause that tells of something else (", which",
 * ", as", ", when"). Not ", and" or ", but": a verb joined so shares the date and the ranking of types decides ("met in Quito in March
 * 2019 … and signed a fisheries plan" is the signing, the meeting beside it: `coEvents`, `coordinateActs`). Not a stop: inside a
 * sentence it is an abbreviation's ("U.S.", "Gen.", "30 Jan. 1981").
 */
const DATE_CLAUSE_BOUND = /[;:]\s|,\s+(?:which|who|whom|whose|where|as(?!\s+well\s+as\b)|when|although|though)\s/;

/**
 * A verb that issues a statement whose content follows a colon: "issued a communique: it expelled two diplomats" is the
 * expulsion, told once; the issuing is no act of its own beside it.
 */
const ISSUING_VERB = /^(?:issued|issues|released|releases|published|publishes|put out|puts out|made|makes)$/i;
const STATEMENT_BEFORE_COLON = /^\s+(?:[\p{L}-]+\s+){0,3}(?:statement|communiqu[eé]|declaration|press release|note|readout)s?\s*:/iu;

/** Whether a trigger issues a statement whose content follows a colon. */
function issuesContent(text: string, t: Span): boolean {
  return ISSUING_VERB.test(text.slice(t.start, t.end)) && STATEMENT_BEFORE_COLON.test(text.slice(t.end, t.end + 60));
}

/**
 * Triggers past a semicolon or a colon that a date of another clause took, given to the date of their own clause when it has
 * one: "Following the bombing … in May 1994, ties thawed slowly: the two states established relations and opened embassies in
 * January 1995" dates the relations January 1995. A clause with no date of its own keeps the date that took its triggers.
 * @example toClauseDates(text, s, [may1994, january1995], [[bombing, established], []]) // → [[bombing], [established]]
 */
function toClauseDates(text: string, s: Sentence, dates: TimeAnnotation[], owned: Trigger[][]): Trigger[][] {
  if (dates.length < 2) return owned;
  const stops = [...text.slice(s.start, s.end).matchAll(/[;:]\s/g)].map((m) => s.start + m.index);
  if (!stops.length) return owned;
  const clauseOf = (p: number) => stops.filter((x) => x < p).length;
  const out: Trigger[][] = dates.map(() => []);
  owned.forEach((ts, i) =>
    ts.forEach((t) => {
      const c = clauseOf(t.start);
      const own = dates.map((d, j) => j).filter((j) => clauseOf(dates[j]!.start) === c);
      const near = (j: number) => Math.min(Math.abs(dates[j]!.start - t.end), Math.abs(t.start - dates[j]!.end));
      const j = own.includes(i) || !own.length ? i : own.reduce((a, b) => (near(b) < near(a) ? b : a));
      out[j]!.push(t);
    }),
  );
  return out.map((ts) => ts.sort((a, b) => a.start - b.start));
}

/**
 * The triggers a date owns that stand in its own clause, when it has any, else all it owns: "signed a framework accord … in
 * March 2011, which was meant to establish diplomatic relations" is the signing, though the relations' type ranks first (they stay
 * a second event). A verb issuing a statement whose content follows a colon is none of its clause's (`issuesContent`).
 * @example ofDateClause(text, s, march2011, [signed, establish]) // → [signed]
 */
function ofDateClause(text: string, s: Sentence, d: TimeAnnotation, triggers: Trigger[]): Trigger[] {
  if (triggers.length < 2) return triggers;
  const before = [...text.slice(s.start, d.start).matchAll(new RegExp(DATE_CLAUSE_BOUND.source, 'g'))].pop();
  const start = before ? s.start + before.index + before[0].length : s.start;
  const after = DATE_CLAUSE_BOUND.exec(text.slice(d.end, s.end));
  const end = after ? d.end + after.index : s.end;
  const own = triggers.filter((t) => t.start >= start && t.end <= end && !issuesContent(text, t));
  return own.length ? own : triggers;
}

/** Past forms of `notEventVerbs` no suffix rule gives back. */
const IRREGULAR_STATES: Record<string, string> = { rose: 'rise', risen: 'rise', grew: 'grow', grown: 'grow', fell: 'fall', fallen: 'fall', stood: 'stand' };

/** Whether a trigger ends in a verb of a quantity (`notEventVerbs`: "reached", "totalled", "rose") with a figure within a few words after it. */
function statesFigure(text: string, trigger: Span, quantities: { valueStart: number }[]): boolean {
  const last = /(\p{L}+)\s*$/u.exec(text.slice(trigger.start, trigger.end))?.[1]?.toLowerCase();
  if (!last) return false;
  const { notEventVerbs } = eventTypes();
  const lemmas = [last, IRREGULAR_STATES[last], last.replace(/e?s$/, ''), last.replace(/l?ed$/, ''), last.replace(/d$/, ''), last.replace(/ing$/, '')];
  if (!lemmas.some((l) => l && notEventVerbs.has(l))) return false;
  return quantities.some((q) => q.valueStart >= trigger.end && q.valueStart - trigger.end <= FIGURE_REACH);
}

/** The words between a figure and the act it counts: up to three words of its noun phrase ("Argentine tourists", "Singapore residents"), no verb of a clause. */
const COUNTED_WORDS = /^(?:\s+(?!(?:and|or|but|who|which|that|have|has|had|were|was|are|is)\b)[\p{L}-]+){0,3}\s+$/u;
/** A count of the act itself from which it is a statistic whatever it counts ("some 3.1 million visits"): thousands, not "two visits". */
const MASS_COUNT = 1000;

/**
 * Whether a trigger's subject or head is counted by a figure and its date is a whole year ("About
 * 4 million Argentine tourists visited Chile in 2024", "Iranians made some 3.1 million visits to
 * Turkey in 2024"): a count of acts over a year is a statistic, which the guidelines leave out
 * ("visited seven times"). Only a population is counted so (`statisticNouns` of event-types.json,
 * or a people by its plural demonym: "one million Ghanaians left"), or the act itself by the
 * thousand: "Two Chilean warships entered …", "Three ministers visited …", "made two visits" are
 * acts (session 26's review). An act of a day keeps its count ("around 200 people rallied on Wednesday").
 */
function countedOverYear(text: string, trigger: Span, date: { edtf: string }, quantities: { valueStart: number; valueEnd: number; unit?: string; value?: number }[]): boolean {
  if (!/^\d{4}$/.test(date.edtf)) return false;
  // A sum ("an 18 million euro project launched in 2024"), a share or a rank counts no acts (`counts`).
  return quantities.some((q) => {
    if (!counts(q) || q.valueEnd > trigger.start || trigger.start - q.valueEnd > 40) return false;
    const between = text.slice(q.valueEnd, trigger.start);
    if (!COUNTED_WORDS.test(between)) return false;
    const words = between.trim().split(/\s+/).filter(Boolean);
    // No words between: the figure counts the trigger's own noun ("310,000 visits").
    if (!words.length) return (q.value ?? 0) >= MASS_COUNT;
    return countsPeople(words);
  });
}

/** A sum, a share or a rank counts no acts: a figure a statistic of acts counts has no unit, or one of things, not money. */
const counts = (q: { unit?: string }) => !q.unit || !(/^[A-Z]{3}$/.test(q.unit) || q.unit === 'percent' || q.unit === 'rank');

/** Whether the last words of a counted noun phrase name a population (`statisticNouns`, or a plural demonym: "Ghanaians"). */
function countsPeople(words: string[]): boolean {
  const { statisticNouns } = eventTypes();
  const last = words[words.length - 1]!;
  return statisticNouns.test(last) || statisticNouns.test(words.slice(-2).join(' ')) || isDemonymPlural(last);
}

/** Whether a plural names an act by a noun of the vocabularies (`nouns` of event-types.json or WordNet's: "trips", "visits"). */
function actNoun(word: string): boolean {
  const { nouns, wordnet } = eventTypes();
  const lemma = word.toLowerCase().replace(/s$/, '');
  return nouns.lemmas.has(lemma) || wordnet.nouns.lemmas.has(lemma);
}

/** What may stand between a verb and the figure of its object: a determiner or a word of estimate ("welcomed about 1.3 million", "made some 3.1 million"). */
const BEFORE_FIGURE = /^\s+(?:(?:about|some|roughly|around|nearly|almost|approximately|more than|over|fewer than|less than|at least|an estimated|a record)\s+)?$/i;
/** The words of an object's noun phrase after its figure, up to its noun: "Italian visitors", "trips". */
const COUNTED_NOUN = /^(?:\s[\p{L}-]+){1,3}/u;

/**
 * Whether a verb's subject or object is a population a figure counts, a statistic by any finder's verb (session 31, the learned
 * acceptor's candidates): "About 50,000 Estonians live in Finland", "Albania welcomed about 1.3 million Italian visitors in 2025",
 * or the acts themselves counted by the thousand, a trigger for noun ("Iranians made some 3.1 million visits"). "Two Mongolian
 * ministers visited", "sent about 2,000 soldiers" and "pledged $200 million" count no population: acts. People count as a
 * population only as the subject or object of a `statisticVerb` (a verb of staying, arriving or visiting): "repatriated about
 * 3,000 Nigerians" is an act on people, not a statistic.
 */
export function countsPopulation(text: string, verb: Span, quantities: { valueStart: number; valueEnd: number; unit?: string; value?: number }[], triggers: Span[], statisticVerb = true): boolean {
  return quantities.some((q) => {
    if (!counts(q)) return false;
    // Only a figure within reach of the verb is read (the document's other figures are not sliced: a long file has thousands).
    if (q.valueEnd <= verb.start) {
      if (!statisticVerb || verb.start - q.valueEnd > 40) return false;
      const between = text.slice(q.valueEnd, verb.start);
      const words = between.trim().split(/\s+/).filter(Boolean);
      return COUNTED_WORDS.test(between) && words.length > 0 && countsPeople(words);
    }
    if (q.valueStart < verb.end || q.valueStart - verb.end > 40 || !BEFORE_FIGURE.test(text.slice(verb.end, q.valueStart))) return false;
    const phrase = COUNTED_NOUN.exec(text.slice(q.valueEnd, q.valueEnd + 60))?.[0];
    if (!phrase) return false;
    // The noun is one of the phrase's first three words: "Italian visitors", "trips".
    const words = phrase.trim().split(/\s+/);
    let nounEnd = q.valueEnd + (phrase.length - phrase.trimStart().length);
    return words.some((w, i) => {
      nounEnd += (i ? 1 : 0) + w.length;
      if (statisticVerb && countsPeople(words.slice(0, i + 1))) return true;
      // The act's own noun, counted by the thousand: "3.1 million visits", "roughly 90,000 trips".
      return (q.value ?? 0) >= MASS_COUNT && (triggers.some((t) => t.start < nounEnd && nounEnd <= t.end) || actNoun(w));
    });
  });
}

/** How far after a verb of a quantity its figure may begin ("reached a record 22.7 billion", "reached about $4 billion"). */
const FIGURE_REACH = 20;

/**
 * The acts a clause of sentence `s` tells (its `triggers`, dated `date` from the clause or from another act of the sentence),
 * as acts of the whole sentence with `dateSource` and the rule suffix `+kind`: the last step of every clause finder
 * (coordinate, when, after and sentence clauses).
 */
export function clauseEvents(
  text: string,
  s: Sentence,
  clause: Sentence,
  triggers: Trigger[],
  ents: EntityMention[],
  framing: Span[],
  trigger: Trigger,
  date: string,
  dateSource: Event['dateSource'],
  kind: string,
): Event[] {
  return undatedEvents(text, clause, triggers, ents, framing, trigger, date, 'context').map((e) => ({
    ...e,
    start: s.start,
    end: s.end,
    dateSource,
    rule: `${e.rule.replace(/\+context-date$/, '')}+${kind}`,
  }));
}

/** An event of a sentence that states no date, dated from its passage or its document, with the other acts its clause tells. */
export function undatedEvents(text: string, s: Sentence, triggers: Trigger[], ents: EntityMention[], framing: Span[], trigger: Trigger, date: string, dateSource: 'context' | 'document'): Event[] {
  const actorsOf = (t: Trigger) => actorsIn(text, partiesTo(ents, framing, t), s.start, s.end, t);
  const actors = actorsOf(trigger);
  const location = locationIn(text, ents, s.start, s.end, trigger, actors);
  const main: Event = {
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
  return withoutRejectedObjects(text, [main, ...besideEvents(text, main, triggers, actorsOf, modeOf)]);
}

/** The other acts a main event's clause tells: acts of friction of other categories, an occasion's parts, verbs joined by "and", a participle after a comma. */
function besideEvents(text: string, main: Event, pool: Trigger[], actorsOf: (t: Trigger) => EventActor[], modeOf: (t: Trigger) => EventMode): Event[] {
  const co = coEvents(text, main, pool, actorsOf, modeOf);
  // A trigger coEvents made an event of is no occasion or clause of partEvents too: one trigger, one event.
  const beside = [
    ...co,
    ...partEvents(
      text,
      main,
      pool,
      actorsOf,
      modeOf,
      co.map((e) => e.trigger),
    ),
  ];
  const joined = [...beside, ...conjoinedEvents(text, main, pool, [main, ...beside], actorsOf, modeOf)];
  const all = [...joined, ...participleEvents(text, main, pool, [main, ...joined], actorsOf, modeOf)];
  return [...all, ...coordinatedActs(text, main, pool, [main, ...all], actorsOf, modeOf)];
}
