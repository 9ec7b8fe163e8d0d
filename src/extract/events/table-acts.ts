import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Block } from '../../model/document.js';
import { lexiconInvalid } from '../../lexicon.js';
import { eventTypes } from './event-types.js';

/**
 * A table of agreements or projects tells one act per row without a verb (session 32, issue 10):
 *
 *   | No. | Title                                | Date signed     | Place    |
 *   | 1   | Treaty on Friendship and Cooperation | 16 January 1996 | Ashgabat |
 *
 * A column whose header names an act ("Date signed", "Construction period") dates each row's act; the row's
 * title cell (the cell of a column headed Title, Name, Agreement…, `tableTitleHeaders` in lexicon/event-types.json; else its
 * first cell of words, not a number, a date or a place column) is the act's words. A table
 * whose headers name no act (a statistics table, a table of contents) tells none, and a row that names a
 * country outside the document's pair is that country's act, not one of the pair's.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/**
 * Headers of a column that dates an act, with the act's type (GUIDELINES.md: "a project built 1995–2003 is an event dated 1995/2003").
 * Its PLOVER category is the type's own in event-types.json (`ploverOfType`), kept in one place with the triggers' (session 46).
 */
const ACT_COLUMNS: { header: RegExp; type: string }[] = [
  {
    // A register gives the place with the date ("Place and date of signature": "Jakarta, 3 March 1951"); a list of loans
    // names the instrument ("Agreement signed", "Loan signed").
    header:
      /^(?:(?:agreement|contract|loan|treaty|accord|memorandum|mou)\s+)?(?:date\s+(?:of\s+)?)?sign(?:ed|ing|ature)(?:\s+(?:on|date))?$|^(?:(?:place|city)\s+and\s+)?date\s+(?:and\s+(?:place|city)\s+)?of\s+signature$/i,
    type: 'agreement_signed',
  },
  // A treaty register's second act: the day the instrument took effect (session 35).
  { header: /^(?:date\s+of\s+)?entry\s+into\s+force$|^in\s+force\s+(?:from|since)$/i, type: 'agreement_in_force' },
  { header: /^(?:construction|built|construction\s+period|period\s+of\s+construction|years?\s+built)$/i, type: 'aid_project' },
];
/** A cell that is no title: a number, a figure, a date or a dash. */
const NOT_TITLE = /^[\s\d.,:;/()%–—-]*$/;
/** Headers of columns that hold no title: a number, a place, a status, a party. */
const NOT_TITLE_HEADER = /^(?:no\.?|s\.?\s*no\.?|#|place|venue|location|status|capacity.*|remarks?|notes?|country|countries|part(?:y|ies|ners?))$/i;

/** Headers of a column of places: a capital there ("Accra") is where the act was done, not a party to it. */
const PLACE_HEADER = /^(?:place|venue|location|city|signed\s+(?:at|in))$/i;
/** A period still running: "2008–", "2008 -". */
const OPEN = /^\s*\d{4}\s*[–—-]\s*$/;

/** The PLOVER category event-types.json gives a type (LEXICON_INVALID when the lexicon has no such type). */
function ploverOfType(id: string): { type: string; mode: string } {
  const type = eventTypes().types.find((t) => t.id === id);
  if (!type) lexiconInvalid('event-types.json', id, 'a table column names a type the lexicon does not have');
  return { ...type.plover };
}

const clean = (s: string) => s.replace(/[*_`]/g, '').trim();

/**
 * The acts of the tables of a text whose header names an act's date: one per row dated by that column (rule `table-row`).
 * @example tableActs(text, blocks, times, entities, pair) // "| Title | Date signed |\n| Treaty on Friendship | 16 January 1996 |" → one agreement_signed, 1996-01-16
 */
export function tableActs(text: string, blocks: Block[], times: TimeAnnotation[], entities: EntityMention[], pair: Set<string> | undefined, published?: string): Event[] {
  const out: Event[] = [];
  const titleHeaders = eventTypes().tableTitleHeaders;
  for (const block of blocks) {
    if (block.type !== 'table' || !block.header || !block.rows || block.rows.length < 2) continue;
    const header = block.rows[0]!.map((c) => clean(text.slice(c.start, c.end)));
    // Every column that dates an act ("Place and date of signature", "Entry into force"), in the header's order.
    const columns = header.flatMap((h, i) => {
      const act = ACT_COLUMNS.find((a) => a.header.test(h));
      return act ? [{ column: i, act }] : [];
    });
    if (!columns.length) continue;
    const titled = header.findIndex((h) => titleHeaders.has(h.toLowerCase()));
    for (const row of block.rows.slice(1)) {
      const earlier: string[] = [];
      for (const { column, act } of columns) {
        const cell = row[column];
        if (!cell) continue;
        const dates = times.filter((t) => t.start >= cell.start && t.end <= cell.end);
        if (dates.length !== 1) continue;
        const date = dates[0]!.edtf;
        // A later act given by the earlier one's year alone ("1951" in force, signed "3 March 1951") or its very day tells no day of
        // its own; a month is one ("December 2024" in force, signed "3 December 2024").
        const holds = earlier.some((d) => d === date || (/^\d{4}$/.test(date) && d.startsWith(date)));
        earlier.push(date);
        if (holds) continue;
        // A column headed as the title ("| Type | Title | Signing date |") holds the act's words, not the first cell of words ("Memorandum").
        const named = titled >= 0 && titled !== column ? row[titled] : undefined;
        const title =
          named && !NOT_TITLE.test(text.slice(named.start, named.end))
            ? named
            : row.find((c, i) => !columns.some((a) => a.column === i) && !NOT_TITLE_HEADER.test(header[i] ?? '') && !NOT_TITLE.test(text.slice(c.start, c.end)));
        if (!title) continue;
        const start = row[0]!.start;
        const end = row.at(-1)!.end;
        // A row of another state's act ("| Kazakhstan | Agreement on … | 2019 |"): a cell that is only a state outside the pair (or any, when the pair is unknown).
        const states = row.flatMap((c, i) =>
          (PLACE_HEADER.test(header[i] ?? '') ? [] : entities).filter((e) => e.kind === 'country' && text.slice(c.start, c.end).trim() === text.slice(e.start, e.end)),
        );
        if (states.some((e) => !pair || !e.country || !pair.has(e.country))) continue;
        const words = text.slice(title.start, title.end);
        const lead = words.length - words.trimStart().length;
        out.push({
          start,
          end,
          type: act.type,
          plover: ploverOfType(act.type),
          date: OPEN.test(text.slice(cell.start, cell.end)) && published && /^\d{4}$/.test(dates[0]!.edtf) ? `${dates[0]!.edtf}/${published.slice(0, 4)}` : dates[0]!.edtf,
          dateSource: 'sentence',
          trigger: { start: title.start + lead, end: title.start + words.trimEnd().length },
          actors: [],
          mode: 'asserted',
          confidence: 0.7,
          rule: 'table-row',
        });
      }
    }
  }
  return out;
}
