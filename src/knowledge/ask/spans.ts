import { readFileSync } from 'node:fs';
import type { DocumentRecord } from '../../model/document.js';
import { lexiconPath } from '../../lexicon.js';
import { fold } from '../../extract/fold.js';
import { actorLexicon } from '../../extract/actors/actor-lexicon.js';
import { answerWords, askLexicon } from './lexicon.js';
import type { AnswerKind, ParsedQuestion } from './question.js';
import type { Passage } from './corpus.js';
import { stem, tokens, type Token } from './text.js';
import { humanDate } from '../../reconcile/human-date.js';
import { alignedRows, tableCell } from './tables.js';
import { slotSpans } from './slot.js';
import { askedTitle, carriesTitle, countedWords } from './answer-types.js';

export { humanDate };

/** A span of a passage that answers (part of) a question. */
export interface Span {
  kind: AnswerKind;
  start: number;
  end: number;
  /** What the answer shows: the words as written, with the normalised value where it adds one. */
  text: string;
  /** Comparable value: EDTF for dates, "value unit" for numbers, the entity for names. */
  value: string;
  /** From a stored annotation (a date, an actor, a fact) rather than the words alone. */
  structured: boolean;
  /** Numbers: it stands right before the noun the question counts ("12 servicemen"). */
  counts?: boolean;
  /** Date precision (day, month, year, …). */
  granularity?: string;
}

let numbersFile: { cardinals: Record<string, number>; scales: Record<string, number> } | undefined;
/** Number words and scale words of lexicon/numbers.json (the fact stage's). */
function numberWords(): { cardinals: string[]; scales: string[] } {
  numbersFile ??= JSON.parse(readFileSync(lexiconPath('numbers.json'), 'utf8'));
  return { cardinals: Object.keys(numbersFile!.cardinals), scales: Object.keys(numbersFile!.scales) };
}

/**
 * Distance in characters from a span to the nearest word of the question in the passage, a
 * common word counting as up to 60 characters further than the question's rarest: in
 * "Joint Trade Agreement (1975); Investment Promotion and Protection Agreement (1992)", the
 * question's rare "Protection" puts 1992 nearest, not its common "Agreement".
 */
function distance(s: { start: number; end: number }, matched: Token[]): number {
  if (!matched.length) return 0;
  return Math.min(...matched.map((m) => (m.end <= s.start ? s.start - m.end : m.start >= s.end ? m.start - s.end : 0) + 60 * (1 - (m.weight ?? 1))));
}

/** Whether the question already says this (the answer is what it does not say). */
function inQuestion(q: ParsedQuestion, written: string, name = written): boolean {
  const fq = fold(q.text);
  const words = (s: string) =>
    fold(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2);
  const last = words(name).at(-1);
  return fq.includes(fold(written)) || (last !== undefined && new RegExp(`\\b${last}\\b`).test(fq));
}

/** A date in brackets dates the words of its item, before it ("Investment Agreement (1992); Tax Agreement (1999)"); another, the nearest words either side. */
function dateDistance(text: string, t: { start: number; end: number }, matched: Token[], asked: Token[]): number {
  if (text[t.start - 1] !== '(') return distance(t, asked);
  // The item the bracket closes: back to the previous item's end (";", ")", ":").
  const from = Math.max(text.lastIndexOf(';', t.start), text.lastIndexOf(')', t.start), text.lastIndexOf(':', t.start));
  const item = matched.filter((m) => m.end <= t.start && m.start > from);
  return item.length ? distance(t, item) : 200 + distance(t, matched);
}

const FINER = ['day', 'month', 'season', 'interval', 'year', 'decade', 'century', 'open', 'none'];
const PRECISE: Record<string, string[]> = { day: ['day'], month: ['day', 'month'] };

/** Dates in the passage, nearest the question's words first, of the precision asked for. */
function dates(q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[]): Span[] {
  // Open intervals ("in recent years", "since 1990") date nothing precisely enough to answer when.
  // A date goes with the words of what is asked ("expires on 30 June") a little more than with the names it is asked of ("said last month that Chile…"): a name weighs a third less.
  // The question's verb counts as its rarest word ("*summoned* China's ambassador" dates the summons).
  const verb = new Set(q.terms.find((t) => t.verb)?.stems ?? []);
  const asked = matched.map((m) => (verb.has(m.stem) ? { ...m, weight: 1 } : /^\p{Lu}/u.test(doc.text.slice(m.start, m.end)) ? { ...m, weight: ((m.weight ?? 1) * 2) / 3 } : m));
  // "Since when": the start of a period still open ("open since 1965") is the answer.
  const open = (edtf: string) => q.since && /^\d{4}[^/]*\/\.\.$/.test(edtf);
  const times = (doc.annotations?.times ?? [])
    .filter((t) => t.start >= p.start && t.end <= p.end && t.edtf && t.granularity !== 'none' && (!t.edtf.includes('..') || open(t.edtf)))
    .map((t) => (open(t.edtf) ? { ...t, edtf: t.edtf.slice(0, -3), granularity: t.edtf.length - 3 >= 10 ? 'day' : t.edtf.length - 3 >= 7 ? 'month' : 'year' } : t));
  const spans: Span[] = times
    .filter((t) => !q.precision || PRECISE[q.precision]!.includes(t.granularity) || (t.granularity === 'interval' && t.edtf.length >= (q.precision === 'day' ? 21 : 15)))
    // "In what year was the January 18 seminar held?": the date the question gives answers with the year it does not.
    .filter((t) => !inQuestion(q, t.text) || (q.yearAsked && !q.years.includes(t.edtf.slice(0, 4)) && /^\d{4}/.test(t.edtf)))
    // Nearest the question's words; of two about as near, the finer ("announced Friday", not "this year").
    .map((t) => ({ t, d: dateDistance(doc.text, t, matched, asked) }))
    .sort((a, b) => Math.round(a.d / 15) - Math.round(b.d / 15) || FINER.indexOf(a.t.granularity) - FINER.indexOf(b.t.granularity) || a.d - b.d)
    .map(({ t }) => t)
    .map((t) => {
      const human = humanDate(t.edtf);
      const text = fold(t.text) === fold(human) ? t.text : `${t.text} (${human})`;
      return { kind: 'date' as const, start: t.start, end: t.end, text, value: t.edtf, structured: true, granularity: t.granularity };
    });
  // "Until what date will the closure remain in force?": a date the passage gives as an end ("until 1 May", "expires on…"), never the date the
  // passage or its report was told.
  if (/\b(?:until|till) (?:what|which|when)\b/.test(fold(q.text)))
    return spans.filter((t) => /\b(?:until|till|through|expires?|expiring|ends?|ending)\s+(?:on\s+|in\s+|at\s+)?$/.test(fold(doc.text.slice(Math.max(p.start, t.start - 20), t.start))));
  if (spans.length) return spans;
  // A sentence with no date of its own may state an event the event stage dated from its paragraph or the document's date (news: "The UK is to expel…").
  return (doc.annotations?.events ?? [])
    .filter((e) => e.trigger.start >= p.start && e.trigger.end <= p.end && e.date && e.dateSource !== 'sentence')
    .filter((e) => !q.precision || e.date.length >= (q.precision === 'day' ? 10 : 7))
    .map((e) => ({
      kind: 'date' as const,
      start: e.trigger.start,
      end: e.trigger.end,
      text: `${humanDate(e.date)} (${e.dateSource === 'document' ? 'date of the report' : 'date of the passage'})`,
      value: e.date,
      structured: true,
      granularity: e.date.length >= 10 ? 'day' : e.date.length >= 7 ? 'month' : 'year',
    }));
}

/** Numbers in the passage: stored facts first (written value and base units), then numerals and number words. */
function numbers(q: ParsedQuestion, doc: DocumentRecord, p: Passage, allMatched: Token[]): Span[] {
  // A table row answers "what was X in YEAR": the year's row, the column whose header names X.
  const cell = q.years.length === 1 && !q.duration ? tableCell(q, doc, p, q.years[0]!) : undefined;
  if (cell) return [{ kind: 'number', start: cell.start, end: cell.end, text: cell.text, value: cell.unit ? `${cell.value} ${cell.unit}` : cell.text, structured: !!cell.unit }];
  // A table's figures for a year are read by its row and header only: no column names what is asked, so none answers.
  if (q.years.length && (doc.blocks[p.block]?.type === 'table' || alignedRows(doc.text, p))) return [];
  // Nearest the noun counted ("how many soldiers"), when the question names one.
  const counted = countedWords(q, doc, p);
  const matched = counted.length ? counted : allMatched;
  // A numeral stands before the noun it counts ("six Chinese coast guard ships and two militia vessels": six).
  const near = (s: Span) => (counted.length ? Math.min(...counted.map((w) => (w.start >= s.end ? w.start - s.end : 200 + s.start - w.end))) : distance(s, matched));
  const facts = (doc.annotations?.facts ?? []).filter((f) => f.valueStart >= p.start && f.valueEnd <= p.end);
  const fq = fold(q.text);
  const lex = askLexicon();
  const rankAsked = lex.rankWords.some((w) => new RegExp(`\\b${w}`).test(fq));
  const planAsked = lex.planWords.some((w) => fq.includes(w));
  // A target ("looking toward 100 billion USD") does not answer what was.
  const planned = (start: number) => !planAsked && lex.planWords.some((w) => new RegExp(`\\b${w}\\b`).test(fold(doc.text.slice(p.start, start))));
  const fit = new Map<Span, boolean>();
  const out: Span[] = facts
    .filter((f) => !inQuestion(q, doc.text.slice(f.valueStart, f.valueEnd)) && !planned(f.valueStart))
    .map((f) => {
      const written = doc.text.slice(f.valueStart, f.valueEnd);
      const base = `${Number.isInteger(f.value) ? f.value : +f.value.toPrecision(12)} ${f.unit}`;
      const periodFits = !q.years.length || (f.period ? q.years.some((y) => f.period!.includes(y)) : false);
      const span: Span = {
        kind: 'number',
        start: f.valueStart,
        end: f.valueEnd,
        text: fold(written).replace(/[^\d.]/g, '') === String(f.value) ? written : `${written} (${base})`,
        value: base,
        structured: true,
      };
      fit.set(span, periodFits);
      return span;
    });
  const text = doc.text.slice(p.start, p.end);
  // Numbers no fact holds are taken only when the sentence writes the year asked about: the fact stage leaves out targets and plans on purpose.
  const yearsWritten = q.years.every((y) => text.includes(y));
  const { cardinals, scales } = numberWords();
  const re = new RegExp(`(?:US\\$|\\$|€|£|¥)?\\b(?:\\d[\\d,]*(?:\\.\\d+)?|${cardinals.join('|')})\\b(?:\\s*(?:${scales.join('|')})s?\\b)?%?`, 'gi');
  for (const m of fold(text).matchAll(re)) {
    const start = p.start + m.index;
    const end = start + m[0].length;
    const written = m[0];
    if (/^(1[5-9]\d\d|20\d\d)$/.test(written) || fq.includes(written) || out.some((s) => s.start < end && start < s.end)) continue;
    if (/^\d+$/.test(written) && /^(st|nd|rd|th)\b/.test(text.slice(end - p.start))) continue;
    if (planned(start)) continue;
    const span: Span = { kind: 'number', start, end, text: doc.text.slice(start, end), value: written, structured: false };
    // Without a stored fact, a number answers for the year asked only when the sentence writes that year or the number counts the noun asked about.
    if (!yearsWritten && !(counted.length && near(span) <= 40)) continue;
    fit.set(span, !q.years.length || q.years.some((y) => text.slice(end - p.start, end - p.start + 12).includes(y)));
    out.push(span);
  }
  const isRank = (s: Span) => Number(s.value.endsWith(' rank') !== rankAsked);
  // "How long": a number followed by days, months or years ("how long is the border": km, miles), taken with its unit.
  const units = q.length ? answerWords().lengthUnits : lex.durationUnits;
  const unitAfter = (s: Span) => new RegExp(`^[\\s-]*(${units.join('|')})\\b`).exec(fold(doc.text.slice(s.end, p.end)));
  if (q.duration) {
    const measured = out.flatMap((s) => {
      // A stored fact may hold its unit already ("82 km").
      if (new RegExp(`\\b(${units.join('|')})$`).test(fold(doc.text.slice(s.start, s.end)))) return [s];
      const u = unitAfter(s);
      return u ? [{ ...s, end: s.end + u[0].length, text: doc.text.slice(s.start, s.end + u[0].length) }] : [];
    });
    if (measured.length) return measured;
    // "For how long were the borders closed?": a period with both ends, one date or two ("from March 2017 to June 2017").
    const times = (doc.annotations?.times ?? []).filter((t) => t.start >= p.start && t.end <= p.end && t.edtf);
    const periods: Span[] = times.filter((t) => /^\d{4}[^/]*\/\d{4}/.test(t.edtf)).map((t) => ({ kind: 'number' as const, start: t.start, end: t.end, text: t.text, value: t.edtf, structured: true }));
    for (const [a, b] of times.slice(0, -1).map((t, i) => [t, times[i + 1]!] as const)) {
      if (/^\s*(?:to|until|till|through|and|-|–)\s*$/.test(doc.text.slice(a.end, b.start)) && /\b(?:from|between)\s*$/.test(fold(doc.text.slice(p.start, a.start)))) {
        const from = doc.text.slice(p.start, a.start).search(/\b(?:from|between)\s*$/i);
        const start = from < 0 ? a.start : p.start + from;
        periods.push({ kind: 'number', start, end: b.end, text: doc.text.slice(start, b.end), value: `${a.edtf}/${b.edtf}`, structured: true });
      }
    }
    return periods;
  }
  // "What was the value of trade": a percentage answers a question about a share or a change ("by what percentage did it grow"), and comes last for the others.
  const isPercent = (s: Span) => Number(q.percent !== (/%$/.test(s.text) || s.value.endsWith(' percent') || /^\s*(percent|per cent)\b/.test(fold(doc.text.slice(s.end, s.end + 10)))));
  return out
    .filter((s) => rankAsked || !s.value.endsWith(' rank'))
    .sort((a, b) => Number(fit.get(b)) - Number(fit.get(a)) || isRank(a) - isRank(b) || isPercent(a) - isPercent(b) || Number(b.structured) - Number(a.structured) || near(a) - near(b))
    .map((s) => ({ ...withNoun(s, doc.text, q, p.end), ...(counted.length && near(s) <= 40 ? { counts: true } : {}) }));
}

/** A number with the noun it counts when the question asks how many of it ("five years", "eight bilateral agreements"). */
function withNoun(s: Span, text: string, q: ParsedQuestion, limit: number): Span {
  const stems = new Set(q.counted ? [q.counted] : []);
  const after = /^(?:\s+[\p{L}-]+){1,3}/u.exec(text.slice(s.end, limit))?.[0] ?? '';
  let end = 0;
  for (const m of after.matchAll(/\s+([\p{L}-]+)/gu)) {
    if (stems.has(stem(fold(m[1]!)))) end = m.index + m[0].length;
  }
  if (!end) return s;
  const words = text.slice(s.start, s.end + end);
  return { ...s, end: s.end + end, text: s.text.startsWith(text.slice(s.start, s.end)) ? words + s.text.slice(s.end - s.start) : words };
}

const NAME_KINDS: Record<string, string[]> = {
  person: ['person', 'organisation', 'group', 'country', 'other'],
  place: ['place', 'other', 'country'],
  entity: ['country', 'organisation', 'group', 'agreement', 'person', 'place', 'other'],
};

/** Names in the passage the question does not give, of the kinds it asks for, people before bodies. */
function names(kind: AnswerKind, q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[]): Span[] {
  // "Which ambassador", "the names of": people (or titled names the lexicon does not know); "who" may be a body or a state.
  const kinds = q.onlyPeople ? ['person'] : q.personHead ? ['person', 'other'] : (NAME_KINDS[kind] ?? NAME_KINDS.entity!);
  const seen = new Set<string>();
  // "Which Vietnamese prime minister": people of that country first.
  const adjective = q.personAdjective
    ? actorLexicon()
        .byText.get(q.personAdjective)
        ?.find((a) => a.entity.id.startsWith('country:'))
        ?.entity.id.slice(8)
    : undefined;
  const foreign = (e: { country?: string }) => Number(adjective !== undefined && e.country !== undefined && e.country !== adjective);
  const stored = (doc.annotations?.entities ?? []).filter((e) => e.start >= p.start && e.end <= p.end);
  const title = kind === 'person' ? askedTitle(q) : undefined;
  const inPassage = [...stored.filter((e) => kinds.includes(e.kind)), ...(kinds.includes('person') ? titledPeople(q, doc, p, stored) : [])]
    // "Who was the British prime minister…": only a person the passage gives that title ("Prime Minister David Cameron"), not any name in it.
    .filter((e) => !title || (e.kind === 'person' && carriesTitle(doc.text, p, e, title)));
  // "Where will the Chile-Peru talks be held?": with no other place, one of the question's own states after "in" ("the talks in Peru").
  const named =
    kind === 'place' && !inPassage.some((e) => !inQuestion(q, e.text, e.name)) ? inPassage.filter((e) => /\bin\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(p.start, e.start - 8), e.start))) : [];
  const found = inPassage
    .filter((e) => !inQuestion(q, e.text, e.name) || named.includes(e))
    // "Which Vietnamese prime minister": not a Japanese one.
    .filter((e) => !(kind === 'person' && foreign(e)))
    .sort((a, b) => foreign(a) - foreign(b) || kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || distance(a, matched) - distance(b, matched));
  // Only names of the best kind present ("Abe and Dung", not "Abe, Dung and Tokyo").
  const best = found[0];
  // "Where did it happen" is answered by the place as written; "which countries" by the states.
  const asWritten = kind === 'place' && !/\b(country|countries|state|states|nation|nations)\b/.test(fold(q.text));
  return found
    .filter((e) => e.kind === best!.kind && foreign(e) === foreign(best!))
    .filter((e) => !seen.has(e.entity) && !!seen.add(e.entity))
    .map((e) => ({ kind, start: e.start, end: e.end, text: shownName(asWritten, e, doc.text.slice(e.start, e.end)), value: e.entity, structured: true }));
}

/** A name as the answer shows it: a person or a state by its name in the lexicon; a place asked for as written, with its state when the lexicon reads it as one ("London (United Kingdom)"). */
function shownName(asWritten: boolean, e: { entity: string; kind: string; name: string }, written: string): string {
  if (asWritten && e.kind === 'country' && fold(written) !== fold(e.name) && /^\p{Lu}\p{Ll}/u.test(written)) return `${written} (${e.name})`;
  return e.entity.startsWith('person:') || e.kind === 'country' ? e.name : written;
}

const PROPER = String.raw`\p{Lu}[\p{Ll}'’-]+`;
let titled: RegExp | undefined;
/** A title, what it is of ("Ambassador to Ireland"), then two or three capitalised words: a person ("British Ambassador to Ireland Julian Hart said"). */
function titledPattern(): RegExp {
  const titles = answerWords()
    .personTitles.map((t) =>
      t
        .split(' ')
        .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
        .join(String.raw`\s+`),
    )
    .join('|');
  // Case is read as written: the title's first letter in either case, the name's words capitalised.
  titled ??= new RegExp(String.raw`\b(?:${titles})\.?(?:\s+(?:to|of|for)\s+(?:the\s+)?(?:${PROPER}\s+)*?${PROPER})?,?\s+(${PROPER}(?:\s+${PROPER}){1,2})\b`, 'gu');
  return titled;
}
/** Two or three capitalised words followed by a description of a person (", an ex-KGB officer") or a verb of saying. */
const APPOSED = new RegExp(String.raw`(?:^|[^\p{L}])(${PROPER}(?:\s+${PROPER}){1,2})(?=,\s+(?:a|an)\s|\s+(?:said|says|told|tells|added|wrote)\b)`, 'gu');

/**
 * People the actor stage does not know, named by the passage's own words: after a title
 * ("spokesperson Ana Costa told"), or before a description of a person or a verb of saying
 * ("Marek Nowak, a former officer"); not a name the store holds as a state, body or agreement.
 * @example titledPeople(parseQuestion('Who is the ambassador?'), doc, passage, entities)[0].name // → 'Julian Hart' (from "British Ambassador to Ireland Julian Hart said")
 */
function titledPeople(q: ParsedQuestion, doc: DocumentRecord, p: Passage, stored: { start: number; end: number; kind: string }[]) {
  const text = doc.text.slice(p.start, p.end);
  const out: { start: number; end: number; kind: string; entity: string; name: string; text: string; country?: string }[] = [];
  const asked = new Set(q.terms.filter((t) => !t.name).flatMap((t) => t.stems));
  // The person asked for carries the title the question names ("who was the *ambassador*…"), or speaks as the question asks ("who *said*…").
  const saying = /\bwho\s+(?:said|says|told|tells|wrote|writes|warned|stated|added)\b/.test(fold(q.text));
  for (const re of [titledPattern(), ...(saying ? [APPOSED] : [])]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      if (re !== APPOSED && !tokens(m[0].slice(0, m[0].lastIndexOf(name))).some((t) => asked.has(t.stem))) continue;
      const start = p.start + m.index + m[0].lastIndexOf(name);
      const end = start + name.length;
      // A name the store already holds: a known person is there already; a state, body or agreement is not a person.
      if (stored.some((e) => e.start < end && start < e.end && e.kind !== 'other')) continue;
      if (out.some((e) => e.start === start)) continue;
      out.push({ start, end, kind: 'person', entity: `person:~${fold(name).replace(/\s+/g, '-')}`, name, text: name });
    }
  }
  return out;
}

/**
 * The words of the passage the question does not hold, next to those it does: a clause of at
 * most ~90 characters for "what" questions and as a last resort.
 */
export function clause(q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[]): Span[] {
  const lex = askLexicon();
  // The question's own numbers and years count as its words ("Lisbon, 3 May 2019" says nothing new of "on 3 May 2019").
  const own = new Set(
    tokens(q.text)
      .map((t) => t.folded)
      .filter((t) => /\d/.test(t)),
  );
  const isQ = new Set(matched.map((m) => m.start));
  const w = p.words;
  let best: { i: number; j: number; score: number } | undefined;
  for (let i = 0; i < w.length; i++) {
    let score = 0;
    for (let j = i; j < w.length && w[j]!.end - w[i]!.start <= 90; j++) {
      const x = w[j]!;
      if (!isQ.has(x.start) && !lex.stopwords.has(x.folded)) score += 1;
      if (isQ.has(x.start)) score -= 0.5;
      const near = matched.length ? distance({ start: w[i]!.start, end: x.end }, matched) : 0;
      const s = score - near / 40;
      if (!best || s > best.score) best = { i, j, score: s };
    }
  }
  if (!best || best.score <= 0) return [];
  // A run whose only new words are the question's own numbers ("Lisbon, 3 May 2019") says nothing.
  if (w.slice(best.i, best.j + 1).every((x) => isQ.has(x.start) || lex.stopwords.has(x.folded) || own.has(x.folded))) return [];
  const start = w[best.i]!.start;
  const end = w[best.j]!.end;
  return [{ kind: 'span', start, end, text: doc.text.slice(start, end), value: fold(doc.text.slice(start, end)), structured: false }];
}

const CAP = String.raw`\p{Lu}[\p{L}\p{N}'’.-]*`;
/** Capitalised words right before the head noun ("the Narva crossing", "the Saimaa Rail Protocol"), or a possessive name with up to two words ("Finland's export bank"). */
const NAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:${CAP}\s+(?:(?:of|and|for|on|the)\s+)?)*${CAP}\s+|${CAP}(?:\s+${CAP})*['’]s\s+(?:[\p{Ll}-]+\s+){0,2})$`, 'u');
/** Names after the head noun and "of" ("the ports of Tallinn and Helsinki"). */
const NAMES_AFTER = new RegExp(String.raw`^\s+of\s+(?:the\s+)?(${CAP}(?:\s+${CAP})*(?:(?:,\s*|,?\s+and\s+)${CAP}(?:\s+${CAP})*)*)`, 'u');
/** A name right after the head noun ("the Egyptian firm Dolphinus"). */
const NAME_RIGHT_AFTER = new RegExp(String.raw`^\s+(${CAP}(?:\s+${CAP})*)`, 'u');
/** A figure after the head noun and "of" ("a surplus of €310 million"). */
const FIGURE_AFTER = /^\s+of\s+((?:[A-Z]{0,3}\$|€|£|¥|[A-Z]{3}\s)?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m)\b)?(?:\s*(?:%|percent|per cent))?)/u;
/** What an agreement or a decision is about, after the head noun ("the agreement signed today on a joint radio network"). */
const ABOUT_AFTER =
  /^(?:\s+(?:signed|reached|concluded|adopted|agreed|announced)(?:\s+(?:today|yesterday|there|earlier|on\s+\p{Lu}\p{L}+))?)?\s+on\s+((?:a|an|the)\s+[^,;.()"“”]{3,80}?)(?=[,;.()"“”]|\s+and\s+the\b|$)/u;
const DETERMINER = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\s+/u;

/**
 * Spans the head noun of a which/what question types, when no lexicon list does ("at which
 * border *crossing*" → "Narva crossing"; "which *protocol*" → "Saimaa Rail Protocol"; "which
 * *ports*" → "Tallinn and Helsinki"; "what *surplus*" → "€310 million"), nearest the
 * question's other words first; a span made only of the question's own words answers nothing.
 */
function typed(q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[]): Span[] {
  const text = doc.text;
  const out: Span[] = [];
  const span = (start: number, end: number): Span => ({ kind: 'span', start, end, text: text.slice(start, end), value: fold(text.slice(start, end)), structured: false });
  const others = matched.filter((m) => m.stem !== q.head);
  for (const w of p.words.filter((x) => x.stem === q.head)) {
    const before = NAME_BEFORE.exec(text.slice(p.start, w.start));
    if (before) {
      const lead = DETERMINER.exec(before[1]!)?.[0].length ?? 0;
      const start = w.start - before[1]!.length + lead;
      const own = text.slice(start, w.start).trim();
      if (own && !inQuestion(q, own)) out.push(span(start, w.end));
    }
    const after = text.slice(w.end, p.end);
    const names = NAMES_AFTER.exec(after);
    if (names && !inQuestion(q, names[1]!)) {
      const start = w.end + names[0].length - names[1]!.length;
      // A name may hold dots ("U.S."), not end with the sentence's.
      out.push(span(start, start + names[1]!.replace(/[.'’-]+$/, '').length));
    }
    // "the Egyptian firm Dolphinus": a name right after the head noun, in apposition (not a date: "the crossing Monday").
    const right = NAME_RIGHT_AFTER.exec(after);
    if (right && !inQuestion(q, right[1]!)) {
      const start = w.end + right[0].length - right[1]!.length;
      const end = start + right[1]!.replace(/[.'’-]+$/, '').length;
      if (!(doc.annotations?.times ?? []).some((t) => t.start < end && start < t.end)) out.push(span(start, end));
    }
    const about = ABOUT_AFTER.exec(after);
    if (about) {
      const start = w.end + about[0].length - about[1]!.length;
      out.push(span(start, start + about[1]!.length));
    }
    const figure = FIGURE_AFTER.exec(after);
    if (figure && !fold(q.text).includes(fold(figure[1]!))) {
      const start = w.end + figure[0].length - figure[1]!.length;
      out.push({ ...span(start, start + figure[1]!.length), kind: 'number' });
    }
  }
  return out.sort((a, b) => distance(a, others) - distance(b, others));
}

/** "What was the grant for?": the words after "for" that follows the question's words in the passage, to the end of the clause. */
function afterPreposition(q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[]): Span[] {
  const from = matched.length ? Math.min(...matched.map((m) => m.start)) : p.start;
  const i = p.words.findIndex((w) => w.start >= from && w.folded === q.after);
  if (i < 0 || i + 1 >= p.words.length) return [];
  const start = p.words[i + 1]!.start;
  const rest = doc.text.slice(start, Math.min(p.end, start + 90));
  const end = start + (/^[^;.]*/.exec(rest)?.[0].replace(/[\s,]+\S*$/, (m) => (rest.length >= 90 ? '' : m)).length ?? rest.length);
  return end > start ? [{ kind: 'span', start, end, text: doc.text.slice(start, end).trim(), value: fold(doc.text.slice(start, end)), structured: false }] : [];
}

/**
 * Quoted words in the passage, for questions that ask for a title or name.
 * @example quoted(doc, passage)[0].text // → 'A new vision' (from "titled 'A new vision'")
 */
export function quoted(doc: DocumentRecord, p: Passage): Span[] {
  const text = doc.text.slice(p.start, p.end);
  return [...text.matchAll(/["“‘']([^"“”‘’']{6,200})["”’']/g)].map((m) => {
    const start = p.start + m.index + 1;
    return { kind: 'span' as const, start, end: start + m[1]!.length, text: m[1]!, value: fold(m[1]!), structured: false };
  });
}

const orElse = (spans: Span[], next: () => Span[]): Span[] => (spans.length ? spans : next());

/**
 * Spans of a kind in a passage, best first. A title asked for is only a quoted one (the answerer
 * looks beside the passage, then falls back to `clause`).
 * @example spansOf('date', q, doc, passage, matched)[0].text // → 'March 1993'
 */
export function spansOf(kind: AnswerKind, q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[]): Span[] {
  if (kind === 'date') return dates(q, doc, p, matched);
  if (kind === 'number') return numbers(q, doc, p, matched);
  if (kind === 'span' && q.title) return quoted(doc, p);
  if (kind === 'span' && q.head) return typed(q, doc, p, matched);
  if (kind === 'span' && q.after) return [...afterPreposition(q, doc, p, matched), ...clause(q, doc, p, matched)];
  // The words in the slot the question's wh-word fills against the passage's use of its verb (slot.ts), else the clause that says most.
  if (kind === 'span') return orElse(slotSpans(q, doc, p), () => clause(q, doc, p, matched));
  if (kind === 'yesno') return clause(q, doc, p, matched);
  const found = names(kind, q, doc, p, matched);
  // "Who occupies the ship?": a person named is the answer; else the words before the verb ("a contingent of Philippine marines") say more than the state in them.
  if (kind === 'person' && q.type === 'who' && !found[0]?.value.startsWith('person:')) return orElse(slotSpans(q, doc, p), () => found);
  return found;
}
