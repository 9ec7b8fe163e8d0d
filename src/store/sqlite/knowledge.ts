import type Database from 'better-sqlite3';
import type { Annotations } from '../../model/annotation.js';
import type { SeqFrom } from '../../reconcile/contributions.js';
import { contributionData, encodePart, joinParts, type EncodedContributions, type LayerData } from '../parts.js';
import { annotationSql, ENTITY_BUCKET } from './mentions.js';
import type { KnowledgeEntity } from '../../model/knowledge.js';
import { entityFromOthers, entityFromStored, firstDocsOfOthers, firstOfEach, spellingsToCheck, type OwnMentions, type StoredEntity } from '../entity-merge.js';
import { writeInBulk } from './bulk-knowledge.js';
import { ENTITY_MENTIONS, entityItem, reconcile, sources, type ContributionRow, type StoredItem } from '../../reconcile/index.js';
import { BATCH, Batches, BATCH_ROWS, chunks, corpusOrder, DIRTY_PAGE, ItemBuckets, rowsRead, sourcesOf } from '../reconcile-pages.js';

/** Marks buckets as changed (in the transaction that changed their contributions), `ROWS_PER_INSERT` a statement. */
export function markDirty(db: Database.Database, touched: Iterable<string>): void {
  const mark = new RowWriter(db, 'INSERT OR IGNORE INTO knowledge_dirty (bucket)', 1);
  for (const b of touched) mark.add(b);
  mark.flush();
}

/** Whether some buckets wait to be reconciled. */
export function isDirty(db: Database.Database): boolean {
  return sql(db, 'SELECT 1 FROM knowledge_dirty LIMIT 1').get() !== undefined;
}

/**
 * Reconciles every changed bucket and clears the marks (call inside one write transaction).
 * The marks are read a page at a time, in bucket order (the order of the table), and
 * reconciled as they are read: a run that stored a 100 MB document leaves hundreds of
 * thousands, and read at once their names, their sources' counts and their batches were all
 * held at the end of the run. Returns how many were marked.
 */
export function refreshDirty(db: Database.Database, page = DIRTY_PAGE): number {
  let n = 0;
  writeInBulk(db, () =>
    refresh(
      db,
      dirtyBuckets(db, page, (k) => (n += k)),
    ),
  );
  sql(db, 'DELETE FROM knowledge_dirty').run();
  return n;
}

/** The item buckets of the changed buckets (`ItemBuckets`), the marks read `page` at a time after the last one read. */
function* dirtyBuckets(db: Database.Database, page: number, counted: (n: number) => void): Generator<string> {
  const next = sql(db, 'SELECT bucket FROM knowledge_dirty WHERE bucket > ? ORDER BY bucket LIMIT ?').pluck();
  const items = new ItemBuckets();
  for (let dirty = next.all('', page) as string[]; dirty.length; dirty = next.all(dirty[dirty.length - 1], page) as string[]) {
    counted(dirty.length);
    yield* items.of(dirty);
  }
}

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection (a bucket refresh runs thousands). */
export function sql(db: Database.Database, text: string): Database.Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let st = m.get(text);
  if (!st) m.set(text, (st = db.prepare(text)));
  return st;
}

/** Stores a document's contributions; returns the buckets they touch. */
export function addContributions(db: Database.Database, docId: string, text: string, annotations: Annotations, seqFrom?: SeqFrom): Set<string> {
  return insertContributions(db, docId, encodePart(text, annotations, seqFrom).contributions);
}

/** Rows a multi-row INSERT of contributions writes at once (7 values each: under SQLite's 32,766 parameters). */
const ROWS_PER_INSERT = 64;

/**
 * Inserts a part's encoded contributions, `ROWS_PER_INSERT` rows a statement (one call into
 * SQLite per row cost more than the row), and returns the buckets they touch.
 */
export function insertContributions(db: Database.Database, docId: string, c: EncodedContributions): Set<string> {
  const n = c.bucket.length;
  const many = sql(db, `INSERT INTO contributions (bucket, doc_id, seq, start, "end", label, data) VALUES ${Array(ROWS_PER_INSERT).fill('(?, ?, ?, ?, ?, ?, ?)').join(', ')}`);
  const one = sql(db, 'INSERT INTO contributions (bucket, doc_id, seq, start, "end", label, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const values: unknown[] = new Array(ROWS_PER_INSERT * 7);
  let i = 0;
  for (; i + ROWS_PER_INSERT <= n; i += ROWS_PER_INSERT) {
    for (let r = 0, v = 0; r < ROWS_PER_INSERT; r++) {
      const k = i + r;
      values[v++] = c.bucket[k];
      values[v++] = docId;
      values[v++] = c.seq[k];
      values[v++] = c.start[k];
      values[v++] = c.end[k];
      values[v++] = c.label[k];
      values[v++] = c.data[k];
    }
    many.run(values);
  }
  for (; i < n; i++) one.run(c.bucket[i], docId, c.seq[i], c.start[i], c.end[i], c.label[i], c.data[i]);
  return new Set(c.bucket);
}

/** The buckets a stored document contributes to (read before it is deleted). */
export function bucketsOf(db: Database.Database, docId: string): Set<string> {
  return new Set(sql(db, 'SELECT DISTINCT bucket FROM contributions WHERE doc_id = ?').pluck().all(docId) as string[]);
}

/** How many contributions a batch reads of each bucket (`rowsRead`): one grouped query per `BATCH` buckets (not one each). */
function countsOf(db: Database.Database, buckets: string[]): Map<string, number> {
  const st = sql(db, 'SELECT bucket, count(*) AS n FROM contributions WHERE bucket IN (SELECT value FROM json_each(?)) GROUP BY bucket');
  const out = new Map<string, number>(buckets.map((b) => [b, 0]));
  for (let i = 0; i < buckets.length; i += BATCH) {
    for (const r of st.all(JSON.stringify(buckets.slice(i, i + BATCH))) as { bucket: string; n: number }[]) out.set(r.bucket, rowsRead(r.bucket, r.n));
  }
  return out;
}

/** Buckets to reconcile in bounded batches (`Batches`), taken `BATCH` at a time with their sources' counts, so neither is held whole. */
function* batches(db: Database.Database, buckets: Iterable<string>, maxRows = BATCH_ROWS): Generator<string[]> {
  const cut = new Batches(maxRows);
  for (const window of chunks(buckets, BATCH)) yield* cut.take(window, countsOf(db, sourcesOf(window)));
  yield* cut.end();
}

/** The contributions of many buckets, each in corpus order. */
function rowsOfMany(db: Database.Database, buckets: string[]): Map<string, ContributionRow[]> {
  const out = new Map<string, ContributionRow[]>(buckets.map((b) => [b, []]));
  const st = sql(
    db,
    'SELECT c.bucket, d.name AS doc, c.seq, c.data FROM contributions c JOIN documents d ON d.id = c.doc_id WHERE c.bucket IN (SELECT value FROM json_each(?)) ORDER BY c.bucket, d.name, c.seq',
  );
  for (let i = 0; i < buckets.length; i += BATCH) {
    for (const r of st.all(JSON.stringify(buckets.slice(i, i + BATCH))) as { bucket: string; doc: string; seq: number; data: string }[]) {
      out.get(r.bucket)!.push({ doc: r.doc, seq: r.seq, data: contributionData(r.data) });
    }
  }
  return out;
}

/**
 * The entities of many buckets, from one query: every mention's document, place and name in
 * corpus order, with the JSON of the first `ENTITY_MENTIONS` of each bucket only (the rest are
 * counted, their documents and names collected). It replaced four queries an entity (its first
 * mentions, count, documents, names), which cost more than the rows when a run adds thousands of
 * entities mentioned a few times each.
 */
function entityItemsOfMany(db: Database.Database, buckets: string[]): Map<string, StoredItem[]> {
  const st = sql(
    db,
    // The label is read from the row, so its JSON is at hand: taken from it, not looked up again by key.
    `SELECT c.bucket, d.name AS doc, c.seq, c.label,
       CASE WHEN row_number() OVER (PARTITION BY c.bucket ORDER BY d.name, c.seq) <= ${ENTITY_MENTIONS} THEN c.data END AS data
     FROM contributions c JOIN documents d ON d.id = c.doc_id WHERE c.bucket IN (SELECT value FROM json_each(?))
     ORDER BY c.bucket, d.name, c.seq`,
  );
  const country = sql(
    db,
    `SELECT ${annotationSql('c.data', '.country')} FROM contributions c JOIN documents d ON d.id = c.doc_id WHERE c.bucket = ? AND ${annotationSql('c.data', '.country')} IS NOT NULL ORDER BY d.name, c.seq LIMIT 1`,
  ).pluck();
  const out = new Map<string, StoredItem[]>(buckets.map((b) => [b, []]));
  const collected = new Map<string, { first: ContributionRow[]; count: number; docs: string[]; names: Set<string> }>();
  for (const r of st.all(JSON.stringify(buckets)) as { bucket: string; doc: string; seq: number; label: string | null; data: string | null }[]) {
    let e = collected.get(r.bucket);
    if (!e) collected.set(r.bucket, (e = { first: [], count: 0, docs: [], names: new Set() }));
    e.count++;
    if (e.docs[e.docs.length - 1] !== r.doc) e.docs.push(r.doc);
    if (r.label !== null) e.names.add(r.label);
    if (r.data !== null) e.first.push({ doc: r.doc, seq: r.seq, data: contributionData(r.data) });
  }
  for (const [bucket, e] of collected) {
    // The first mention that gives a country (mentions stored before the actor stage recorded countries have none); nearly always among the first.
    const found = e.first.map((r) => (r.data.layer === 'entities' ? r.data.a.country : undefined)).find((c) => c);
    const item = entityItem(bucket, e.first, {
      count: e.count,
      docs: e.docs,
      country: found ?? (e.count > e.first.length ? ((country.get(bucket) ?? null) as string | null) : null),
      names: [...e.names],
    });
    if (item) out.set(bucket, [item]);
  }
  return out;
}

/** The items of many buckets, reconciled from their sources' contributions. */
function itemsOfMany(db: Database.Database, buckets: string[]): Map<string, StoredItem[]> {
  const out = new Map<string, StoredItem[]>();
  const others = buckets.filter((b) => !b.startsWith('en|'));
  const rows = rowsOfMany(db, [...new Set(others.flatMap(sources))]);
  for (const b of others) {
    const from = sources(b);
    const all = from.flatMap((x) => rows.get(x) ?? []);
    if (from.length > 1) all.sort(corpusOrder);
    out.set(b, reconcile(b, all));
  }
  for (const [b, items] of entityItemsOfMany(
    db,
    buckets.filter((b) => b.startsWith('en|')),
  ))
    out.set(b, items);
  return out;
}

/**
 * Reconciles again these item buckets (each once: `dirtyBuckets`), writing only what changed.
 * Runs inside the transaction that changed the contributions, so the knowledge is never out of
 * step with the documents.
 */
export function refresh(db: Database.Database, buckets: Iterable<string>): void {
  const existing = sql(db, 'SELECT bucket, id, data FROM knowledge WHERE bucket IN (SELECT value FROM json_each(?))');
  const remove = sql(db, 'DELETE FROM knowledge WHERE id = ?');
  const write = new ItemWriter(db);
  for (const batch of batches(db, buckets)) {
    const before = new Map((existing.all(JSON.stringify(batch)) as { id: string; data: string }[]).map((r) => [r.id, r.data]));
    for (const item of [...itemsOfMany(db, batch).values()].flat()) {
      write.put(item, before.get(item.id));
      before.delete(item.id);
    }
    write.flush();
    for (const id of before.keys()) remove.run(id);
  }
}

/** Items written (changed ones only), their old mentions and actors cleared: `put` each, then `flush` before the next batch reads. */
class ItemWriter {
  private readonly clearMentions: Database.Statement;
  private readonly clearActors: Database.Statement;
  private readonly items: RowWriter;
  private readonly mentions: RowWriter;
  private readonly actors: RowWriter;

  constructor(db: Database.Database) {
    this.clearMentions = sql(db, 'DELETE FROM knowledge_mentions WHERE item_id = ?');
    this.clearActors = sql(db, 'DELETE FROM knowledge_actors WHERE item_id = ?');
    this.items = new RowWriter(db, 'INSERT OR REPLACE INTO knowledge (id, layer, bucket, third_party, type, date_start, date_end, unit, s1, s2, s3, n, data)', 13);
    // Mentions and actors refer to their item (a foreign key): written after the items, at the batch's end.
    this.mentions = new RowWriter(db, 'INSERT INTO knowledge_mentions (item_id, doc, start, "end")', 4, false);
    this.actors = new RowWriter(db, 'INSERT INTO knowledge_actors (item_id, entity, words)', 3, false);
  }

  /** Writes `item` unless its stored data (`had`, undefined when it is not stored) is the same. */
  put(item: StoredItem, had: string | undefined): void {
    const data = JSON.stringify(item.data);
    if (had === data) return;
    if (had !== undefined) {
      this.clearMentions.run(item.id);
      this.clearActors.run(item.id);
    }
    const [s1, s2, s3] = item.sort;
    // Annotations stored by older versions may lack a field: an empty string, not a NULL that breaks the row.
    this.items.add(item.id, item.layer, item.bucket, Number(item.thirdParty), item.type ?? '', item.dateStart, item.dateEnd, item.unit, s1 ?? '', s2 ?? '', s3 ?? '', item.count, data);
    for (const m of item.mentions) this.mentions.add(item.id, m.doc, m.start, m.end);
    for (const a of item.actors) this.actors.add(item.id, a.entity, a.words);
  }

  /** The items first (their old mentions and actors were cleared by `put`), then what refers to them. */
  flush(): void {
    this.items.flush();
    this.mentions.flush();
    this.actors.flush();
  }
}

/**
 * What a stored document tells of each entity it names (read before it is deleted), as
 * PostgreSQL's `entitySharesOf`: its count, spellings and first country, from its own rows only.
 */
export function entitySharesOf(db: Database.Database, docId: string): Map<string, OwnMentions> {
  const st = sql(
    db,
    `SELECT bucket, label, ${annotationSql('data', '.country')} AS country FROM contributions
     WHERE doc_id = ? AND substr(bucket, 1, ${ENTITY_BUCKET.length}) = '${ENTITY_BUCKET}' ORDER BY bucket, seq`,
  );
  const out = new Map<string, OwnMentions>();
  for (const r of st.all(docId) as { bucket: string; label: string | null; country: string | null }[]) {
    let own = out.get(r.bucket);
    if (!own) out.set(r.bucket, (own = { first: [], count: 0, names: new Set(), country: null }));
    own.count++;
    if (r.label !== null) own.names.add(r.label);
    own.country ||= r.country || null;
  }
  return out;
}

/**
 * Updates the entities a deleted document (`doc`, its share `removed` read before the delete)
 * named from their stored items (`entityFromStored`, `entityFromOthers`: the arithmetic
 * PostgreSQL's refresh uses), a `BATCH` at a time: one row and its actors per entity, and where
 * the document held first mentions or gave the first country, the other documents' first ones
 * (`firstDocsOfOthers`) through the index on (bucket, doc_id, seq), not every mention (an entity the
 * others name ENTITY_MENTIONS times or fewer is left to the full read, which reads no more). An entity
 * whose bucket is marked (a stored row not reconciled since a document changed it) is not read:
 * it is left, with those the stored row cannot give, to the full read. Returns the buckets done.
 */
export function refreshDeleted(db: Database.Database, doc: string, removed: Map<string, OwnMentions>): Set<string> {
  const done = new Set<string>();
  const marked = sql(db, 'SELECT value FROM json_each(?) WHERE value IN (SELECT bucket FROM knowledge_dirty)').pluck();
  const rows = sql(db, 'SELECT id, bucket, data, s3 FROM knowledge WHERE bucket IN (SELECT value FROM json_each(?))');
  const actorsOf = sql(db, 'SELECT item_id, entity, words FROM knowledge_actors WHERE item_id IN (SELECT value FROM json_each(?))');
  // Whether another document still gives each spelling the deleted one gave: a statement a batch.
  const given = sql(
    db,
    "SELECT j.value ->> '$[0]' AS bucket, j.value ->> '$[1]' AS label FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM contributions c WHERE c.bucket = j.value ->> '$[0]' AND c.label = j.value ->> '$[1]')",
  );
  const firstOf = sql(db, 'SELECT c.seq, c.data FROM contributions c WHERE c.bucket = ? AND c.doc_id = (SELECT id FROM documents WHERE name = ?) ORDER BY c.seq LIMIT ?');
  const write = new ItemWriter(db);
  for (const window of chunks(removed.keys(), BATCH)) {
    const stale = new Set(marked.all(JSON.stringify(window)) as string[]);
    const batch = window.filter((b) => !stale.has(b));
    const found = rows.all(JSON.stringify(batch)) as { id: string; bucket: string; data: string; s3: string }[];
    const stored = new Map<string, StoredEntity | null>();
    for (const r of found) stored.set(r.bucket, stored.has(r.bucket) ? null : { data: JSON.parse(r.data) as KnowledgeEntity, s3: r.s3, actors: [] });
    const byId = new Map(found.map((r) => [r.id, stored.get(r.bucket)]));
    for (const a of actorsOf.all(JSON.stringify(found.map((r) => r.id))) as { item_id: string; entity: string; words: string }[])
      byId.get(a.item_id)?.actors.push({ entity: a.entity, words: a.words });
    const pairs = spellingsToCheck(batch, removed);
    const still = new Set((given.all(JSON.stringify(pairs)) as { bucket: string; label: string }[]).map((r) => `${r.bucket}\u0000${r.label}`));
    const lost = new Set(pairs.filter(([b, n]) => !still.has(`${b}\u0000${n}`)).map(([b]) => b));
    const had = new Map(found.map((r) => [r.id, r.data]));
    const changed: StoredItem[] = [];
    const again: string[] = [];
    for (const b of batch) {
      const item = entityFromStored(b, stored.get(b), doc, removed.get(b), undefined, lost.has(b));
      // Where the others hold ENTITY_MENTIONS mentions or fewer, the full read reads no more, for many entities in one statement.
      if (item === 'others' && stored.get(b)!.data.count - removed.get(b)!.count > ENTITY_MENTIONS) again.push(b);
      else if (item && item !== 'others') changed.push(item);
    }
    // A document at a time in corpus order, until ENTITY_MENTIONS are read: no more than that an entity.
    const read: (ContributionRow & { bucket: string })[] = [];
    for (const b of again) {
      let left = ENTITY_MENTIONS;
      for (const [d, n] of firstDocsOfOthers(stored.get(b)!.data, doc)) {
        if (left <= 0) break;
        for (const r of firstOf.all(b, d, Math.min(n, left)) as { seq: number; data: string }[]) {
          read.push({ bucket: b, doc: d, seq: r.seq, data: contributionData(r.data) });
          left--;
        }
      }
    }
    const firsts = firstOfEach(read);
    for (const b of again) {
      const item = entityFromOthers(b, stored.get(b)!, doc, removed.get(b)!, undefined, firsts.get(b) ?? []);
      if (item) changed.push(item);
    }
    for (const item of changed) {
      write.put(item, had.get(item.id));
      done.add(item.bucket);
    }
    write.flush();
  }
  return done;
}

/**
 * Rows of one table written `ROWS_PER_INSERT` at a time with one prepared multi-row INSERT
 * (a call into SQLite per row, with its bindings by name, cost more than the row): rows are
 * buffered by `add` and written by `flush` (and, when `eager`, whenever a statement's worth is
 * waiting; otherwise all at `flush`, so they follow rows of another table they refer to).
 */
class RowWriter {
  private readonly values: unknown[] = [];
  private readonly many: Database.Statement;
  private readonly one: Database.Statement;

  constructor(
    db: Database.Database,
    insert: string,
    private readonly columns: number,
    private readonly eager = true,
  ) {
    const row = `(${Array(columns).fill('?').join(', ')})`;
    this.many = sql(db, `${insert} VALUES ${Array(ROWS_PER_INSERT).fill(row).join(', ')}`);
    this.one = sql(db, `${insert} VALUES ${row}`);
  }

  add(...row: unknown[]): void {
    for (const v of row) this.values.push(v);
    if (this.eager && this.values.length === this.columns * ROWS_PER_INSERT) this.flush();
  }

  flush(): void {
    const n = this.columns * ROWS_PER_INSERT;
    let i = 0;
    for (; i + n <= this.values.length; i += n) this.many.run(this.values.slice(i, i + n));
    for (; i < this.values.length; i += this.columns) this.one.run(this.values.slice(i, i + this.columns));
    this.values.length = 0;
  }
}

/** Builds the knowledge of every stored document (the upgrade to schema 4). */
export function rebuild(db: Database.Database): void {
  db.exec('DELETE FROM contributions; DELETE FROM knowledge;');
  const docs = db.prepare('SELECT id, name, text FROM documents').all() as { id: string; name: string; text: string }[];
  const layers = db.prepare('SELECT layer, data FROM annotation_layers WHERE doc_id = ?');
  const touched = new Set<string>();
  for (const d of docs) {
    const rows = layers.all(d.id) as { layer: keyof Annotations; data: LayerData }[];
    if (!rows.length) continue;
    const a: Annotations = { times: [], entities: [], events: [], facts: [] };
    for (const r of rows) joinParts<unknown>(a[r.layer], r.data, d.name);
    for (const b of addContributions(db, d.id, d.text, a)) touched.add(b);
  }
  markDirty(db, touched);
  refreshDirty(db);
}
