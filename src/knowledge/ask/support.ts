import type { DocumentRecord } from '../../model/document.js';
import { fold } from '../../extract/fold.js';
import { actorLexicon } from '../../extract/actors/actor-lexicon.js';
import type { Passage } from './corpus.js';
import { measurePhrase, type ParsedQuestion } from './question.js';
import { matches } from './retrieve.js';

// Support checks: whether a passage gives what the question asks of it, not only its words (a year, a state, a person).

/** "(MOFA., 2019)", "(Jenkins & Rubin, 2022b)": a source and its year in brackets, the year no date of the text. */
const REFERENCE = /\(([^()\n]{1,60}?),\s*((?:1[5-9]|20)\d\d)[a-z]?\)/gu;

/**
 * A passage's text with the years of its bibliographic references blanked: a year after a comma
 * that closes a bracket and that the time stage did not read as a date ("visited Japan seven
 * times (MOFA., 2019)") names when a source was published, not when the act took place.
 * @example withoutReferences('visited Japan five times (MOFA., 2019).', 0, []) // → 'visited Japan five times (MOFA.,     ).'
 */
export function withoutReferences(text: string, offset: number, times: { start: number; end: number }[]): string {
  return text.replace(REFERENCE, (whole, _source: string, year: string, at: number) => {
    const start = offset + at + whole.lastIndexOf(year);
    if (times.some((t) => t.start < start + 4 && start < t.end)) return whole;
    return whole.replace(new RegExp(`${year}(?=[a-z]?\\)$)`), ' '.repeat(year.length));
  });
}

/** The time annotations of a document, for `withoutReferences`. */
export const timesOf = (doc: DocumentRecord) => doc.annotations?.times ?? [];

/** A figure: a currency before digits, or digits before a scale or a percent sign. */
const FIGURE = String.raw`(?:(?:[A-Z]{0,3}\\?\$|€|£|¥)\s?\d[\d,.]*(?:\s*(?:trillion|billion|million|bn|m)\b)?|\d[\d,.]*\s*(?:trillion|billion|million|bn|percent|per cent|%))`;

/**
 * Whether a text gives the year as the year of a figure of its own: the figure, then at most
 * 30 characters and the year ("\$6,300 billion in 2012"), or the year, then the figure ("in 2012
 * it was $5 billion"). The sentence beside a passage that does so dates its own figure, not the
 * passage's ("In contrast, Vietnam's GDP is about \$400 billion" beside "Japan's GDP … \$6,300
 * billion in 2012" gives no GDP of Vietnam's for 2012).
 * @example figureYear('peaking at nearly $6,300 billion in 2012', '2012') // → true
 */
export function figureYear(text: string, year: string): boolean {
  return new RegExp(String.raw`${FIGURE}[^.;\d]{0,30}\b${year}\b|\b${year}\b[^.;\d]{0,30}${FIGURE}`, 'u').test(text);
}

/** Words that give a state its side in a pair ("trade *with* Japan", "exports *to* China", "*between* A and B"). */
const SIDE = ['with', 'to', 'from', 'into', 'and', 'between', 'against', 'toward', 'towards'];
/** Words that name the pair of states a document is about ("the two countries", "both nations", "between them"), whichever states the question names. */
export const PAIR = /\b(?:the two|both) (?:countries|nations|states|neighbours|neighbors|governments)\b|\bbetween them\b/i;

/** What follows a state that owns the measure a sentence gives: a possessive, or the verb the state is the subject of. */
const OWNER = /^(?:['’]s\b|\s+(?:is|was|are|were|has|had)\b)/;

/** The country a state's name, adjective or capital in the question stands for ("Japan", "Japanese", "Tokyo" → country:JPN). */
const stateOf = (word: string) =>
  actorLexicon()
    .byText.get(word)
    ?.find((a) => a.entity.id.startsWith('country:'))?.entity.id;

/**
 * Whether a sentence tells of another pair than the question's: a state the question names after
 * a word of its side ("Vietnam's trade deficit *with Japan*") is not in the sentence, and the
 * sentence names, after the same word, a state the question does not ("a trade deficit … *with
 * China*"); or the state whose measure the question asks ("*Vietnam's* GDP") is not in the
 * sentence, and the sentence gives the measure to another ("Japan's GDP", "Japan is … with a GDP
 * of"). The sentence then gives the figure or date of another state or pair, whatever words of the
 * question it holds.
 * @example otherPair(parseQuestion("What was Vietnam's deficit with Japan?"), doc, sentence) // → true for "Vietnam's deficit with China was …"
 */
export function otherPair(q: ParsedQuestion, doc: DocumentRecord, at: Passage): boolean {
  const text = doc.text.slice(at.start, at.end);
  if (PAIR.test(text)) return false;
  const f = fold(q.text);
  const asked = q.terms
    .filter((t) => t.name)
    .flatMap((t) => {
      const word = t.word.replace(/['’]s$/, '');
      const id = stateOf(word);
      // "Vietnam's GDP": the state whose measure is asked, against another state's own ("Japan's GDP", "Japan is … with a GDP of").
      const owner = new RegExp(`\\b${word}['’]s\\b`).test(f) ? OWNER : undefined;
      return id ? [{ id, side: new RegExp(`\\b(${SIDE.join('|')})\\s+(?:the\\s+)?${word}\\b`).exec(f)?.[1], owner }] : [];
    });
  const states = (doc.annotations?.entities ?? []).filter((e) => e.start >= at.start && e.end <= at.end && e.entity.startsWith('country:'));
  const named = new Set(states.map((e) => e.entity));
  const ids = new Set(asked.map((a) => a.id));
  const before = (e: { start: number }) => fold(doc.text.slice(Math.max(at.start, e.start - 16), e.start));
  const after = (e: { end: number }) => fold(doc.text.slice(e.end, Math.min(at.end, e.end + 12)));
  return asked.some(
    (a) =>
      !named.has(a.id) &&
      states.some((e) => (a.side !== undefined && new RegExp(`\\b${a.side}\\s+(?:the\\s+)?$`).test(before(e))) || (a.owner !== undefined && !ids.has(e.entity) && a.owner.test(after(e)))),
  );
}

/**
 * Whether the sentences a figure is read from lack the measure a "what was" question asks ("What was
 * Vietnam's trade *deficit* with Japan?"): the last word of its noun phrase, in none of its forms.
 * A figure of another measure of the same states ("30% of the total foreign assistance … third
 * largest trading partner") does not answer it.
 * @example lacksMeasure(parseQuestion("What was Vietnam's trade deficit with Japan?"), [sentence]) // → true when no sentence says "deficit"
 */
export function lacksMeasure(q: ParsedQuestion, at: Passage[]): boolean {
  const head = measurePhrase(fold(q.text))?.split(/\s+/).at(-1);
  const term = head && q.terms.find((t) => t.word === head);
  return !!term && !at.some((p) => p.words.some((w) => matches(term, w)));
}
