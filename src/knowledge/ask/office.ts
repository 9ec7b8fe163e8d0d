import { fold } from '../../extract/fold.js';
import type { AskCorpus } from './corpus.js';
import type { ParsedQuestion } from './question.js';
import type { Scored } from './retrieve.js';
import type { Answer, Citation } from './types.js';
import { answerWords } from './lexicon.js';
import { cite, clip, find } from './find.js';
import { disagreement, sameAct } from './rivals.js';

// "In what capacity did X promise…": the office a named person acted in, read from the title the passage gives before the name, and two
// passages that give the same act different offices ("Finance Minister X promised…", "Foreign Minister X promised…") shown as a conflict.

/** Whether a question asks the office a named person acted in (`officeCues`: "in what capacity", "as what"). */
export function officeAsked(q: ParsedQuestion): boolean {
  const f = fold(q.text);
  return answerWords().officeCues.some((c) => new RegExp(`(^|[^\\p{L}])${c}($|[^\\p{L}])`, 'u').test(f));
}

const WORD = /[\p{L}'’.-]+/gu;
const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/**
 * The office written before a name of the question in a text: the title word (`personTitles`, not
 * an honorific) and the capitalised words before it, past at most two other words of the name
 * ("Finance Minister Kiichi Miyazawa" → "Finance Minister", for Kiichi or Miyazawa).
 * @example officeBefore('Foreign Minister Ana Costa promised loans', 'Costa') // → { start: 0, end: 16, text: 'Foreign Minister' }
 */
export function officeBefore(text: string, name: string): { start: number; end: number; text: string } | undefined {
  const { personTitles, honorifics } = answerWords();
  const titles = new Set(personTitles.filter((t) => !honorifics.includes(t) && !t.includes(' ')));
  const words = [...text.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < words.length; i++) {
    if (fold(words[i]!.w) !== name) continue;
    // Back over the other words of the name (capitalised, not titles), then the title and its capitalised words.
    let j = i - 1;
    while (j >= 0 && i - j <= 2 && capitalised(words[j]!.w) && !titles.has(fold(words[j]!.w))) j--;
    const title = words[j];
    // The words must run on: no comma or other mark between the title and the name.
    if (!title || !titles.has(fold(title.w).replace(/\.$/, '')) || /[^\s\p{L}'’.-]/u.test(text.slice(title.end, words[j + 1]!.start))) continue;
    let k = j;
    while (k > 0 && j - k < 2 && capitalised(words[k - 1]!.w) && /^\s+$/.test(text.slice(words[k - 1]!.end, words[k]!.start))) k--;
    // A capitalised word that opens the sentence is no part of the title.
    if (k < j && k === 0 && !capitalised(title.w)) k = j;
    return { start: words[k]!.start, end: title.end, text: text.slice(words[k]!.start, title.end) };
  }
  return undefined;
}

interface Held {
  scored: Scored;
  office: string;
  citations: Citation[];
  /** The date the passage gives the act, when the question asks one too. */
  date?: { text: string; value: string };
}

/** Whether one office's words are all among the other's ("Minister", "Foreign Minister"): one office told at two precisions. */
function nestedOffice(a: string, b: string): boolean {
  const [x, y] = [fold(a).split(/\s+/), fold(b).split(/\s+/)];
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

const shown = (q: ParsedQuestion, h: Held) => (h.date && q.wants.includes('date') ? `${h.office}; ${h.date.text}` : h.office);

/**
 * The office a person of the question acted in, from the best passages that write a title before
 * the name; a conflict when a passage nearly as good tells the same act (`sameAct`) with another
 * office, not one inside the other ("Minister" and "Foreign Minister") and not in years more than
 * one apart (two acts). Undefined when no passage gives the person a title.
 */
export async function answerOffice(q: ParsedQuestion, candidates: Scored[], corpus: AskCorpus, id: string | null): Promise<Answer | undefined> {
  const names = q.terms.filter((t) => t.name).map((t) => t.word);
  const held: Held[] = [];
  for (const c of candidates) {
    const doc = (await corpus.document(c.passage.doc))!;
    const text = doc.text.slice(c.passage.start, c.passage.end);
    const office = names.map((n) => officeBefore(text, n)).find(Boolean);
    if (!office) continue;
    const h: Held = { scored: c, office: office.text, citations: [cite(doc, c.passage)] };
    // The act's date, shown when the question asks it, and telling two acts apart whether asked or not.
    const d = (await find('date', q, c, corpus))?.spans[0];
    if (d) h.date = { text: d.text, value: d.value };
    held.push(h);
  }
  const first = held[0];
  if (!first) return undefined;
  // "Minister" and "Research Minister" of one act: the fuller office.
  const best = held.filter((h) => nestedOffice(h.office, first.office) && sameAct(q, first.scored, h.scored)).reduce((a, b) => (b.office.length > a.office.length ? b : a), first);
  const year = (h: Held) => Number(h.date?.value.slice(0, 4));
  const rival = held.find(
    (h) =>
      h !== best &&
      !nestedOffice(h.office, best.office) &&
      sameAct(q, best.scored, h.scored) &&
      !(h.date && best.date && /^\d{4}/.test(h.date.value) && /^\d{4}/.test(best.date.value) && Math.abs(year(h) - year(best)) > 1),
  );
  const confidence = +Math.min(1, best.scored.score).toFixed(3);
  if (rival)
    return disagreement(
      id,
      q.text,
      [best, rival].map((h) => ({ answer: clip(shown(q, h)), citations: h.citations })),
      confidence,
      'passage',
    );
  return { id, question: q.text, status: 'answered', answer: clip(shown(q, best)), claims: [], citations: best.citations, confidence, route: 'passage' };
}
