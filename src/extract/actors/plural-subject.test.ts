import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { leadersSubject, pronounPair } from './plural-subject.js';

function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => ({
    trigger: text.slice(e.trigger.start, e.trigger.end),
    category: e.plover.type,
    actors: e.actors.map((a) => `${a.name}:${a.role}`),
    thirdParty: e.thirdParty ?? false,
  }));
}

/** A joint statement on Malaysia and Singapore, in the manner of such statements: numbered paragraphs, the leaders the subject of each. */
const STATEMENT = [
  'Joint statement by the Prime Ministers of Malaysia and Singapore',
  '1. The Prime Minister of Malaysia and the Prime Minister of Singapore met in Putrajaya today for their annual Leaders’ Retreat.',
  '2. The two Prime Ministers welcomed the progress on the rapid transit link between Johor Bahru and Singapore, which Malaysia and Singapore agreed to build in 2018.',
  '3. They condemned the attack on a merchant ship in the Red Sea on 2 April 2024 and called for the freedom of navigation.',
].join('\n\n');

describe('"they" after a sentence whose subject is the pair', () => {
  it('is the pair: their act is no third country’s', () => {
    const condemned = events(STATEMENT, '2024-04-12').find((e) => e.trigger === 'condemned');
    expect(condemned).toMatchObject({ category: 'DISAPPROVE', thirdParty: false });
    expect(condemned!.actors).toEqual(expect.arrayContaining(['Malaysia:agent', 'Singapore:agent']));
  });

  it('names two of the pair joined by "and" as well as "the two Prime Ministers"', () => {
    const text = [
      'Kenya and Uganda share a 933-km border. Uganda imports fuel through Kenya. Kenya and Uganda met in Kampala on 3 May 2023.',
      'They condemned the sabotage of the Somali pipeline on 4 May 2023.',
    ].join(' ');
    const condemned = events(text).find((e) => e.trigger === 'condemned');
    expect(condemned!.actors).toEqual(expect.arrayContaining(['Kenya:agent', 'Uganda:agent']));
  });

  it('is not the pair when the plural subject before it is someone else', () => {
    const text = [
      'Lithuania and Poland share a border. Poland and Lithuania agreed on 3 March 2024 to reopen the crossing. Lithuania thanked Poland.',
      'Russian and Belarusian officials met in Minsk on 4 March 2024. They condemned the decision.',
    ].join(' ');
    const condemned = events(text).find((e) => e.trigger === 'condemned');
    expect(condemned?.actors ?? []).not.toContain('Lithuania:agent');
    expect(condemned?.actors ?? []).not.toContain('Poland:agent');
  });

  it('is the pair after a time phrase, when the sentence before named the pair as a whole anywhere ("brought both countries close to war")', () => {
    const text = 'A raid in 1911 brought both countries close to war. In 1912 they signed a treaty.';
    expect([text.indexOf('In 1912'), text.indexOf('signed')]).toEqual([52, 65]);
    expect(pronounPair(text, 52, 65, [], new Set(['ZMB', 'MWI']))).toEqual(new Set(['ZMB', 'MWI']));
  });

  it('is not the pair after a time phrase when the plural subject before it is two other states', () => {
    const text = 'In 1911 Britain and France met in London. In 1912 they signed a treaty.';
    const entities = [
      { start: 8, end: 15, text: 'Britain', name: 'United Kingdom', entity: 'country:GBR', kind: 'country' as const, country: 'GBR', stage: 'actors', rule: 'test' },
      { start: 20, end: 26, text: 'France', name: 'France', entity: 'country:FRA', kind: 'country' as const, country: 'FRA', stage: 'actors', rule: 'test' },
    ];
    expect(pronounPair(text, 42, 55, entities, new Set(['ZMB', 'MWI']))).toBeUndefined();
    expect(text.slice(42, 55)).toBe('In 1912 they ');
  });

  it('is not the pair after words that are no time phrase ("The rebels said they …", "A spokesman said they …")', () => {
    const pair = new Set(['ZMB', 'MWI']);
    for (const second of ['The rebels said they attacked the post.', 'A spokesman said they attacked the post.']) {
      const text = `Both sides met in Lusaka on 3 May 2023. ${second}`;
      expect(pronounPair(text, text.indexOf(second), text.indexOf('attacked'), [], pair)).toBeUndefined();
    }
    // A date or "later" before the pronoun, with or without a comma, keeps it the pair's.
    for (const second of ['Two years later, they signed a treaty.', 'On 4 May 2023 they signed a treaty.', 'The next day they signed a treaty.']) {
      const text = `Both sides met in Lusaka on 3 May 2023. ${second}`;
      expect(pronounPair(text, text.indexOf(second), text.indexOf('signed'), [], pair)).toEqual(pair);
    }
  });

  it('leaves an act after the verb to its own subject ("they condemned the attack": the attack is not theirs)', () => {
    const attack = events(STATEMENT, '2024-04-12').find((e) => e.trigger === 'attack');
    expect(attack?.actors ?? []).not.toContain('Malaysia:agent');
  });
});

describe('an act a third state brokered between the pair', () => {
  const text = [
    'Armenia and Azerbaijan fought a war in 2020. Armenia accused Azerbaijan of shelling its villages.',
    'Moscow brokered a peace deal in November 2020 to end six weeks of fighting over the territory.',
    'In 2021 Azerbaijan and Armenia traded fire again.',
  ].join(' ');

  it('is the pair’s, the go-between taking part', () => {
    const deal = events(text).find((e) => e.trigger.startsWith('brokered'));
    expect(deal).toMatchObject({ category: 'AGREE', thirdParty: false, actors: ['Armenia:agent', 'Azerbaijan:agent', 'Russia:participant'] });
  });

  it('is a third country’s when nobody brokered it', () => {
    const other = `${text} Russia and Turkey signed a gas deal in 2020.`;
    const deal = events(other).find((e) => e.trigger.startsWith('signed'));
    expect(deal).toMatchObject({ thirdParty: true });
  });
});

describe('an act of a person no file knows, in a report on a pair', () => {
  it('is not marked as a third country’s: the person may be of the pair', () => {
    const text = [
      'Ecuador expelled the Colombian ambassador on 3 March 2008. Colombia apologised to Ecuador on 5 March 2008.',
      'Ecuador and Colombia restored ties in 2010. President Rafael Correa praised Brazil’s mediation on 7 March 2008.',
    ].join(' ');
    expect(events(text).find((e) => e.trigger === 'praised')).toMatchObject({ category: 'SUPPORT', thirdParty: false });
  });
});

describe('"the Leaders" as the subject of a clause in a document about a pair', () => {
  const text = [
    'Joint statement by the Prime Ministers of Malaysia and Singapore',
    '1. The Prime Minister of Malaysia and the Prime Minister of Singapore met in Putrajaya on 11 January 2025 for their annual Leaders’ Retreat.',
    '2. Malaysia and Singapore reaffirmed the ties between Malaysia and Singapore, and Singapore welcomed the Johor-Singapore Special Economic Zone.',
    '3. On Myanmar, the Leaders condemned the air strikes on 9 January 2025 and urged restraint.',
  ].join('\n\n');

  it('is the pair: the act is not marked third-party for the country the clause names', () => {
    const condemned = events(text, '2025-01-11').find((e) => e.trigger === 'condemned');
    expect(condemned).toMatchObject({ thirdParty: false });
    expect(condemned!.actors).toEqual(expect.arrayContaining(['Malaysia:agent', 'Singapore:agent']));
    expect(condemned!.actors).not.toContain('Myanmar:agent');
  });

  it('is not the pair when the leaders are named as another country’s, nor outside a pair', () => {
    expect(leadersSubject('On trade, the leaders of Chile and Peru agreed on 2 May 2024 to cut tariffs.', 0, 39, new Set(['MYS', 'SGP']))).toBe(false);
    expect(leadersSubject('On Myanmar, the Leaders condemned the air strikes.', 0, 24, undefined)).toBe(false);
    expect(leadersSubject('On Myanmar, the Leaders condemned the air strikes.', 0, 24, new Set(['MYS', 'SGP']))).toBe(true);
  });
});

describe('a mutual act told with its other party only, in a document about a pair (`impliedActors`)', () => {
  const text = [
    'Kenya and Uganda: key dates',
    'Kenya and Uganda share a border of 933 kilometres, and Uganda imports most of its fuel through Kenya.',
    '14 March 2022: Memorandum on a refined-products pipeline signed in Dar es Salaam with Tanzania.',
    '9 June 2022: Tanzania expelled two traders from Mwanza.',
  ].join('\n\n');

  it('is the pair’s, the other party kept as its target', () => {
    const signed = events(text).find((e) => e.category === 'AGREE');
    expect(signed).toMatchObject({ thirdParty: false });
    expect(signed!.actors).toEqual(['Kenya:agent', 'Uganda:agent', 'Tanzania:target']);
  });

  it('leaves a third state’s own act marked', () => {
    const expelled = events(text).find((e) => e.trigger.startsWith('expelled'));
    expect(expelled).toMatchObject({ thirdParty: true });
  });
});
