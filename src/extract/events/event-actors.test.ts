import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** A history of Honduras and El Salvador (a pair in no eval set), each sentence naming the pair often enough to make it the focal pair. */
const HISTORY = [
  'Honduras and El Salvador fought a short war in July 1969.',
  'El Salvador and Honduras are neighbours in Central America.',
  'Honduras and El Salvador share a long border.',
  'Talks resumed in Mexico City in 1976.',
  'The peace treaty was signed in Peru on 30 October 1980.',
  'On 30 October 1980 the two foreign ministers signed the Lima Accord.',
  'Costa Rica mediated talks in 1975.',
  'Guatemala and Nicaragua signed a trade pact in 1978.',
  'Panama Foreign Minister Ana Ruiz rejected the plan in 1977.',
].join(' ');

/** [date, trigger, actors' entities, third party] of each event of a text. */
function eventsOf(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events.map((e) => ({
    start: e.start,
    date: e.date,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    actors: e.actors.map((a) => a.entity).sort(),
    third: e.thirdParty === true,
  }));
}

describe('placedActors: a third country named only as a place is not the pair’s act’s doer', () => {
  const events = eventsOf(HISTORY);
  const at = (sentence: string) => events.filter((e) => e.start === HISTORY.indexOf(sentence));

  it('takes "in Mexico City" and "in Peru" for the place: the mutual act is the pair’s', () => {
    expect(at('Talks resumed in Mexico City in 1976.')).toEqual([{ start: HISTORY.indexOf('Talks resumed'), date: '1976', trigger: 'Talks', actors: ['country:HND', 'country:SLV'], third: false }]);
    expect(at('The peace treaty was signed in Peru on 30 October 1980.')).toEqual([
      { start: HISTORY.indexOf('The peace treaty'), date: '1980-10-30', trigger: 'treaty was signed', actors: ['country:HND', 'country:SLV'], third: false },
    ]);
  });

  it('takes a capital inside a longer name ("the Lima Accord") for part of the name', () => {
    const [signed] = at('On 30 October 1980 the two foreign ministers signed the Lima Accord.');
    expect(signed).toMatchObject({ date: '1980-10-30', actors: ['country:HND', 'country:SLV'], third: false });
  });

  it('keeps a third country that acts: a go-between, a third country’s own pact (must stay third party)', () => {
    expect(at('Costa Rica mediated talks in 1975.')).toEqual([
      { start: HISTORY.indexOf('Costa Rica'), date: '1975', trigger: 'talks', actors: ['country:CRI', 'country:HND', 'country:SLV'], third: false },
    ]);
    expect(at('Guatemala and Nicaragua signed a trade pact in 1978.')).toEqual([
      { start: HISTORY.indexOf('Guatemala and Nicaragua'), date: '1978', trigger: 'signed a trade pact', actors: ['country:GTM', 'country:NIC'], third: true },
    ]);
  });

  it('keeps a country before a title ("Panama Foreign Minister"): only the head of a document’s name makes it part of a name', () => {
    expect(at('Panama Foreign Minister Ana Ruiz rejected the plan in 1977.')).toEqual([
      { start: HISTORY.indexOf('Panama Foreign'), date: '1977', trigger: 'rejected', actors: ['country:PAN', 'person:unknown:ana-ruiz'], third: true },
    ]);
  });
});
