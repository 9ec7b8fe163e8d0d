/**
 * Counts that news states: "killing two Lebanese civilians", "15 Armenian soldiers were
 * killed", "the capture of two of its soldiers", "six Chinese coast guard ships", "the second
 * time this year". The counted nouns and the actions that govern them are data
 * (`countedNouns` and indicators with `counts` in lexicon/indicators.json).
 */
import { readFileSync } from 'node:fs';
import { lexiconPath } from '../../lexicon.js';
import type { Qualifier } from '../../model/annotation.js';
import { CARDINAL_WORD, DIGITS, ORDINAL_WORD, SCALE_WORD, parseNumber, parseOrdinal } from './numbers.js';

/** A group of counted nouns: "people" (soldiers, civilians…) count persons, "vessels" count things. */
interface NounGroup {
  id: string;
  unit: string;
  nouns: string[];
  article?: boolean;
}
/** An action indicator ("persons_killed") with what it counts and one pattern of its keywords. */
interface Action {
  id: string;
  counts: Set<string>;
  before: RegExp;
  after: RegExp;
  /** Its keywords anywhere ("seized", "detained"). */
  anywhere: RegExp;
}

/** A count read from a counted phrase; `indicator` is set when the phrase's verb or noun names it. */
export interface CountedValue {
  start: number;
  end: number;
  value: number;
  unit: string;
  rule: string;
  phraseEnd?: number;
  indicator?: string;
  /** What a count of any plural noun counts, as an indicator id when no keyword names one ("lithuanian_lorries"; counted-nouns.ts). */
  noun?: string;
  /** A qualifier the reading itself gives ("among the three largest": at most); else the words before the number give it. */
  qualifier?: Qualifier;
}

interface CountedLexicon {
  groups: NounGroup[];
  nounGroup: RegExp[];
  actions: Action[];
  phrase: RegExp;
}

/** Words that cannot stand between a number and the noun it counts ("two of them", "one and a half"). */
const STOP = 'and|or|of|the|a|an|to|in|on|at|by|for|with|from|were|was|are|is|had|have|has|been|that|which|who|than|as|its|their|his|her|per|years?|months?|weeks?|days?|times';
/** Words between an action and the number it governs: "killing at least 12", "the capture of two". */
const BETWEEN = '(?:\\s+(?:of|at least|more than|over|some|about|nearly|almost|up to|another|an estimated|as many as|around))*';
/** Auxiliaries between a counted phrase and its participle: "were killed", "had been detained". */
const AUX = '(?:(?:were|was|are|is|have|has|had|being|got|reportedly)\\s+)*(?:been\\s+)?(?:\\w+ly\\s+)?';

let cached: CountedLexicon | undefined;

/** Reads `countedNouns` and the action indicators of lexicon/indicators.json once; a group an action names must exist. */
export function countedLexicon(): CountedLexicon {
  if (cached) return cached;
  const path = lexiconPath('indicators.json');
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  const groups: NounGroup[] = raw.countedNouns ?? [];
  const ids = new Set(groups.map((g) => g.id));
  for (const g of groups) {
    if (!g.nouns?.length || (g.unit !== 'persons' && g.unit !== 'count')) throw new Error(`${path}: countedNouns "${g.id}" needs nouns and a unit of persons or count`);
  }
  const actions: Action[] = raw.indicators
    .filter((i: { counts?: string[] }) => i.counts)
    .map((i: { id: string; keywords: string[]; counts: string[] }) => {
      for (const c of i.counts) if (!ids.has(c)) throw new Error(`${path}: indicator "${i.id}" counts an unknown group "${c}"`);
      const kw = i.keywords.join('|');
      return {
        id: i.id,
        counts: new Set(i.counts),
        before: new RegExp(`(?:${kw})${BETWEEN}\\s+$`, 'i'),
        // "two park rangers who were detained": a relative pronoun may open the clause of the participle.
        after: new RegExp(`^\\s+(?:(?:who|that)\\s+)?${AUX}(?:${kw})`, 'i'),
        anywhere: new RegExp(kw, 'i'),
      };
    });
  const nouns = groups
    .flatMap((g) => g.nouns)
    .sort((a, b) => b.length - a.length)
    .join('|');
  // A number (digits, a number word, or "a"/"an", read as one only where an action governs it),
  // "of its" ("two of its soldiers"), up to three words that qualify the noun, then the noun.
  const phrase = new RegExp(
    `(?<![\\p{L}\\d.,$¥€£-])(${DIGITS}|${CARDINAL_WORD}|[Aa]n?)(?:\\s(${SCALE_WORD}))?\\s+(of\\s+(?:its|their|his|her|our)\\s+)?(?:(?!(?:${STOP})\\b)[\\p{L}][\\p{L}'’-]*\\s+){0,3}?(${nouns})(?![\\p{L}-])`,
    'giu',
  );
  cached = { groups, nounGroup: groups.map((g) => new RegExp(`^(?:${g.nouns.join('|')})$`, 'i')), actions, phrase };
  return cached;
}

/**
 * "This is the second time this year that …", "summoned him for the third time this month": how
 * many times a thing has happened so far. After "for" only with the period still running named
 * (`SO_FAR`): "visited Hanoi for the second time" tells how often, no count of a period.
 */
export const NTH_TIME = new RegExp(`\\b(is|was|marks|marked|be|been|it's|for)\\s+(?:only\\s+)?the\\s+(${ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))\\s+time\\b`, 'gi');

/** The pattern of a counted phrase, run once over the whole text. */
export const COUNTED_PHRASE = countedLexicon().phrase;

/**
 * Reads counted phrases of one sentence (`base` its offset in the text) into counts, each with
 * the indicator of the action that governs it ("killing", "were wounded", "blocked"). A phrase
 * no action governs is left to the other rules; "the two soldiers" points back, counting nothing.
 * @example countsIn('Gunfire killed two Thai soldiers.', 0, matches) // → [{ value: 2, unit: 'persons', indicator: 'persons_killed', … }]
 */
export function countsIn(sentence: string, base: number, phrases: RegExpMatchArray[]): CountedValue[] {
  const { groups, nounGroup, actions } = countedLexicon();
  const read: { m: RegExpMatchArray; group: NounGroup; local: number; end: number; action?: Action; fromAfter?: boolean }[] = [];
  for (const m of phrases) {
    const local = m.index! - base;
    const before = sentence.slice(Math.max(0, local - 60), local);
    const group = groups[nounGroup.findIndex((re) => re.test(m[4]!))];
    if (!group || /\b(?:the|these|those|both|all)\s+$/i.test(before)) continue;
    // "captured a soldier" is one soldier; "signed an agreement" tells no count worth stating.
    if (/^an?$/i.test(m[1]!) && !group.article) continue;
    const end = local + m[0].length;
    const previous = read[read.length - 1];
    // The verb before the number or after the phrase; in a list ("killing two civilians and a
    // fighter") an item takes the verb of the item before it.
    const listed = previous && LIST_GAP.test(sentence.slice(previous.end, local)) ? previous.action : undefined;
    const fits = (a: Action | undefined) => (a?.counts.has(group.id) ? a : undefined);
    const ahead = actions.find((a) => a.counts.has(group.id) && a.before.test(before)) ?? fits(listed);
    const behind = ahead ? undefined : actions.find((a) => a.counts.has(group.id) && a.after.test(sentence.slice(end, end + 60)));
    read.push({ m, group, local, end, ...(ahead || behind ? { action: ahead ?? behind } : {}), ...(behind ? { fromAfter: true } : {}) });
  }
  // "six ships and two vessels blocked …": the verb after a list's last item governs the items before it.
  for (let k = read.length - 2; k >= 0; k--) {
    const [x, next] = [read[k]!, read[k + 1]!];
    if (!x.action && next.fromAfter && next.action?.counts.has(x.group.id) && LIST_GAP.test(sentence.slice(x.end, next.local))) Object.assign(x, { action: next.action, fromAfter: true });
  }
  // A count with no action governing it ("to provide six patrol boats") is left to the other rules.
  return read
    .filter((x) => x.action)
    .map(({ m, group, action }) => ({
      start: m.index!,
      end: m.index! + m[1]!.length + (m[2] ? m[2].length + 1 : 0),
      value: /^an?$/i.test(m[1]!) ? 1 : parseNumber(m[1]!, m[2]),
      unit: group.unit,
      rule: 'counted-action',
      phraseEnd: m.index! + m[0].length,
      indicator: action!.id,
    }));
}

const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/** "the second time" → 2; the first time counts nothing worth stating; `after`: the sentence's words after the match. */
export function nthTime(m: RegExpMatchArray, after: string): CountedValue | undefined {
  const n = parseOrdinal(m[2]!);
  if (!n || n < 2 || (/^for$/i.test(m[1]!) && !SO_FAR.test(after))) return undefined;
  const start = m.index! + m[0].lastIndexOf(m[2]!);
  return { start, end: start + m[2]!.length, value: n, unit: 'count', rule: 'nth-time' };
}

/** What marks a period still running after "the third …": "since the start of the year", "this year", "in as many months", "in four years", "so far". */
const SO_FAR = new RegExp(
  `^[^;.]{0,80}?\\b(?:since\\b|so far\\b|to date\\b|this (?:year|month|week)\\b|in (?:as many|(?:the (?:past|last) )?(?:\\d{1,3}|${CARDINAL_WORD})) (?:days|weeks|months|years)\\b|(?:in|of) (?:the|this) (?:year|month)\\b)`,
  'i',
);
/** Words after an ordinal that make it a rank, a part of a period or an anniversary, not a running count. */
const NOT_RUNNING =
  /^\s+(?:(?:larg|bigg|high|low|great|small|busi|strong|rich|poor)est\b|most\b|leading\b|time\b|times\b|day|week|month|year|decade|centur|anniversar|quarter|half|place\b|position\b)/iu;
/** The words an ordinal orders, up to a preposition or a verb of the clause: "violation", "Russian envoy", "protest note". */
const ORDERED = /^\s+((?:(?!(?:of|to|in|into|on|over|at|by|for|with|from|against|between|across|since|this|that|which|who|sent|called|held|made|given)\b)[\p{L}-]+\s*){1,3})/iu;

/**
 * "the third violation of our airspace since the start of the year", "the third Russian envoy to
 * be called in as many months", "the third of four patrol boats": an ordinal after "the" counts
 * how many such things there have been so far, when the clause names the period still running
 * or the whole the thing is one of ("of four"); the first counts nothing worth stating.
 * @example runningCount('It was the third protest note sent this year.', 0, 11, 'third') // → { value: 3, unit: 'count', noun: 'protest_note', … }
 */
export function runningCount(sentence: string, base: number, local: number, ordinal: string): CountedValue | undefined {
  const n = parseOrdinal(ordinal);
  const after = sentence.slice(local + ordinal.length);
  if (!n || n < 2 || !/\bthe\s+$/i.test(sentence.slice(Math.max(0, local - 6), local)) || NOT_RUNNING.test(after)) return undefined;
  const partOf = new RegExp(`^\\s+of\\s+(?:${DIGITS}|${CARDINAL_WORD})(?=\\s)`, 'iu').exec(after);
  if (!partOf && !SO_FAR.test(after)) return undefined;
  const ordered = ORDERED.exec(partOf ? after.slice(partOf[0].length) : after)?.[1];
  const noun = ordered
    ?.trim()
    .toLowerCase()
    .replace(/[^a-z]+/g, '_');
  return { start: base + local, end: base + local + ordinal.length, value: n, unit: 'count', rule: 'running-count', ...(noun ? { noun } : {}) };
}

/** Whether a sentence holds a keyword of an action that counts ("seized", "detained", "killed"), wherever it stands. */
export function namesCountingAction(sentence: string): boolean {
  return countedLexicon().actions.some((a) => a.anywhere.test(sentence));
}

/** "left one guard dead and three wounded", "killing four and injuring 12": a bare number and the casualty word after it, in a list after "and", a comma or "left"/"leaving". */
const CASUALTIES = new RegExp(
  `(?<=(?:\\band|,|\\bleft|\\bleaving)\\s+)(${DIGITS}|${CARDINAL_WORD})\\s+((?:(?!(?:${STOP})\\b)[\\p{L}][\\p{L}'’-]*\\s+){0,3}?)(?:(?:were|others?)\\s+)?(dead|killed|wounded|injured)\\b`,
  'giu',
);

/**
 * Casualties as news lists them, the casualty word after the number and who it counts: "left one
 * Iranian guard dead and three wounded" (1 killed, 3 wounded), "killed two soldiers, leaving four
 * injured". A bare number ("three wounded") only in a sentence that names whom (a word before
 * the casualty word, or a count of persons read before: `counted`), so "won 3 and lost 2" stays prose.
 * @example casualtiesIn('Fire left two soldiers dead and three wounded.', 0, [/* two: persons_killed *\/]) // → [{ value: 3, indicator: 'persons_wounded', … }]
 */
export function casualtiesIn(sentence: string, base: number, counted: CountedValue[]): CountedValue[] {
  const found = [...sentence.matchAll(CASUALTIES)];
  // "left one Iranian guard dead" names who; a bare "three wounded" needs a count of persons before it.
  if (!counted.some((c) => c.unit === 'persons') && !found.some((m) => m[2])) return [];
  return found.map((m) => ({
    start: base + m.index!,
    end: base + m.index! + m[1]!.length,
    value: parseNumber(m[1]!),
    unit: 'persons',
    rule: 'casualties',
    indicator: /^(?:dead|killed)$/i.test(m[3]!) ? 'persons_killed' : 'persons_wounded',
  }));
}
