import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { tag } from '../nlp/tagger.js';
import { verbSeries } from './coordinated-acts.js';

/** The events of a text, each as "type date category @start 'trigger words' rule". */
function events(text: string, date?: string): string[] {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: date }).events.map(
    (e) => `${e.type} ${e.date} ${e.plover.type} @${e.trigger.start} '${text.slice(e.trigger.start, e.trigger.end)}' ${e.rule}`,
  );
}

describe('verb phrases in series, one subject (verbSeries)', () => {
  it.each([
    ['Hungary cut ties with Bratislava, shut its airspace and ordered Slovak diplomats to leave.', [['cut', 'shut', 'ordered']]],
    // "and then": an adverb between the coordinator and the verb keeps the series.
    ['Slovakia expelled two diplomats, froze the assets of a bank and then suspended flights.', [['expelled', 'froze', 'suspended']]],
    // A verb after an auxiliary or "to" is inside its phrase; a subordinate clause ends the series.
    ['Bratislava has closed the crossing and recalled its envoy after Budapest arrested a journalist and expelled him.', [['arrested', 'expelled']]],
    // A relative clause's verb heads no series; a present third person states, it tells no act.
    ['Slovakia, which protested, recalled its envoy.', []],
    ['The treaty commits each country to defend the other and allows citizens to serve.', []],
  ])('%s', (text, expected) => {
    expect(verbSeries(text, tag(text)).map((s) => s.map((k) => text.slice(k.start, k.end)))).toEqual(expected);
  });
});

describe('acts told by verbs in series, each an event (coordinatedActs)', () => {
  it.each([
    // Three acts of one day by one subject: each verb a trigger types is an event of its own, whatever its category.
    [
      'On 3 March 2025 Hungary cut diplomatic ties with Bratislava, shut its airspace to Slovak aircraft and ordered Slovak diplomats to leave within a week.',
      ["diplomatic_relations 2025-03-03 SANCTION @24 'cut' verb+date+plover:break-relations", "conflict_or_incident 2025-03-03 SANCTION @61 'shut' verb+date+series-verb"],
    ],
    [
      'Slovakia expelled two Hungarian diplomats in May 2025, froze the assets of a Hungarian bank and then suspended flights to Budapest.',
      [
        "conflict_or_incident 2025-05 SANCTION @55 'froze the assets' trigger+date",
        "conflict_or_incident 2025-05 SANCTION @9 'expelled' trigger+date+series-trigger",
        "conflict_or_incident 2025-05 SANCTION @101 'suspended flights' trigger+date+series-trigger",
      ],
    ],
    // A verb the series told already tells no second act of its day ("expelled … and expelled a third").
    [
      'Hungary expelled two Slovak diplomats on 3 March 2025, froze the assets of a bank and expelled a third.',
      ["conflict_or_incident 2025-03-03 SANCTION @55 'froze the assets' trigger+date", "conflict_or_incident 2025-03-03 SANCTION @8 'expelled' trigger+date+series-trigger"],
    ],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    // The second act is done to the person the first named: one encounter, one event.
    ['Budapest summoned the Slovak ambassador on 3 March 2025 and handed him a protest note.', 1],
    // Two cooperative acts in series are facets of one visit.
    ['The Hungarian prime minister visited Bratislava on 3 March 2025 and met President Pellegrini.', 1],
    // A series that opens with a state ("lasted") is no list of acts.
    ['The border war lasted a month and killed 300 soldiers in 1995.', 1],
    // A series opening with a verb no trigger types ("dragged on") is no list of acts, though later verbs are acts.
    ['The dispute dragged on in March 2025, closed the crossing, froze the assets of a bank and expelled two diplomats.', 1],
  ])('no series event: %s', (text, count) => {
    expect(events(text).filter((e) => e.includes('series'))).toEqual([]);
    expect(events(text)).toHaveLength(count);
  });

  it.each([
    // A denied or reported act's complement: its verbs tell what was denied or said, no acts of the clause ("that" opens it).
    ['Hungary denied on 3 March 2025 that it cut ties, shut its airspace and expelled diplomats.', ["REJECT @8 'denied'"]],
    // Told inside the complement, a series is judged as any: this one opens with a verb no trigger types ("closed").
    ['Slovakia said on 3 March 2025 that Hungary closed the crossing, froze the assets of a bank and expelled two diplomats.', []],
  ])('no series act in a complement clause: %s', (text, expected) => {
    const all = events(text);
    expect(all.filter((e) => e.includes('series'))).toEqual([]);
    for (const e of expected) expect(all.some((x) => x.includes(e))).toBe(true);
  });
});
