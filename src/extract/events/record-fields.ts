import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';

type Event = Omit<EventAnnotation, 'stage'>;

/**
 * An aid activity record (an export of an aid transparency registry) tells its acts in fields, not sentences:
 *
 *   Dates:         planned start 2016-06-01 | actual start 2017-09-26 |
 *                  planned end 2021-12-31 | actual end 2022-10-17
 *   Transactions:
 *     2016-05-27  commitment      USD 275,000,000  (grant)
 *     2018-03-12  disbursement    USD  97,500,000
 *
 * An actual start or end is the project's act of that day; a planned one is none. Each transaction line under a
 * "Transactions" label is the donor's act of its day: a commitment commits aid, a disbursement or an expenditure
 * delivers it. A text with no planned date beside the actual ones is read as prose only ("the actual start of talks").
 */

/** "actual start 2017-09-26", "Actual end date: 2022-10-17". */
const ACTUAL_FIELD = /\bactual[ \t]+(start|end)(?:[ \t]+date)?[ \t]*:?[ \t]*(?=\d)/gi;
/** A record gives the planned dates beside the actual ones. */
const PLANNED_FIELD = /\bplanned[ \t]+(?:start|end)(?:[ \t]+date)?[ \t]*:?[ \t]*\d/i;
/** A label line "Transactions:", alone or with the first transaction after it. */
const TRANSACTIONS_LABEL = /^[ \t]*Transactions?[ \t]*:[ \t]*$/gim;
/** A transaction line: its day, its kind, a currency code and an amount. */
const TRANSACTION_LINE = /^[ \t]*(\d{4}-\d\d-\d\d)[ \t]+(commitment|disbursement|expenditure)[ \t]+[A-Z]{3}[ \t]+\d[\d,.]*/gim;

const KINDS: Record<string, { type: string; plover: { type: string; mode: string } }> = {
  commitment: { type: 'aid_commitment', plover: { type: 'AID', mode: 'commitment' } },
  disbursement: { type: 'aid_project', plover: { type: 'AID', mode: 'project' } },
  expenditure: { type: 'aid_project', plover: { type: 'AID', mode: 'project' } },
};

/**
 * The acts of an aid activity record's date and transaction fields (rule `record-field`), each dated by the day the field gives.
 * @example recordActs('Dates: planned start 2016-06-01 | actual start 2017-09-26', times) // → one aid_project, 2017-09-26
 */
export function recordActs(text: string, times: readonly TimeAnnotation[]): Event[] {
  const out: Event[] = [];
  const dayAt = (at: number) => times.find((t) => t.start === at && t.granularity === 'day');
  const act = (start: number, end: number, trigger: { start: number; end: number }, date: string, kind: (typeof KINDS)[string]): Event => ({
    start,
    end,
    type: kind.type,
    plover: kind.plover,
    date,
    dateSource: 'sentence',
    trigger,
    actors: [],
    mode: 'asserted',
    confidence: 0.7,
    rule: 'record-field',
  });
  if (PLANNED_FIELD.test(text)) {
    for (const m of text.matchAll(ACTUAL_FIELD)) {
      const day = dayAt(m.index + m[0].length);
      if (!day) continue;
      out.push(act(m.index, day.end, { start: m.index, end: m.index + m[0].trimEnd().replace(/:$/, '').length }, day.edtf, KINDS.disbursement!));
    }
  }
  for (const label of text.matchAll(TRANSACTIONS_LABEL)) {
    // The transactions run from the label to the first line that is no transaction.
    let at = label.index + label[0].length + 1;
    while (at < text.length) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      TRANSACTION_LINE.lastIndex = at;
      const m = TRANSACTION_LINE.exec(text);
      if (!m || m.index !== at) break;
      const day = dayAt(at + m[0].indexOf(m[1]!));
      const kindAt = at + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
      if (day) out.push(act(day.start, end, { start: kindAt, end: kindAt + m[2]!.length }, day.edtf, KINDS[m[2]!.toLowerCase()]!));
      at = end + 1;
    }
  }
  TRANSACTION_LINE.lastIndex = 0;
  return out.sort((a, b) => a.start - b.start);
}
