import { describe, expect, it } from 'vitest';
import { eventRows as events } from '../../../test/helpers/events.js';

describe("a when-clause after a date or a period's bound tells an act of that date (whenActs, session 18)", () => {
  it.each([
    // The main clause states a lasting state since a year; the when-clause tells the act that began it.
    [
      'Kenya has had no ambassador in Kampala since 2023, when it withdrew its envoy after Uganda declined to accept a new one.',
      [['conflict_or_incident', '2023', 'sentence', 'SANCTION', 59, 'withdrew its envoy', 'trigger+when-clause', []]],
    ],
    // A period closed by "until": the act at its end.
    [
      'Relations with Kenya were cordial until 1977, when Tanzania closed the border with Kenya.',
      [['conflict_or_incident', '1977', 'sentence', 'SANCTION', 60, 'closed', 'verb+when-clause', ['country:KEN', 'country:TZA']]],
    ],
    // The act is the clause's own, not that of a framing phrase inside it ("after a war"); a secession is AGREE
    // (plover.json `independence`).
    [
      'Pakistan and Bangladesh were one state until 1971, when Bangladesh seceded after a war of independence.',
      [['other', '1971', 'sentence', 'AGREE', 67, 'seceded', 'wordnet-verb+when-clause+plover:independence', ['country:BGD']]],
    ],
    // A dated main act and the act of its when-clause: two events of one date.
    [
      'Diplomatic relations between Nigeria and Ghana were established in 1960, when Nigeria became independent.',
      [
        ['diplomatic_relations', '1960', 'sentence', 'COOPERATE', 0, 'Diplomatic relations between Nigeria and Ghana were established', 'trigger+date', ['country:GHA', 'country:NGA']],
        ['other', '1960', 'sentence', 'AGREE', 86, 'became independent', 'trigger+when-clause+plover:independence', ['country:NGA']],
      ],
    ],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    // "when" that opens no clause after a time.
    'Kenya has had no ambassador in Kampala since 2023. It is not known when one will be named.',
    // A when-clause that states a situation, not an act.
    'Kenya and Uganda were allies until 1971, when relations were tense.',
    // A when-clause after no time.
    'Kenya recalled its envoy in protest, when the talks stalled.',
  ])('tells nothing: %s', (text) => {
    expect(events(text).filter((e) => String(e[6]).includes('when-clause'))).toEqual([]);
  });
});
