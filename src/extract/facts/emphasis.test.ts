import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { plainEmphasis } from './emphasis.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.indicator, f.qualifier]);
}

/** Session 48: Markdown emphasis around a figure hid the noun it counts ("**16,000** soldiers" was read as nothing). */
describe('figures in Markdown emphasis', () => {
  it('blanks the marks of a short run holding a digit, offsets unchanged', () => {
    const text = 'It trained **16,000** soldiers and __1,240__ cartons.';
    const plain = plainEmphasis(text);
    expect(plain).toBe('It trained   16,000   soldiers and   1,240   cartons.');
    expect(plain.length).toBe(text.length);
  });

  it('leaves a run with no digit and a long run as they are', () => {
    for (const t of ['A **Core Group** of eight states.', '**Week 14 (20 and 23 April) — Student presentations.**', 'No marks 16,000 here.']) expect(plainEmphasis(t)).toBe(t);
  });

  it('reads a bold count with its noun and the qualifier before the marks', () => {
    const text = 'Ghana and Togo\n\nThe programme has trained an estimated **16,000** Ghanaian teachers since 2019.\n';
    expect(facts(text)).toEqual([['16,000', 16000, 'persons', 'ghanaian_teachers', 'approx']]);
  });

  it('reads a bold amount of money and a bold percentage as before', () => {
    const text = 'Ghana and Togo\n\nTrade reached **USD 1.1 billion** in 2025, up **6.2 per cent**.\n';
    expect(facts(text).map((f) => f.slice(0, 3))).toEqual([
      ['USD 1.1 billion', 1100000000, 'USD'],
      ['6.2 per cent', 6.2, 'percent'],
    ]);
  });

  it('must not make a bold label, page, time, phone number or year a figure', () => {
    for (const text of [
      'Ghana and Togo\n\n**Section 4.2** covers the one-stop border posts. See **page 12** for the map.\n',
      'Ghana and Togo\n\nThe meeting is at **10:30** in the main hall.\n',
      'Ghana and Togo\n\n- **Phone:** **0800 221 199**\n',
      'Ghana and Togo\n\n**2024** — a difficult year for the corridor.\n',
      'Ghana and Togo\n\n**Case no. 4411** was closed in May.\n',
    ])
      expect(facts(text), text).toEqual([]);
  });
});
