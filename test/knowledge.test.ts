import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { tempDir } from './helpers/tmp.js';

// Sentences from the bundled corpus (001): one visit told in two passages, and two meetings in
// the same month that share no actor, so are two events.
const text = [
  'More recently, in November 2021, new Prime Minister Phạm Minh Chính visited Japan and met new Prime Minister Fumio Kishida.',
  '',
  'A year later, in November 2021, new Prime Minister Kishida made a similar statement to Prime Minister Pham Minh Chinh who visited Japan (Japan Ministry of Foreign Affairs, 2021b).',
  '',
  'In early October 2021, Fumio Kishida went to Glasgow (United Kingdom) to attend the COP26 summit.',
  '',
  'The kick-off meeting of its eighth phase was held in October 2021.',
].join('\n');

describe('events across passages', () => {
  it('makes one event of the passages that tell it, and keeps apart events the actors tell apart', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'visits.txt'), text);
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([join(dir, 'visits.txt')]);
    const events = await engine.events();
    const visit = events.find((e) => e.type === 'leader_visit' && e.date === '2021-11')!;
    expect(visit.mentions.map((m) => m.quote.slice(0, 30))).toEqual(['More recently, in November 202', 'A year later, in November 2021']);
    const meetings = events.filter((e) => e.type === 'summit_or_meeting' && e.date === '2021-10');
    expect(meetings).toHaveLength(2);
    for (const e of events) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.quote);
    await engine.close();
  });

  it('ties passages through a body they share or a restatement, and keeps apart events of different countries', async () => {
    // Corpus sentences (001): one congress told twice; two initiatives of one year with different
    // parties; a restatement ("As mentioned above") that names fewer countries.
    const doc = [
      'The Communist Party of Viet Nam (CPV) adopted the Doi Moi policy at the 6th Party Congress held in December 1986.',
      'In December 1986, the 6th Party Congress adopted the Doi Moi policy of economic reform and door-opening.',
      '',
      "In 2003, the Japanese government published 'a New Concept on Mekong Region Development' to promote the development of Cambodia, Lao PDR, and Viet Nam, and a working group was started.",
      'In 2003, following the agreement between Prime Minister Junichiro Koizumi and Prime Minister Phan Van Khai, a Japan-Viet Nam joint initiative was started to improve investment environments.',
      '',
      'In November 1992, one year after the Cambodian peace agreement, Japan became the first developed country to resume official development assistance (ODA) towards Viet Nam.',
      'As mentioned above, in November 1992, Japan became the first developed country to resume ODA, and since then it has been the top donor for Viet Nam.',
    ].join('\n');
    const dir = tempDir();
    writeFileSync(join(dir, 'one.txt'), doc);
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([join(dir, 'one.txt')]);
    const events = await engine.events();
    const count = (type: string, date: string) => events.filter((e) => e.type === type && e.date === date).map((e) => e.mentions.length);
    expect(count('domestic_policy', '1986-12')).toEqual([2]);
    expect(count('dialogue_mechanism', '2003')).toEqual([1, 1]);
    expect(count('aid_resumption', '1992-11')).toEqual([2]);
    await engine.close();
  });

  it('joins a year and a date within it, keeping the finer date and each passage its own', async () => {
    // Two corpus documents (000 and 001) telling Japan's resumption of aid.
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'In 1992, Japan announced the resumption of aid.');
    writeFileSync(
      join(dir, 'b.txt'),
      'In November 1992, one year after the Cambodian peace agreement, Japan became the first developed country to resume official development assistance (ODA) towards Viet Nam.',
    );
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    const events = (await engine.events()).filter((e) => e.type === 'aid_resumption');
    expect(events.map((e) => [e.date, e.mentions.map((m) => [m.doc, m.date])])).toEqual([
      [
        '1992-11',
        [
          ['a.txt', '1992'],
          ['b.txt', '1992-11'],
        ],
      ],
    ]);
    await engine.close();
  });

  it('keeps apart two events one passage tells, and acts of different PLOVER categories', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'list.txt'), 'Peru and Chile signed several agreements over the years, such as: Fisheries Agreement (1999); Tax Agreement (1999); and Consular Convention (2004).');
    // A news report (dated by its manifest): a condemnation and a threatened expulsion by the same
    // country on the same day are two events, not two tellings of one.
    writeFileSync(join(dir, 'news.txt'), 'Moscow condemned the British decision.\n\nMoscow also said it would expel British diplomats in response.');
    writeFileSync(join(dir, 'dyad-manifest.json'), JSON.stringify({ format: 'dyad-manifest', version: 1, documents: [{ file: 'news.txt', date: '2007-07-16', kind: 'news' }, { file: 'list.txt' }] }));
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([dir]);
    const signed = (await engine.events({ doc: ['list.txt'] })).filter((e) => e.date === '1999');
    expect(signed.map((e) => e.mentions.length)).toEqual([1, 1]);
    const news = await engine.events({ doc: ['news.txt'] });
    expect(news.map((e) => [e.date, e.dateSource, e.plover.type, e.mentions.length])).toEqual([
      ['2007-07-16', 'document', 'DISAPPROVE', 1],
      ['2007-07-16', 'document', 'SANCTION', 1],
    ]);
    await engine.close();
  });

  it("keeps a list's acts apart: the introducing signing and each document signed (listedActs)", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'signed.txt'),
      'Malawi and Zambia signed three agreements in Lilongwe on 14 May 2025:\n1. an agreement on the Mchinji border post;\n2. a memorandum on power trade;\n3. a protocol on fisheries in Lake Malawi.',
    );
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([join(dir, 'signed.txt')]);
    const signed = (await engine.events()).filter((e) => e.type === 'agreement_signed');
    expect(signed.map((e) => [e.date, e.mentions.map((m) => m.quote)])).toEqual([
      ['2025-05-14', ['Malawi and Zambia signed three agreements in Lilongwe on 14 May 2025:']],
      ['2025-05-14', ['an agreement on the Mchinji border post']],
      ['2025-05-14', ['a memorandum on power trade']],
      ['2025-05-14', ['a protocol on fisheries in Lake Malawi']],
    ]);
    await engine.close();
  });
});

describe('acts of one category on one day in one report', () => {
  it('are one event when told by the same word, other events when named by other words', async () => {
    const dir = tempDir();
    // A headline and its body tell one summons; the protest note handed over and the condemnation
    // of the same day by the same country are acts of their own (DISAPPROVE, told one by one).
    writeFileSync(
      join(dir, 'report.txt'),
      [
        'Peru summons Bolivian ambassador over border shooting',
        'Peru on Monday summoned the Bolivian ambassador over the shooting of a farmer near the border.',
        'The deputy foreign minister handed the Bolivian envoy a formal protest note, the ministry said.',
        'Later in the day Peru condemned the Bolivian patrol in a statement read on state television.',
      ].join('\n\n'),
    );
    writeFileSync(join(dir, 'dyad-manifest.json'), JSON.stringify({ format: 'dyad-manifest', version: 1, documents: [{ file: 'report.txt', date: '2025-03-04', kind: 'news' }] }));
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([dir]);
    const acts = (await engine.events({ doc: ['report.txt'] })).filter((e) => e.plover.type === 'DISAPPROVE');
    const told = (e: (typeof acts)[number]) => e.mentions.map((m) => /summon|protest|condemn/i.exec(m.quote)![0].toLowerCase()).join(',');
    expect(acts.map(told).sort()).toEqual(['condemn', 'protest', 'summon,summon']);
    await engine.close();
  });
});

describe('acts told by verbs in series, stored and reconciled', () => {
  it('stay an event each: three sanctions of one day by one side are three events (GUIDELINES: one event per thing that happened)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sanctions.txt'), 'Slovakia expelled two Hungarian diplomats on 3 March 2025, froze the assets of a Hungarian bank and then suspended flights to Budapest.');
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([join(dir, 'sanctions.txt')]);
    const acts = (await engine.events()).filter((e) => e.plover.type === 'SANCTION');
    // One passage tells all three: the store keeps each act its own event (ids apart), none merged into another.
    expect(acts.map((e) => [e.date, e.mentions.length])).toEqual([
      ['2025-03-03', 1],
      ['2025-03-03', 1],
      ['2025-03-03', 1],
    ]);
    expect(new Set(acts.map((e) => e.id)).size).toBe(3);
    await engine.close();
  });
});

describe('acts of one day by the two sides', () => {
  it('are two events when each side does to the other what the other does to it', async () => {
    const dir = tempDir();
    // Two accusations of one day with roles swapped; the headline's accusation and the body's by the same side are one.
    writeFileSync(
      join(dir, 'border.txt'),
      [
        'Tajikistan accuses Kyrgyzstan of shelling border villages',
        'Tajikistan on Thursday accused Kyrgyzstan of shelling three villages near the Vorukh enclave.',
        'Kyrgyzstan on Thursday accused Tajikistan of moving troops and heavy weapons to the frontier.',
      ].join('\n\n'),
    );
    writeFileSync(join(dir, 'dyad-manifest.json'), JSON.stringify({ format: 'dyad-manifest', version: 1, documents: [{ file: 'border.txt', date: '2022-09-16', kind: 'news' }] }));
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([dir]);
    const accusations = (await engine.events({ doc: ['border.txt'] })).filter((e) => e.plover.type === 'DISAPPROVE');
    const doer = (e: (typeof accusations)[number]) => e.actors.find((a) => a.role === 'agent')?.name;
    expect(accusations.map((e) => [e.date, doer(e), e.mentions.length]).sort()).toEqual([
      ['2022-09-15', 'Kyrgyzstan', 1],
      ['2022-09-15', 'Tajikistan', 2],
    ]);
    await engine.close();
  });
});

describe('entities', () => {
  it('give the ISO 3166 alpha-3 code of the country an actor belongs to', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'visit.txt'), 'In March 2015, Prime Minister Shinzo Abe met Kenyan officials in Nairobi with Hassan Joho.');
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([join(dir, 'visit.txt')]);
    const byName = new Map((await engine.entities()).map((e) => [e.name, e.country]));
    expect(byName.get('Kenya')).toBe('KEN');
    expect(byName.get('Shinzo Abe')).toBe('JPN');
    expect(byName.get('Hassan Joho')).toBeNull(); // a name no file knows belongs to no country
    await engine.close();
  });

  it("lists a pair's events by default, and what the document tells of other countries only when asked", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'pair.txt'),
      [
        'In March 2014, Prime Minister Shinzo Abe of Japan visited Kenya and signed a loan agreement with Kenya.',
        'In May 2015, Kenya and Japan held their first strategic dialogue in Nairobi; Japan pledged new aid to Kenya.',
        'In July 2016, Peru and Chile signed a fisheries agreement.',
      ].join('\n\n'),
    );
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([dir]);
    const pair = await engine.events();
    expect(pair.some((e) => e.date === '2016-07')).toBe(false);
    const all = await engine.events({ thirdParty: true });
    expect(all.filter((e) => e.thirdParty).map((e) => [e.date, e.type])).toEqual([['2016-07', 'agreement_signed']]);
    await engine.close();
  });
});
