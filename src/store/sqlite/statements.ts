import type Database from 'better-sqlite3';

/**
 * Prepared statements of a connection, prepared once per SQL text (search runs the same few on
 * every query; preparing took a few ms an `ask`).
 * @example new Statements(db).get('SELECT 1').get()
 */
export class Statements {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let st = this.cache.get(sql);
    if (!st) {
      // Filters by document make a text per number of documents: a bound keeps the cache small.
      if (this.cache.size >= 64) this.cache.clear();
      this.cache.set(sql, (st = this.db.prepare(sql)));
    }
    return st;
  }
}
