import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** Review of session 31's event changes (issue 10): a signing needs a deal reached or signed instruments exchanged; a headline's clause needs its own verb (people a state acts on: `learned-acceptor.test.ts`). */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => ({
    date: e.date,
    type: e.type,
    plover: e.plover?.type,
    start: e.trigger.start,
    trigger: text.slice(e.trigger.start, e.trigger.end),
  }));
}

describe('"reach" signs only a deal that is its object (issue 10.1)', () => {
  it('reads no signing in a figure reached under existing deals', () => {
    const got = events("Ghana's exports to Togo reached $2 billion in 2025 under existing trade deals.", '2026-01-10');
    expect(got.filter((e) => e.type === 'agreement_signed')).toEqual([]);
  });

  it('reads a signing in deals reached', () => {
    const text = 'Ghana and Togo reached two transit deals on 12 February 2026, the foreign ministry said.';
    expect(
      events(text, '2026-02-13')
        .filter((e) => e.type === 'agreement_signed')
        .map((e) => [e.start, e.trigger, e.date]),
    ).toEqual([[15, 'reached two transit deals', '2026-02-12']]);
  });
});

describe('an exchange signs only signed instruments (issue 10.2)', () => {
  it('reads no signing in an exchange of protest notes nor in documents on a subject', () => {
    const notes = "The border dispute led to an exchange of notes between Ghana and Togo on 3 March 2026, each protesting the other side's patrols.";
    expect(events(notes, '2026-03-05').filter((e) => e.type === 'agreement_signed')).toEqual([]);
    const documents = 'Police of Ghana and Togo exchanged documents on the smuggling suspects on 5 March 2026.';
    expect(events(documents, '2026-03-06').filter((e) => e.type === 'agreement_signed')).toEqual([]);
  });

  it('reads a signing in an exchange of instruments of ratification and in a witnessed exchange of documents', () => {
    const ratified = 'Ghana and Togo exchanged the instruments of ratification of the extradition treaty in Lome on 20 April 2026.';
    expect(
      events(ratified, '2026-04-21')
        .filter((e) => e.type === 'agreement_signed')
        .map((e) => [e.start, e.date]),
    ).toEqual([[15, '2026-04-20']]);
    const witnessed = 'On 8 May 2026 the two presidents witnessed the exchange of documents on transit and energy cooperation.';
    expect(
      events(witnessed, '2026-05-09')
        .filter((e) => e.type === 'agreement_signed')
        .map((e) => [e.trigger, e.date]),
    ).toEqual([['exchange of documents', '2026-05-08']]);
  });
});

describe("a headline's clause after a comma needs a verb of its own (issue 10.3)", () => {
  const lede = '\n\nACCRA, March 4 - Ghana ordered a Togolese diplomat to leave the country on Wednesday, the foreign ministry said.';
  it('reads no act in a verbless phrase after the comma', () => {
    const got = events(`Ghana expels Togolese diplomat, trade agreement in doubt${lede}`, '2026-03-04');
    expect(got.filter((e) => e.start < 56).map((e) => [e.start, e.trigger, e.plover])).toEqual([[6, 'expels', 'SANCTION']]);
    const postponed = events(`Ghana expels Togolese diplomat, talks postponed${lede}`, '2026-03-04');
    expect(postponed.filter((e) => e.start < 47).map((e) => [e.start, e.trigger, e.plover])).toEqual([[6, 'expels', 'SANCTION']]);
  });
});

describe("a headline's comma before a verb of WordNet's (issue 10.3, kept)", () => {
  const lede = '\n\nACCRA, March 4 - Ghana and Togo signed an agreement on customs on Wednesday, officials said.';
  it('parts a clause whose base verb takes an object', () => {
    const got = events(`Ghana and Togo sign customs pact, plan joint patrols on Volta${lede}`, '2026-03-04');
    expect(got.filter((e) => e.start < 60).map((e) => [e.start, e.trigger])).toEqual([
      [15, 'sign customs pact'],
      [39, 'joint patrols'],
    ]);
  });
});
