import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Events of a text (written for these tests) after its first sentence: passage start, trigger offsets and text, type, category, mode, date, rule. */
function after(lead: string, said: string, documentDate: string) {
  const text = lead + said;
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate })
    .events.filter((e) => e.start >= lead.length)
    .map((e) => [e.start, e.trigger.start, e.trigger.end, text.slice(e.trigger.start, e.trigger.end), e.type, e.plover.type, e.mode, e.date, e.rule]);
}

const HANDOVER = 'On 3 June 2024 Kenya handed back 14 Ugandan fishermen detained on Lake Victoria. ';
const ACCORD = 'Kenya and Uganda signed a fisheries accord on 2 May 2024. ';

describe("the category table's verbs find acts (wordnet-plover.json read by the verb finder, session 30)", () => {
  it("a verb only the table names, in a sentence dated by its paragraph: the act, of the table's category", () => {
    // "thank" is no verb of event-types.json or wordnet-events.json; the predicate finder reads only a dated clause.
    expect(after(HANDOVER, "Uganda's foreign minister thanked Nairobi for the gesture.", '2024-06-05')).toEqual([
      [81, 107, 114, 'thanked', 'other', 'SUPPORT', 'asserted', '2024-06-03', 'wordnet-verb+context-date'],
    ]);
    expect(after(ACCORD, 'Ugandan officials welcomed the accord and thanked Kenya.', '2024-05-03')).toEqual([
      [58, 100, 107, 'thanked', 'other', 'SUPPORT', 'asserted', '2024-05-02', 'wordnet-verb+context-date'],
    ]);
  });

  it.each([
    // No actor: a generic statement and people who are no state.
    ['Neighbours usually thank each other for such accords.'],
    ['Tourists thanked the guides.'],
    // A statistic told with a verb of the table ("resume").
    ['Kenyan fish exports to Uganda resumed their rise, to 4,000 tonnes a month.'],
    // A plan and a condition are no act done: at most an act told as planned or hypothetical, never as asserted.
    ['Ugandan officials plan to thank Kenya at the next summit.'],
    ['Uganda would thank Kenya if the accord were renewed.'],
  ])('gives no act done of its own: %s', (said) => {
    const done = after(ACCORD, said, '2024-05-03').filter(([, , , trigger, , , mode]) => /^thank|^resum/i.test(String(trigger)) && mode === 'asserted');
    expect(done).toEqual([]);
  });
});
