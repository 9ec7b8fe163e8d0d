import { describe, expect, it, beforeAll } from 'vitest';
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ingest } from '../src/ingest/ingest.js';
import { tempDir } from './helpers/tmp.js';

// Invented reports on Ghana and Togo that tell some of the same acts and figures, so documents share knowledge buckets.
const DOCS: Record<string, string> = {
  'a-corridor.md':
    '# Abidjan–Lagos corridor\n\nGhana and Togo signed a transit agreement in Lomé on 14 March 2017. The Togolese president visited Accra in May 2017.\n\nTrade between the two countries reached US$310 million in 2016, the trade ministry said.\n',
  'b-border.txt':
    'Togo closed its border with Ghana at Aflao on 2 August 2019 after a dispute over market fees. Ghana protested on 5 August 2019.\n\nThe two governments reopened the crossing in October 2019. Trade between the two countries reached US$310 million in 2016.\n',
  'c-power.md':
    '# Power line\n\nIn June 2020 Ghana agreed to sell 50 megawatts of electricity to Togo. The Togolese president visited Accra in May 2017 and again in February 2021.\n\nGhana and Togo signed a transit agreement in Lomé on 14 March 2017.\n',
  'd-fisheries.txt':
    'Ghana and Togo held talks on fisheries in Keta on 9 November 2022. Togo accused Ghanaian trawlers of fishing in its waters in 2021.\n\nTrade between the two countries reached US$295 million in 2016, a customs report said.\n',
};

/** Every row of the tables a reconcile writes, in a fixed order. */
function knowledgeTables(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      knowledge: db.prepare('SELECT * FROM knowledge ORDER BY id').all(),
      mentions: db.prepare('SELECT * FROM knowledge_mentions ORDER BY item_id, doc, start, "end"').all(),
      actors: db.prepare('SELECT * FROM knowledge_actors ORDER BY item_id, entity, words').all(),
      groups: db.prepare('SELECT * FROM knowledge_groups ORDER BY 1, 2, 3').all(),
      points: db.prepare('SELECT * FROM fact_points ORDER BY 1, 2, 3, 4').all(),
      dirty: db.prepare('SELECT * FROM knowledge_dirty').all(),
    };
  } finally {
    db.close();
  }
}

const now = () => new Date('2024-01-02T03:04:05Z');

describe('the knowledge of a parallel ingest', () => {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  const dbs: Record<string, string> = {};

  beforeAll(async () => {
    mkdirSync(inputs);
    for (const [name, text] of Object.entries(DOCS)) writeFileSync(join(inputs, name), text);
    // Once at the end, one thread (what `dyad ingest --jobs 1` does).
    dbs.once = join(dir, 'once.db');
    let store = openSqliteStore(dbs.once);
    await ingest([inputs], { store, jobs: 1, now });
    await store.reconcileKnowledge();
    await store.close();
    // Two workers, then the end-of-run reconcile.
    dbs.jobs2 = join(dir, 'jobs2.db');
    store = openSqliteStore(dbs.jobs2);
    await ingest([inputs], { store, jobs: 2, now });
    await store.reconcileKnowledge();
    await store.close();
  }, 120_000);

  it('--jobs 2 stores the knowledge tables of --jobs 1, row for row', () => {
    const once = knowledgeTables(dbs.once!);
    expect(once.knowledge.length).toBeGreaterThan(20);
    // Some items are told by more than one document (their buckets are written by both threads' documents).
    expect(once.knowledge.some((r) => (r as { n: number }).n > 1)).toBe(true);
    expect(once.dirty).toEqual([]);
    expect(knowledgeTables(dbs.jobs2!)).toEqual(once);
  });
});
