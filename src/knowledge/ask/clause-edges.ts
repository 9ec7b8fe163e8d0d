import { escapeRegExp } from '../../extract/word-alternation.js';
import { answerWords, type AnswerWords } from './lexicon.js';

// Where a clause ends inside a sentence, one pattern for the clause of the question's verb (spans.ts) and the clause of a finer date
// (finer-dates.ts), its words from lexicon/ask.json (`clauseEdges`, `clauseJoins`, `otherActOpeners`).

const alternation = (words: string[]) => `\\b(?:${words.map(escapeRegExp).join('|')})\\b`;

let cachedFor: AnswerWords | undefined;
let cached: { edge: RegExp; finer: RegExp; otherAct: RegExp; several: RegExp } | undefined;

function patterns(): NonNullable<typeof cached> {
  const words = answerWords();
  if (cached && cachedFor === words) return cached;
  const edge = `[,;:]|${alternation(words.clauseEdges)}`;
  cached = {
    edge: new RegExp(edge, 'giu'),
    // A finer date's clause ends as well at a sentence's end, a dash, a bracket, a table cell's edge, "and" or "but".
    finer: new RegExp(`${edge}|[.!?](?=\\s)|[—–()|]|${alternation(words.clauseJoins)}`, 'giu'),
    otherAct: new RegExp(alternation(words.otherActOpeners), 'i'),
    several: new RegExp(alternation(words.severalTimes), 'i'),
  };
  cachedFor = words;
  return cached;
}

/** A clause's edge: ",", ";", ":" or a conjunction of `clauseEdges` ("after", "when" …), global (for `matchAll`). */
export const clauseEdge = (): RegExp => patterns().edge;
/** A clause edge of `clauseEdge`, or a sentence's end, a dash, a bracket, "|", "and", "but": where a finer date's clause ends, global. */
export const finerEdge = (): RegExp => patterns().finer;
/** A word of `otherActOpeners` ("after", "since", "until" …). */
export const otherActOpener = (): RegExp => patterns().otherAct;
/** A word of `severalTimes` ("twice", "times"). */
export const severalTimes = (): RegExp => patterns().several;
