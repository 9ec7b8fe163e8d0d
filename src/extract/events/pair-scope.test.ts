import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

function events(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2024-08-01' }).events.map((e) => ({
    trigger: text.slice(e.trigger.start, e.trigger.end),
    start: e.trigger.start,
    date: e.date,
    actors: e.actors.map((a) => `${a.name}:${a.role}`),
    thirdParty: e.thirdParty ?? false,
  }));
}

/** A wire report on Chile and Peru: the pair is the two states it names most. */
const LEAD = 'Chile and Peru signed a new fisheries accord in Lima on 12 March 2024. Peru buys most of its trawlers from Chile. Chile and Peru are neighbours.';

describe('acts of third states in a document about a pair (events/pair-scope.ts)', () => {
  it('marks a third states’ act told beside the pair’s (must not be kept)', () => {
    const text = `${LEAD} Chile sent two patrol boats to the border on 2 July 2024, and the United States and Canada held naval exercises off Nova Scotia in July 2024.`;
    const found = events(text);
    expect(found.find((e) => e.trigger === 'naval exercises')).toMatchObject({ date: '2024-07', thirdParty: true });
    expect(found.find((e) => e.trigger === 'signed a new fisheries accord')).toMatchObject({ date: '2024-03-12', thirdParty: false });
  });

  // The two guards below hold the first test of `withPairScope`: an act with a state of the pair among its actors (an
  // agent of the summit; Lima made a target by the actors stage) stays, whatever its clause says.
  it('keeps a multilateral summit the pair attends (the pair among its actors)', () => {
    const text = `${LEAD} The presidents of Argentina, Bolivia, Chile and Peru attended the Andean summit in Quito on 8 July 2024.`;
    expect(events(text).find((e) => e.trigger.startsWith('attended'))).toMatchObject({ date: '2024-07-08', thirdParty: false });
  });

  it('keeps an act whose clause names the pair only by its capital (the capital made a target)', () => {
    const text = `${LEAD} Argentina and Uruguay protested to Lima over the closure of the border on 3 May 2024.`;
    expect(events(text).find((e) => e.trigger === 'protested to')).toMatchObject({ date: '2024-05-03', thirdParty: false });
  });

  it('marks a third state’s act whose sentence names the pair only to date it: a fronted phrase of time', () => {
    const text = `${LEAD} Two years after Chile's election, the Russian invasion of Ukraine in February 2022 raised grain prices.`;
    expect(events(text).find((e) => e.trigger === 'invasion')).toMatchObject({
      start: text.indexOf('invasion'),
      date: '2022-02',
      actors: ['Russia:agent', 'Ukraine:target'],
      thirdParty: true,
    });
  });

  it('marks a third state’s act dated by the pair’s election or compared with the pair’s war', () => {
    const lead = 'Japan and Viet Nam signed a new labour accord in Hanoi on 12 March 2024. Viet Nam sends many workers to Japan. Japan and Viet Nam are partners.';
    const dated = `${lead} A week before Japan's general election, Russia invaded Ukraine on 24 February 2022.`;
    expect(events(dated).find((e) => e.trigger === 'invaded')).toMatchObject({ start: dated.indexOf('invaded'), date: '2022-02-24', thirdParty: true });
    const after = `${lead} Russia invaded Ukraine on 24 February 2022, a week before Japan's general election.`;
    expect(events(after).find((e) => e.trigger === 'invaded')).toMatchObject({ start: after.indexOf('invaded'), date: '2022-02-24', thirdParty: true });
    const compared = `${lead} Like the Vietnamese war of 1979, the Chinese attack on India in 1962 was brief.`;
    expect(events(compared).find((e) => e.trigger === 'attack')).toMatchObject({ start: compared.indexOf('attack'), date: '1962', thirdParty: true });
  });
});
