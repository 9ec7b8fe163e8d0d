import { fold } from '../../extract/fold.js';
import { answerWords } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { countriesIn } from '../state/common.js';

// Who speaks is not who acted: a transcript's speaker label ("QUESTION (Anadolu Agency, Selin Ateş):", "The Minister (Daniel Whitlow):") and the
// attribution that closes a sentence ("…, Foreign Minister Maxime Prévot said in a statement") name the source of the words, not a doer of their act.

/** The longest speaker label, from a line's start to its colon. */
const LABEL_CHARS = 120;
/**
 * Lower-case words a label may hold outside its brackets: a title's ("The Parliamentary Under-Secretary of State for Foreign … Affairs"),
 * read word by word, so "on behalf of" is its three words ("Latvia on behalf of the Nordic-Baltic Eight (Mr. Kalniņš):").
 */
const LABEL_WORDS = new Set(['of', 'for', 'the', 'and', 'to', 'on', 'behalf', 'in', 'de', 'da', 'del', 'van', 'von', 'al', 'bin']);

/**
 * Whether an offset stands in a speaker label: the words from the start of its line to a colon followed by a space, at most
 * `LABEL_CHARS` long, holding no sentence's end or quotation mark and, outside brackets, no lower-case word but a title's (`LABEL_WORDS`).
 * @example inLabel('QUESTION (Anadolu Agency, Selin Ateş): Sweden blocked …', 10) // → true
 */
export function inLabel(text: string, at: number): boolean {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  const colon = text.indexOf(':', at);
  if (colon < 0 || colon - line > LABEL_CHARS || !/^\s/.test(text.slice(colon + 1, colon + 2))) return false;
  const label = text.slice(line, colon);
  if (label.includes('\n') || /["“”]/.test(label) || /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Hon))[.!?]\s/.test(label)) return false;
  const outside = label.replace(/\([^()]*\)/g, ' ');
  return outside.split(/[^\p{L}'’-]+/u).every((w) => !w || !/^\p{Ll}/u.test(w) || LABEL_WORDS.has(w));
}

/**
 * Whether a name closes its sentence's clause as the source of what it says: after a comma and only capitalised words (a title), before a
 * verb of saying ("…, Foreign Minister Maxime Prévot said in a statement"), or after ", said" or ", according to".
 * @example closingSource('Belgium declared a counsellor persona non grata, Foreign Minister Maxime Prévot said.', 71, 84) // → true
 */
export function closingSource(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  // The verb closes the clause ("said.", "said in a statement on Tuesday,", "told reporters."), where "stated that Vietnam is…" opens one.
  const rest = text.slice(end, end + 120).split(/[,;.!?\n]/)[0]!;
  const closes = /^\s+(?:(?:said|says|added|stated|insisted|wrote)(?:\s+(?:on|in|at|late|earlier|yesterday|today|last|this|after|during|when|while)\b.*)?|told\s+\S+(?:\s+\S+)?)\s*$/u;
  if (closes.test(rest) && !/\bthat\b/.test(rest) && /,\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(before)) return true;
  return /,\s+(?:said|according to)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(before);
}

/**
 * Whether a question asks who said something ("who said…", "who told reporters…", "who denied…"): then the source of the words answers it.
 * @example asksSpeaker(parseQuestion('Who said the talks had failed?')) // → true
 */
export function asksSpeaker(q: ParsedQuestion): boolean {
  const verbs = new Set(answerWords().stanceVerbs);
  return fold(q.text)
    .split(/[^\p{L}]+/u)
    .some((w) => verbs.has(w) || ['say', 'tell', 'state', 'add', 'speak', 'spoke', 'ask', 'asked', 'write', 'wrote', 'announce', 'announced'].includes(w));
}

/**
 * The words a question or a passage credits what it tells to: after "according to", up to a clause's end or the next "according to"; the
 * stop of an abbreviation ("the U.S. Census Bureau") ends no clause.
 */
const ACCORDING = /\baccording to\s+((?:(?!\baccording to\b)(?:[^,;:.?!]|(?<=(?<!\p{L})\p{L})\.))+)/gu;

/**
 * The states a question credits the answer to: "…, according to Cyprus?", "how many … did Riyadh say were pushed back?" (the subject of a
 * verb of saying after "did", "does", "do"). Not "did Japan put $50 million into…", "did X count": acts, not sayings; not "did the ministry's
 * report show…", where "report" is a noun.
 * @example creditedBy('How many camels did Riyadh say were pushed back?') // → ['SAU']
 */
export function creditedBy(question: string): string[] {
  return [...new Set(creditPhrases(question).flatMap((p) => countriesIn(p)))];
}

/** The phrases a question credits its answer to ("according to Brussels and according to Kinshasa": "Brussels", "Kinshasa"). */
export function creditPhrases(question: string): string[] {
  const f = fold(question);
  const phrases = [...f.matchAll(ACCORDING)].map((m) => m[1]!);
  const said = /\b(?:did|does|do)\s+(.+?)\s+(?:say|claim|estimate|tell|report(?![\w-])(?<!['’]s report)(?!\s+(?:of|by|say|said|says|show|shows|find|found|put|give|state|list|count)\b))\b/.exec(f);
  if (said) phrases.push(said[1]!);
  return phrases;
}

/**
 * The states a passage credits what it tells to: "…, according to Qatari officials", "…, the Qatari foreign ministry said" (the words
 * after the clause's last comma before a closing verb of saying), and the subject of a verb of saying that opens a sentence ("Saudi Arabia
 * said 12,000 camels were pushed back, a figure that Qatari officials said was inflated": both sides).
 * @example creditsIn('Some 12,000 camels were pushed back, according to Qatari officials.') // → ['QAT']
 */
export function creditsIn(passage: string): string[] {
  const phrases = [...passage.matchAll(ACCORDING)].map((m) => m[1]!);
  for (const m of passage.matchAll(/,\s+([^,;:"“”]{3,80}?)\s+(?:said|says|told)\b/gu)) phrases.push(m[1]!);
  for (const m of passage.matchAll(/(?:^|[.!?]["”]?\s+)([^,;:.!?"“”]{3,80}?)\s+(?:said|says|told|stated|reported|estimated|claimed)\b/gu)) phrases.push(m[1]!);
  return [...new Set(phrases.flatMap((p) => countriesIn(p)))];
}

/**
 * Whether a passage credits what it tells only to another party than the question's ("did Riyadh say…" against "…, according to Qatari
 * officials"): it does not say what the question's party said.
 */
export function creditedElsewhere(question: string, passage: string): boolean {
  // A phrase that names no state ("according to Brussels", where the capital is read as no state's) leaves the credit unknown: no refusal.
  const phrases = creditPhrases(question);
  if (!phrases.length || phrases.some((p) => !countriesIn(p).length)) return false;
  const asked = creditedBy(question);
  const credits = creditsIn(passage);
  return credits.length > 0 && !credits.some((c) => asked.includes(c));
}
