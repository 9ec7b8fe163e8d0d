import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** A parliament's bill page written for these tests in the manner of a national parliament's website; updated 6 October 2026. */
const DCT = '2026-10-06';

const page = [
  'NATIONAL COUNCIL OF THE REPUBLIC OF AUSTRIA',
  'Bills > Government bills > 2261 d.B.',
  '',
  'Agreement between the Republic of Austria and the Czech Republic on Police Cooperation in Border Areas',
  '',
  'Status: Adopted by the National Council',
  'Page last updated: 6 October 2026',
  '',
  '1. Legislative history',
  '',
  '- Submitted to the National Council: 14 January 2026',
  '- Committee on Internal Affairs, hearing of experts: 3 March 2026',
  '- Vote in plenary: 22 April 2026 — adopted unanimously',
  '- Federal Council, objection period: ended on 12 May 2026',
  '- Publication in the Federal Law Gazette: expected in November 2026',
  '',
  '2. Related documents',
  '',
  '- Explanatory notes: 14 January 2026',
  '',
].join('\n');

function stages(text: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate: DCT })
    .events.filter((e) => e.rule.startsWith('bill-stage'))
    .map((e) => [text.slice(e.trigger.start, e.trigger.end), e.date, e.type, e.plover.type, e.mode]);
}

describe("a bill's stages listed under a heading naming them are the state's acts of their days (issue 10)", () => {
  it('reads each "Label: date" item under "Legislative history"', () => {
    const found = stages(page);
    expect(found).toContainEqual(['Submitted to the National Council', '2026-01-14', 'domestic_policy', 'AGREE', 'asserted']);
    expect(found).toContainEqual(['Committee on Internal Affairs, hearing of experts', '2026-03-03', 'domestic_policy', 'CONSULT', 'asserted']);
    expect(found).toContainEqual(['Vote in plenary', '2026-04-22', 'domestic_policy', 'AGREE', 'asserted']);
    expect(found).toContainEqual(['Federal Council, objection period', '2026-05-12', 'domestic_policy', 'CONSULT', 'asserted']);
    expect(found).toContainEqual(['Publication in the Federal Law Gazette', '2026-11', 'domestic_policy', 'CONSULT', 'planned']);
  });

  it('must not read a "Label: date" line under another heading, or a page with no stages heading', () => {
    const found = stages(page);
    expect(found.map((f) => f[0])).not.toContain('Explanatory notes');
    expect(found.map((f) => f[0])).not.toContain('Page last updated');
    const minutes = '1. Agenda\n\n- Vote in plenary: 22 April 2026\n';
    expect(stages(minutes)).toEqual([]);
  });
});
