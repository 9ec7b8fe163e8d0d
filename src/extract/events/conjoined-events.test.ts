import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events of a text: [type, date, PLOVER category, trigger's start, trigger's words, rule]. */
function events(text: string, date?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: date }).events.map((e) => [e.type, e.date, e.plover.type, e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.rule]);
}

describe('an act of friction and a cooperative act told by verbs joined with "and" (conjoinedEvents)', () => {
  it.each([
    // A concession, then a promise: two acts of one date.
    [
      "In March 2017, Ecuador's government apologised and promised to repair the Colombian consulate.",
      [
        ['conflict_or_incident', '2017-03', 'CONCEDE', 36, 'apologised', 'trigger+date'],
        ['other', '2017-03', 'AGREE', 51, 'promised', 'trigger+date+conjoined-verb'],
      ],
    ],
    // An expulsion and an offer: the offer is its own event beside the talks it offers and the expulsion.
    [
      'In 2015 Peru expelled two Chilean diplomats and offered talks on the fishing dispute.',
      [
        ['summit_or_meeting', '2015', 'CONSULT', 56, 'talks', 'trigger+date'],
        ['conflict_or_incident', '2015', 'SANCTION', 13, 'expelled', 'trigger+date+co-trigger'],
        ['other', '2015', 'AGREE', 48, 'offered', 'trigger+date+conjoined-verb'],
      ],
    ],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    // Two cooperative verbs: facets of one occasion.
    ['In May 2016 the Kenyan president visited Kampala and met President Museveni.', [['leader_visit', '2016-05', 'CONSULT', 33, 'visited', 'trigger+date']]],
    // Two acts of friction: coEvents' work, one event each, none of this rule.
    [
      'In 2019 Lima recalled its envoy to Santiago and suspended the fisheries talks.',
      [
        ['summit_or_meeting', '2019', 'CONSULT', 72, 'talks', 'trigger+date'],
        ['conflict_or_incident', '2019', 'SANCTION', 13, 'recalled its envoy', 'trigger+date+co-trigger'],
      ],
    ],
    // Nouns joined by "and" are no verb phrases: one concession.
    ["In 2012 Ghana's apology and its promise of compensation eased the row with Nigeria.", [['conflict_or_incident', '2012', 'CONCEDE', 16, 'apology', 'trigger+date']]],
  ] as [string, unknown[][]][])('gives no conjoined event: %s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
