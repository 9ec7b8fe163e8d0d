import { fold } from '../../extract/fold.js';
import type { DocumentRecord } from '../../model/document.js';
import { humanDate } from '../../reconcile/human-date.js';
import type { Span } from './spans.js';
import { shownLength } from './durations.js';
import type { Answer, Citation } from './types.js';

/** What a sub-question's answer gives the arithmetic: the answer, the span it was read from, its document. */
export interface SubAnswer {
  answer: Answer;
  span?: Span;
  doc?: DocumentRecord;
}

/** A question that needs two answers and a computation on them ("how many years separate X from Y"). */
export type Operation = { kind: 'years'; questions: [string, string]; long?: true } | { kind: 'difference' | 'ratio'; questions: [string, string]; years?: [string, string] } | { kind: 'sum' };

const YEAR = String.raw`(1[5-9]\d\d|20\d\d)`;
const END = String.raw`\s*[?.!]*\s*$`;
const isYear = (s: string) => /^\s*(?:in\s+)?(1[5-9]\d\d|20\d\d)\s*$/.test(s);
/** A noun phrase asked about as an event: "the Elysee Treaty" → "When was the Elysee Treaty?". */
const when = (phrase: string) => `When was ${phrase.trim().replace(/^the\s+/i, 'the ')}?`;

/**
 * The computation a question asks for, with the sub-questions whose answers it reads; undefined for
 * a question answered by one span. Question decomposition: each part is answered (and cited) on
 * its own, then the dates are subtracted or the figures subtracted, divided or added.
 * @example operationOf('How many years separate the Treaty of Oslo from the Treaty of Bergen?') // → { kind: 'years', questions: ['When was the Treaty of Oslo?', 'When was the Treaty of Bergen?'] }
 */
export function operationOf(question: string): Operation | undefined {
  const q = question.trim().replace(/\s+/g, ' ');
  // Years between two events: "how many years separate X from Y", "how many years passed between X and Y", "how many years after X did Y".
  const separate = new RegExp(
    `^how many years (?:separate|separated|lie between|lay between|passed between|elapsed between|(?:are|were) there between|between) (.+?) (?:from|and) (.+?)${END}`,
    'i',
  ).exec(q);
  if (separate && !isYear(separate[1]!) && !isYear(separate[2]!)) return { kind: 'years', questions: [when(separate[1]!), when(separate[2]!)] };
  const apart = new RegExp(`^how many years apart (?:were|are|was|is) (.+?) and (.+?)${END}`, 'i').exec(q);
  if (apart) return { kind: 'years', questions: [when(apart[1]!), when(apart[2]!)] };
  // The first act may be told in the passive ("how long after the treaty was signed did it enter into force"): asked as "when was the
  // treaty signed", and a pronoun opening the second ("it", "they") stands for its subject. "How long" answers in days, months or years.
  const after = new RegExp(`^how (many years|long) (?:after|before) (.+?)(?: (was|were) (\\w+))?,? (did|was|were|does|do|had) (.+?)${END}`, 'i').exec(q);
  if (after && !isYear(after[2]!)) {
    const [, unit, first, be, done, aux, rest] = after;
    const second = `When ${aux!.toLowerCase()} ${done ? rest!.replace(/^(?:it|they)\b/i, first!.trim().replace(/^The\b/, 'the')) : rest!}?`;
    return { kind: 'years', questions: [done ? `When ${be!.toLowerCase()} ${first!.trim()} ${done}?` : when(first!), second], ...(/^long$/i.test(unit!) ? { long: true } : {}) };
  }
  // A change between two years: "by how much did trade grow from 2020 to 2021", "how much higher was trade in 2021 than in 2020".
  const change = new RegExp(
    `^(?:by )?how much (?:did|has|had|have) (.+?) (?:grow|rise|increase|fall|decline|drop|decrease|change|shrink|expand|go up|go down)\\b.*?\\b(?:from|between|in) ${YEAR} (?:to|and|until|till) ${YEAR}${END}`,
    'i',
  ).exec(q);
  if (change) return { kind: 'difference', questions: [`How much was ${change[1]} in ${change[2]}?`, `How much was ${change[1]} in ${change[3]}?`], years: [change[2]!, change[3]!] };
  const higher = new RegExp(`^how much (?:more|higher|larger|bigger|greater|less|lower|smaller) (?:was|were|is|are) (.+?) in ${YEAR} than (?:in |it was in |they were in )?${YEAR}${END}`, 'i').exec(q);
  if (higher) return { kind: 'difference', questions: [`How much was ${higher[1]} in ${higher[3]}?`, `How much was ${higher[1]} in ${higher[2]}?`], years: [higher[3]!, higher[2]!] };
  const times = new RegExp(
    `^(?:roughly |about |approximately )?how many times (?:larger|bigger|higher|greater|more|as large|as high|as many|as much) (?:was|were|is|are) (.+?) in ${YEAR} (?:than|as) (?:in |it was in |they were in )?${YEAR}${END}`,
    'i',
  ).exec(q);
  if (times) return { kind: 'ratio', questions: [`How much was ${times[1]} in ${times[2]}?`, `How much was ${times[1]} in ${times[3]}?`], years: [times[2]!, times[3]!] };
  // Two things compared: "how much more gas does A hold than B", subtracting B's figure from A's.
  const more = /^how (?:much|many) more (.+?) (does|did|do|is|was|were|are|has|had) (.+?) (\w+) than (.+?)\s*[?.!]*\s*$/i.exec(q);
  // The second thing may name its own noun ("than Tamar's estimated reserves"): then it is asked about alone.
  if (more) {
    const second = /\s/.test(more[5]!.trim()) ? `How much is ${more[5]}?` : `How much ${more[1]} ${more[2]} ${more[5]} ${more[4]}?`;
    return { kind: 'difference', questions: [`How much ${more[1]} ${more[2]} ${more[3]} ${more[4]}?`, second] };
  }
  // A sum of the figures one passage gives for the parts asked together ("the combined value of exports and imports in 2019", "loans over 2012-2020 in total").
  if (/^(?:what|how)\b/i.test(q) && /\b(combined|in total|altogether|taken together|all together|put together)\b/i.test(q)) return { kind: 'sum' };
  return undefined;
}

/** A figure of a span: a stored fact's value in base units with its unit, else the number written. */
export function figureOf(span: Span | undefined): { value: number; unit: string } | undefined {
  if (!span || span.kind !== 'number') return undefined;
  if (span.structured) {
    const [v, unit] = span.value.split(' ');
    const value = Number(v);
    return Number.isFinite(value) && unit ? { value, unit } : undefined;
  }
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(million|billion|trillion)?/i.exec(span.value);
  if (!m) return undefined;
  const scale = { million: 1e6, billion: 1e9, trillion: 1e12 }[(m[2] ?? '').toLowerCase() as 'million'] ?? 1;
  return { value: Number(m[1]!.replace(/,/g, '')) * scale, unit: '' };
}

const trim = (n: number) => String(+n.toPrecision(10));

/**
 * A value in base units as a person writes it, in its unit.
 * @example shownFigure(13e9, 'USD') // → '13 billion USD'
 */
export function shownFigure(value: number, unit: string): string {
  const a = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  const u = unit && unit !== 'count' ? ` ${unit}` : '';
  if (a >= 1e12) return `${sign}${trim(a / 1e12)} trillion${u}`;
  if (a >= 1e9) return `${sign}${trim(a / 1e9)} billion${u}`;
  if (a >= 1e6) return `${sign}${trim(a / 1e6)} million${u}`;
  return `${sign}${trim(a).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${u}`;
}

/** Whole years from one EDTF date to another (the later's month and day before the earlier's take one off). */
function yearsBetween(a: string, b: string): number {
  const [x, y] = a <= b ? [a, b] : [b, a];
  const n = Number(y.slice(0, 4)) - Number(x.slice(0, 4));
  return x.length >= 7 && y.length >= 7 && y.slice(5) < x.slice(5) ? n - 1 : n;
}

const written = (s: SubAnswer) => (s.doc && s.span ? s.doc.text.slice(s.span.start, s.span.end) : (s.answer.answer ?? ''));

function merged(...lists: Citation[][]): Citation[] {
  const out: Citation[] = [];
  for (const c of lists.flat()) if (!out.some((x) => x.doc === c.doc && x.start === c.start && x.end === c.end)) out.push(c);
  return out;
}

/**
 * Answers a question that needs arithmetic on two cited answers (`operationOf`), each read by
 * `answer` (the passage route); undefined for other questions. Either part unanswered, or two
 * figures in different units, and the question is refused: a computed answer is only as good as
 * both of its parts.
 * @example await answerArithmetic('How many years separate the Treaty of Oslo from the Treaty of Bergen?', null, ask) // → { answer: '56 years (22 January 1963 to 22 January 2019)', citations: [both passages] }
 */
export async function answerArithmetic(question: string, id: string | null, answer: (question: string) => Promise<SubAnswer>): Promise<Answer | undefined> {
  const op = operationOf(question);
  if (!op) return undefined;
  // Refused on the `arithmetic` route: no passage was weighed against the whole question, only its parts (ask-render.ts says so).
  const refused: Answer = { id, question, status: 'not_in_corpus', answer: null, claims: [], citations: [], confidence: 0, route: 'arithmetic' };
  const done = (text: string, citations: Citation[], confidence: number): Answer => ({
    id,
    question,
    status: 'answered',
    answer: text.length <= 100 ? text : `${text.slice(0, 99).replace(/\s+\S*$/, '')}…`,
    claims: [],
    citations,
    confidence: +confidence.toFixed(3),
    route: 'arithmetic',
  });
  if (op.kind === 'sum') return sum(question, await answer(question), done, refused);
  const [a, b] = [await answer(op.questions[0]), await answer(op.questions[1])];
  if (a.answer.status !== 'answered' || b.answer.status !== 'answered' || !a.span || !b.span) return refused;
  // Both parts read from the same words: the passage answers one of them at most.
  if (a.span.start === b.span.start && a.doc?.name === b.doc?.name) return refused;
  const citations = merged(a.answer.citations, b.answer.citations);
  const confidence = Math.min(a.answer.confidence, b.answer.confidence);
  if (op.kind === 'years') {
    if (a.span.kind !== 'date' || b.span.kind !== 'date' || !/^\d{4}/.test(a.span.value) || !/^\d{4}/.test(b.span.value)) return refused;
    const [x, y] = a.span.value <= b.span.value ? [a.span.value, b.span.value] : [b.span.value, a.span.value];
    // "How long after": days, months or years, as the two dates allow (durations.ts).
    const length = op.long ? shownLength(x.slice(0, 10), y.slice(0, 10)) : undefined;
    if (length) return done(length, citations, confidence);
    const n = yearsBetween(x.slice(0, 10), y.slice(0, 10));
    return done(`${n} year${n === 1 ? '' : 's'} (${humanDate(x.slice(0, 10))} to ${humanDate(y.slice(0, 10))})`, citations, confidence);
  }
  const fa = figureOf(a.span);
  const fb = figureOf(b.span);
  if (!fa || !fb || fa.unit !== fb.unit) return refused;
  const at = (s: SubAnswer, year?: string) => `${written(s)}${year ? ` in ${year}` : ''}`;
  if (op.kind === 'ratio') {
    if (fb.value === 0) return refused;
    const r = fa.value / fb.value;
    return done(`about ${r >= 10 ? Math.round(r) : +r.toFixed(1)} times (${at(a, op.years?.[0])}, ${at(b, op.years?.[1])})`, citations, confidence);
  }
  // A change between two years is the later figure less the earlier ("from … to …"); two things compared, the first less the second.
  if (op.years) return done(`${shownFigure(fb.value - fa.value, fa.unit)} (from ${at(a, op.years[0])} to ${at(b, op.years[1])})`, citations, confidence);
  return done(`${shownFigure(fa.value - fb.value, fa.unit)} (${written(a)} against ${written(b)})`, citations, confidence);
}

/** The figures the answering passage gives for the parts asked together: of one unit, each of a period the question asks (or of its one year), added up. */
function sum(question: string, one: SubAnswer, done: (text: string, citations: Citation[], confidence: number) => Answer, refused: Answer): Answer | undefined {
  const first = figureOf(one.span);
  if (one.answer.status !== 'answered' || !one.doc || !one.span || !first || !one.span.structured) return undefined;
  const years = [...fold(question).matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => m[1]!);
  const lo = years.length ? years.reduce((x, y) => (x < y ? x : y)) : undefined;
  const hi = years.length ? years.reduce((x, y) => (x > y ? x : y)) : undefined;
  const cited = one.answer.citations.filter((c) => c.doc === one.doc!.name);
  const inRange = (period: string | undefined) => {
    if (!lo || !hi) return true;
    if (!period) return false;
    const [p, q] = period.split('/');
    return p!.slice(0, 4) >= lo && (q ?? p)!.slice(0, 4) <= hi;
  };
  const facts = (one.doc.annotations?.facts ?? []).filter((f) => cited.some((c) => f.valueStart >= c.start && f.valueEnd <= c.end) && f.unit === first.unit && inRange(f.period));
  // Parts are distinct figures: of other periods that do not overlap, or of other indicators or directions of the same period.
  const parts = facts.filter((f, i) => facts.findIndex((g) => g.value === f.value && g.period === f.period) === i);
  if (parts.length < 2) return refused;
  const total = parts.reduce((n, f) => n + f.value, 0);
  const shown = parts.map((f) => one.doc!.text.slice(f.valueStart, f.valueEnd)).join(' + ');
  return done(`${shownFigure(total, first.unit)} (${shown})`, one.answer.citations, one.answer.confidence);
}
