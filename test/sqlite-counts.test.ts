import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { SCHEMA_VERSION } from '../src/store/sqlite/schema.js';
import { KNOWLEDGE_GROUPS } from '../src/store/sqlite/counts.js';
import { annotatedDocument, sampleDocument } from './store-conformance.js';
import { tempDir } from './helpers/tmp.js';

// Passages as a report on two states' relations tells them: dated visits and agreements, figures of trade.
const ONE = [
  '# Norway and Chile',
  'In May 2011, the Norwegian foreign minister visited Santiago and signed an agreement on fisheries research.',
  'Trade between Norway and Chile reached US$1.2 billion in 2010, and 3,000 Chilean students studied in Norway in 2012.',
  'The prime minister of Chile visited Oslo on 12 March 2014.',
].join('\n\n');
const TWO = [
  'Chile and Norway signed a memorandum of understanding on renewable energy in Oslo in June 2016.',
  'Norwegian investment in Chile rose to US$2.4 billion in 2015.',
  '- A table of contents',
  '- A second item',
].join('\n\n');
const TWO_AGAIN = 'The Chilean president visited Norway in 2019. Trade fell to US$0.9 billion in 2020.';
// Characters of more than one UTF-16 unit (a digit copied from a PDF's mathematical alphabet) and a lone surrogate (a broken copy): counted as SQLite counts them.
const THREE = 'Norway pledged 𝟙 billion kroner to the Chilean fund in 2018, and \ud83c 𝟐 more in 2019.';

/** The groups a pass over every reconciled item gives (what the listing computed before schema 8). */
const grouped = (db: Database.Database) =>
  db.prepare('SELECT layer, third_party, date_end, date_start, unit, type, count(*) AS n FROM knowledge GROUP BY layer, third_party, date_end, date_start, unit, type ORDER BY 1, 2, 3, 4, 5, 6').all();
const kept = (db: Database.Database) => db.prepare(`${KNOWLEDGE_GROUPS} ORDER BY 1, 2, 3, 4, 5, 6`).all();

/** A document's counts as the listing counted them before schema 8, from its rows. */
const counted = (db: Database.Database) =>
  db
    .prepare(
      `SELECT d.name, length(d.text) AS chars, (SELECT count(*) FROM blocks b WHERE b.doc_id = d.id) AS blocks,
         (SELECT count(*) FROM blocks b WHERE b.doc_id = d.id AND b.type IN ('paragraph', 'list-item')) AS paragraphs,
         (SELECT count(*) FROM blocks b WHERE b.doc_id = d.id AND b.type = 'heading') AS headings,
         (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id) AS sentences FROM documents d ORDER BY d.name`,
    )
    .all();

describe('counts kept as they are written (schema 8)', () => {
  const dir = tempDir();

  it('keeps the items counted by their filter columns in step with the items, through adding, replacing and deleting documents', async () => {
    const path = join(dir, 'groups.db');
    const store = openSqliteStore(path);
    const db = new Database(path, { readonly: true });
    await store.putDocument(annotatedDocument('one.md', ONE, '2014'));
    await store.putDocument(annotatedDocument('two.md', TWO, '2016'));
    await store.reconcileKnowledge();
    expect(grouped(db).length).toBeGreaterThan(3);
    expect(kept(db)).toEqual(grouped(db));
    await store.putDocument(annotatedDocument('two.md', TWO_AGAIN, '2020'));
    await store.reconcileKnowledge();
    expect(kept(db)).toEqual(grouped(db));
    await store.deleteDocument('one.md');
    await store.reconcileKnowledge();
    expect(kept(db)).toEqual(grouped(db));
    // Whole layers, the overview's counts, from the kept groups.
    for (const layer of ['events', 'facts', 'entities', 'conflicts'] as const) {
      const n = (db.prepare('SELECT count(*) AS n FROM knowledge WHERE layer = ? AND third_party = 0').get(layer) as { n: number }).n;
      const all = (db.prepare('SELECT count(*) AS n FROM knowledge WHERE layer = ?').get(layer) as { n: number }).n;
      const list = {
        events: () => store.listEvents({ limit: 1 }),
        facts: () => store.listFacts({ limit: 1 }),
        entities: () => store.listEntities({ limit: 1 }),
        conflicts: () => store.listConflicts({ limit: 1 }),
      }[layer];
      expect((await list()).total, layer).toBe(layer === 'conflicts' ? all : n);
    }
    expect((await store.listEvents({ thirdParty: true, limit: 1 })).total).toBe((db.prepare("SELECT count(*) AS n FROM knowledge WHERE layer = 'events'").get() as { n: number }).n);
    db.close();
    await store.close();
  });

  it('counts and pages a dated filter again once the items change, not from the total and bounds kept for it', async () => {
    const store = openSqliteStore(join(dir, 'kept-totals.db'));
    const db = new Database(join(dir, 'kept-totals.db'), { readonly: true });
    const direct = (from: string) =>
      db.prepare("SELECT count(*) AS n FROM knowledge WHERE layer = 'events' AND third_party = 0 AND date_end IS NOT NULL AND substr(date_end, 1, 4) >= ?").get(from) as { n: number };
    await store.putDocument(annotatedDocument('one.md', ONE, '2014'));
    await store.reconcileKnowledge();
    const page = () => store.listEvents({ from: '2012', limit: 10 });
    const first = await page();
    expect(first.total).toBe(direct('2012').n);
    expect(first.items.map((e) => e.date.slice(0, 4))).toEqual(['2014']);
    expect(await page()).toEqual(first);
    await store.putDocument(annotatedDocument('two.md', TWO, '2016'));
    await store.reconcileKnowledge();
    const second = await page();
    expect(second.total).toBe(direct('2012').n);
    expect(second.items.map((e) => e.date.slice(0, 4))).toEqual(['2014', '2016']);
    await store.deleteDocument('one.md');
    await store.reconcileKnowledge();
    expect((await page()).items.map((e) => e.date.slice(0, 4))).toEqual(['2016']);
    db.close();
    await store.close();
  });

  it('moves an item rewritten in place (INSERT OR REPLACE) from its old group to its new one', async () => {
    const path = join(dir, 'replace.db');
    (await openSqliteStore(path)).close();
    const db = new Database(path);
    const put = db.prepare(
      `INSERT OR REPLACE INTO knowledge (id, layer, bucket, third_party, type, date_start, date_end, unit, s1, s2, s3, n, data) VALUES (?, 'events', 'b', 0, 'visit', ?, ?, NULL, '', '', '', 1, '{}')`,
    );
    put.run('ev-1', '1992', '1992');
    put.run('ev-2', '1992', '1992');
    // A date narrowed by a later report: the same item, another group.
    put.run('ev-1', '1992-05-12', '1992-05-12');
    expect(kept(db)).toEqual(grouped(db));
    expect(kept(db)).toEqual([
      { layer: 'events', third_party: 0, date_end: '1992', date_start: '1992', unit: null, type: 'visit', n: 1 },
      { layer: 'events', third_party: 0, date_end: '1992-05-12', date_start: '1992-05-12', unit: null, type: 'visit', n: 1 },
    ]);
    db.prepare("DELETE FROM knowledge WHERE id = 'ev-2'").run();
    expect(kept(db)).toEqual(grouped(db));
    expect(db.prepare('SELECT count(*) AS n FROM knowledge_groups').get()).toEqual({ n: 1 });
    // Counts changed behind the triggers' back: `dyad check` names them.
    db.prepare("UPDATE knowledge_groups SET n = 5 WHERE date_end = '1992-05-12'").run();
    db.close();
    const store = openSqliteStore(path);
    expect(await store.check()).toEqual(['1 groups of knowledge_groups out of step with knowledge']);
    await store.close();
  });

  it('lists documents with the counts their rows give, kept when each is written and gone with it', async () => {
    const path = join(dir, 'docs.db');
    const store = openSqliteStore(path);
    const db = new Database(path, { readonly: true });
    await store.putDocument(sampleDocument('one.md', ONE));
    await store.putDocument(sampleDocument('two.md', TWO));
    await store.putDocument(sampleDocument('two.md', TWO_AGAIN));
    await store.putDocument(sampleDocument('three.md', THREE));
    const listed = (await store.listDocuments()).map((d) => ({
      name: d.name,
      chars: d.chars,
      blocks: d.counts.blocks,
      paragraphs: d.counts.paragraphs,
      headings: d.counts.headings,
      sentences: d.counts.sentences,
    }));
    expect(listed).toEqual(counted(db));
    expect(listed[0]).toMatchObject({ name: 'one.md', chars: ONE.length, headings: 1, paragraphs: 3 });
    expect(listed[1]).toMatchObject({ name: 'three.md', chars: THREE.length - 2 });
    await store.deleteDocument('one.md');
    expect(db.prepare('SELECT count(*) AS n FROM document_listing').get()).toEqual({ n: 2 });
    expect(await store.check()).toEqual([]);
    db.close();
    await store.close();
  });

  it('builds the counts of a database written before schema 8 when it is opened', async () => {
    const path = join(dir, 'v7.db');
    const store = openSqliteStore(path);
    await store.putDocument(annotatedDocument('one.md', ONE, '2014'));
    await store.putDocument(annotatedDocument('two.md', TWO, '2016'));
    await store.reconcileKnowledge();
    const before = await store.listDocuments();
    await store.close();
    // Schema 7: no kept counts.
    const raw = new Database(path);
    raw.exec('DROP TRIGGER knowledge_groups_replace; DROP TRIGGER knowledge_groups_put; DROP TRIGGER knowledge_groups_drop; DROP TABLE knowledge_groups; DROP TABLE document_listing;');
    raw.pragma('user_version = 7');
    raw.close();
    const upgraded = openSqliteStore(path);
    expect(await upgraded.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(await upgraded.listDocuments()).toEqual(before);
    const db = new Database(path, { readonly: true });
    expect(kept(db)).toEqual(grouped(db));
    db.close();
    await upgraded.close();
  });
});
