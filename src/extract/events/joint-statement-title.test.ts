import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

describe("a joint statement's title", () => {
  it('is the statement of its own day, not an earlier statement its body recalls', () => {
    const text =
      'Joint Statement on the Enhanced Partnership between Chile and New Zealand\n\nWellington, 12 May 2026\n\n1. The two leaders met in Wellington on 12 May 2026.\n\n2. The leaders recalled that in March 2014 Chile and New Zealand issued a Joint Statement on a Strategic Dialogue.\n';
    const { blocks, sentences } = structure(text);
    const events = extract({ text, blocks, sentences, documentDate: '2026-05-12' }).events.filter((e) => e.type === 'joint_statement');
    expect(events.map((e) => [e.start, e.date])).toEqual([
      [0, '2026-05-12'],
      [text.indexOf('The leaders recalled'), '2014-03'],
    ]);
  });
});
