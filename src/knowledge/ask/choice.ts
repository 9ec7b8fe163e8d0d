import { humanDate } from '../../reconcile/human-date.js';
import type { SubAnswer } from './arithmetic.js';
import type { Answer, Citation } from './types.js';

/** A choice between two things by their dates ("which was signed first, A or B?"): the two sub-questions and which end wins. */
export interface Choice {
  options: [string, string];
  questions: [string, string];
  /** The earlier date wins ("first", "earlier"), or the later ("last", "most recently"). */
  earlier: boolean;
}

const EARLIER = /^(first|earlier|earliest|sooner|before)$/i;

/**
 * Reads a question that chooses between two things by when they happened ("Which was signed
 * first, the Postal Agreement or the Tax Agreement?", "Which became independent first, Ghana or
 * Nigeria?"), with a when-question for each; undefined for other questions.
 * @example choiceOf('Which became independent first, Ghana or Nigeria?')?.questions // → ['When did Ghana become independent?', 'When did Nigeria become independent?']
 */
export function choiceOf(question: string): Choice | undefined {
  const m = /^(?:which|who)\s+(?:one\s+)?(.+?)\s+(first|earlier|earliest|sooner|last|later|latest|most recently)\s*,?\s+(.+?)\s+or\s+(.+?)\s*[?.!]*\s*$/i.exec(question.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const clean = (o: string) => o.replace(/^(?:either\s+)?(?:their|its|his|her|the)\s+/i, '').trim();
  const options: [string, string] = [clean(m[3]!), clean(m[4]!)];
  if (options.some((o) => !o || o.split(' ').length > 8)) return undefined;
  const verb = m[1]!;
  // "was signed" → "When was A signed?"; "became independent" → "When did A became independent?" (the parser reads the words, not the tense).
  const aux = /^(was|were|is|are|has|had|have)\s+(.+)$/i.exec(verb);
  const ask = (o: string) => (aux ? `When ${aux[1]!.toLowerCase()} ${o} ${aux[2]}?` : `When did ${o} ${verb}?`);
  return { options, questions: [ask(options[0]), ask(options[1])], earlier: EARLIER.test(m[2]!) };
}

function merged(...lists: Citation[][]): Citation[] {
  const out: Citation[] = [];
  for (const c of lists.flat()) if (!out.some((x) => x.doc === c.doc && x.start === c.start && x.end === c.end)) out.push(c);
  return out;
}

/**
 * Answers a choice between two things by their dates (`choiceOf`): each date read and cited by
 * `answer` (the passage route), the earlier or later named with both dates; refused when either
 * date is missing, both are read from the same words, or the two cannot be ordered (one year at
 * different precisions).
 * @example await answerChoice('Which became independent first, Ghana or Nigeria?', null, ask) // → { answer: 'Ghana (1957), before Nigeria (1960)', … }
 */
export async function answerChoice(question: string, id: string | null, answer: (question: string) => Promise<SubAnswer>): Promise<Answer | undefined> {
  const choice = choiceOf(question);
  if (!choice) return undefined;
  const refused: Answer = { id, question, status: 'not_in_corpus', answer: null, claims: [], citations: [], confidence: 0, route: 'none' };
  const [a, b] = [await answer(choice.questions[0]), await answer(choice.questions[1])];
  if (a.answer.status !== 'answered' || b.answer.status !== 'answered' || a.span?.kind !== 'date' || b.span?.kind !== 'date') return refused;
  if (a.span.start === b.span.start && a.doc?.name === b.doc?.name) return refused;
  const [x, y] = [a.span.value, b.span.value];
  const n = Math.min(x.length, y.length, 10);
  if (!/^\d{4}/.test(x) || !/^\d{4}/.test(y) || x.slice(0, n) === y.slice(0, n)) return refused;
  const aFirst = x.slice(0, n) < y.slice(0, n);
  const [win, lose, wd, ld] = aFirst === choice.earlier ? [choice.options[0], choice.options[1], x, y] : [choice.options[1], choice.options[0], y, x];
  const text = `${win} (${humanDate(wd.slice(0, 10))}), ${choice.earlier ? 'before' : 'after'} ${lose} (${humanDate(ld.slice(0, 10))})`;
  return {
    id,
    question,
    status: 'answered',
    answer: text.length <= 100 ? text : `${text.slice(0, 99).replace(/\s+\S*$/, '')}…`,
    claims: [],
    citations: merged(a.answer.citations, b.answer.citations),
    confidence: +Math.min(a.answer.confidence, b.answer.confidence).toFixed(3),
    route: 'choice',
  };
}
