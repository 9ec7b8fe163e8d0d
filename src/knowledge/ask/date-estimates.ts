import { datelineDate } from '../../extract/events/event-dates.js';
import { fold } from '../../extract/fold.js';
import type { DocumentRecord } from '../../model/document.js';
import { humanDate } from '../../reconcile/human-date.js';
import type { AskCorpus } from './corpus.js';
import { clauseOf, creditClause, credits, holds } from './estimates.js';
import { cite, type Found } from './find.js';
import { answerWords, askLexicon } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { verbBase } from './retrieve.js';
import { near } from './stances.js';
import type { Claim } from './types.js';

// Another source's day for the answer's act, told beside it: "Canberra says … released flares … on October 19; China's defence ministry
// *dates* the encounter to October 18", "The duty took effect on August 14, *not* August 12", "Bakamla says Sunday; Tempo's sources *say*
// Saturday". The rival names the act in other words ("the encounter", "the landing") or not at all, so retrieval never ranks it as the
// question's: it is read from the answer's sentence and the sentences around it, as another source's figure is (estimates.ts).

/** How many sentences either side of the answer's another source's day may stand, in the same report. */
const DATE_WITHIN = 3;
/** Two sources' days of one act are at most this many days apart; further apart they date two acts. */
const DAYS_APART = 3;
/** In a sentence that says the date is disputed (`disputeCues`), two days of one act may stand this far apart: the text says they are rivals. */
const DISPUTED_DAYS_APART = 31;
/** A day: two days are compared only at that precision ("18 October" beside "October 2025" is a precision, no disagreement). */
const DAY = /^\d{4}-\d\d-\d\d$/;
/** A day resolved from its context that names its month or weekday ("October 18", "Saturday night"): "a day later" dates another act from the first. */
const NAMED_DAY =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** A day corrected right after: "on August 14, *not* August 12". */
const NOT_AFTER = /^,?\s+(?:and\s+)?not\s+(?:on\s+)?$/;

/**
 * A source's verb right before a day it gives as the act's own, in a clause of its own: "Cuban sources *give* 27 May", "the press release *gives
 * the date as* 3 July 2024"; "*gives the date of* the exchange *as*" names what it dates (`of`). Not a verb of saying: "Peru's foreign ministry
 * *said* Tuesday", "the ambassador *said* 7 May, in a speech" date the saying, not the act.
 */
const GIVEN_DAY = /(?<!\p{L})(?:give|gives|gave)\s+(?:the\s+date\s+(?:of\s+(?<of>[^,;.()]{1,40}?)\s+)?as\s+)?$/iu;
/** Sources as the subject of a saying right before a day: "Some sources *say* 13 March 2024", "Peruvian accounts *said* 5 April": a dating of the act, not a saying's own day. */
const SOURCES_SAY = /(?<!\p{L})(?:sources|accounts|records|reports|newspapers|others)\s+(?:say|said)\s+$/iu;
/** A source that states the act's day by the act's verb: "Oman's authority *states that it was signed on* 18 October 2022" (`verb`). */
const STATED_DAY = /(?<!\p{L})(?:say|says|said|state|states|stated|maintain|maintains|maintained)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had\s+been)\s+(?<verb>\p{L}+)\s+on\s+$/iu;
/** How many sentences after the answer's a day a source gives (`GIVEN_DAY`, `STATED_DAY`) may stand: its own or the next, never one before. */
const GIVEN_WITHIN = 1;
/** A weekday alone ("gave Tuesday"): a day resolved from its context that names no month is no source's dating of the act. */
const WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
/**
 * An appositive right after a day that says whose day it is: "gives 27 May 2024*, the day it was published*", "2 June 2024*, the day of Peru's
 * regional elections*", "*, when* the first train ran". One that holds the question's verb ("the date of its *signing*", "the day the
 * memorandum was *signed*") names the act itself and keeps the day a rival.
 */
const OCCASION_AFTER = /^,\s+(?:the\s+(?:day|date)|when|on\s+which)(?!\p{L})/iu;

/**
 * A source's verb right before a date it gives, with its object, if any (one list of verbs of giving and dating): "some sources *say* 1966",
 * "Polish accounts *give* May 1966", "others *date it to* 1966", "the port register *records the departure as* 3 June", "the ministry *dates
 * the minister's visit* 9 May". The object is a pronoun or up to three words after a determiner or a possessive, none of them a preposition
 * (`obj`), and the preposition after it (`prep`): after a noun of more than one word or after a verb of recording only "to", "as" or none
 * ("the office *recorded the storm on* 4 May" states a day, not a second dating of the act: `givenAlone`). Whether the object is the answer's
 * act is `datesTheAct`'s.
 */
const GIVEN_ALONE =
  /(?<!\p{L})(?<verb>say|says|said|give|gives|gave|recall|recalls|recalled|put|puts|date|dates|dated|record|records|recorded)\s+(?:(?<obj>it|them|this|that|(?:the|its|his|her|their)(?:\s+(?!(?:on|in|at|to|as|by|from|since|during|until|before|after|of|with|for)(?!\p{L}))[\p{L}'’-]+){1,3}?)\s+)?(?:(?<prep>to|as|in|at)\s+)?$/iu;

/** The source's verb and object right before a date when they date it (`GIVEN_ALONE`); undefined when none does. */
function givenAlone(before: string): { verb: string; obj?: string } | undefined {
  const m = GIVEN_ALONE.exec(before);
  if (!m?.groups) return undefined;
  const { verb, obj, prep } = m.groups;
  const recording = /^record/i.test(verb!);
  // A verb of recording dates only an object ("the archive *recorded* 2019" is a saying), and only by "to" or "as" or none.
  if (recording && !obj) return undefined;
  const noun = !!obj && obj.trim().split(/\s+/).length > 2;
  if ((recording || noun) && prep && !/^(?:to|as)$/i.test(prep)) return undefined;
  return { verb: verb!, ...(obj ? { obj } : {}) };
}

/**
 * What follows a year or a month a source gives alone: the end of its clause or sentence, or a conjunction that opens the next ("some sources
 * say 1966, while …", "say 1966 instead"); not a verb or a noun that makes the date a subject or a modifier ("officials say *2015 will see*
 * the first trains", "gave the *2015 budget*").
 */
const ALONE_AFTER = /^(?:\s*(?:[.;:,!?)\]"”]|$)|\s+(?:while|although|though|whereas|but|instead)(?!\p{L}))/u;

/** A saying's own date: "deputies *said in* 2012 *that* ratification was incomplete", "told reporters on 3 May that": no act's date, no rival. */
const SAYING_BEFORE = /(?<!\p{L})(?:say|says|said|stated|told(?:\s+[\p{L}-]+)?|announced|declared|wrote|recalled|argued|claimed)\s+(?:in|on|at)\s+$/iu;
const SAYING_AFTER = /^,?\s+that(?!\p{L})/iu;

/** A document's own day written right before it: "In a note *dated* 14 March", "a letter dated on 2 May": no act's day. */
const DOCUMENT_DATED = /\bdated\s+(?:on\s+)?$/i;

const dayNumber = (edtf: string) => Date.parse(`${edtf}T00:00:00Z`) / 86_400_000;

/**
 * The precisions two sources' dates of one act are compared at, each only against its own ("1965" beside "1966", never "1965" beside
 * "May 1965"): how a date is read, how far apart two of one act may stand in its unit, and how far when the sentence says the date is
 * disputed. A year "some sources say" is another's a year or two off ("signed in 1965, although some sources say 1966").
 */
const PRECISIONS = [
  { form: DAY, apart: DAYS_APART, disputed: DISPUTED_DAYS_APART, unit: dayNumber },
  { form: /^\d{4}-\d\d$/, apart: 2, disputed: 12, unit: (edtf: string) => 12 * Number(edtf.slice(0, 4)) + Number(edtf.slice(5, 7)) },
  { form: /^\d{4}$/, apart: 3, disputed: 10, unit: Number },
];

/**
 * Other sources' days of the answer's act in its sentence and the three either side: a day within `DAYS_APART` of the answer's, told as a
 * source's dating in the answer's sentence (`dateCues`: "dates … to", "say"; or credited by `estimateCues` in a clause that holds the
 * question's verb), or as a correction of the answer's day in any of them ("August 14, not August 12"); in a sentence that says the date is
 * disputed (`disputeCues`), any day of the answer's act up to `DISPUTED_DAYS_APART` off; not a day of an act told again ("visited the port again").
 * @example (await otherDates(q, found, corpus))?.map((c) => c.answer) // → ['October 18 (18 October 2025)']
 */
export async function otherDates(q: ParsedQuestion, found: Found, corpus: AskCorpus): Promise<Claim[] | undefined> {
  const span = found.spans[0];
  const precision = span && PRECISIONS.find((x) => x.form.test(span.value));
  if (!span || span.kind !== 'date' || q.list || !precision) return undefined;
  const doc = found.doc;
  const sentence = found.at;
  // A day resolved from its context must name its month or weekday; a month or a year must be written ("the following year" is counted).
  const times = (doc.annotations?.times ?? []).filter((t) => precision.form.test(t.edtf) && !t.coreferent && (!t.relative || (precision.form === DAY && NAMED_DAY.test(t.text))));
  // The question's verbs by their base, so that an act told by its noun counts as the verb's ("arrive": "the archive dates *his arrival* in Maputo to 4 March").
  const verbs = q.terms.filter((t) => t.verb).flatMap((t) => t.stems.map(verbBase));
  const passages = [sentence, ...near(corpus, doc, sentence.index, DATE_WITHIN)].filter((p) => p.doc === doc.name);
  for (const p of passages) {
    const text = doc.text.slice(p.start, p.end);
    for (const t of times) {
      if (t.start < p.start || t.end > p.end || (t.start < span.end && span.start < t.end) || t.edtf === span.value) continue;
      // "Cuban sources give 27 May", "the press release gives the date as 3 July 2024": the text says the day is another source's dating of
      // the act, so it may stand as far off as a disputed one.
      // A month or a year given so is read in the answer's own sentence only: one the next sentence gives ("The two governments signed a
      // fisheries accord in 2011, although some sources say 2012") is as often of the next sentence's own act, and years stand far apart.
      const given = (precision.form === DAY || p === sentence) && p.index >= sentence.index && p.index - sentence.index <= GIVEN_WITHIN && givenDay(q, verbs, text, p, t);
      const disputedHere = p === sentence && datesDisputed(text);
      const disputed = disputedHere || given;
      if (Math.abs(precision.unit(t.edtf) - precision.unit(span.value)) > (disputed ? precision.disputed : precision.apart)) continue;
      const from = p === sentence && t.start > span.start ? span.end - p.start : 0;
      const clause = creditClause(text, p, { start: t.start, end: t.end, value: 0, unit: '' }, from);
      const folded = fold(clause);
      if (holds(folded, askLexicon().repeatWords)) continue;
      const corrects = times.some((c) => c.edtf === span.value && c.start >= t.end && NOT_AFTER.test(doc.text.slice(t.end, c.start)));
      // A source's dating in another sentence may be of another act ("The ministry summoned the ambassador on 16 June" after "the navy dates
      // the seizure to 13 June"): only a correction of the answer's very day is read there.
      // A source's dating in the answer's sentence is of the answer's act: the act nearest the day in its clause is the answer's ("the navy
      // dates *the seizure* to 13 June"), or none is told there ("while Chilean officials say Friday"); not another act's day ("officials say
      // the ministers *met* on 8 June and signed … on 10 June"), a dateline's ("LIMA, 6 June 2026 - ") or a document's ("a note dated 14 March").
      const ownAct = () => !datelineDate(doc.text, t) && !DOCUMENT_DATED.test(text.slice(0, t.start - p.start)) && sameAct(doc, p, text, t, from, span, verbs);
      const dated = p === sentence && holds(folded, answerWords().dateCues) && ownAct();
      const credited = p === sentence && credits(clause) && verbs.some((w) => folded.includes(w)) && ownAct();
      // "The exact date of the first meeting is disputed: Czech accounts give 6 August 1978, while Polish participants recalled 13 August".
      const told = disputedHere && ownAct();
      // A day a source gives tells its act by ellipsis (the verb of giving stands right before it): only a dateline's is none.
      const sourced = given && !datelineDate(doc.text, t) && actBefore(doc, p, sentence, t, span, verbs) && datesTheAct(q, doc, p, text, t, sentence, span, verbs);
      if (!corrects && !dated && !credited && !told && !sourced) continue;
      // "Kenyan deputies said in 2012 that …" dates a saying, never a rival of the act.
      const [before, after] = [text.slice(0, t.start - p.start), text.slice(t.end - p.start)];
      if (SAYING_BEFORE.test(before) && SAYING_AFTER.test(after)) continue;
      // A month or a year is another source's only when the source gives it alone ("although some sources *say 1966*", "others *date it
      // to* 1966"): one after an act of its own ("officials say it was repaired in 2003") dates that act, whatever acts the store holds.
      // It stands alone after as before: "officials say 2015 will see the first trains" tells no dating of the act.
      const alone = givenAlone(before);
      if (precision.form !== DAY && !corrects && !(alone && datesTheAct(q, doc, p, text, t, sentence, span, verbs) && ALONE_AFTER.test(after))) continue;
      const human = humanDate(t.edtf);
      return [{ answer: fold(t.text) === fold(human) ? t.text : `${t.text} (${human})`, citations: [cite(doc, p)] }];
    }
  }
  return undefined;
}

/**
 * Whether a day stands as another source's dating of the answer's act: right after a verb of giving (`GIVEN_DAY`: "Slovenian records *give*
 * 5 February 2026,"), whose "date of …" names a word of the question, or after "states that it was *signed* on" with the question's verb
 * (`STATED_DAY`); alone after it (`ALONE_AFTER`: the end of the clause or sentence). Not "gives the date of its own protest note as …" for a
 * summoning, nor "say it was published on …" for an entry into force, nor a weekday alone (`WEEKDAY`), nor a day an appositive gives another
 * occasion (`OCCASION_AFTER`: "gives 27 May 2024, the day it was published").
 * @example givenDay(parseQuestion('When was the protocol signed?'), ['sign'], 'Slovenia states that it was signed on 15 January 2026.', p, day15) // → true
 */
function givenDay(q: ParsedQuestion, verbs: string[], text: string, p: { start: number }, t: { start: number; end: number; text: string }): boolean {
  const [before, after] = [text.slice(0, t.start - p.start), text.slice(t.end - p.start)];
  if (!ALONE_AFTER.test(after) || WEEKDAY.test(t.text.trim())) return false;
  // An appositive of another occasion makes the day no rival; one that names the question's act ("the date of its signing") keeps it.
  if (OCCASION_AFTER.test(after) && !verbs.some((w) => fold(/^[^.;]*/.exec(after)![0]).includes(w))) return false;
  if (SOURCES_SAY.test(before) || datingVerb(before)) return true;
  const given = GIVEN_DAY.exec(before);
  if (given) {
    const of = given.groups?.of;
    return !of || q.terms.some((w) => w.stems.some((x) => fold(of).includes(x)));
  }
  const verb = STATED_DAY.exec(before)?.groups?.verb;
  return !!verb && verbs.some((w) => fold(verb).startsWith(w));
}

/**
 * A verb of dating or recording with its object right before a day (`GIVEN_ALONE`): "the register *dates the departure to* 3 June", "the
 * archive *records it as* 4 June"; not a document's own date ("a note *dated* 14 March": no object).
 */
const datingVerb = (before: string): boolean => {
  const given = givenAlone(before);
  return !!given?.obj && /^(?:date|record)/i.test(given.verb);
};

/** Pronouns that stand for an act told before them ("records *it* as"). */
const PRONOUN = /^(?:it|them|this|that)$/;
/** Where a noun object's head ends: a possessive's mark, or a preposition that opens a phrase after it ("their accord *with* Chile"). */
const HEAD_END = /'s?$|’s?$/u;
const AFTER_HEAD = new Set(['of', 'with', 'between', 'for', 'in', 'on', 'at', 'by', 'from']);
/** A clause of its own before a source's verb of dating in its sentence: a mark or a conjunction that ends one. */
const CLAUSE_BEFORE = /[,;:]|(?<!\p{L})(?:and|but|while|although|though|after|when|before)(?!\p{L})/iu;
/** An object that is the date itself, not an act: "gives *the date* as", "puts *the year* at". */
const DATE_NOUN = /^(?:date|day|year|month)s?$/;
/** A type too general to tell two acts as one. */
const GENERIC_TYPE = 'other';

/**
 * Whether the object of a source's verb of dating right before a date (`GIVEN_ALONE`) is the answer's act. A noun object by its head (its last
 * word before a possessive's or a phrase's end): a form of the question's verb ("dates *the envoy's arrival* to" for "When did … arrive"), a
 * noun of the question ("records *the accord* as" for "When was the accord signed"), or an act the store holds at the head of a type the
 * answer's day dates (never the catch-all `other`); not another act named beside the question's words ("dates *the rail tender* to" for a rail
 * link opened, "*the treaty's ratification*" for a treaty signed), nor the act with a state the question does not name ("*their accord with
 * Chile*"). A pronoun only where no other act is told before it since the answer's day ("The first ferry sailed a week later, and the port
 * records it as 9 May" dates the sailing). No object: true (the verb gives the date alone: "some sources say 1966").
 * @example datesTheAct(parseQuestion('When did the office open in Beira?'), doc, p, 'the port authority dates the new customs rules to April 2021', april, …) // → false
 */
function datesTheAct(
  q: ParsedQuestion,
  doc: DocumentRecord,
  p: { start: number },
  text: string,
  t: { start: number },
  answer: { start: number; end: number },
  span: { start: number; end: number; value: string },
  verbs: string[],
): boolean {
  const before = text.slice(0, t.start - p.start);
  const m = GIVEN_ALONE.exec(before);
  const obj = m?.groups?.obj;
  if (!m || !obj || !givenAlone(before)) return true;
  const events = doc.annotations?.events ?? [];
  const answerTypes = new Set(events.filter((e) => e.date === span.value && e.trigger.start >= answer.start && e.trigger.end <= answer.end && e.type !== GENERIC_TYPE).map((e) => e.type));
  const theAct = (e: { type: string; trigger: { start: number; end: number } }): boolean =>
    answerTypes.has(e.type) || verbs.some((w) => w.length >= 4 && fold(doc.text.slice(e.trigger.start, e.trigger.end)).startsWith(w));
  const objStart = p.start + m.index + m[0].indexOf(obj, m.groups!.verb!.length);
  const object = fold(obj);
  if (PRONOUN.test(object)) {
    // The last act told before the pronoun since the answer's day (its own sentence) or the sentence's start (the next).
    const own = p.start >= answer.start && p.start < answer.end;
    // In the next sentence only when the source opens it, its subject before its verb of dating: after a clause of its own ("The first
    // ferry sailed a week later, and the port records it as …") the pronoun is that clause's act.
    if (!own && CLAUSE_BEFORE.test(doc.text.slice(p.start, p.start + m.index))) return false;
    const from = own ? span.end : p.start;
    const last = events
      .filter((e) => e.trigger.start >= from && e.trigger.end <= objStart && !sourceVerbBefore(doc.text.slice(e.trigger.start, t.start)))
      .sort((x, y) => y.trigger.end - x.trigger.end)[0];
    return !last || theAct(last);
  }
  const words = object.split(/\s+/).slice(1);
  const cut = words.findIndex((w, i) => i > 0 && AFTER_HEAD.has(w));
  const phrase =
    cut > 0
      ? obj
          .trim()
          .split(/\s+/)
          .slice(cut + 2)
      : [];
  const head = (cut > 0 ? words.slice(0, cut) : words)
    .filter((w) => !HEAD_END.test(w) || w === words[words.length - 1])
    .at(-1)!
    .replace(HEAD_END, '');
  // A state or a place in the phrase after the head that the question does not name makes it another act ("their accord with Chile").
  const names = q.terms.filter((x) => x.name).flatMap((x) => x.stems);
  if (phrase.some((w) => /^\p{Lu}/u.test(w) && !names.some((n) => fold(w).startsWith(n) || n.startsWith(fold(w))))) return false;
  // The date itself for the object ("gives *the date* as", "puts *the year* at") leaves the act to the sentence (`actBefore`).
  if (DATE_NOUN.test(head)) return true;
  const asked = q.terms
    .filter((x) => !x.name)
    .flatMap((x) => x.stems.map(verbBase))
    .filter((x) => x.length >= 4);
  if (asked.some((x) => head.startsWith(x))) return true;
  const headStart = objStart + obj.toLowerCase().lastIndexOf(head);
  return events.some((e) => e.type !== GENERIC_TYPE && e.trigger.start <= headStart && e.trigger.end >= headStart + head.length - 1 && theAct(e));
}

/** Whether a source's verb of giving or sources' saying stands right before a day (`GIVEN_DAY`, `SOURCES_SAY`). */
const sourceVerbBefore = (before: string): boolean => GIVEN_DAY.test(before) || SOURCES_SAY.test(before) || datingVerb(before);

/**
 * Whether the act a source's day is given for is the answer's: the act told last before the day in its sentence ("the crew was *released* on
 * Thursday, while Chilean officials say Friday" dates the release) is of a type the answer's day dates in the answer's sentence or holds the
 * question's verb; a sentence that tells no act before the day gives it for the act told beside ("gives the date as 8 October 2025").
 * @example actBefore(doc, p, answerSentence, friday, span16June, ['summon']) // → false: Friday is the release's
 */
function actBefore(
  doc: DocumentRecord,
  p: { start: number; end: number },
  answer: { start: number; end: number },
  t: { start: number },
  span: { start: number; end: number; value: string },
  verbs: string[],
): boolean {
  const events = doc.annotations?.events ?? [];
  const before = events
    .filter((e) => e.trigger.start >= p.start && e.trigger.end <= t.start && (e.trigger.end <= span.start || e.trigger.start >= span.end))
    // The source's own verb of giving ("Peruvian newspapers *give* 5 April 2024"), when a finder took it for an act, is no act the day is given for.
    .filter((e) => !sourceVerbBefore(doc.text.slice(e.trigger.start, t.start)))
    .sort((x, y) => y.trigger.end - x.trigger.end);
  const nearest = before[0];
  if (!nearest) return true;
  const answerTypes = new Set(events.filter((e) => e.date === span.value && e.trigger.start >= answer.start && e.trigger.end <= answer.end).map((e) => e.type));
  const trigger = fold(doc.text.slice(nearest.trigger.start, nearest.trigger.end));
  return answerTypes.has(nearest.type) || verbs.some((w) => trigger.includes(w));
}

/**
 * Whether a sentence says the date it gives is disputed: a `disputeCues` phrase in a part of it (up to a colon or a semicolon) that names the
 * date (`disputedDateWords`: "the exact *date* of the first meeting is disputed", "accounts differ on *when*"); not a dispute of another matter
 * ("*whether* the border treaty is in force is disputed: Uganda signed it in 2009 …").
 * @example datesDisputed('Whether the treaty is in force is disputed: Uganda signed it in 2009') // → false
 */
function datesDisputed(text: string): boolean {
  const words = answerWords();
  return fold(text)
    .split(/[;:]/)
    .some((part) => holds(part, words.disputeCues) && holds(part, words.disputedDateWords));
}

/**
 * Whether the act told nearest a day in its clause (before it, else after it) is the answer's: one of the types of the acts the answer's
 * day dates in its sentence, or a trigger that holds the question's verb; a clause that tells no act dates the answer's by ellipsis.
 * @example sameAct(doc, p, 'Officials say the ministers met on 8 June and signed the fisheries protocol on 10 June', day8, 0, span10, ['sign']) // → false
 */
function sameAct(
  doc: DocumentRecord,
  p: { start: number; end: number },
  text: string,
  t: { start: number; end: number },
  from: number,
  span: { start: number; end: number; value: string },
  verbs: string[],
): boolean {
  const [a, b] = clauseOf(text, p, { start: t.start, end: t.end, value: 0, unit: '' }, from);
  const semicolon = text.slice(0, t.start - p.start).lastIndexOf(';');
  const [start, end] = [p.start + Math.max(a, from, semicolon + 1), p.start + b];
  const events = (doc.annotations?.events ?? []).filter((e) => e.start < p.end && p.start < e.end);
  const inClause = events.filter((e) => e.trigger.start >= start && e.trigger.end <= end && (e.trigger.end <= span.start || e.trigger.start >= span.end));
  const before = inClause.filter((e) => e.trigger.end <= t.start).sort((x, y) => y.trigger.end - x.trigger.end);
  const after = inClause.filter((e) => e.trigger.start >= t.end).sort((x, y) => x.trigger.start - y.trigger.start);
  const nearest = before[0] ?? after[0];
  if (!nearest) return true;
  const answerTypes = new Set(events.filter((e) => e.date === span.value).map((e) => e.type));
  const trigger = fold(doc.text.slice(nearest.trigger.start, nearest.trigger.end));
  return answerTypes.has(nearest.type) || verbs.some((w) => trigger.includes(w));
}
