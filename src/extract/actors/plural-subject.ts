import type { EntityMention } from '../../model/annotation.js';

/**
 * "They condemned …", "We agreed …": a pronoun subject of a clause stands for the plural subject
 * of a sentence told before it. In a joint statement or a report on a pair, that subject is most
 * often the pair's leaders ("The two Prime Ministers welcomed …", "The presidents of Zambia and
 * Malawi met …", "Romania and Bulgaria agreed …"); when it is, the pronoun's clause is the pair's act.
 * A plural subject that is something else ("Russian officials said …") stands between, so the
 * pronoun is not read as the pair.
 */

/** Words that may stand between a subject and its verb: adverbs and auxiliaries ("They also jointly condemned", "We have agreed"). */
const BETWEEN = String.raw`(?:(?:also|jointly|both|all|again|then|later|further|together|have|had|will|would|shall|did|do|\w+ly)\s+){0,2}`;
const MONTH_OR_DAY = 'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A date or a time after: "In 1902", "On 3 May", "by early March", "Two years later", "The next day", "Then" (a passage may begin at its date: "1902"). */
const TIME_PHRASE = String.raw`(?:(?:in|on|by|after|since|until)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d|(?:${MONTH_OR_DAY})\b)[^,.;:\n]{0,24}?|\d{4}|(?:\d+|an?|one|two|three|four|five|six|several|a few)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:later|after(?:wards)?)|later|then|afterwards|the\s+(?:next|following)\s+(?:day|week|month|year))`;
/** A time phrase set before the subject, then a comma or the pronoun: "In 1902 they signed", "Two years later, they agreed"; not any words ("The rebels said they"). */
const FRONTED = String.raw`(?:${TIME_PHRASE},?\s+)?`;
/** A pronoun subject right before the act. */
const PRONOUN_SUBJECT = new RegExp(String.raw`(?:(?:^|[.;:!?"“”]\s*|\n\s*(?:\d+[.)]\s+)?)${FRONTED}|\band\s+)(?:they|we)\s+${BETWEEN}$`, 'i');
const PRONOUN_AT_END = new RegExp(String.raw`\b(?:they|we)\s+${BETWEEN}$`, 'i');

/** How far back the plural subject a pronoun stands for may be. */
const REACH = 1200;

/** Where a sentence opens: after its stop, or at a paragraph's start (a numbered paragraph's number left out). */
const OPEN = String.raw`(?:^|[.!?]["”]?\s+|\n\s*(?:\d+[.)]\s+)?)`;
/** A sentence opened by words that name two or more doers: "The two Prime Ministers", "Both sides", "The leaders of Zambia and Malawi". */
const PLURAL_WORDS = new RegExp(
  `${OPEN}((?:the two|both)\\s+(?:[\\w-]+\\s+)?(?:countries|sides|governments|nations|states|parties|leaders|ministers|prime ministers|presidents|heads of state|heads of government|delegations)|the\\s+(?:prime ministers|presidents|leaders|heads of (?:state|government)|foreign ministers|ministers)(?:\\s+of\\s+[^,.;]{3,60}?)?)\\s+(?=[a-z])`,
  'gi',
);
/** A sentence opened by two names joined by "and": "Romania and Bulgaria", "President Hichilema and President Chakwera". */
const PLURAL_NAMES = new RegExp(`${OPEN}([A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,3}\\s+and\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,3})\\s+(?=[a-z])`, 'g');

/** "both countries", "the two republics" anywhere in a sentence ("brought both countries close to war"): the pair named as a whole, whom a "they" after it stands for. */
const PAIR_ANYWHERE = /\b((?:both|the two)\s+(?:countries|nations|states|republics|governments|sides|neighbours|neighbors))\b/gi;
/** "the two Prime Ministers", "both sides", "the leaders": a plural subject that, in a document about a pair, is the pair. */
const PAIR_WORDS = /^(?:the two|both|the\s+(?:prime ministers|presidents|leaders|heads of (?:state|government)|foreign ministers|ministers))\b/i;

/**
 * The pair's country codes when the clause whose act begins at `at` has "they" or "we" for
 * subject and the last plural subject told before it (within about 1,200 characters) is the
 * pair: named as such ("the two Prime Ministers", "both sides"; "the presidents of Zambia and
 * Malawi" naming no other country) or as two of its actors joined by "and" ("Romania and Bulgaria",
 * "President Hichilema and President Chakwera"). Else undefined.
 * @example pronounPair('Romania and Bulgaria met in May. They agreed to reopen the border.', 33, 38, entities, new Set(['ROU', 'BGR'])) // → Set {'ROU', 'BGR'}
 */
export function pronounPair(text: string, from: number, at: number, entities: EntityMention[], pair: Set<string> | undefined): Set<string> | undefined {
  if (!pair || pair.size !== 2) return undefined;
  if (!PRONOUN_SUBJECT.test(text.slice(Math.max(0, from, at - 60), at))) return undefined;
  // The pronoun's own sentence start: the plural subject is told before it.
  const lead = text.slice(Math.max(0, at - 60), at);
  const pronoun = lead.search(PRONOUN_AT_END);
  const before = at - lead.length + pronoun;
  const windowStart = Math.max(0, before - REACH);
  const window = text.slice(windowStart, before);
  // A match at the window's cut opens no sentence.
  const last = [...window.matchAll(PLURAL_WORDS), ...window.matchAll(PLURAL_NAMES), ...window.matchAll(PAIR_ANYWHERE)]
    .filter((m) => m.index! > 0 || windowStart === 0)
    .sort((a, b) => a.index! - b.index!)
    .pop();
  if (!last) return undefined;
  const phrase = last[1]!;
  const start = windowStart + last.index! + last[0].lastIndexOf(phrase);
  const end = start + phrase.length;
  const countries = new Set(entities.filter((m) => m.start >= start && m.end <= end && m.country).map((m) => m.country!));
  if (PAIR_WORDS.test(phrase)) return [...countries].every((c) => pair.has(c)) ? pair : undefined;
  return countries.size === 2 && [...countries].every((c) => pair.has(c)) ? pair : undefined;
}

/** "the Leaders", "the Presidents", "the Prime Ministers" opening a clause, then its verb: named by office and plural, no country after ("the leaders of …" names its own). */
const LEADERS_CLAUSE = /^(?:the\s+(?:leaders|presidents|prime ministers|heads of (?:state|government)))(?:\s+(?!of\b)[a-z]|\s*$)/i;

/**
 * Whether the clause whose act begins at `at` has the pair's leaders, by office and plural, for its
 * subject ("On Myanmar, the Leaders condemned the air strikes" in a joint statement of Malaysia
 * and Singapore): in a document about a pair they are the pair's, whatever third country the
 * clause names; a multilateral meeting's leaders would be read as the pair too (a choice: the
 * pair took part). The clause opens after the last stop, semicolon, colon, line break or comma
 * between `from` (the passage's start) and `at`.
 * @example leadersSubject('On Myanmar, the Leaders condemned the air strikes.', 0, 24, new Set(['MYS', 'SGP'])) // → true
 */
export function leadersSubject(text: string, from: number, at: number, pair: Set<string> | undefined): boolean {
  if (!pair || pair.size !== 2) return false;
  const lead = text.slice(Math.max(from, at - 200), at);
  const clause = lead
    .split(/[.;:!?\n]|,\s/)
    .pop()!
    .trimStart();
  return LEADERS_CLAUSE.test(clause);
}
