/**
 * A country's adjective or name that begins the name of its currency ("Thai baht", "Kenyan
 * shillings", "payable in US dollars", "the Hong Kong dollar") names money, not the state: the
 * actor stage leaves it out, so that a sentence on exchange rates or the currency of a loan
 * gains no third state for an actor or a subject. The currency words are those of
 * lexicon/currencies.json, and only a currency of that country counts ("Korean won" is KRW's; a
 * "dollar" after "Japanese" is no yen). A name (not an adjective) counts only after a number, a
 * scale word, "the", "in", "of", "into" or "per", so that "South Korea won the bid" keeps its state.
 */
import { currencyLexicon } from '../facts/currency-finder.js';
import { fold } from '../fold.js';

/** The one or two words after a name. */
const NEXT = /^[ \t]+(\p{L}+)/u;
/** What may stand before a country's name that begins a currency's: "5 billion US dollars", "in US dollars", "the US dollar". */
const MONEY_BEFORE = /(?:\d|\b(?:the|in|of|into|per|thousand|million|billion|trillion|bn|mn)|\$)\s+$/i;

/**
 * Whether the country word at `start`–`end` of `text` begins the name of a currency of `country` (alpha-3).
 * `adjective`: the word is the country's adjective ("Thai"), not its name ("US").
 * @example namesCurrency('repaid in US dollars', 10, 12, 'USA', false) // → true
 */
export function namesCurrency(text: string, start: number, end: number, country: string, adjective: boolean): boolean {
  const next = NEXT.exec(text.slice(end, end + 30))?.[1];
  if (!next) return false;
  if (!adjective && !MONEY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const { byToken } = currencyLexicon();
  const word = fold(next).toLowerCase();
  const whole = `${fold(text.slice(start, end)).toLowerCase()} ${word}`;
  const forms = [word, word.replace(/s$/, ''), word.replace(/es$/, ''), whole, whole.replace(/s$/, '')];
  return forms.some((t) => (byToken.get(t) ?? []).some((c) => c.countries.includes(country)));
}
