import { readLexicon } from '../../lexicon.js';
import type { AskCorpus } from './corpus.js';
import type { AnswerKind, ParsedQuestion } from './question.js';
import { matches, type Scored } from './retrieve.js';
import type { Answer, Claim } from './types.js';
import type { Conflict } from './conflicts.js';
import { overlap } from '../../reconcile/event-conflicts.js';
import { clip, find, type Found } from './find.js';
import { fold } from '../../extract/fold.js';
import { answerWords, askLexicon } from './lexicon.js';
import { stem, type Token } from './text.js';
import { datingCues } from '../../extract/events/dating-cues.js';
import { measureScope } from '../../reconcile/measure-scope.js';
import { onceAsked, ONCE_WITHIN_YEARS, sameState } from './once.js';
import { rivalFigure } from './figures.js';
import { tellsAct } from './numbers.js';
import { deniesIt, leftOpen } from './yesno.js';

// Sources that disagree on the answer's slot: another passage's date or figure for the same thing.

/** A second passage this close to the best, giving another value of the same kind, is a disagreement between sources. */
const RIVAL_WITHIN = 0.9;
let counts: Set<string> | undefined;
/** The indicators that count the people or things of an act (`counts` in lexicon/indicators.json). */
function actionCounts(): Set<string> {
  counts ??= new Set((readLexicon('indicators.json').indicators as { id: string; counts?: unknown }[]).filter((i) => i.counts).map((i) => i.id));
  return counts;
}

/** A passage scoring at least this share of the best's may give a rival figure of the very same measure (indicator, unit, subject, direction, period). */
const MEASURE_WITHIN = 0.5;

/**
 * Another passage giving a stored figure of the same indicator, unit, subject, direction and
 * period as the answer's, with another value ("killing one person" and "15 soldiers were killed",
 * both persons killed in Armenia that day): two claims about one measure, whatever their words.
 */
async function sameMeasure(best: Found, candidates: Scored[], corpus: AskCorpus): Promise<Found | undefined> {
  const span = best.spans[0]!;
  const mine = (best.doc.annotations?.facts ?? []).find((f) => f.valueStart === span.start);
  // Only counts of an act (killed, wounded, detained: indicators.json's `counts`): two of one day and place are two reports of one incident;
  // a statistic's scope (who travels where, which ranking) is finer than its stored key.
  if (!span.structured || !mine?.period || !actionCounts().has(mine.indicator) || !tellsAct(mine.indicator, best.doc.text.slice(best.at.start, best.at.end))) return undefined;
  const key = (f: typeof mine) => [f.indicator, f.unit, f.subject ?? '', f.direction?.from ?? '', f.direction?.to ?? '', f.period].join('|');
  for (const c of candidates) {
    if (c.score < MEASURE_WITHIN * best.scored.score) break;
    if (c.passage.doc === best.doc.name && c.passage.start === best.at.start) continue;
    const doc = (await corpus.document(c.passage.doc))!;
    const other = (doc.annotations?.facts ?? []).find(
      (f) => f.valueStart >= c.passage.start && f.valueEnd <= c.passage.end && key(f) === key(mine) && Math.abs(f.value - mine.value) > 0.005 * Math.max(f.value, mine.value),
    );
    if (!other || measureScope(doc.text.slice(c.passage.start, c.passage.end), other.valueStart - c.passage.start, other.valueEnd - c.passage.start) !== scopeOf(best)) continue;
    const written = doc.text.slice(other.valueStart, other.valueEnd);
    return {
      scored: c,
      doc,
      at: c.passage,
      near: [],
      spans: [{ kind: 'number', start: other.valueStart, end: other.valueEnd, text: written, value: `${other.value} ${other.unit}`, structured: true }],
    };
  }
  return undefined;
}

/** The names of the question (its capitalised words) a passage holds. */
const namesIn = (q: ParsedQuestion, s: Scored) => q.terms.filter((t) => t.name && s.matched.some((m) => t.stems.includes(m.stem))).map((t) => t.word);

/** Whether two passages hold the same names of the question (its capitalised words). */
function sameNames(q: ParsedQuestion, a: Scored, b: Scored): boolean {
  return namesIn(q, a).join(' ') === namesIn(q, b).join(' ');
}

/** Whether one passage's names of the question are all among the other's ("the tribunal… between Croatia and Slovenia" and "the tribunal, which heard both countries"). */
function nestedNames(q: ParsedQuestion, a: Scored, b: Scored): boolean {
  const [x, y] = [namesIn(q, a), namesIn(q, b)];
  return x.every((n) => y.includes(n)) || y.every((n) => x.includes(n));
}

/** The answer of sources that disagree: each claim with its citations, all cited. */
export function disagreement(id: string | null, question: string, claims: Claim[], confidence: number, route: string): Answer {
  const answer = clip(`The sources disagree: ${claims.map((c) => c.answer).join(' or ')}`);
  return { id, question, status: 'conflict', answer, claims, citations: claims.flatMap((c) => c.citations), confidence, route };
}

/** A count's number, whether written in figures or words ("15", "fifteen"), for comparing two counts. */
function numberOf(value: string): string {
  return value.replace(/,/g, '').split(' ')[0]!.toLowerCase();
}

/** A passage scoring at least this share of the best's may date the same act differently (the question's verb and names in both). */
export const RIVAL_DATE_WITHIN = 0.75;

/** Whether one EDTF date lies inside the other: the same date told at two precisions (1993 and March 1993), not two. */
const nested = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** Whether a passage tells the act again ("visited Nairobi *again*", "a *second* visit"): another telling, not a rival dating. */
function tellsAgain(f: Found): boolean {
  const text = fold(f.doc.text.slice(f.at.start, f.at.end));
  return askLexicon().repeatWords.some((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(text));
}

/** A passage scoring at least this share of the best's may date the act of a light verb differently, telling it by its noun alone. */
const LIGHT_DATE_WITHIN = 0.55;

/** Whether the question's verb names no act of its own (`lightVerbs`: "gain independence", "take office"). */
function lightVerb(q: ParsedQuestion): boolean {
  const verb = q.terms.find((t) => t.verb);
  return !!verb && answerWords().lightVerbs.some((v) => verb.stems.includes(stem(v)));
}

/**
 * Whether a rival passage tells the question's act as the best one does: it holds the question's
 * verb (when the question has one) and every word of what is asked that the best holds, and the
 * names of the question, or some of them ("both countries" for the two the question names).
 */
export function sameAct(q: ParsedQuestion, best: Scored, other: Scored): boolean {
  // A word of the passage stands for the question's as retrieval matched it ("pledged" for "pledge").
  const held = (s: Scored, t: ParsedQuestion['terms'][number]) => s.matched.some((m) => matches(t, m));
  const verb = q.terms.find((t) => t.verb);
  // "Gain independence" is told by "independence" alone: a light verb's act is the words of what is asked after it, which both must hold.
  const light = lightVerb(q);
  const asked = q.terms.filter((t) => !t.name && t !== verb);
  if (light && !asked.some((t) => held(best, t) && held(other, t))) return false;
  if (verb && !light && !(held(best, verb) && held(other, verb))) return false;
  return asked.filter((t) => held(best, t)).every((t) => held(other, t)) && nestedNames(q, best, other);
}

/**
 * Words that open an object before its own words ("signed *the* rail accord", "*its* …", "*these* …"): the lexicons' determiners,
 * `firstDeterminers` (lexicon/dating-cues.json) and `backDeterminers` (lexicon/ask.json), and "an" (as `refersBack` reads them).
 */
let determiners: Set<string> | undefined;
const DETERMINERS = () => (determiners ??= new Set([...datingCues().firstDeterminers, ...answerWords().backDeterminers, 'an']));

/**
 * The words of the object right after the first word of a passage that matches the question's verb: a determiner skipped, then the
 * words up to a stop word, a number or a punctuation mark, five at most. Empty when the verb has none there ("was signed on …").
 * @example verbObject(scored('Ghana and Togo signed the rail accord on 4 March 1982'), sign) // → [rail, accord]
 */
function verbObject(s: Scored, verb: ParsedQuestion['terms'][number]): Token[] {
  const words = s.passage.words;
  const at = words.findIndex((w) => matches(verb, w) && s.matched.some((m) => m.start === w.start));
  if (at < 0) return [];
  const stop = askLexicon().stopwords;
  const out: Token[] = [];
  for (let k = at + 1, prev = words[at]!; k < words.length && out.length < 5; prev = words[k]!, k++) {
    const w = words[k]!;
    // A mark between two words ("accord, not …", "agreement (the …") ends the object.
    if (w.start !== prev.end + 1) break;
    if (!out.length && DETERMINERS().has(w.folded)) continue;
    if (stop.has(w.folded) || /\d/.test(w.folded)) break;
    out.push(w);
  }
  return out;
}

/**
 * Whether a rival passage's verb takes another object than the best's: its object holds a word no term of the question names ("signed the
 * *rail* accord") and lacks a word of what is asked that the best's object holds ("signed the Aflao *market* agreement"). Two objects
 * of one act differ at most by words the question does not ask about; with no object on either side nothing is judged (session 47, noticed (a)).
 * @example otherObject(q('When did Ghana and Togo sign the Aflao market agreement?'), best, rival('… signed the rail accord on 4 March 1982')) // → true
 */
export function otherObject(q: ParsedQuestion, best: Scored, other: Scored): boolean {
  const verb = q.terms.find((t) => t.verb);
  if (!verb) return false;
  const [mine, theirs] = [verbObject(best, verb), verbObject(other, verb)];
  if (!mine.length || !theirs.length) return false;
  const asked = q.terms.filter((t) => t !== verb);
  const named = (w: Token) => asked.some((t) => matches(t, w));
  const lacks = asked.some((t) => mine.some((w) => matches(t, w)) && !theirs.some((w) => matches(t, w)));
  return lacks && theirs.some((w) => !named(w));
}

/** The indicator the fact stage gave a span's figure ("a surplus of €310 million in its trade with …" is `trade_balance`, not `trade`): two figures of two indicators measure two things. */
const indicatorOf = (f: Found) => (f.doc.annotations?.facts ?? []).find((x) => x.valueStart === f.spans[0]!.start && x.valueEnd === f.spans[0]!.end)?.indicator;

/** Two figures measure the same thing unless the fact stage gave both an indicator and the two differ: a figure it stored no fact for says nothing either way. */
export function sameIndicator(a: Found, b: Found): boolean {
  const [x, y] = [indicatorOf(a), indicatorOf(b)];
  return x === undefined || y === undefined || x === y;
}

/** The words by a span's figure that fix what it measures (`measureScope`), in its passage. */
const scopeOf = (f: Found) => measureScope(f.doc.text.slice(f.at.start, f.at.end), f.spans[0]!.start - f.at.start, f.spans[0]!.end - f.at.start);

/**
 * Another passage giving a different date of the same act or a different figure of the same
 * measure: the sources disagree. Two dates disagree when neither lies inside the other (not 1993
 * and March 1993), at most a year apart (further apart they are two acts), neither told as a
 * date of the report, neither passage telling the act again; told in mostly the same words, or
 * by a passage nearly as good that holds the question's verb and the words and names the best holds.
 */
export async function rivalClaim(q: ParsedQuestion, kind: AnswerKind, best: Found, candidates: Scored[], corpus: AskCorpus, retrieved: Scored[]): Promise<Found | undefined> {
  if ((kind !== 'date' && kind !== 'number') || q.list) return undefined;
  const mine = best.spans[0]!;
  // A figure of the same measure may come from a passage below the refusal line: what makes it a rival is the measure, not the words.
  const measured = kind === 'number' ? await sameMeasure(best, retrieved, corpus) : undefined;
  if (measured) return measured;
  const derived = (text: string) => /\(date of the (?:report|passage)\)$/.test(text);
  // An act that happens once ("established diplomatic relations", "since when") may be dated years apart by a passage below the six tried (once.ts).
  const once = kind === 'date' && onceAsked(q);
  for (const c of once ? retrieved : candidates) {
    // A passage that tells a light verb's act by its noun ("since Irish independence in 1921") lacks only the verb, which weighs in its score as much as a content word.
    const within = kind === 'date' && lightVerb(q) ? LIGHT_DATE_WITHIN : Math.min(RIVAL_WITHIN, RIVAL_DATE_WITHIN);
    if (c === best.scored || c.score < within * best.scored.score) continue;
    if (c.passage.doc === best.scored.passage.doc && c.passage.index === best.scored.passage.index) continue;
    const other = await find(kind, q, c, corpus);
    const o = other?.spans[0];
    if (!other || !o || (other.at.start === best.at.start && other.doc.name === best.doc.name)) continue;
    // A rival passes the checks the answer passed (answer.ts): one that denies the act ("…and did not sign the tourism annex", "was not open
    // at night until April 2024", save "not … until" of the question's verb) or leaves it open is no claim of its date.
    if (deniesIt(q, other) || leftOpen(q, other)) continue;
    if (kind === 'date') {
      const yearGap = Math.abs(Number(o.value.slice(0, 4)) - Number(mine.value.slice(0, 4)));
      if (!/^\d{4}/.test(o.value) || !/^\d{4}/.test(mine.value) || o.value.includes('/') || mine.value.includes('/') || nested(o.value, mine.value)) continue;
      if (yearGap > (once ? ONCE_WITHIN_YEARS : 1)) continue;
      if (derived(o.text) || derived(mine.text) || tellsAgain(best) || tellsAgain(other)) continue;
      // The same once-only act told with another verb: the name the question quotes, or a state begun "since" (once.ts).
      if (once && c.score >= RIVAL_DATE_WITHIN * best.scored.score && sameState(q, best, other)) return other;
      // Told in mostly the same words at the same precision (as for stored conflicts), or the same act by a passage nearly as good.
      const quote = (f: Found) => f.doc.text.slice(f.at.start, f.at.end);
      if (c.score >= RIVAL_WITHIN * best.scored.score && o.granularity === mine.granularity && overlap(quote(best), quote(other)) >= 0.5) return other;
      if (sameAct(q, best.scored, c) && !otherObject(q, best.scored, c) && c.score >= (lightVerb(q) ? LIGHT_DATE_WITHIN : RIVAL_DATE_WITHIN) * best.scored.score) return other;
      continue;
    }
    if (c.score < RIVAL_WITHIN * best.scored.score) continue;
    // Two figures of one thing: the passages hold the same names of the question ("Leviathan holds 535 billion" is no rival of "Tamar holds 238 billion"),
    // and the same scope words by the figure ("registered" is no rival of "disbursed").
    if (
      kind === 'number' &&
      o.structured &&
      mine.structured &&
      o.value.split(' ')[1] === mine.value.split(' ')[1] &&
      o.value !== mine.value &&
      sameNames(q, best.scored, c) &&
      scopeOf(best) === scopeOf(other) &&
      sameIndicator(best, other)
    )
      return other;
    // Two counts of the very noun asked about ("killing one person", "15 Armenian soldiers were killed").
    if (kind === 'number' && o.counts && mine.counts && numberOf(o.value) !== numberOf(mine.value)) return other;
  }
  // A figure of the same measure a little further down, or whose passage says "the two countries" (figures.ts).
  return kind === 'number' ? rivalFigure(q, best, retrieved, corpus) : undefined;
}

/**
 * The claims of a stored conflict as an answer shows them: a figure as its first citation writes
 * it, with its base units ("$520 million (520000000 USD)"); a date as the store tells it.
 * @example await shownClaims(conflict, corpus) // → [{ answer: '$450 million (450000000 USD)', citations }, …]
 */
export async function shownClaims(conflict: Conflict, corpus: AskCorpus): Promise<Claim[]> {
  const out: Claim[] = [];
  for (const k of conflict.claims) {
    let answer = k.answer;
    // A date as its first citation writes it, the store's reading after it when the two differ ("2025-03-06 11:00 (6 March 2025)").
    if (conflict.kind === 'event') {
      for (const c of k.citations) {
        const doc = await corpus.document(c.doc);
        const t = (doc?.annotations?.times ?? []).find((x) => x.edtf === k.value && x.start >= c.start && x.end <= c.end);
        if (doc && t) {
          answer = fold(t.text) === fold(k.answer) ? t.text : `${t.text} (${k.answer})`;
          break;
        }
      }
    }
    if (conflict.kind === 'fact') {
      for (const c of k.citations) {
        const doc = await corpus.document(c.doc);
        const f = (doc?.annotations?.facts ?? []).find((x) => `${x.value} ${x.unit}` === k.value && x.valueStart >= c.start && x.valueEnd <= c.end);
        if (doc && f) {
          const written = doc.text.slice(f.valueStart, f.valueEnd);
          answer = written.replace(/[^\d.]/g, '') === String(f.value) ? written : `${written} (${k.answer})`;
          break;
        }
      }
    }
    out.push({ answer, citations: k.citations });
  }
  return out;
}
