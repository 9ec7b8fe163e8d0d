import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** A note on Ghana and Togo that names the pair three times; `line` stands two paragraphs after the last that names them. */
const note = (line: string) =>
  [
    'Ghana–Togo relations',
    '',
    'Ghana and Togo established diplomatic relations in 1960.',
    '',
    'Cocoa prices fell sharply in the following decade.',
    '',
    line,
    '',
    'Ghana and Togo are both members of the Economic Community of West African States.',
  ].join('\n');
/** Where the line of `note` starts. */
const AT = note('').indexOf('\n\n\n') + 2;

/** The events found in `line`: [trigger's start in the line, trigger's words, date, mode, actors]. */
function rows(line: string): [number, string, string, string, string[]][] {
  const text = note(line);
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-04' })
    .events.filter((e) => e.start >= AT && e.start < AT + line.length)
    .map((e) => [e.trigger.start - AT, text.slice(e.trigger.start, e.trigger.end), e.date, e.mode, e.actors.map((a) => a.entity).sort()]);
}

const PAIR = ['country:GHA', 'country:TGO'];

describe('plans of a thing between the pair, no actor in their sentence (pair-plan.ts, issue 10)', () => {
  it.each([
    ['"will meet"', 'The joint commission will meet in March 2027.', [[26, 'meet', '2027-03', 'planned', PAIR]]],
    ['"is expected to meet"', 'The joint commission is expected to meet in the first quarter of 2027.', [[36, 'meet', '2027-01/2027-03', 'planned', PAIR]]],
    ['a place named, no doer: the pair still acts', 'The joint commission is expected to meet in Accra in the first quarter of 2027.', [[36, 'meet', '2027-01/2027-03', 'planned', PAIR]]],
    ['"is scheduled to convene", dated by "next month"', 'The intergovernmental commission is scheduled to convene next month.', [[49, 'convene', '2026-06', 'planned', PAIR]]],
  ])('%s: the pair plans the act, dated by its sentence', (_, line, expected) => {
    expect(rows(line)).toEqual(expected);
  });

  it.each([
    ['a present habit', 'The joint commission meets every March.'],
    ['a thing of one state', 'The national assembly will meet in March 2027.'],
    ['a condition ("would")', 'The joint commission would meet in March 2027.'],
    ['a plan denied', 'The joint commission will not meet in March 2027.'],
  ])('must not: %s', (_, line) => {
    expect(rows(line)).toEqual([]);
  });
});
