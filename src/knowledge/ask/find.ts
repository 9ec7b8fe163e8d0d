import type { DocumentRecord } from '../../model/document.js';
import type { AskCorpus, Passage } from './corpus.js';
import type { AnswerKind, ParsedQuestion } from './question.js';
import type { Scored } from './retrieve.js';
import { clause, quoted, spansOf, type Span } from './spans.js';
import { countedWords } from './answer-types.js';
import { questionSlot, slotSpans } from './slot.js';
import type { Citation } from './types.js';
import { reasonSpans, whyAsked } from './reasons.js';
import { pronounObject, toldOfPronoun } from './pronoun-objects.js';

// What a candidate passage answers: the spans of the kind asked for in it or beside it, and what they weigh.

/** A span found in the sentence beside the passage, not in it, weighs this much of the passage's score. */
const BESIDE = 0.9;
/** A clause standing in for the noun a which/what question asks for ("which crossing") weighs this much of its passage's score. */
const LOOSE = 0.6;

export interface Found {
  scored: Scored;
  doc: DocumentRecord;
  /** The sentence the span is in (the passage or a neighbour). */
  at: Passage;
  /** The sentences beside the passage in its block. */
  near: Passage[];
  spans: Span[];
  /** The head noun the question asks for types no span of the passage: its clause stands in, weighing less. */
  loose?: boolean;
  /** The passage tells the act asked about only as planned or promised. */
  hedged?: boolean;
}

export const cite = (doc: DocumentRecord, p: { start: number; end: number }): Citation => ({ doc: doc.name, start: p.start, end: p.end, quote: doc.text.slice(p.start, p.end) });

/** The spans of a kind in a candidate passage, else in the sentences beside it. */
export async function find(kind: AnswerKind, q: ParsedQuestion, s: Scored, corpus: AskCorpus): Promise<Found | undefined> {
  if (kind !== 'span' || !whyAsked(q)) return findIn(kind, q, s, corpus);
  // "Why did Burundi reject the request?": the words after "saying", "because" that follow the question's verb (reasons.ts); a passage without
  // them is read as before, weighing less, so one that gives the reason wins.
  const doc = (await corpus.document(s.passage.doc))!;
  const reason = reasonSpans(q, doc, s.passage);
  if (reason.length) return { scored: s, doc, at: s.passage, near: [], spans: reason };
  const other = await findIn(kind, q, s, corpus);
  return other && { ...other, loose: true };
}

async function findIn(kind: AnswerKind, q: ParsedQuestion, s: Scored, corpus: AskCorpus): Promise<Found | undefined> {
  const doc = (await corpus.document(s.passage.doc))!;
  // A yes or no is read from the passage itself.
  if (kind === 'yesno') return { scored: s, doc, at: s.passage, near: await corpus.neighbours(s.passage), spans: [] };
  // "How many soldiers": the number must come from a sentence that names soldiers.
  const counts = (p: Passage) => kind !== 'number' || !q.counted || countedWords(q, doc, p).length > 0;
  // A question whose verb fixes where its answer stands ("how did Pakistan respond…"): the passage, else the sentence beside, that uses the verb;
  // failing both, the passage's clause (weighing it less cost a blind question: a clause of the best passage is often right).
  if (kind === 'span' && !q.head && !q.title && !q.after && questionSlot(q.text, q.terms.find((t) => t.verb)?.stems[0])) {
    const slotted = slotSpans(q, doc, s.passage);
    if (slotted.length) return { scored: s, doc, at: s.passage, near: [], spans: slotted };
    for (const n of await corpus.neighbours(s.passage)) {
      const there = slotSpans(q, doc, n);
      if (there.length) return { scored: s, doc, at: n, near: [], spans: there };
    }
    const words = clause(q, doc, s.passage, s.matched);
    return words.length ? { scored: s, doc, at: s.passage, near: [], spans: words } : undefined;
  }
  // "…drafted a memorandum … last year. The two ministers signed it on 5 March 2026": the act asked told of a pronoun (pronoun-objects.ts).
  // Null: the act is told of another thing named between ("debated the budget, and the president signed it"), and the passage dates nothing asked.
  const pronoun = kind === 'date' ? await pronounObject(q, doc, s, corpus) : undefined;
  if (pronoun === null) return undefined;
  if (pronoun) return pronoun;
  // "…, and the president signed it on 5 March": a passage that tells the act only of a pronoun answers nothing about the thing asked.
  if (kind === 'date' && toldOfPronoun(q, s.passage)) return undefined;
  const here = counts(s.passage) ? await spansOf(kind, q, doc, s.passage, s.matched, corpus) : [];
  if (here.length) return { scored: s, doc, at: s.passage, near: [], spans: here };
  if (kind === 'span' && q.head && !q.title) {
    // "Which document was initialled…": the head noun's apposition names it ("A third document, an arrangement on health screening, was…").
    const named = apposed(q.head, doc, s.passage);
    if (named) return { scored: s, doc, at: s.passage, near: [], spans: [named] };
    // No name the head noun types: the words after the question's verb or its preposition (slot.ts), else the clause, both standing in at less
    // weight. Not the words before the verb: in "which firm will receive…" they are the head noun's own phrase, not what it names.
    const slotted = slotSpans(q, doc, s.passage, ['object', 'prep']);
    const words = slotted.length ? slotted : clause(q, doc, s.passage, s.matched);
    return words.length ? { scored: s, doc, at: s.passage, near: [], spans: words, loose: true } : undefined;
  }
  if (kind === 'span' && !q.title) return undefined;
  for (const n of await corpus.neighbours(s.passage)) {
    // A title asked for may be quoted in the sentence beside ("…held in Hanoi. It was titled '…'").
    const there = !counts(n) ? [] : kind === 'span' ? quoted(doc, n) : await spansOf(kind, q, doc, n, [], corpus);
    if (there.length) return { scored: s, doc, at: n, near: [], spans: there };
  }
  // No quoted title anywhere near: the clause that answers.
  const words = kind === 'span' ? clause(q, doc, s.passage, s.matched) : [];
  return words.length ? { scored: s, doc, at: s.passage, near: [], spans: words } : undefined;
}

/**
 * The noun phrase in apposition after the head noun a which/what question asks for, between commas ("A third *document*, an arrangement on
 * health screening at border posts, was initialled"), if the passage gives one.
 */
function apposed(head: string, doc: DocumentRecord, p: Passage): Span | undefined {
  const text = doc.text.slice(p.start, p.end);
  const m = new RegExp(`\\b${head}\\p{L}*,\\s+((?:a|an|the)\\s+[^,;:()"“”]{3,90}?),`, 'iu').exec(text);
  if (!m) return undefined;
  const start = p.start + m.index + m[0].indexOf(m[1]!);
  return { kind: 'span', start, end: start + m[1]!.length, text: m[1]!, value: m[1]!, structured: false };
}

/** A found span's worth: its passage's score, less when the span is beside the passage or only a clause standing in for the noun asked for. */
export const weight = (x: Found) => x.scored.score * (x.at === x.scored.passage ? 1 : BESIDE) * (x.loose ? LOOSE : 1);

export const isPerson = (f: Found) => f.spans[0]?.value.startsWith('person:') === true;

const MAX_ANSWER = 100;
/** An answer a person reads at a glance: at most 100 characters, cut at a word. */
export const clip = (s: string) => (s.length <= MAX_ANSWER ? s : `${s.slice(0, MAX_ANSWER - 1).replace(/\s+\S*$/, '')}…`);
