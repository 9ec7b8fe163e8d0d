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

  it('joins a year and a date within it, keeping the finer date and each passage its own', async () => {
    // Two corpus documents (000 and 001) telling Japan's resumption of aid.
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'In 1992, Japan announced the resumption of aid.');
    writeFileSync(join(dir, 'b.txt'), 'In November 1992, one year after the Cambodian peace agreement, Japan became the first developed country to resume official development assistance (ODA) towards Viet Nam.');
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    const events = (await engine.events()).filter((e) => e.type === 'aid_resumption');
    expect(events.map((e) => [e.date, e.mentions.map((m) => [m.doc, m.date])])).toEqual([['1992-11', [['a.txt', '1992'], ['b.txt', '1992-11']]]]);
    await engine.close();
  });
});
