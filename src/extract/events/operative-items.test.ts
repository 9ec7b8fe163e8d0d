import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** A regulator's decision written for these tests in the manner of a civil-aviation authority's published decisions; issued 11 February 2026. */
const DCT = '2026-02-11';

const decision = [
  'KENYA CIVIL AVIATION AUTHORITY',
  'Air Transport Licensing Board',
  '',
  'DECISION No. 3 of 2026 on an application by Ethiopian Airlines under the Kenya–Ethiopia Air Services Agreement',
  '',
  'Date of decision: 11 February 2026',
  '',
  '1. Ethiopian Airlines applied on 5 January 2026 for three additional weekly frequencies Addis Ababa–Mombasa.',
  '',
  'III. DECISION',
  '',
  'The Board decides:',
  '(a) to GRANT Ethiopian Airlines two weekly frequencies Addis Ababa–Mombasa, from 29 March 2026, for the',
  '    summer season;',
  '(b) to notify this decision to the Ethiopian Civil Aviation Authority.',
  '',
  'Issued in Nairobi on 11 February 2026.',
  '',
].join('\n');

function acts(text: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate: DCT })
    .events.filter((e) => e.rule.startsWith('operative-item'))
    .map((e) => [text.slice(e.trigger.start, e.trigger.end), e.date]);
}

describe("a decision's operative items are the body's acts of the decision's day (issue 10)", () => {
  it('reads each "(a) to VERB …" item under "The Board decides:", whatever the verb\'s case', () => {
    expect(acts(decision)).toEqual([
      ['GRANT', '2026-02-11'],
      ['notify', '2026-02-11'],
    ]);
  });

  it('must not read lettered items under no operative line, or items that are no infinitive', () => {
    const list = 'The application asked the Board:\n(a) to grant three frequencies;\n(b) to waive the fee.\n';
    expect(acts(list)).toEqual([]);
    const findings = 'The Board finds:\n(a) the route is not served;\n(b) the ceiling is reached.\n';
    expect(acts(findings)).toEqual([]);
  });
});
