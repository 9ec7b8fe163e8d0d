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
    // A reply to a note is CONSULT (byArguments reply-to-note, type other): an exchange of notes between the sides.
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
    // Reporters spoken to by telephone: an interview, not a call (phone-call's `unless`, objects.press).
    ['The Zambian foreign minister spoke to reporters by telephone on 11 October 2024 about the border market.', 'CONSULT'],
    // A reply to reporters or to a parliamentary question is no exchange with the other side (reply-to-note needs a note, a letter …).
    ['The Malawian foreign minister replied to reporters in Lilongwe on 10 October 2024 about the fuel shortages.', 'CONSULT'],
    ['Malawi replied to a parliamentary question on Zambian electricity prices on 15 February 2022.', 'CONSULT'],
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

// Session 48 review: the cases a second reader found wrong, and the accented names the call pattern missed.
describe('PLOVER exchanges after review, session 48', () => {
  /** Each event as [start, end, category, mode, rule's last PLOVER step]. */
  function spans(text: string) {
    const { blocks, sentences } = structure(text);
    return extract({ text, blocks, sentences }).events.map((e) => [e.trigger.start, e.trigger.end, e.date, e.plover.type, e.rule.match(/plover[^+]*$/)?.[0] ?? '']);
  }

  it('reads a call to a counterpart with an accented name (\\p{L}, u flag)', () => {
    const text = "Malawi's foreign minister spoke with Zambia's Deputy Minister Chisanga Mwélwa by telephone on 6 June 2022.";
    expect(spans(text)).toEqual([[26, 105, '2022-06-06', 'CONSULT', 'plover:phone-call']]);
  });

  it("reads a defence attaché's duties taken up as diplomatic exchange (a class noun ending in an accented letter)", () => {
    const text = 'The Zambian defence attaché took up his duties in Lilongwe on 3 May 2023.';
    expect(spans(text)).toEqual([[28, 32, '2023-05-03', 'COOPERATE', 'plover:envoy-accredited']]);
  });

  it.each([
    // A penalty or an emergency "in force" is no instrument taking effect (in-force needs an agreement noun, leaves penalties).
    ['The Zambian ban on Malawian maize traders, announced in 2021, remained in full force on 1 March 2022.', 'plover:in-force'],
    ["Malawi's travel restrictions on Zambian nationals, introduced in 2021, have been in force in full from 2 March 2022.", 'plover:in-force'],
    ['The Zambian state of emergency, declared in 2021, has been in force in full from 6 June 2022.', 'plover:in-force'],
    // An official speaking to a news agency by telephone gives an interview.
    ['A Malawian official, speaking to Reuters by telephone from Lilongwe, said on 11 October 2024 that the border market had reopened.', 'plover:phone-call'],
    ['The Zambian foreign minister spoke to reporters by telephone on 11 October 2024 about the border market.', 'plover:phone-call'],
    // A reply to reporters or to a parliamentary question is no exchange with the other side.
    ['The Malawian foreign minister replied to reporters in Lilongwe on 10 October 2024 about the fuel shortages.', 'plover:reply-to-note'],
    ['Malawi replied to a parliamentary question on Zambian electricity prices on 15 February 2022.', 'plover:reply-to-note'],
    // A post taken up by no envoy is no exchange of representatives.
    ['The new Zambian central bank governor took up his duties on 2 September 2024.', 'plover:envoy-accredited'],
    ["The new chief of Malawi's army took up his post in Lilongwe on 1 October 2024.", 'plover:envoy-accredited'],
    // A motion tabled in a multilateral body is no demand of the other side.
    ['Zambia tabled a motion at the SADC council on 12 February 2022 on port fees.', 'plover:request-filed'],
  ])('must not: %s by %s', (text, rule) => {
    const found = spans(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((e) => e[4])).not.toContain(rule);
  });

  it('keeps the penalties in force as sanctions', () => {
    const text = 'The Zambian ban on Malawian maize traders, announced in 2021, remained in full force on 1 March 2022.';
    expect(spans(text)).toContainEqual([79, 84, '2022-03-01', 'SANCTION', 'plover-named:penalty-named']);
  });
});
