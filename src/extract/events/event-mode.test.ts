import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** The events of a text: [date, PLOVER category, mode, trigger's start, trigger's words]. */
function modes(text: string, date?: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate: date }).events.map((e) => [e.date, e.plover.type, e.mode, e.trigger.start, text.slice(e.trigger.start, e.trigger.end)]);
}

describe('a verb in the past joined by "and" has a mode of its own (event-mode.ts, session 17)', () => {
  it('reads a clause of reason after a comma in its own mode: the denial before it does not reach it (session 30)', () => {
    const found = modes('On 4 May 2021 Kenya did not close the border with Uganda, as it signed a trade pact with Uganda that morning.');
    expect(found.filter((e) => String(e[4]).startsWith('signed')).map((e) => e[2])).toEqual(['asserted']);
    expect(found.filter((e) => String(e[4]).startsWith('close')).map((e) => e[2])).toEqual(['negated']);
  });

  it.each([
    // A statement and an act in one sentence: "would" governs the reopening, not the signing.
    [
      'On 3 May 2021, Kenya said it would reopen the border, and signed a trade pact with Uganda.',
      undefined,
      [
        ['2021-05-03', 'AGREE', 'asserted', 58, 'signed a trade pact'],
        ['2021-05-03', 'RETREAT', 'planned', 35, 'reopen'],
      ],
    ],
    ['Peru said on Monday it might cut fishing quotas and then expelled two Chilean trawlers.', '2023-10-11', [['2023-10-09', 'SANCTION', 'asserted', 57, 'expelled']]],
  ] as [string, string | undefined, unknown[][]][])('%s', (text, date, expected) => {
    expect(modes(text, date)).toEqual(expected);
  });

  it.each([
    // A bare verb after "and" shares the auxiliary before it: "did not … and expel" denies both, "will … and sign" plans both.
    ['Kenya did not close the border on 3 May 2021 and expel the envoy.', undefined, 'negated'],
    ['Chile will open a consulate in Tacna in 2026 and sign a transit pact with Peru.', undefined, 'planned'],
  ] as [string, string | undefined, string][])('%s keeps its mode', (text, date, mode) => {
    const found = modes(text, date);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e[2]).toBe(mode);
  });
});

describe('a participle right after a comma is a relative clause with a mode of its own (event-mode.ts, session 23)', () => {
  it.each([
    // The main clause foretells a denial; the suspension, told by the participle after the noun, was done.
    ['Gaborone said on 4 March 2024 that direct flights to Windhoek, suspended in 2019, would not resume.', ['2019', 'SANCTION', 'asserted', 63, 'suspended']],
    ['Namibia said on 4 March 2024 that the water accord, signed in Maun in 2011, would not be renewed.', ['2011', 'AGREE', 'asserted', 52, 'signed']],
  ] as [string, unknown[]][])('%s', (text, expected) => {
    expect(modes(text)).toContainEqual(expected);
  });

  // No comma: the participle is the main clause's own verb, which "did not" denies; a verb after a comma and "or" shares "will not".
  it('leaves a denial of the main clause’s own verbs as it is', () => {
    const denied = [...modes('Namibia did not suspend flights to Gaborone on 4 March 2024.'), ...modes('Botswana will not close the Mohembo crossing on 4 March 2024, or suspend the ferry.')];
    expect(denied.map((e) => e[2])).toEqual(['negated', 'negated']);
  });

  // Review finding 1: a verb in the past after a comma that a coordinator goes on from is an item of a list the denial governs.
  it.each([
    'Zambia said on 4 March 2020 that it had not closed the border, recalled its envoy or suspended flights.',
    'On 4 March 2020 Zambia did not close the border, recalled its envoy or suspended flights.',
    'Zambia said on 4 March 2020 that it had not closed the border, recalled its envoy, or suspended flights.',
  ])('%s stays negated', (text) => {
    const found = modes(text);
    expect(found.map((e) => e[4])).toContain('recalled its envoy');
    for (const e of found) expect(e[2]).toBe('negated');
  });
});

describe('a modal governs its own verb group, not a verb in the past of another clause (event-mode.ts, session 43, issue 10)', () => {
  // Sentences written for these tests in the manner of a wire report on Ghana and Togo; the report is dated 14 March 2025.
  it.each([
    ['On 12 March 2025 Ghana summoned the Togolese ambassador, and cocoa buyers could shun Togolese ports.', 23, 'summoned'],
    ['Although the decision could anger Lomé, Accra expelled a Togolese attaché on 12 March 2025.', 46, 'expelled'],
    ['Worried that the quarrel could widen, Ghana recalled its ambassador from Lomé on 12 March 2025.', 44, 'recalled its ambassador'],
    ['On 12 March 2025 Ghana summoned the Togolese envoy to ask whether Togo would reopen the crossing.', 23, 'summoned'],
    ['The two foreign ministers met in Accra on 12 March 2025 to discuss how transit could resume.', 26, 'met'],
    ['Ghana sent troops to the frontier on 12 March 2025 in case Togolese militias would try to cross.', 6, 'sent troops'],
    ['Ghana said on 12 March 2025 it would answer in kind, and two days later expelled a Togolese official.', 72, 'expelled'],
  ])('must keep as asserted: %s', (text, start, words) => {
    const found = modes(text, '2025-03-14').filter((e) => e[3] === start);
    expect(found.map((e) => [e[2], e[4]])).toEqual([['asserted', words]]);
  });

  it('keeps an act dated by its paragraph beside a modal of its sentence (the hypotheticals refusal does not drop it)', () => {
    const text = 'In June 1998 relations between Ghana and Togo collapsed. Worried that the quarrel could widen, Ghana recalled its ambassador from Lomé.';
    expect(modes(text, '2025-03-14')).toContainEqual(['1998-06', 'SANCTION', 'asserted', 101, 'recalled its ambassador']);
  });

  it.each([
    // The modal's own verb group ("would have expelled", "could cut"), or a verb inside a condition ("if Togo closed").
    ['On 12 March 2025 Ghana said it would have expelled the attaché if Togo had not apologised.', 'expelled'],
    ['On 12 March 2025 Ghana warned that if Togo closed the crossing, it would retaliate.', 'closed'],
    ['On 12 March 2025 Ghana said it could cut ties with Togo.', 'cut'],
    ['Ghana said on 12 March 2025 that the two presidents might meet in Lomé.', 'meet'],
  ])('must not tell as asserted: %s', (text, word) => {
    const found = modes(text, '2025-03-14').filter((e) => String(e[4]).startsWith(word));
    expect(found.filter((e) => e[2] === 'asserted')).toEqual([]);
  });
});

describe('"could only" beside a past of its time is a past ability, told as done (event-mode.ts, session 43)', () => {
  it('keeps the protest of a past narrative as asserted', () => {
    const text = 'Ghana could only protest on 12 March 2025 as Togo built a fence along the frontier.';
    expect(modes(text, '2025-03-14').filter((e) => e[3] === 6 || e[3] === 17)).toEqual([['2025-03-12', 'DISAPPROVE', 'asserted', 17, 'protest']]);
  });

  it('must not: "could only" of what may come stays hypothetical', () => {
    const text = 'On 12 March 2025 Ghana said that closing the frontier could only worsen ties with Togo.';
    expect(modes(text, '2025-03-14').filter((e) => e[2] === 'asserted' && String(e[4]).startsWith('worsen'))).toEqual([]);
  });
});
