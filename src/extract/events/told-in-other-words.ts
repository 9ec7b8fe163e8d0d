import type { EventAnnotation } from '../../model/annotation.js';

/** What parts two clauses between two triggers: a stop, a comma or a conjunction ("expelled the envoy, and Tallinn asked …", "called on X and met Y"). */
const CLAUSE_BREAK = /[,;:.]|\b(?:and|but|or|nor|while|whereas|after|before|when|then)\b/i;

/**
 * One act told in other words: the acts a clause tells beside its main one (`coEvents`, rule `+co-…`) are each of a
 * PLOVER category the clause's other acts do not have, but the categories are refined after (`refineCategory`: a crowd's
 * march among detentions is COERCE, a protest an accused stirs is the accusation's). A co-event that so ends with the
 * type, category and date of another act of its clause, with no comma or conjunction between their triggers, tells that
 * act again: "relatives of the detained men had marched …", "handed a note of protest demanding the release of the
 * fishermen" (two DEMANDs), "froze its EU accession talks", "retaliated on Monday by scrapping the accord". One act, one
 * event: the telling whose category a rule gave stays, else the clause's main act, else the first told. Acts joined by "and" or a comma are acts of their own ("Moscow expelled the Estonian
 * ambassador, and Tallinn asked the Russian ambassador to leave"; "called on the President and met the Speaker").
 * @example toldInOtherWords(text, [{ rule: 'trigger+date', plover: { type: 'COERCE' }, … }, { rule: 'trigger+date+co-trigger', plover: { type: 'COERCE' }, … }]) // → the first only
 */
export function toldInOtherWords<E extends Pick<EventAnnotation, 'rule' | 'plover' | 'type' | 'start' | 'end' | 'date' | 'trigger'>>(text: string, events: E[]): E[] {
  const beside = (e: E) => e.rule.includes('+co-');
  const oneClause = (a: E, b: E) => {
    const [x, y] = a.trigger.start <= b.trigger.start ? [a, b] : [b, a];
    return y.trigger.start >= x.trigger.end && !CLAUSE_BREAK.test(text.slice(x.trigger.end, y.trigger.start));
  };
  const same = (a: E, b: E) => a.start === b.start && a.end === b.end && a.date === b.date && a.type === b.type && a.plover.type === b.plover.type && oneClause(a, b);
  // The telling kept: one whose category a rule of the clause gave (`+plover…`: its object, its doer, its mode say why), then the
  // clause's main act, then the first told.
  const rank = (e: E, i: number) => [e.rule.includes('+plover') ? 0 : 1, beside(e) ? 1 : 0, i];
  const before = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  return events.filter((e, i) => {
    // Only a pair with a co-event is one act told twice; two main acts of a sentence are others' work.
    return !events.some((o, j) => o !== e && (beside(o) || beside(e)) && same(o, e) && before(rank(o, j), rank(e, i)) < 0);
  });
}
