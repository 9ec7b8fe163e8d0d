import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { Engine } from '../../src/knowledge/engine.js';
import type { Answer } from '../../src/knowledge/ask/types.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tmp.js';

/**
 * An in-memory engine holding the documents of `dir`, ingested before the describe block's tests
 * and closed after them, with their texts and a check that every citation of an answer is
 * exactly the stored text at its offsets.
 */
export function askFixture(dir: string): { engine: Engine; texts: Map<string, string>; exact: (a: Answer) => void } {
  const engine = new Engine(openSqliteStore(':memory:'));
  const texts = new Map<string, string>();
  beforeAll(async () => {
    await engine.ingest([dir]);
    for (const d of await engine.listDocuments()) texts.set(d.name, (await engine.document(d.name)).text);
  });
  afterAll(() => engine.close());
  const exact = (a: Answer): void => {
    for (const c of [...a.citations, ...a.claims.flatMap((k) => k.citations)]) expect(c.quote).toBe(texts.get(c.doc)!.slice(c.start, c.end));
  };
  return { engine, texts, exact };
}

/**
 * An engine on a database file of its own (which ask workers can open), holding `report` as
 * `report.md`, ingested before the describe block's tests and closed after them.
 */
export function fileEngine(report: string): { dir: string; db: string; engine: Engine } {
  const dir = tempDir();
  const db = join(dir, 'dyad.db');
  const engine = new Engine(openSqliteStore(db));
  beforeAll(async () => {
    writeFileSync(join(dir, 'report.md'), report);
    await engine.ingest([join(dir, 'report.md')]);
  });
  afterAll(() => engine.close());
  return { dir, db, engine };
}

/**
 * One test per case `[form, question, answer, passage]`: the question is answered (its id the
 * form), the answer holds `answer` within 100 characters, a citation matches `passage`, and every
 * citation is exactly the stored text.
 */
export function itAnswers(fixture: ReturnType<typeof askFixture>, cases: [string, string, string, RegExp][]): void {
  for (const [form, question, answer, passage] of cases) {
    it(`answers a ${form} question with the passage that says so`, async () => {
      const a = await fixture.engine.ask(question, form);
      expect(a).toMatchObject({ id: form, question, status: 'answered' });
      expect(a.answer).toContain(answer);
      expect(a.answer!.length).toBeLessThanOrEqual(100);
      expect(a.citations.some((c) => passage.test(c.quote))).toBe(true);
      fixture.exact(a);
    });
  }
}

/**
 * One test per case `[why, question, claims, passages]`: the question is answered as a conflict
 * whose claims are `claims` in order, each claim's first citation matching its passage, the
 * answer within 100 characters, every citation exactly the stored text.
 */
export function itConflicts(fixture: ReturnType<typeof askFixture>, cases: [string, string, string[], RegExp[]][]): void {
  for (const [why, question, answers, passages] of cases) {
    it(`answers ${why} as a conflict, each claim with its own citation`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a.status).toBe('conflict');
      expect(a.claims.map((c) => c.answer)).toEqual(answers);
      for (const [i, c] of a.claims.entries()) expect(c.citations[0]!.quote).toMatch(passages[i]!);
      expect(a.answer).toMatch(/^The sources disagree: /);
      expect(a.answer!.length).toBeLessThanOrEqual(100);
      fixture.exact(a);
    });
  }
}

/**
 * One test per case `[why, question, answer]`: the question is answered plainly (one claim at most, no conflict) beside a
 * figure that is no rival; `whole` asks the answer to be `answer` exactly, else to contain it.
 */
export function itAnswersPlainly(fixture: ReturnType<typeof askFixture>, cases: [string, string, string][], whole = false): void {
  for (const [why, question, answer] of cases) {
    it(`answers plainly beside ${why}`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.claims.length).toBeLessThanOrEqual(1);
      if (whole) expect(a.answer).toBe(answer);
      else expect(a.answer).toContain(answer);
      fixture.exact(a);
    });
  }
}

/** One test per case `[why, question]`: the question is refused, with no answer, claim or citation. */
export function itRefuses(fixture: ReturnType<typeof askFixture>, cases: [string, string][]): void {
  for (const [why, question] of cases) {
    it(`refuses ${why}`, async () => {
      expect(await fixture.engine.ask(question)).toMatchObject({ status: 'not_in_corpus', answer: null, claims: [], citations: [] });
    });
  }
}

/**
 * One test per case `[why, question, answer, doc, opens]`: the question is answered with exactly `answer`, and a citation of
 * `doc` starts where the sentence opening with `opens` starts; every citation is exactly the stored text.
 */
export function itAnswersCiting(fixture: ReturnType<typeof askFixture>, cases: [string, string, string, string, string][]): void {
  for (const [why, question, answer, doc, opens] of cases) {
    it(`answers ${why}, citing its sentence`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toBe(answer);
      const text = fixture.texts.get(doc)!;
      const c = a.citations.find((x) => x.doc === doc && x.quote.startsWith(opens))!;
      expect(c.start).toBe(text.indexOf(opens));
      fixture.exact(a);
    });
  }
}
