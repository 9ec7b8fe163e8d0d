import type { EntityMention, FactAnnotation } from '../../model/annotation.js';
import type { Block } from '../../model/document.js';
import { parseNumber } from '../facts/numbers.js';

export const TABLE_STAGE = 'tables';

const clean = (s: string) => s.replace(/<[^>]+>|\*\*|__|\\/g, '').trim();
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const NUMBER = /^(US\$|\$|¥)?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(%|MW|million|billion|trillion)?$/;

/**
 * Reads tables with a header row: every numeric cell of a data row becomes a fact, its
 * indicator the column's header, its subject the row's first cell, its period a year cell of
 * the same row (or the column header when the header is a year), cited to the row.
 */
export function findTableFacts(text: string, blocks: Block[], entities: EntityMention[]): Omit<FactAnnotation, 'stage'>[] {
  const out: Omit<FactAnnotation, 'stage'>[] = [];
  for (const block of blocks) {
    if (block.type !== 'table' || !block.header || !block.rows || block.rows.length < 2) continue;
    const header = block.rows[0]!.map((c) => clean(text.slice(c.start, c.end)));
    let lastLabel = '';
    for (const row of block.rows.slice(1)) {
      const cells = row.map((c) => clean(text.slice(c.start, c.end)));
      const label = cells[0] || lastLabel;
      lastLabel = label;
      const yearCol = cells.findIndex((c, i) => i > 0 && YEAR.test(c) && !YEAR.test(header[i] ?? ''));
      const rowStart = row.find((c) => c.end > c.start)?.start ?? block.start;
      const rowEnd = [...row].reverse().find((c) => c.end > c.start)?.end ?? block.end;
      cells.forEach((cell, i) => {
        if (i === 0 || i === yearCol) return;
        const m = NUMBER.exec(cell);
        if (!m) return;
        const head = header[i] ?? '';
        if (YEAR.test(cell) && !YEAR.test(head)) return;
        const scale = m[3] && /million|billion|trillion/.test(m[3]) ? m[3] : undefined;
        const unit = m[1] ? (m[1] === '¥' ? 'JPY' : 'USD') : m[3] === '%' ? 'percent' : m[3] === 'MW' || /\bMW\b/.test(head) ? 'MW' : 'count';
        const subject = entities.find((e) => e.start >= rowStart && e.end <= rowEnd && e.kind === 'country')?.name ?? label;
        out.push({
          start: rowStart,
          end: rowEnd,
          valueStart: row[i]!.start,
          valueEnd: row[i]!.end,
          indicator: head.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'value',
          value: parseNumber(m[2]!, scale),
          unit,
          ...(yearCol > 0 ? { period: cells[yearCol] } : YEAR.test(head) ? { period: head } : {}),
          ...(subject ? { subject } : {}),
          qualifier: 'exact',
          confidence: 0.7,
          rule: 'table-row',
        });
      });
    }
  }
  return out;
}
