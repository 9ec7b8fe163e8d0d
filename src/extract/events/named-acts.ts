import type { Sentence } from '../../model/document.js';
import { eventTypes, type Trigger } from './event-types.js';

/**
 * Acts told by their name with a date of their own (session 24): "The Treaty of Valdor (1602)
 * extended the line", "The Northern Pact (1951) between the two governments committed …", "the
 * Harbour Revolution in Ostrava (1848)", "The Frontier Treaty of 1880 gave the port to …". The name
 * is capitalised and its head is a noun of `namedActs` in event-types.json (a treaty, a pact, a
 * revolution, a congress …); the date follows the name in brackets or after "of", with at most a
 * short capitalised complement between ("of Valdor", "in Ostrava"). A lower-case head counts after a
 * capitalised word ("the Valdor treaty of 1602"), not after a word of `namedActs.notAfter` (a body,
 * a party's meeting or an era: "the National Convention of 2016", "the Green Revolution"). The name
 * is the act's trigger, ranked after every pattern and verb of its type; "a treaty (1602)", "the
 * treaty of 1602" name no act (no capital), and a year before the name ("the 1982 UN Convention")
 * is a name's part, which `namesAThing` already leaves undated.
 */

/** How many words may stand between the head noun and its date: "of Peace and Friendship", "in Lisbon". */
const COMPLEMENT_WORDS = 4;
/** Small words inside a name's complement. */
const SMALL = /^(?:of|in|on|at|the|and|for|de|del|do|da|la|le)$/i;
/** Where a date is the name's own: "(1529)" right after the name, or "of 1881" / "of January 1979". */
const OWN_DATE_BEFORE = /(?:\(\s*|\s+of\s+)$/i;

/**
 * The named acts of a sentence whose own date follows the name, as triggers.
 * @example namedActTriggers('The Northern Pact (1951) committed the two.', s, [{ start: 19, end: 23 }])[0] // → the trigger "Pact", agreement_signed
 */
export function namedActTriggers(text: string, s: Sentence, dates: { start: number; end: number }[], covered: Trigger[] = []): Trigger[] {
  const { namedActs, namedActsNotAfter } = eventTypes();
  if (!namedActs.lemmas.size) return [];
  const out: Trigger[] = [];
  for (const d of dates) {
    if (d.start <= s.start) continue;
    const lead = OWN_DATE_BEFORE.exec(text.slice(Math.max(s.start, d.start - 6), d.start));
    if (!lead) continue;
    // A bracketed date is closed right after it ("(1884–1885)").
    if (lead[0].includes('(') && !/^\s*\)/.test(text.slice(d.end, d.end + 3))) continue;
    const before = text.slice(s.start, d.start - lead[0].length);
    const words = [...before.matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
    for (let k = words.length - 1, between = 0; k >= 0 && between <= COMPLEMENT_WORDS; k--, between++) {
      const w = words[k]!;
      const head = namedActs.lemmas.get(w[0].toLowerCase());
      const start = s.start + w.index!;
      if (head) {
        const capital = /^\p{Lu}/u.test(w[0]);
        const prev = words[k - 1];
        // A lower-case head is part of a name after a capitalised word that does not open the sentence ("the Valdor treaty");
        // a body, a party's meeting or an era is no act ("the Democratic National Convention of 2016").
        const named = (capital ? k > 0 || start > s.start : !!prev && prev.index! > 0 && /^\p{Lu}/u.test(prev[0])) && !(prev && namedActsNotAfter.has(prev[0].toLowerCase()));
        // Between the head and its date only the complement's words, no punctuation of a clause.
        const gap = text.slice(start + w[0].length, d.start - lead[0].length);
        if (named && !/[,;:()]/.test(gap) && !covered.some((c) => c.start < start + w[0].length && start < c.end))
          out.push({ type: head.type, priority: head.priority, plover: head.plover, start, end: start + w[0].length, named: true });
        break;
      }
      // Only a capitalised complement stands between the head and its date ("of Valdor", "in Ostrava").
      if (!/^\p{Lu}/u.test(w[0]) && !SMALL.test(w[0])) break;
    }
  }
  return out;
}
