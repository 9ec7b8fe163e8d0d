import type { EventAnnotation } from '../../model/annotation.js';
import { categoryOfLemma } from './plover-lemmas.js';

type Event = Omit<EventAnnotation, 'stage'>;

/**
 * A regulator's or a court's decision ends with its operative part: a line naming the body's act ("The Authority
 * decides:", "HEREBY ORDERS:") and the items it decides, each an infinitive ("(a) to GRANT Qatar Airways four weekly
 * frequencies …", "(d) to notify this decision to …"). Each item is the body's act of the decision's day (the document's
 * date), whatever its verb's case; its category is its verb's (`categoryOfLemma`), OTHER when the verb names none.
 */

/** The line opening an operative part: a short subject, then "decides/orders/resolves/determines" and a colon. */
const OPERATIVE_HEAD = /^[ \t]*(?:[\p{L}'’ ]{0,60}[ \t])?(?:hereby[ \t]+)?(?:decides?|orders?|resolves?|determines?|rules?|directs?)[ \t]*:[ \t]*$/gimu;
/** An item of the operative part: a letter or number, then "to" and its verb. */
const ITEM = /^[ \t]*(?:\(?[a-z]\)|\(?\d{1,2}[.)])[ \t]+to[ \t]+(\p{L}+)/iu;
/** An item's continuation: an indented line that opens no item. */
const CONTINUATION = /^[ \t]+\S/;

/**
 * The items of a decision's operative part (rule `operative-item`), dated by the decision's day.
 * @example operativeActs('The Authority decides:\n(a) to GRANT the carrier four frequencies;', '2026-05-20') // → one act, "GRANT", 2026-05-20
 */
export function operativeActs(text: string, published: string | undefined): Event[] {
  if (!published || !/^\d{4}-\d\d-\d\d$/.test(published)) return [];
  const out: Event[] = [];
  for (const head of text.matchAll(OPERATIVE_HEAD)) {
    let at = head.index + head[0].length + 1;
    while (at < text.length) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const line = text.slice(at, end);
      const m = ITEM.exec(line);
      if (!m) {
        if (CONTINUATION.test(line) && out.length) {
          at = end + 1;
          continue;
        }
        break;
      }
      const verbAt = at + m[0].length - m[1]!.length;
      const category = categoryOfLemma(m[1]!.toLowerCase(), false);
      out.push({
        start: at + m[0].length - m[1]!.length - 3,
        end,
        type: 'other',
        plover: category?.plover ?? { type: 'OTHER', mode: '' },
        date: published,
        dateSource: 'document',
        trigger: { start: verbAt, end: verbAt + m[1]!.length },
        actors: [],
        mode: 'asserted',
        confidence: 0.6,
        rule: 'operative-item',
      });
      at = end + 1;
    }
  }
  return out;
}
