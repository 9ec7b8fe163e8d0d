import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Each event as [date, type, category, mode, trigger]. */
function events(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events.map((e) => [e.date, e.type, e.plover.type, e.mode, text.slice(e.trigger.start, e.trigger.end)]);
}

// Session 48 (issue 10): acts of diplomatic exchange that were left OTHER — a reply, a call told with more words, an envoy's
// credentials or post, an instrument's "in force" beside its signing, a request filed — and the cases that must keep their category.
describe('PLOVER categories of exchanges, session 48', () => {
  it.each([
    // "reply" is CONSULT (event-types.json `verbs`, type other): an exchange of notes between the sides.
    ['Malawi replied to the Zambian note on 5 June 2022.', ['2022-06-05', 'other', 'CONSULT', 'asserted', 'replied']],
    // phone-call reads up to six words between the verb and "by telephone", and "spoken".
    [
      "Zambia's foreign minister spoke to her Malawian counterpart Nancy Tembo by telephone on 3 June 2022.",
      ['2022-06-03', 'summit_or_meeting', 'CONSULT', 'asserted', 'spoke to her Malawian counterpart Nancy Tembo by telephone on 3 June 2022'],
    ],
    // envoy-accredited: a post taken up by an envoy.
    ['The Malawian High Commissioner took up her post in Lusaka in September 2023.', ['2023-09', 'other', 'COOPERATE', 'asserted', 'took']],
    // in-force: the act whose trigger is "force" takes effect, though its passage names the signing.
    ['The Zambia–Malawi road transport protocol, signed in 2016, has been in force in full from 1 March 2018.', ['2018-03-01', 'other', 'COOPERATE', 'asserted', 'force']],
    // request-filed: a request filed is a demand.
    ['Malawi filed a request with Zambia on 4 April 2024.', ['2024-04-04', 'other', 'DEMAND', 'asserted', 'filed']],
  ])('%s', (text, expected) => {
    expect(events(text)).toContainEqual(expected);
  });

  it.each([
    // A reply that rejects is the rejection, not a consultation.
    ['Malawi replied on 5 June 2022 that it rejected the Zambian proposal.', 'CONSULT'],
    // Reporters met beside a phone booth: no call.
    ['The Zambian minister spoke to reporters by the phone booth on 11 March 2025.', 'CONSULT'],
    // An application to join a body is no demand of the other side.
    ["Zambia submitted its application to join the SADC fund on 8 May 2025, with Malawi's backing.", 'DEMAND'],
    // Charges filed are no request.
    ['Zambian police filed charges against two Malawian nationals on 5 July 2024.', 'DEMAND'],
    // An issue taken up is no post taken up.
    ["Zambia's foreign minister took up the issue of the dam with Malawi on 5 May 2025.", 'COOPERATE'],
    // A penalty in force stays a sanction.
    ['The sanctions on Malawian maize, in force since 2019, were extended by Zambia on 9 May 2025.', 'COOPERATE'],
  ])('must not: %s is no %s', (text, category) => {
    const found = events(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((e) => e[2])).not.toContain(category);
  });
});
