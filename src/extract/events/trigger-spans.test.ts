import { describe, expect, it } from 'vitest';
import { withoutTriggersIn } from './trigger-spans.js';

describe('events whose trigger lies in a span (trigger-spans.ts)', () => {
  const a = { trigger: { start: 3 } };
  const b = { trigger: { start: 30 } };
  const c = { trigger: { start: 59 } };
  it('drops a trigger that begins inside a span, keeps one at its end or outside', () => {
    expect(withoutTriggersIn([a, b, c], [{ start: 30, end: 59 }])).toEqual([a, c]);
  });
  it('keeps what `spare` keeps for its span, and everything when there is no span', () => {
    expect(withoutTriggersIn([a, b], [{ start: 0, end: 40 }], (e) => e === b)).toEqual([b]);
    expect(withoutTriggersIn([a, b], [])).toEqual([a, b]);
  });
});
