import { describe, expect, it } from 'vitest';
import { addConfusions, confusedItems, confusion, confusionRows, type MatchedPair } from './confusion.js';

const pair = (gold: string | undefined, got: string, goldMode?: string, gotMode = 'asserted'): MatchedPair => ({
  gold: { plover: gold, mode: goldMode, quote: `Quito expelled two attachés (${gold} → ${got})` },
  predicted: { plover: { type: got }, mode: gotMode, type: 'conflict_or_incident' },
});

describe('PLOVER confusion of matched events', () => {
  const pairs = [pair('SANCTION', 'SANCTION'), pair('SANCTION', 'COERCE'), pair('DEMAND', 'SANCTION', 'planned'), pair(undefined, 'AGREE')];

  it('counts gold × predicted categories over the pairs whose gold has one', () => {
    const c = confusion(pairs, 'plover');
    expect([c.total, c.right]).toEqual([3, 1]);
    expect(c.rows).toEqual(['DEMAND', 'SANCTION']);
    expect(c.cols).toEqual(['COERCE', 'SANCTION']);
    expect(confusionRows(c)).toEqual([
      ['gold \\ got', 'COERC', 'SANCT', 'n', 'right'],
      ['DEMAND', '.', '1', '1', '0'],
      ['SANCTION', '1', '1', '2', '1'],
    ]);
  });

  it('reads a missing gold mode as asserted', () => {
    const c = confusion(pairs, 'mode');
    expect([c.total, c.right]).toEqual([4, 3]);
    expect(c.counts.get('planned\u0000asserted')).toBe(1);
  });

  it('sums parts and lists only the wrong pairs', () => {
    const sum = addConfusions([confusion(pairs, 'plover'), confusion([pair('COERCE', 'COERCE')], 'plover')]);
    expect([sum.total, sum.right, sum.rows]).toEqual([4, 2, ['COERCE', 'DEMAND', 'SANCTION']]);
    expect(confusedItems(pairs, 'plover')).toEqual([
      'plover gold SANCTION got COERCE (conflict_or_incident) | Quito expelled two attachés (SANCTION → COERCE)',
      'plover gold DEMAND got SANCTION (conflict_or_incident) | Quito expelled two attachés (DEMAND → SANCTION)',
    ]);
  });
});
