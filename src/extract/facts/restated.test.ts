import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { restatedBySource } from './restated.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.indicator, f.valueStart]);
}

/** Session 47: a source's own count of the paragraph's last figure, a bare number after its verb, measures what that figure did. */
describe("a source's count of a figure told before", () => {
  it('reads "put the figure at" after an amount of money: the same indicator and currency', () => {
    const text = 'Losses\n\nSeizures at the border cost traders EUR 4.2 million in 2025, the ministry said. The customs office put the figure at 3.9 million.\n';
    expect(facts(text)).toEqual([
      ['EUR 4.2 million', 4200000, 'EUR', 'quantity', text.indexOf('EUR 4.2')],
      ['3.9 million', 3900000, 'EUR', 'quantity', text.indexOf('3.9 million')],
    ]);
  });

  it('reads "counts about" and "puts the number at" after a count (the carried indicator read these before; kept as behaviour)', () => {
    const a = 'Refugees\n\nSome 12,000 Kenyan nationals live in Uganda, the embassy says; the Ugandan interior ministry counts about 14,500.\n';
    expect(facts(a).map((f) => f.slice(0, 4))).toEqual([
      ['12,000', 12000, 'persons', 'residents'],
      ['14,500', 14500, 'persons', 'residents'],
    ]);
    const b = 'Visitors\n\nAbout 48,000 Kenyan tourists visited Uganda in 2024. The tourism board puts the number at about 51,000.\n';
    expect(facts(b).map((f) => f.slice(0, 4))).toEqual([
      ['48,000', 48000, 'persons', 'visitors'],
      ['51,000', 51000, 'persons', 'visitors'],
    ]);
  });

  it('finds the verb before the number and what closes the clause after it', () => {
    const t = 'the agency counts about 27,500 for 2025.';
    expect(restatedBySource(t, t.indexOf('27,500'), t.indexOf('27,500') + 6)).toBe(true);
    const u = 'the agency counts about 27,500 vehicles.';
    expect(restatedBySource(u, u.indexOf('27,500'), u.indexOf('27,500') + 6)).toBe(false);
    const w = 'the agency opened 27,500.';
    expect(restatedBySource(w, w.indexOf('27,500'), w.indexOf('27,500') + 6)).toBe(false);
  });

  it('must not read a number with no figure before it in its paragraph, a section number or a time', () => {
    for (const text of [
      'Notes\n\nThe committee said 4.\n',
      'Notes\n\nThe treaty was signed in Nairobi. The ministry cited 12.\n',
      'Notes\n\nAbout 48,000 Kenyan tourists visited Uganda in 2024.\n\nThe report cites section 12.\n',
      'Notes\n\nAbout 48,000 Kenyan tourists visited Uganda in 2024. The board said 14:30 was the deadline.\n',
      'Notes\n\nSeizures at the border cost traders EUR 4.2 million in 2025. The police counted 12 for the same year.\n',
    ])
      expect(facts(text).filter((f) => f[1] !== 48000 && f[1] !== 4200000), text).toEqual([]);
  });
});
