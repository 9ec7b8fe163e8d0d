import { describe, expect, it } from 'vitest';
import { headingLines, nextHeading } from './heading-lines.js';

describe('heading lines do not depend on the text read before (regression, issue 10)', () => {
  it("lists a bill page's numbered heading after another text's next heading was sought", () => {
    // A tracker read first: `nextHeading` finds "### June 2026" far into it.
    const tracker = '# Tracker\n\n### May 2026\n\n- Algeria 22 hosted a delegation.\n\n' + 'x'.repeat(400) + '\n\n### June 2026\n\n- Nothing.\n';
    expect(nextHeading(tracker, 30)).toBe(tracker.indexOf('### June'));
    const page = 'NATIONAL COUNCIL\nBills\n\nStatus: adopted\n\n1. Legislative history\n\n- Submitted to the National Council: 14 January 2026\n';
    expect(headingLines(page).map((h) => h.line)).toContain('1. Legislative history');
  });
});
