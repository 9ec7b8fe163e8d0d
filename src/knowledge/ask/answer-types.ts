import { fold } from '../../extract/fold.js';
import { tag } from '../../extract/nlp/tagger.js';
import type { DocumentRecord } from '../../model/document.js';
import type { Passage } from './corpus.js';
import { answerWords } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { tokens, type Token } from './text.js';
import { stateAtEnd } from './states.js';
import { standInCounted } from './stand-in.js';

// What kind of thing a question's answer must be, checked against the passage before a span answers (session 11): the title a person
// must carry, the state a counted noun belongs to.

/** Parts of speech of a word that may stand between a state's adjective and the noun it qualifies ("Botswana *truck* drivers"): no verb. */
const QUALIFIERS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET']);

/**
 * The state an adjective or name right before a word, or before one plain word before it, stands for ("*Armenian* soldiers", "*Costa
 * Rican* fishermen", "*Botswana* truck drivers"), if any; not across a verb ("*Botswana* detained drivers": the drivers are not its).
 */
function stateBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 50);
  const before = text.slice(from, at);
  if (!/\p{L}\s+$/u.test(before)) return undefined;
  const direct = stateAtEnd(before.trimEnd());
  if (direct) return direct;
  const plain = /(?<=\p{L}\s+)\p{Ll}+(?=\s*$)/u.exec(before);
  if (!plain) return undefined;
  // The word's part of speech in its phrase (the noun after it read too: "detained drivers").
  const word = tag(text.slice(from, Math.min(text.length, at + 30)), from).find((t) => t.start === from + plain.index);
  return word && QUALIFIERS.has(word.pos) ? stateAtEnd(before.slice(0, plain.index)) : undefined;
}

/**
 * The passage's words for the noun a how-many question counts, not those another state's adjective
 * qualifies: "how many *Azerbaijani* soldiers were killed" is not counted by "15 *Armenian* soldiers
 * were killed".
 * @example countedWords(parseQuestion('How many Azerbaijani soldiers were killed?'), doc, passage) // → [] for "15 Armenian soldiers were killed"
 */
export function countedWords(q: ParsedQuestion, doc: DocumentRecord, p: Passage): Token[] {
  if (!q.counted) return [];
  const asked = tokens(q.text).find((t) => t.stem === q.counted);
  const state = asked ? stateBefore(q.text, asked.start) : undefined;
  const ours = (w: Token) => !state || (stateBefore(doc.text, w.start) ?? state) === state;
  const own = p.words.filter((w) => w.stem === q.counted && ours(w));
  // "…detained their 14 crew members" for "how many fishermen did … detain?": people counted after the question's verb (stand-in.ts),
  // under the same state filter ("how many Icelandic fishermen" is not counted by "their 14 Danish crew members").
  return own.length || p.words.some((w) => w.stem === q.counted) ? own : standInCounted(q, doc, p).filter(ours);
}

/**
 * The title a who question asks the holder of ("who was the British *prime minister*…", "who is
 * China's *ambassador*…"), from `personTitles` in lexicon/ask.json, the longest that fits.
 * A question for "the names of" people asks for the noun they are told as ("the names of the two
 * *soldiers* captured" → soldier).
 * @example askedTitle(parseQuestion('Who is the Chinese ambassador?')) // → 'ambassador'
 */
export function askedTitle(q: ParsedQuestion): string | undefined {
  // "What were the names of the two Israeli soldiers…": the people named must be told as soldiers.
  const named = q.onlyPeople
    ? /\bnames? of (?:the |its |their )?(?:[\p{L}'’-]+ ){0,3}?([\p{L}-]{4,}?)(?:e?s)?\b(?= (?:who|that|the|captured|detained|killed|arrested|held|expelled|at|in|of|by|from|on)\b|\s*\?|\s*$)/u.exec(
        fold(q.text),
      )?.[1]
    : undefined;
  if (named) return named;
  if (q.type !== 'who') return undefined;
  const phrase =
    /^who\s+(?:is|was|are|were|has been|had been)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)(?=\s+(?:of|to|in|at|for|during|when|who|that|on|from|between|by|due|set|about|\p{L}{3,}ed)\b|\s*\?|\s*$)/u.exec(
      fold(q.text).trim(),
    )?.[1];
  if (!phrase) return undefined;
  const titles = [...answerWords().personTitles].sort((a, b) => b.length - a.length);
  return titles.find((t) => new RegExp(`(?:^|\\s)${t}s?$`).test(phrase));
}

/**
 * Whether the passage gives a person the title: before the name ("Prime Minister David Cameron", "China's ambassador, Huang Xilian") or in
 * apposition after it ("Huang Xilian, the ambassador"); not a deputy's, a vice-holder's or a former holder's title ("Deputy Foreign
 * Minister Ihar Savitski"), unless the question asks for one.
 */
/**
 * What a title is of, after it: up to three phrases of "to", "of", "for" or "in", each of up to three words ("Ambassador *to Portugal*",
 * "Minister *of Foreign Affairs of the Republic of Palau*"). `word` is the pattern of a word: any word in folded text (`carriesTitle`), a
 * capitalised one where the name after must be told from it by case (`titledPattern` in names.ts). The one writing of it for both.
 */
export function titleOfPattern(word: string): string {
  return `(?:\\s+(?:to|of|for|in)\\s+(?:the\\s+)?(?:${word}\\s+){0,2}?${word}){0,3}`;
}

export function carriesTitle(text: string, p: Passage, e: { start: number; end: number }, title: string, question = ''): boolean {
  const titled = `${title.replace(/ /g, '\\s+')}s?`;
  const before = fold(text.slice(Math.max(p.start, e.start - 90), e.start));
  const after = fold(text.slice(e.end, Math.min(p.end, e.end + 40)));
  // The title right before the name; it may say what it is of, in up to three phrases ("Ambassador to Portugal Ricardo Molina", "the Minister
  // of Foreign Affairs of the Republic of Palau, Mr. Tomas Reyes"), an honorific between.
  const honorific = `(?:(?:${answerWords().honorifics.join('|')})\\.?\\s+)?`;
  const of = `${titleOfPattern("[\\p{L}'’-]+")}[,\\s]*${honorific}$`;
  const right = new RegExp(`\\b${titled}${of}`, 'u');
  // "Deputy Foreign Minister Ihar Savitski", "former Prime Minister…": another office than the one asked, right before the name too
  // ("Deputy Minister Li met Minister Wu": Wu holds the office).
  const lesser = ['deputy', 'vice', 'assistant', 'former', 'ex'].filter((w) => !new RegExp(`\\b${w}\\b`).test(fold(question))).join('|') || '$^';
  const other = new RegExp(`\\b(?:${lesser})[\\s-]+(?:[\\p{L}-]+\\s+){0,2}${titled}${of}`, 'u');
  if (right.test(before)) return !other.test(before);
  // In apposition after the name ("Huang Xilian, the ambassador"), up to the title.
  const clause = after.split(/[.;]/)[0]!;
  const at = /^\s*,/.test(after) ? new RegExp(`\\b${titled}\\b`).exec(clause) : null;
  return !!at && !other.test(clause.slice(0, at.index + at[0].length));
}
