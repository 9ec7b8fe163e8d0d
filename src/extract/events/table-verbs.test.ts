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

/** Events of a one-sentence news text (written for these tests): trigger offsets and text, type, category, date, rule. */
function events(text: string, documentDate = '2026-03-10') {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => [e.trigger.start, e.trigger.end, text.slice(e.trigger.start, e.trigger.end), e.type, e.plover.type, e.date, e.rule]);
}

describe('a verb of the category table needs a doer, and a visit or a meeting a person (review of session 30)', () => {
  it('a natural hazard or a thing for subject gives no act of its own', () => {
    // The disaster's own trigger is the one event ("destroy" gives its category): the verb adds no second one.
    expect(events('Floods destroyed 300 homes in Zambia on Monday, the Tanzanian ministry said.')).toEqual([
      [0, 6, 'Floods', 'conflict_or_incident', 'ASSAULT', '2026-03-09', 'trigger+relative-date+plover-clause:destroy'],
    ]);
    expect(events('Landslides trapped dozens of Tanzanian traders near the Zambian border on Saturday.')).toEqual([]);
    // Goods do not visit: the arrival is the untyped act it was before the table's verbs were read.
    expect(events('A shipment of Tanzanian maize arrived in Lusaka on Friday.')).toEqual([
      [30, 57, 'arrived in Lusaka on Friday', 'other', 'CONSULT', '2026-03-06', 'trigger+relative-date+plover-lemma:arrive'],
    ]);
  });

  it("one act, one event: a main act whose category the verb gave is not told again beside the verb's own", () => {
    expect(events('During the typhoon on Monday Zambian forces destroyed a Tanzanian ferry.')).toEqual([
      [44, 53, 'destroyed', 'conflict_or_incident', 'ASSAULT', '2026-03-09', 'trigger+relative-date+co-wordnet-verb'],
    ]);
  });

  it('a state, its body or a person for subject, or a passive, keeps the act', () => {
    expect(events('Zambian troops demolished 30 Tanzanian market stalls near Tunduma on Monday.')).toEqual([
      [15, 25, 'demolished', 'conflict_or_incident', 'ASSAULT', '2026-03-09', 'wordnet-verb+relative-date'],
    ]);
    expect(events('The Tanzanian foreign minister arrived in Lusaka on Monday.')).toEqual([[31, 38, 'arrived', 'leader_visit', 'CONSULT', '2026-03-09', 'wordnet-verb+relative-date']]);
  });

  it('a visit or a meeting with no person or delegation in its clause is an act of type other', () => {
    expect(events('Zambia will host Tanzania in a World Cup qualifier in Lusaka on Saturday.')).toEqual([[12, 16, 'host', 'other', 'CONSULT', '2026-03-14', 'wordnet-verb+relative-date']]);
    expect(events("Zambia's parliament debated the Tanzania railway bill on Thursday.")).toEqual([[20, 27, 'debated', 'other', 'CONSULT', '2026-03-05', 'wordnet-verb+relative-date']]);
  });
});
