import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { emphasisEnd, emphasisOrigin, plainEmphasis } from './emphasis.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.indicator, f.qualifier]);
}

/** Session 48: Markdown emphasis around a figure hid the noun it counts ("**2,750** nurses" was read as nothing). */
describe('figures in Markdown emphasis', () => {
  it('takes out the marks of a short run holding a digit, their room before the run, length unchanged', () => {
    const text = 'It hired **2,750** nurses and __1,240__ cartons.';
    const plain = plainEmphasis(text);
    expect(plain.text).toBe('It hired     2,750 nurses and     1,240 cartons.');
    expect(plain.text.length).toBe(text.length);
    expect(emphasisOrigin(plain.shifts, plain.text.indexOf('2,750'))).toBe(text.indexOf('2,750'));
    expect(emphasisEnd(plain.shifts, plain.text.indexOf('2,750') + 5)).toBe(text.indexOf('2,750') + 5);
  });

  it('moves a currency or a bound before the run with it: "USD **40** million", "About **3** million"', () => {
    expect(plainEmphasis('Accra pledged USD **40** million.').text).toBe('Accra pledged     USD 40 million.');
    expect(plainEmphasis('About **3** million cross.').text).toBe('    About 3 million cross.');
  });

  it('leaves a run with no digit and a long run as they are', () => {
    for (const t of ['A **Core Group** of eight states.', '**Week 9 (3 and 6 May) — Site visits to the corridor.**', 'No marks 4,500 here.', '**Lot 7** crates were sold.', 'See **Annex 3** below.'])
      expect(plainEmphasis(t).text).toBe(t);
  });

  it('reads a bold count with its noun and the qualifier before the marks', () => {
    const text = 'Ghana and Togo\n\nThe scheme has placed some **2,750** Ghanaian nurses in clinics since 2019.\n';
    expect(facts(text)).toEqual([['2,750', 2750, 'persons', 'ghanaian_nurses', 'approx']]);
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

  it('reads a bold figure before a unit or a multiplier as its plain form, never as a count of the unit word', () => {
    const a = 'Ghana and Togo\n\nCustoms impounded **1,800** tonnes of sugar at the border.\n';
    expect(facts(a).map((f) => f.slice(0, 3))).toEqual([['1,800** tonnes', 1800, 'tons']]);
    const b = 'Ghana and Togo\n\nThe new link road is **62** km long.\n';
    expect(facts(b).map((f) => f.slice(0, 3))).toEqual([['62** km', 62, 'km']]);
    const c = 'Ghana and Togo\n\nAccra pledged USD **25** million to the border fund.\n';
    expect(facts(c).map((f) => f.slice(0, 3))).toEqual([['USD **25** million', 25000000, 'USD']]);
    const d = 'Ghana and Togo\n\nFares went up **9** per cent in May.\n';
    expect(facts(d).map((f) => f.slice(0, 3))).toEqual([['9** per cent', 9, 'percent']]);
  });
});
