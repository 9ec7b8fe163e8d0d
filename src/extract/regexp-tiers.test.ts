import { describe, expect, it } from 'vitest';
import { compileRegExpsOnce } from './regexp-tiers.js';

describe('how the patterns of extraction are compiled', () => {
  it('leaves a choice given on node’s command line or in NODE_OPTIONS, in either spelling', () => {
    expect(compileRegExpsOnce(['--regexp-tier-up'], '')).toBe(false);
    expect(compileRegExpsOnce([], '--max-old-space-size=4096 --no_regexp_tier_up')).toBe(false);
    expect(compileRegExpsOnce(['--regexp-interpret-all'], '')).toBe(false);
  });

  it('sets it otherwise, and a pattern matches as before', () => {
    expect(compileRegExpsOnce(['--enable-source-maps'], '--max-old-space-size=4096')).toBe(true);
    const amount = /(?<![\p{L}\p{N}])(US\$|€)\s?(\d{1,3}(?:,\d{3})+|\d+)\s(million|billion)(?![\p{L}])/gu;
    const text = 'Chile pledged US$120 million and Italy €3,400 million to the fund.';
    expect([...text.matchAll(amount)].map((m) => [m.index, m[0]])).toEqual([
      [14, 'US$120 million'],
      [39, '€3,400 million'],
    ]);
  });
});
