import type { DocumentRecord } from '../../model/document.js';
import { MONTHS } from '../../extract/time/patterns.js';
import { ownerRuns, PAIR_LEAD, stateOfWord, stateRun, statesAsked } from './states.js';
import { givesYear } from './retrieve.js';
import { answerWords } from './lexicon.js';
import { writtenIn, type AskCorpus } from './corpus.js';
import type { Found } from './find.js';
import type { ParsedQuestion } from './question.js';
import { inside } from './within.js';

// What a question pins down that the passage answering it must hold (session 18): the names it gives, the states it names. A passage that shares the question's other words but not these tells of something else.

/** Capitalised words of a question that name no thing of their own: the days of the week and the months (a date the question gives). */
const NOT_NAMES = new Set([...MONTHS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Whether a state the question gives as the owner or the kind of a thing ("*China's* aid", "*Latvian* airspace": a possessive, or an
 * adjective of the actor lexicon, before a word in lower case) is named neither in the sentences the answer is read from (the passage,
 * the span's sentence, those beside) nor in the document's opening (the pair its sentences leave unnamed): "how many balloons drifted
 * into Latvian airspace?" is not answered by a Lithuanian report's "into its airspace".
 */
export async function ownerUnheld(q: ParsedQuestion, f: Found, corpus: AskCorpus): Promise<boolean> {
  const owners = ownerRuns(q.text);
  if (!owners.length) return false;
  const spans = [f.scored.passage, f.at, ...(await corpus.neighbours(f.scored.passage))];
  const start = Math.min(...spans.map((p) => p.start));
  const end = Math.max(...spans.map((p) => p.end));
  const named = new Set([...(await corpus.entitiesWithin(f.doc, start, end, true)), ...(await corpus.entitiesWithin(f.doc, 0, PAIR_LEAD, true))].map((e) => e.entity));
  return owners.some((r) => !named.has(r.id));
}

/**
 * Whether a document never names a state the question names (by its name, adjective or capital, or a body or person of it): "when
 * did the agreement enter into force for *New Zealand*?" is not answered by an Australia–Japan fact sheet, nor "who is *Morocco's*
 * foreign minister?" by a Brazil–China report, whatever words of the question they hold.
 */
export async function statesUnnamed(q: ParsedQuestion, doc: DocumentRecord, corpus: AskCorpus): Promise<boolean> {
  // Asked of the store per state (a seek on the state's mentions, kept), not from the document's whole entities layer.
  for (const id of statesAsked(q.text)) if (!(await corpus.names(doc, id))) return true;
  return false;
}

/**
 * The question's names that are no state, no month or day, no acronym (a passage may spell one out), and no part of a state's name
 * ("Papua", "New", "Republic" of "Republic of Korea") or a compound of one ("Franco-German"): "the *Narva* crossing", "the
 * *Guardian*-class patrol boats", "*San Carlos*". Each is a word to look for, its hyphenated parts apart.
 */
function namesAsked(q: ParsedQuestion): string[] {
  const stateWords = new Set(
    [...q.text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the)\s+){0,2}\p{Lu}[\p{L}'’-]*){0,3}/gu)].flatMap((m) => {
      const words = m[0].split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
      const out: string[] = [];
      // A name with "of the" may run to six words ("Democratic Republic of the Congo").
      for (let i = 0; i < words.length; i++) out.push(...words.slice(i, i + (stateRun(words.slice(i), { most: 6 })?.n ?? 0)));
      return out;
    }),
  );
  return q.terms
    .filter((t) => t.name && !t.acronym)
    .map((t) => t.word.replace(/['’]s$/, ''))
    .filter((w) => !stateWords.has(w) && !NOT_NAMES.has(w) && !w.split('-').some((x) => stateOfWord(x)))
    .flatMap((w) => w.split('-').filter((x) => x.length >= 3));
}

/**
 * Whether the passage's document never writes a name the question gives: "how much did the closure of the *Narva* crossing cost
 * exporters?" is not answered by a report on the Las Tablillas border post, nor "when will the fifth *Guardian*-class patrol boat
 * arrive?" by another state's patrol boats, whatever other words of the question they hold. A name is matched as a whole word ("Moresby's" writes Moresby; "sanction" writes no San).
 */
export async function namesUnwritten(q: ParsedQuestion, f: Found, corpus: AskCorpus): Promise<boolean> {
  // The sentences the answer is read from first: they mostly hold the names, and the document is not searched then.
  const near = [f.scored.passage, f.at].map((p) => f.doc.text.slice(p.start, p.end)).join(' ');
  for (const w of namesAsked(q)) if (!writtenIn(near, w) && !(await corpus.writes(f.doc, w))) return true;
  return false;
}

/**
 * Whether a span read from the sentence beside the passage is of another time than the year the question asks: that sentence dates
 * itself ("employed some 40,000 workers at their peak in the mid-2000s") and not in the year asked, which only the passage gives (to
 * its own figure: "Recorded trade was about US$ 470 million in 2022").
 */
export function besideOtherYear(q: ParsedQuestion, f: Found): boolean {
  if (!q.years.length || f.at === f.scored.passage) return false;
  const dates = inside(f.doc.annotations?.times ?? [], f.at.start, f.at.end)
    .filter((t) => t.edtf)
    .map((t) => t.edtf!);
  const text = f.doc.text.slice(f.at.start, f.at.end);
  return dates.length > 0 && !q.years.some((y) => givesYear(text, dates, y));
}

/**
 * Whether the question names a person by a title ("President *Iturbe*", `personTitles`) whom the sentence the span is read from does
 * not name, while it names another person: "when did President Iturbe make a state visit to Britain?" is not answered by
 * "President Carlos Menem makes the first state visit".
 */
export async function otherPerson(q: ParsedQuestion, f: Found, corpus: AskCorpus): Promise<boolean> {
  // A title as the question writes it, capitalised or not ("President", "foreign minister"), then the name in capitals.
  const titles = answerWords()
    .personTitles.map((t) => t.replace(/ /g, '\\s+').replace(/^./, (c) => `[${c.toUpperCase()}${c}]`))
    .join('|');
  const asked = [...q.text.matchAll(new RegExp(`\\b(?:${titles})\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s*){1,3})`, 'gu'))].flatMap((m) => m[1]!.trim().split(/\s+/));
  const names = asked.filter((w) => !stateOfWord(w.replace(/['’]s$/, '')));
  if (!names.length) return false;
  // The sentence the span is read from: a passage naming the person may take its span from the sentence beside, on another.
  if (names.some((w) => writtenIn(f.doc.text.slice(f.at.start, f.at.end), w.replace(/['’]s$/, '')))) return false;
  const people = await corpus.entitiesWithin(f.doc, f.at.start, f.at.end);
  return people.some((e) => e.kind === 'person');
}
