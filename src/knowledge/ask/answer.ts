import { fold } from '../../extract/fold.js';
import type { DocumentRecord } from '../../model/document.js';
import type { AskCorpus, Passage } from './corpus.js';
import type { Conflict } from './conflicts.js';
import { askLexicon } from './lexicon.js';
import { parseQuestion, type ParsedQuestion } from './question.js';
import { inflects, matches, retrieve, type Scored } from './retrieve.js';
import { tokens } from './text.js';
import { indicatorLexicon } from '../../extract/facts/indicator-keywords.js';
import type { Span } from './spans.js';
import type { Answer, Citation, Claim } from './types.js';
import { answerArithmetic } from './arithmetic.js';
import { answerChoice } from './choice.js';
import { sidesDisagree, sidesOnYesNo, stanceAsked } from './stances.js';
import { cite, clip, find, isPerson, weight, type Found } from './find.js';
import { denial, deniesIt, hedged, leftOpen, undated, verbDenied, yesNo } from './yesno.js';
import { disagreement, rivalClaim, RIVAL_DATE_WITHIN, shownClaims } from './rivals.js';
import { countClaims } from './relative.js';
import { answerOffice, officeAsked } from './office.js';
import { answerAlternatives, choosesState } from './alternatives.js';
import { bodyTelling, lacksMeasure, otherOrdinal, otherPair } from './support.js';
import { besideOtherYear, namesUnwritten, otherPerson, ownerUnheld, statesUnnamed } from './pinned.js';
import { askedOffice, heldOtherwise } from './holders.js';
import { sidesOnDate } from './side-dates.js';
import { listAsked, listOpeners } from './items.js';
import { reportDenied } from './denied.js';
import { creditedElsewhere } from './speakers.js';
import { otherEstimates } from './estimates.js';
import { flowsOpposite } from './flows.js';
import { otherDates } from './date-estimates.js';
import { actDate, silentOnAct } from './act-dates.js';
import { unmetConstraint } from './constraints.js';

/**
 * Below this score (weighted share of the question's words in the passage, times the share of
 * its years) no passage supports an answer and the question is refused. Calibrated on the tune
 * questions (`npm run eval`), checked on the blind ones.
 */
export const REFUSE_BELOW = 0.45;
const TRIED = 6;
/** A candidate passed over for an unmet constraint (constraints.ts) is the question's passage unless what is left weighs this share of it. */
const UNMET_NEAR = 0.9;
/** A question asking each side's account is read from passages down to this score: each side tells the matter in its own words. */
const STANCE_BELOW = 0.3;
/** Plural questions ("which two ministers", "which leaders") take every name; others the nearest. */
function wantsMany(q: ParsedQuestion): boolean {
  const lex = askLexicon();
  const f = fold(q.text);
  return q.list || listAsked(q) || [...lex.personHeads.map((h) => `${h}s`), ...lex.listCues].some((h) => new RegExp(`\\b${h}\\b`).test(f));
}

/** Several spans in the order the passage gives them: "A, B and C". */
function join(spans: Span[]): string {
  const texts = [...new Set([...spans].sort((a, b) => a.start - b.start).map((s) => s.text))];
  return texts.length <= 1 ? (texts[0] ?? '') : `${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}`;
}

/**
 * Answers a question from the store: the best passage by the question's words and years, the
 * span of the kind it asks for (a date, a name, a number, a clause), refused when no passage
 * supports one well enough, a conflict when two passages give different values.
 * @example await answerQuestion(corpus, 'When did Vietnam join ASEAN?') // → { status: 'answered', answer: 'July 1995 (1995-07)', … }
 */
export async function answerQuestion(corpus: AskCorpus, question: string, id: string | null = null, refuseBelow = REFUSE_BELOW): Promise<Answer> {
  // "How many years separate X from Y", "by how much did X grow from A to B": two sub-questions and a sum, difference or ratio of their answers.
  const computed = await answerArithmetic(question, id, (sub) => answerFromPassages(corpus, sub, null, refuseBelow));
  // "Which was signed first, A or B?": the date of each, compared (choice.ts).
  const chosen = computed ?? (await answerChoice(question, id, (sub) => answerFromPassages(corpus, sub, null, refuseBelow)));
  return chosen ?? (await answerFromPassages(corpus, question, id, refuseBelow)).answer;
}

/** An answer with the span it was read from (a sub-question's date or figure, for arithmetic). */
export interface SpanAnswer {
  answer: Answer;
  span?: Span;
  /** The passage's document, for the figures beside the span. */
  doc?: DocumentRecord;
}

/**
 * The passage route: retrieval, the span of the kind asked for, refusal, conflicts.
 * @example (await answerFromPassages(corpus, 'When did Vietnam join ASEAN?')).span?.value // → '1995-07'
 */
export async function answerFromPassages(corpus: AskCorpus, question: string, id: string | null = null, refuseBelow = REFUSE_BELOW): Promise<SpanAnswer> {
  const answer = await passageAnswer(corpus, question, id, refuseBelow);
  return { answer: answer.answer, ...(answer.span ? { span: answer.span } : {}), ...(answer.doc ? { doc: answer.doc } : {}) };
}

async function passageAnswer(corpus: AskCorpus, question: string, id: string | null, refuseBelow: number): Promise<SpanAnswer> {
  const q = parseQuestion(question);
  const refused: Answer = { id, question, status: 'not_in_corpus', answer: null, claims: [], citations: [], confidence: 0, route: 'none' };
  const all = await retrieve(q, corpus);
  // A refusal still says how near the best passage came.
  refused.confidence = +(all[0]?.score ?? 0).toFixed(3);
  // A passage that holds only the question's names, none of what it asks about them ("the Lisbon Accord" for "when did it enter into force"), answers nothing.
  const above = all.filter((c) => c.score >= refuseBelow && c.asks).slice(0, TRIED);
  // "List the documents signed…": the passages that open a list answer it; "how many documents did the Parties sign?" counts their items
  // too, among the others (items.ts).
  const openers = await listOpeners(q, all, corpus);
  const candidates = openers.length ? openers : above;
  // "What did each side say caused the clash?": the sides tell it in their own words, so the passages that answer hold fewer of the question's.
  if (!candidates.length && !(stanceAsked(q) && (all[0]?.score ?? 0) >= STANCE_BELOW)) return { answer: refused };
  // "How did A and B characterise…", "according to each side": each side's account, each cited, when two of the states asked about speak.
  if (stanceAsked(q)) {
    // Each side tells the matter in its own words ("shut for construction works", "dismissed the explanation"): a side's passage need hold
    // none of the question's words of what is asked, only its state, before a verb of saying (stances.ts).
    const sides = await sidesDisagree(
      q,
      all.filter((c) => c.asks),
      corpus,
      id,
    );
    if (sides) return { answer: sides };
  }
  if (!candidates.length) return { answer: refused };
  // "Were the boats in Moroccan or Spanish waters?": the alternative each side claims (alternatives.ts). Each side tells it in its own words
  // ("in our waters"), so a side's passage may hold fewer of the question's: the passages down to the alternatives' own share of the best.
  const alternative = await answerAlternatives(q, openers.length ? candidates : all.filter((c) => c.asks), corpus, id);
  if (alternative) return { answer: alternative };
  // "Were the fishermen Malawian or Tanzanian?" asks which state: no passage picks one, so no yes or no either.
  if (choosesState(q)) return { answer: refused };
  // "In what capacity did X promise…": the title before the person's name, two offices of one act a conflict (office.ts).
  if (officeAsked(q)) {
    const office = await answerOffice(q, candidates, corpus, id);
    if (office) return { answer: office };
  }
  const main = q.wants[0]!;
  const asked = askedOffice(q);
  let found: Found | undefined;
  let unmetReason: string | undefined;
  let unmetWeight = 0;
  // The best passage that holds the span itself; one whose span is only in the sentence beside counts a little less.
  for (const c of candidates) {
    // A date or a yes is not read from a passage that tells the act only as planned or promised: when it is the best, the question is refused.
    const f0 = await find(main, q, c, corpus);
    const f = f0 && (main === 'date' || main === 'yesno') && hedged(q, f0) ? { ...f0, hedged: true } : f0;
    // "Vietnam's deficit with Japan" is not answered by a sentence on its deficit with China (support.ts).
    if (f && (await otherPair(q, f.doc, f.at, corpus))) continue;
    // "Who was Japan's prime minister in 1999?": not a person the people lexicon gives no such term (holders.ts).
    // "The second session" is not dated by a sentence on the inaugural one (support.ts).
    if (f && otherOrdinal(q.text, f.doc.text.slice(f.at.start, f.at.end))) continue;
    // A state the question names that the passage's document never names: the document tells of others (support.ts).
    if (f && (await statesUnnamed(q, f.doc, corpus))) continue;
    // A name the question gives that the passage's document never writes: the document tells of another thing (pinned.ts).
    if (f && (await namesUnwritten(q, f, corpus))) continue;
    // A state the question gives as a thing's owner or kind ("Latvian airspace") that the answer's sentences and the document's opening never name.
    if (f && (await ownerUnheld(q, f, corpus))) continue;
    // "How many … did Riyadh say were pushed back?" is not answered by a passage that credits its figure to Qatari officials alone (speakers.ts).
    if (f && creditedElsewhere(q.text, f.doc.text.slice(f.at.start, f.at.end))) continue;
    // A figure beside the passage dated otherwise than the year asked; a person asked by title whom the passage does not name, naming another.
    if (f && besideOtherYear(q, f)) continue;
    if (f && (await otherPerson(q, f, corpus))) continue;
    if (f && asked && f.spans.some((x) => heldOtherwise(asked, x))) {
      const held = f.spans.filter((x) => !heldOtherwise(asked, x));
      if (!held.length) continue;
      f.spans = held;
    }
    // "What was the trade deficit": a figure from sentences that never say "deficit" is of another measure.
    if (f && main === 'number' && lacksMeasure(q, [f.at, f.scored.passage], f.doc)) continue;
    // A constraint the question states that the span's sentence does not meet (an act to come told as done, a question of the document's
    // own): the candidate is passed over, and the constraint is the refusal's reason when none is left (constraints.ts).
    const unmet = f && unmetConstraint(q, f);
    if (unmet) {
      unmetReason ??= unmet;
      unmetWeight = Math.max(unmetWeight, weight(f));
      continue;
    }
    // "When was sovereignty transferred?": a date whose sentence never tells the act gives way to a lesser passage's date that the store
    // holds as the act's own ("…was *transferred* on 27 December 1949"), and the search goes on for one while the best is silent (act-dates.ts).
    const silent = (x: Found) => main === 'date' && silentOnAct(q, x);
    const own = (x: Found) => main === 'date' && actDate(q, x);
    if (f && (!found || (silent(found) && own(f)) || (!(own(found) && silent(f)) && weight(f) > weight(found)))) found = f;
    if (found && c.score < weight(found) && !silent(found)) break;
  }
  // A person asked for: a passage nearly as good that names a person beats one that names only a body or a state.
  if (found && main === 'person' && !isPerson(found)) {
    for (const c of candidates) {
      if (c.score < 0.8 * found.scored.score) break;
      const other = await find(main, q, c, corpus);
      if (other && isPerson(other) && !unmetConstraint(q, other)) {
        found = other;
        break;
      }
    }
  }
  // A candidate passed over for an unmet constraint that far outweighed what is left: the lesser passage tells of something else too.
  if (found && unmetReason && weight(found) < UNMET_NEAR * unmetWeight) return { answer: { ...refused, reason: unmetReason } };
  // A plan or a promise settles nothing, unless the sentence beside denies the act ("agreed to study a common ticket. No ticket agreement was signed.").
  if (!found || (found.hedged && !(main === 'yesno' && denial(q, found)))) return { answer: !found && unmetReason ? { ...refused, reason: unmetReason } : refused };
  // "The Foreign Office has not named the diplomats": the passage says the answer is not known.
  if (main !== 'yesno' && deniesIt(q, found)) return { answer: refused };
  // "Iturbe did not say whether she would accept": the passage leaves the act open.
  if (leftOpen(q, found)) return { answer: refused };
  // "…accepted an invitation to visit Palau, although no date was given": a when question the passage says has no answer yet.
  if (main === 'date' && undated(found)) return { answer: refused };
  let text: string;
  const citations = [cite(found.doc, found.scored.passage)];
  if (main === 'yesno') {
    const read = yesNo(q, found);
    if (!read) return { answer: refused };
    // "…but has not agreed to pay the toll": a passage nearly as good that negates the question's verb answers no, where the best tells
    // the matter without the act asked (yesno.ts).
    const denied = read.text === 'Yes' ? verbDenied(q, found, candidates) : undefined;
    const yn = denied ? { text: 'No', from: [denied] } : read;
    if (denied) citations.splice(0, citations.length, cite(found.doc, denied));
    // Said by one side, told otherwise by the other nearby: both accounts (stances.ts).
    const sides = (await sidesOnYesNo(q, found, yn.text, corpus, id)) ?? (await reportDenied(q, found, yn.text, corpus, id));
    if (sides) return { answer: sides };
    text = yn.text;
    for (const p of yn.from) if (!citations.some((c) => c.start === p.start)) citations.push(cite(found.doc, p));
  } else {
    const many = (wantsMany(q) && main !== 'date' && main !== 'number') || (q.list && main === 'date') || found.spans.every((s) => s.item);
    text = many ? join(found.spans.slice(0, 6)) : found.spans[0]!.text;
  }
  if (found.at !== found.scored.passage) citations.push(cite(found.doc, found.at));
  // A headline's answer is cited with the body's sentence that tells it too (support.ts).
  const body =
    main === 'yesno'
      ? undefined
      : await bodyTelling(
          q,
          main,
          found,
          all.filter((c) => c.asks),
          corpus,
        );
  if (body) citations.push(cite(body.doc, body.at));
  // A date the answer counted from another ("a day after …") or read in one sentence, or a figure, told again in another passage of
  // the same document ("the trawler was seized late on Wednesday"): that passage is cited too.
  if (main === 'date' || main === 'number') for (const p of toldAgain(q, found, all)) if (!citations.some((c) => c.doc === found.doc.name && c.start === p.start)) citations.push(cite(found.doc, p));
  // A table's cell may stand in a row that is a passage of its own: its line is cited too.
  const read = found.spans[0];
  if (read && (read.start < found.at.start || read.end > found.at.end)) {
    const text = found.doc.text;
    const end = text.indexOf('\n', read.end);
    citations.push(cite(found.doc, { start: text.lastIndexOf('\n', read.start) + 1, end: end < 0 ? text.length : end }));
  }
  for (const kind of q.wants.slice(1)) {
    const more = await find(kind, q, found.scored, corpus);
    if (more) {
      text += `; ${more.spans[0]!.text}`;
      if (!citations.some((c) => c.start === more.at.start && c.doc === more.doc.name)) citations.push(cite(more.doc, more.at));
    }
  }
  const confidence = +Math.min(1, found.scored.score).toFixed(3);
  const route = found.spans[0]?.structured ? (main === 'number' ? 'facts' : main === 'date' ? 'events' : 'entities') : 'passage';
  // A conflict the store knows of (conflicts.ts) about the passage that answers: both claims, each cited.
  const known =
    main === 'date' || main === 'number'
      ? (await ownConflicts(await corpus.conflictsCiting(found.doc.name), corpus)).find(
          // Of the measure or the event answered: a claim of the span's value, citing its passage.
          (c) =>
            c.kind === (main === 'date' ? 'event' : 'fact') &&
            c.claims.some((k) => k.value === found!.spans[0]?.value && k.citations.some((x) => x.doc === found!.doc.name && x.start < found!.at.end && found!.at.start < x.end)),
        )
      : undefined;
  // Its claims told of another pair (a document that never names a state the question names: "trade between the two countries" of two wires
  // on two pairs, stored as one figure) are no rivals.
  const knownClaims = known ? await claimsOfPair(q, await shownClaims(known, corpus), corpus) : [];
  if (known && knownClaims.length >= 2) return { answer: disagreement(id, question, knownClaims, confidence, known.kind === 'event' ? 'events' : 'facts') };
  // "Libreville said the attack began at dawn on Saturday. Yaoundé said the shooting started late on Friday night": each side's date (side-dates.ts).
  const sided = main === 'date' ? await sidesOnDate(q, found, corpus) : undefined;
  if (sided) return { answer: disagreement(id, question, sided, confidence, route) };
  // "Three weeks later, in late November" counted from "early October": the document disagrees with itself (relative.ts).
  const counted = main === 'date' ? await countClaims(found, candidates, RIVAL_DATE_WITHIN, corpus) : undefined;
  if (counted) return { answer: disagreement(id, question, counted, confidence, route) };
  const rival = await rivalClaim(
    q,
    main,
    found,
    candidates,
    corpus,
    all.filter((c) => c.asks),
  );
  // A rival from a document that never names a state the question names tells of another pair, as a best passage would (support.ts).
  if (rival && rival.doc.name !== found.doc.name && (await statesUnnamed(q, rival.doc, corpus))) return plain(found, text, citations, confidence, route, id, question);
  if (rival && !(main === 'number' && (await flowsOpposite(found, rival, corpus)))) {
    const claims = [
      { answer: clip(text), citations },
      { answer: rival.spans[0]!.text, citations: [cite(rival.doc, rival.at)] },
    ];
    return { answer: disagreement(id, question, claims, confidence, route) };
  }
  // "Some 7.2 million passengers …, according to the Port of Tallinn; Finnish customs counted 6.8 million": another source's figure told
  // beside the answer's, in words retrieval does not rank (estimates.ts).
  const estimates = main === 'number' ? await otherEstimates(q, found, corpus) : main === 'date' ? await otherDates(q, found, corpus) : undefined;
  if (estimates) return { answer: disagreement(id, question, [{ answer: clip(text), citations }, ...estimates], confidence, route) };
  return plain(found, text, citations, confidence, route, id, question);
}

/**
 * Other candidate passages of the answer's document that tell the answer again, at most two: an act of the question's verb, or of the answer's
 * act's PLOVER category, dated the answer's day ("the trawler was seized late on Wednesday"), a stored figure of its value and unit that measures what the answer's figure
 * measures (its indicator; not its period, which for a figure told without a year is the report's date). A passage of the same day telling
 * another act, or of the same sum measuring another thing, is not cited (a name told again was tried: no row moved).
 */
function toldAgain(q: ParsedQuestion, found: Found, all: Scored[]): Passage[] {
  const span = found.spans[0];
  if (!span) return [];
  const others = all.filter((c) => c.asks && c.passage.doc === found.doc.name && c.passage.start !== found.at.start && c.passage.start !== found.scored.passage.start);
  const holds = (): ((p: Passage) => boolean) => {
    if (span.kind === 'date') {
      if (!/^\d{4}-\d\d-\d\d$/.test(span.value)) return () => false;
      const verbs = q.terms.filter((t) => t.verb);
      const asked = (e: { trigger: { start: number; end: number } }) =>
        tokens(found.doc.text.slice(e.trigger.start, e.trigger.end)).some((w) => verbs.some((t) => matches(t, w) || t.stems.some((x) => inflects(x, w.folded))));
      const dated = (found.doc.annotations?.events ?? []).filter((e) => e.date === span.value);
      // The answer's own act, and its PLOVER category: another passage telling that kind of act that day tells it again in other words.
      const own = dated.filter((e) => e.trigger.start >= found.at.start && e.trigger.end <= found.at.end);
      const kinds = new Set((own.some(asked) ? own.filter(asked) : own).map((e) => e.plover.type));
      const events = dated.filter((e) => asked(e) || kinds.has(e.plover.type));
      return (p) => events.some((e) => e.trigger.start >= p.start && e.trigger.end <= p.end);
    }
    if (span.kind === 'number') {
      const facts = span.structured ? (found.doc.annotations?.facts ?? []) : [];
      const told = (f: (typeof facts)[number]) => `${f.value} ${f.unit}` === span.value;
      const answered = facts.find((f) => told(f) && f.valueStart >= span.start && f.valueEnd <= span.end) ?? facts.find((f) => told(f) && f.valueStart >= found.at.start && f.valueEnd <= found.at.end);
      if (!answered) return () => false;
      // A figure whose indicator the lexicon does not name (one read from the noun it counts, as a headline may state it) is of any measure.
      const known = new Set(indicatorLexicon().indicators.map((i) => i.id));
      const same = (f: (typeof facts)[number]) => f.indicator === answered.indicator || !known.has(f.indicator) || !known.has(answered.indicator);
      return (p) => facts.some((f) => told(f) && same(f) && f.valueStart >= p.start && f.valueEnd <= p.end);
    }
    return () => false;
  };
  const held = holds();
  return others
    .filter((c) => held(c.passage))
    .slice(0, 2)
    .map((c) => c.passage);
}

/** The claims with a citation in a document that names every state the question names, each with those citations only. */
async function claimsOfPair(q: ParsedQuestion, claims: Claim[], corpus: AskCorpus): Promise<Claim[]> {
  const out: Claim[] = [];
  for (const k of claims) {
    const kept: Citation[] = [];
    for (const c of k.citations) {
      // Its states are asked of the store by the document's id: the document's times alone are read, not its whole layers.
      const doc = await corpus.timed(c.doc);
      if (doc && !(await statesUnnamed(q, doc, corpus))) kept.push(c);
    }
    if (kept.length) out.push({ ...k, citations: kept });
  }
  return out;
}

/** The answer of one passage, with the span it was read from. */
function plain(found: Found, text: string, citations: Citation[], confidence: number, route: string, id: string | null, question: string): SpanAnswer {
  return { answer: { id, question, status: 'answered', answer: clip(text), claims: [], citations, confidence, route }, span: found.spans[0], doc: found.doc };
}

/**
 * The stored conflicts `ask` answers with: not a figure against a source's own count of it (`restates`, "the statistics bureau counts
 * about 27,500"), which `dyad conflicts` lists but the question may ask about a narrower measure than the figure restated; `ask` reads
 * such a rival itself, with the question's names and scope words in view (`otherEstimates`). Session 48: with them, three blind standard
 * questions were answered as conflicts and no disagreement question more.
 */
async function ownConflicts(conflicts: Conflict[], corpus: AskCorpus): Promise<Conflict[]> {
  const out: Conflict[] = [];
  for (const c of conflicts) {
    let restated = false;
    // A claim of the conflict that is itself such a count: a restating figure of the claim's value inside one of its citations
    // (another figure of that passage that restates something does not count).
    for (const k of c.kind === 'fact' ? c.claims : []) {
      for (const x of k.citations) {
        const doc = await corpus.document(x.doc);
        if ((doc?.annotations?.facts ?? []).some((f) => f.restates && `${f.value} ${f.unit}` === k.value && f.valueStart >= x.start && f.valueEnd <= x.end)) restated = true;
      }
    }
    if (!restated) out.push(c);
  }
  return out;
}
