import { describe, expect, it, beforeAll } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ingest, type IngestReport } from '../src/ingest/ingest.js';
import { makePdf } from './helpers/pdf.js';
import { PIPELINE_VERSION } from '../src/version.js';
import { tempDir, CORPUS } from './helpers/tmp.js';

const good = 'Japan resumed its ODA to Viet Nam in November 1992. In March 1993, Vo Van Kiet visited Japan.\n';

function byName(report: IngestReport, name: string) {
  const item = report.items.find((i) => i.name === name);
  if (!item) throw new Error(`no item ${name} in ${JSON.stringify(report.items.map((i) => i.name))}`);
  return item;
}

describe('ingest of bad inputs', () => {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  let report: IngestReport;
  let store: ReturnType<typeof openSqliteStore>;

  beforeAll(async () => {
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'good.txt'), good);
    writeFileSync(join(inputs, 'later-copy.txt'), good);
    writeFileSync(join(inputs, 'slides.pptx'), 'PK\u0003\u0004');
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'blank.md'), '\n\n   \n');
    writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(inputs, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Hanoi.')]));
    const big = openSync(join(inputs, 'huge.txt'), 'w');
    ftruncateSync(big, 100 * 1024 * 1024);
    closeSync(big);
    writeFileSync(join(inputs, 'corrupt.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage');
    writeFileSync(join(inputs, 'locked.pdf'), makePdf([['Secret minutes of the talks.']], { encrypted: true }));
    writeFileSync(
      join(inputs, 'page.html'),
      '<html><head><title>Visit</title><script>document.title="x"; alert(1)</script></head><body><h1>Visit</h1><p>Prime Minister Kishida visited Hanoi.<script>alert(2)</script></p><p>He wrote &lt;script&gt;alert(3)&lt;/script&gt; on a board.</p></body></html>',
    );
    writeFileSync(join(inputs, 'secret.txt'), good.replace('1992', '1991'));
    chmodSync(join(inputs, 'secret.txt'), 0o000);
    store = openSqliteStore(join(dir, 'kb.db'));
    report = await ingest([inputs, join(dir, 'no-such-file.txt')], { store });
  });

  it('ingests the good files of the run', () => {
    expect(byName(report, 'good.txt')).toMatchObject({ status: 'added', format: 'text' });
    expect(byName(report, 'page.html')).toMatchObject({ status: 'added', format: 'html' });
  });

  it.each([
    ['later-copy.txt', 'DUPLICATE_CONTENT'],
    ['empty.txt', 'EMPTY_DOCUMENT'],
    ['blank.md', 'EMPTY_DOCUMENT'],
    ['binary.txt', 'BINARY_CONTENT'],
    ['latin1.txt', 'INVALID_UTF8'],
    ['huge.txt', 'FILE_TOO_LARGE'],
    ['corrupt.pdf', 'PDF_CORRUPT'],
    ['locked.pdf', 'PDF_ENCRYPTED'],
    ['no-such-file.txt', 'UNREADABLE_PATH'],
  ])('%s fails with %s and a message naming the file', (name, code) => {
    const item = byName(report, name);
    expect(item.status).toBe('failed');
    expect(item.error?.code).toBe(code);
    expect(item.error?.message).toContain(name);
    expect(item.error?.hint.length).toBeGreaterThan(10);
  });

  it('reports a file it may not read (unless running as a user who can read anything)', async () => {
    const item = byName(report, 'secret.txt');
    if (process.getuid?.() === 0) expect(item.status).toBe('added');
    else expect(item.error?.code).toBe('UNREADABLE_PATH');
  });

  it('names the exact bad byte of invalid UTF-8', () => {
    expect(byName(report, 'latin1.txt').error?.message).toContain('0xe9 at byte offset 3');
  });

  it('lists files of unsupported types in a folder as skipped, and refuses one named directly', async () => {
    expect(report.skipped.some((s) => s.endsWith('slides.pptx'))).toBe(true);
    const direct = await ingest([join(inputs, 'slides.pptx')], { store });
    expect(direct.items[0]!.error).toMatchObject({ code: 'UNSUPPORTED_TYPE', message: expect.stringContaining('slides.pptx') });
  });

  it('leaves nothing of a failed document in the store', async () => {
    const names = (await store.listDocuments()).map((d) => d.name);
    expect(names).not.toContain('locked.pdf');
    expect(names).not.toContain('latin1.txt');
    expect(await store.check()).toEqual([]);
  });

  it('keeps HTML scripts out of the text and markup in the text as text', async () => {
    const doc = (await store.getDocument('page.html'))!;
    expect(doc.text).toBe('Visit\n\nPrime Minister Kishida visited Hanoi.\n\nHe wrote <script>alert(3)</script> on a board.');
    expect(doc.text).not.toContain('alert(1)');
    expect(doc.text).not.toContain('alert(2)');
    expect(doc.meta.title).toBe('Visit');
    expect(doc.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('counts the run', () => {
    expect(report.totals.failed).toBe(9 + (process.getuid?.() === 0 ? 0 : 1));
  });
});

describe('ingest is idempotent and replaces changed files', () => {
  const dir = tempDir();

  it('gives the same document for the same content and replaces a changed file cleanly', async () => {
    const store = openSqliteStore(join(dir, 'kb.db'));
    const file = join(dir, 'note.md');
    writeFileSync(file, '# Note\n\n' + good);
    const first = await ingest([file], { store });
    const again = await ingest([file], { store });
    expect(first.items[0]).toMatchObject({ status: 'added' });
    expect(again.items[0]).toMatchObject({ status: 'unchanged', id: first.items[0]!.id });
    writeFileSync(file, '# Note\n\nJapan and Viet Nam upgraded ties in November 2023.\n');
    const changed = await ingest([file], { store });
    expect(changed.items[0]).toMatchObject({ status: 'replaced' });
    expect(changed.items[0]!.id).not.toBe(first.items[0]!.id);
    const docs = await store.listDocuments();
    expect(docs.map((d) => d.name)).toEqual(['note.md']);
    expect(docs[0]!.id).toBe(changed.items[0]!.id);
    expect(await store.check()).toEqual([]);
    await store.close();
  });

  it('extracts again a document stored by another pipeline version', async () => {
    const store = openSqliteStore(join(dir, 'versions.db'));
    const file = join(dir, 'visit.txt');
    writeFileSync(file, good);
    await ingest([file], { store });
    // What an earlier pipeline left: the same document, another version, no annotations.
    const stored = (await store.getDocument('visit.txt'))!;
    await store.putDocument({ ...stored, pipelineVersion: 'ingest-0+extract-0', annotations: { times: [], entities: [], events: [], facts: [] } });
    expect((await store.getAnnotations('visit.txt'))!.events).toEqual([]);
    const again = await ingest([file], { store });
    expect(again.items[0]).toMatchObject({ status: 'replaced', id: stored.id });
    expect((await store.getDocument('visit.txt'))!.pipelineVersion).toBe(PIPELINE_VERSION);
    expect((await store.getAnnotations('visit.txt'))!.events.map((e) => [e.type, e.date])).toEqual([
      ['aid_resumption', '1992-11'],
      ['leader_visit', '1993-03'],
    ]);
    await store.close();
  });

  it('reads a folder manifest for names and metadata, and refuses a bad one', async () => {
    const folder = join(dir, 'corpus');
    mkdirSync(folder);
    copyFileSync(join(CORPUS, '003_54b582bcc5d920ee.txt'), join(folder, 'zhang.txt'));
    writeFileSync(
      join(folder, 'dyad-manifest.json'),
      JSON.stringify({ format: 'dyad-manifest', version: 1, documents: [{ file: 'zhang.txt', name: 'zhang-niu-2016', title: 'New Developments', date: '2016-05/..', kind: 'journal article' }] }),
    );
    const store = openSqliteStore(':memory:');
    const r = await ingest([folder], { store });
    expect(r.items[0]).toMatchObject({ name: 'zhang-niu-2016', status: 'added' });
    expect((await store.getSummary('zhang-niu-2016'))?.meta).toMatchObject({ title: 'New Developments', date: '2016-05/..' });
    writeFileSync(join(folder, 'dyad-manifest.json'), JSON.stringify({ format: 'dyad-manifest', version: 1, documents: [{ file: 'zhang.txt', date: 'May 2016' }] }));
    const bad = await ingest([folder], { store });
    expect(bad.items.find((i) => i.status === 'failed')?.error).toMatchObject({ code: 'MANIFEST_INVALID', message: expect.stringContaining('documents[0] (zhang.txt).date') });
  });

  it('names every bad field of a manifest, and ingests none of its files without their metadata', async () => {
    const folder = join(dir, 'bad-manifest');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    copyFileSync(join(CORPUS, '003_54b582bcc5d920ee.txt'), join(folder, 'zhang.txt'));
    writeFileSync(join(folder, 'other.txt'), good);
    writeFileSync(join(folder, 'sub', 'inner.txt'), 'Japan and Viet Nam signed an agreement in 2009.');
    writeFileSync(
      join(folder, 'dyad-manifest.json'),
      JSON.stringify({
        format: 'dyad-manifest',
        version: 1,
        documents: [
          { file: 'zhang.txt', date: 'May 2016', authors: 'Zhang' },
          { file: 'other.txt', colour: 'red' },
        ],
      }),
    );
    const store = openSqliteStore(':memory:');
    const r = await ingest([folder], { store });
    const manifestError = r.items.find((i) => i.file.endsWith('dyad-manifest.json'))?.error;
    expect(manifestError?.code).toBe('MANIFEST_INVALID');
    for (const field of ['documents[0] (zhang.txt).date', 'documents[0] (zhang.txt).authors', 'documents[1] (other.txt)']) expect(manifestError?.message).toContain(field);
    expect(manifestError?.message).toContain('colour');
    // The folder's own files fail; a subfolder (which a manifest does not describe) is ingested.
    const byName = Object.fromEntries(r.items.map((i) => [i.name, i]));
    expect(byName['zhang.txt']).toMatchObject({ status: 'failed', error: { code: 'MANIFEST_INVALID' } });
    expect(byName['other.txt']).toMatchObject({ status: 'failed', error: { code: 'MANIFEST_INVALID' } });
    expect(byName['inner.txt']?.status).toBe('added');
    expect((await store.listDocuments()).map((d) => [d.name, d.source])).toEqual([['inner.txt', 'sub/inner.txt']]);
    // A file of that folder given by itself fails the same way.
    const single = await ingest([join(folder, 'other.txt')], { store });
    expect(single.items.map((i) => i.status)).toEqual(['failed', 'failed']);
  });

  it('refuses two inputs that would get the same name', async () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(a, 'same.txt'), good);
    writeFileSync(join(b, 'same.txt'), 'Another text about Japan.');
    const r = await ingest([a, b], { store: openSqliteStore(':memory:') });
    expect(r.items.map((i) => i.status)).toEqual(['added', 'failed']);
    expect(r.items[1]!.error?.code).toBe('NAME_CONFLICT');
  });
});
