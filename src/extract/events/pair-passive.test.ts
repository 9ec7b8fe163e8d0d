import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events of an encyclopedic text: [trigger's start, trigger's words, date, rule, actors]. */
function rows(text: string): [number, string, string, string, string[]][] {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events.map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.date, e.rule, e.actors.map((a) => a.entity).sort()]);
}

/** A history of Ghana and Togo that names the pair three times; `line` stands two paragraphs after the last that names them. */
const history = (line: string) =>
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
/** Where the line of `history` starts. */
const AT = history('').indexOf('\n\n\n') + 2;

describe('agentless passives of a thing between the pair (pair-passive.ts, issue 10)', () => {
  it('"The border crossing at Aflao was closed in February 1977": the closure is told, dated by its sentence', () => {
    const line = 'The border crossing at Aflao was closed in February 1977.';
    expect(rows(history(line)).filter(([start]) => start >= AT && start < AT + line.length)).toEqual([[AT + 33, 'closed', '1977-02', 'verb+date', []]]);
  });

  it.each([
    ['a memorandum discussed but not signed', 'A memorandum on the Volta fisheries was discussed in May 2011 but not signed.', [[40, 'discussed', '2011-05']]],
    ['a joint body suspended', 'The joint commission was suspended in 2003.', [[25, 'suspended', '2003']]],
    ['relations cut, with a perfect auxiliary and an adverb', 'In 1966 relations had been formally suspended.', [[36, 'suspended', '1966']]],
  ])('%s', (_, line, expected) => {
    const found = rows(history(line)).filter(([start]) => start >= AT && start < AT + line.length);
    expect(found.map(([start, words, date]) => [start - AT, words, date])).toEqual(expected);
  });

  it.each([
    ['a domestic thing', 'A new hospital was closed in February 1977.'],
    ['a habit, in the present', 'The border crossing at Aflao is closed at night in February.'],
    ['an agent after "by" that is not the pair', 'The border crossing at Aflao was closed by rebels in February 1977.'],
    ['a subject inside a fronted phrase', 'In a quiet year for the border, a hospital was closed in February 1977.'],
  ])('must not: %s', (_, line) => {
    expect(rows(history(line)).filter(([start]) => start >= AT && start < AT + line.length)).toEqual([]);
  });

  it('must not: the same passive in a document about no pair', () => {
    const text = ['Border posts of West Africa', '', 'Cocoa prices fell sharply in the 1970s.', '', 'The border crossing at Aflao was closed in February 1977.'].join('\n');
    expect(rows(text)).toEqual([]);
  });

  it.each([
    [
      'discussed but not signed: the talk and the denied signing, two events',
      'In June 2015 a protocol on driving licences was discussed but not signed.',
      [
        [66, 'signed', '2015-06', 'negated'],
        [48, 'discussed', '2015-06', 'asserted'],
      ],
    ],
    ['a perfect denied ("had not yet been signed")', 'In 2018 the treaty on the shared lake had not yet been signed.', [[55, 'signed', '2018', 'negated']]],
  ])('an agreement whose signing a passive denies: %s', (_, line, expected) => {
    const text = history(line);
    const { blocks, sentences } = structure(text);
    const found = extract({ text, blocks, sentences })
      .events.filter((e) => e.start >= AT && e.start < AT + line.length)
      .map((e) => [e.trigger.start - AT, text.slice(e.trigger.start, e.trigger.end), e.date, e.mode]);
    expect(found).toEqual(expected);
  });
});

/** [what the case shows, the line, the acts told in it: trigger's offset in the line, words, date, type, mode]. */
const FLOWS: [string, string, [number, string, string, string, string][]][] = [
  ['deliveries begin', 'Deliveries of Ghanaian gas began in March 2008.', [[0, 'Deliveries of Ghanaian gas began', '2008-03', 'trade_or_investment_milestone', 'asserted']]],
  ['supplies resume', 'Electricity supplies resumed in February 2016.', [[0, 'Electricity supplies resumed', '2016-02', 'trade_or_investment_milestone', 'asserted']]],
  ['a pipeline begins to operate', 'The pipeline began commercial operations in 2010.', [[13, 'began commercial operations', '2010', 'trade_or_investment_milestone', 'asserted']]],
  ['construction foretold', 'Construction of the new border post is expected to begin in the first half of 2027.', [[51, 'begin', '2027-01/2027-06', 'aid_project', 'planned']]],
  ['must not: a figure that begins to fall', 'Exports began to fall in 2012.', []],
];

describe('event nouns as subjects: a flow or a work that begins (event-types.json, issue 10)', () => {
  it.each(FLOWS)('%s', (_, line, expected) => {
    const text = history(line);
    const { blocks, sentences } = structure(text);
    const found = extract({ text, blocks, sentences })
      .events.filter((e) => e.start >= AT && e.start < AT + line.length)
      .map((e) => [e.trigger.start - AT, text.slice(e.trigger.start, e.trigger.end), e.date, e.type, e.mode]);
    expect(found).toEqual(expected);
  });
});
