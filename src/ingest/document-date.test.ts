import { describe, expect, it } from 'vitest';
import { datelineDate, metadataDate, pdfDate, withDate } from './document-date.js';
import { htmlLoader } from './loaders/html-loader.js';
import { markdownLoader } from './loaders/text-loader.js';
import { pdfLoader } from './loaders/pdf-loader.js';
import { makePdf } from '../../test/helpers/pdf.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from './ingest.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';

describe('datelineDate: the day a text states at its top or its end', () => {
  it.each([
    ['a wire dateline with the agency', 'Court clears border pact\n\nACCRA, Jan 8, 2025 (Reuters) - The High Court dismissed a challenge on Monday.', '2025-01-08'],
    ['a place and a dash', 'Lima, 14 March 2026 — Peru and Brazil agreed on Friday to reopen the Assis Brasil crossing.', '2026-03-14'],
    ['a labelled line with a clock time', 'Mongolia, Kazakhstan sign rail deal\nPublished: 19/10/2025 05:00\nThe two governments signed …', '2025-10-19'],
    ['a labelled line after a field and a separator', 'TRADE BULLETIN\nIssue No. 7 | Published 2 June 2026\nExports to Chile rose 4 percent.', '2026-06-02'],
    ['a byline with its date', 'Wellington courts Santiago\n\nBy Aroha Ngata | 3 Feb. 2026\n\nNew Zealand and Chile will hold talks next week.', '2026-02-03'],
    ['a date alone under the headline', 'Ghana, Burkina Faso agree joint patrols\n\nTuesday, 10 February 2026\n\nThe ministers met in Ouagadougou last week.', '2026-02-10'],
    ['a place, a comma and a weekday', 'Remarks by the President\n\nState House, Accra, Tuesday, 10 February 2026\n\nYour Excellency, …', '2026-02-10'],
    ['a date and its place ending the line', 'Press releases\n\nGhana and Burkina Faso hold talks\n\n10 July 2026, Accra\n\nThe session ended on Thursday.', '2026-07-10'],
    [
      'a joint statement closed by its signing',
      'JOINT STATEMENT\n\n1. The two leaders met.\n\n2. They agreed to meet again.\n\nDone at Ulaanbaatar on 22 May 2026, in the Mongolian and Kazakh languages.\n',
      '2026-05-22',
    ],
    ['a letter closed by place and date', 'The ministers thanked their hosts.\n\nSantiago\n15 October 2026\n', '2026-10-15'],
  ])('%s', (_, text, date) => {
    expect(datelineDate(text)).toBe(date);
  });

  it.each([
    ['an opening sentence that dates an act', 'On 8 January 2025, Ghana and Burkina Faso signed a border accord in Accra.'],
    ['a chronology of dated entries', 'Chronology\n\n12 March 1992 — Diplomatic relations established\n\n4 May 1995 — First visit by a foreign minister'],
    ['two different dates at the top', 'Updated: 9 January 2025\nPublished: 8 January 2025\nThe talks resumed.'],
    ['a year-less wire dateline', 'REYKJAVIK, Feb 12 (NAPS) - Talks resumed on Wednesday.'],
    ['a month without its day', 'Lima, March 2026 — Peru and Brazil agreed to reopen the crossing.'],
    ['a day-first or month-first date that could be either', 'Published: 03/04/2025\nThe talks resumed.'],
    ['a date told in a sentence of the last lines', 'The two leaders met.\n\nThey agreed that the commission would sit again on 4 May 2027 in Astana.'],
    ['a closing line that goes on as a sentence', 'The two leaders met.\n\n4 May 2027, the commission will sit again in Astana.'],
    [
      'a letter quoted under the headline',
      'Peru protests to Brazil\n\nThe ministry released the text of its note:\n\nLima, 3 March 2019\n\nThe Ministry of Foreign Affairs presents its compliments …',
    ],
    ['a date under a heading that names a part', 'Background\n\n12 March 1992\n\nThe two states opened relations.'],
    ["a meeting's name before its day", 'Fifth Joint Commission Session — 12 May 2024\n\nThe delegations of Ghana and Burkina Faso met in Accra.'],
    ["a meeting's name and a comma before its day", 'Fifth Joint Commission Session, 12 May 2024\n\nThe delegations met in Accra.'],
    ['a row of a table of dates', 'Visits\n\n12 May 2024 | Foreign minister visits Lima\n\nThe visits went on.'],
  ])('none from %s', (_, text) => {
    expect(datelineDate(text)).toBeUndefined();
  });
});

describe('the date of a file with no manifest date', () => {
  it('reads an ISO timestamp as its day, a written date in full, and nothing else', () => {
    expect(metadataDate('2025-01-08T10:30:00+07:00')).toBe('2025-01-08');
    expect(metadataDate('2025/01/08')).toBe('2025-01-08');
    expect(metadataDate('January 8, 2025')).toBe('2025-01-08');
    expect(metadataDate('Tue, 10 Feb 2026 08:00:00 GMT')).toBe('2026-02-10');
    expect(metadataDate('sometime soon')).toBeUndefined();
  });

  it("reads an HTML page's published time from its <meta>, else its JSON-LD", async () => {
    const page = (head: string) => Buffer.from(`<html><head>${head}</head><body><p>Ghana and Burkina Faso met on Monday.</p></body></html>`);
    expect((await htmlLoader.load(page('<meta property="article:published_time" content="2026-02-10T08:00:00Z">'), 'a.html')).meta).toMatchObject({ date: '2026-02-10', dateFrom: 'metadata' });
    expect((await htmlLoader.load(page('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-02-11"}]}</script>'), 'b.html')).meta.date).toBe('2026-02-11');
    expect((await htmlLoader.load(page('<script type="application/ld+json">{not json</script>'), 'c.html')).meta.date).toBeUndefined();
    // An encyclopedia's page dates its creation, not what it says: a plain Article's datePublished is no report's day.
    expect((await htmlLoader.load(page('<script type="application/ld+json">{"@type":"Article","datePublished":"2009-06-14"}</script>'), 'd.html')).meta.date).toBeUndefined();
  });

  it('ranks the names: the published time over a generic or a later date, and no reader comment dates the page', async () => {
    const page = (head: string, body = '') => Buffer.from(`<html><head>${head}</head><body><article><p>Peru and Brazil met on Monday.</p></article>${body}</body></html>`);
    const date = async (head: string, body?: string) => (await htmlLoader.load(page(head, body), 'a.html')).meta.date;
    expect(await date('<meta name="date" content="2026-03-02"><meta property="article:published_time" content="2026-02-27T09:00:00Z">')).toBe('2026-02-27');
    expect(await date('<meta name="citation_online_date" content="2023/11/02"><meta name="citation_publication_date" content="2024/01">')).toBe('2024-01');
    expect(await date('', '<section id="comments"><p>Great piece! <time pubdate datetime="2026-07-09">9 July</time></p></section>')).toBeUndefined();
  });

  it("reads a Markdown front matter's date", async () => {
    const loaded = await markdownLoader.load(Buffer.from('---\ntitle: Talks\ndate: 2026-03-14\n---\nPeru and Brazil met on Friday.\n'), 'a.md');
    expect(loaded.meta).toMatchObject({ title: 'Talks', date: '2026-03-14', dateFrom: 'metadata' });
  });

  it("keeps the manifest's date over the file's, and says where an inferred one was read", () => {
    const text = 'ACCRA, Jan 8, 2025 (Reuters) - The court ruled.';
    expect(withDate({ date: '2025-01-07', dateFrom: 'metadata' }, { date: '2025-01-09' }, text)).toEqual({ date: '2025-01-09' });
    expect(withDate({ date: '2025-01-07', dateFrom: 'metadata' }, {}, text)).toEqual({ date: '2025-01-07', dateFrom: 'metadata' });
    expect(withDate({}, { title: 'x' }, text)).toEqual({ title: 'x', date: '2025-01-08', dateFrom: 'dateline' });
  });

  it("anchors a dateline report's relative dates: last month's signing and Monday's ruling are dated", async () => {
    const text =
      'Court clears border pact\n\nACCRA, Jan 8, 2025 (Reuters) - The High Court in Accra dismissed a challenge to the border agreement with Burkina Faso on Monday, clearing the way for its ratification.\n\nGhana and Burkina Faso signed the agreement in Ouagadougou last month.\n';
    const dir = mkdtempSync(join(tmpdir(), 'dyad-dateline-'));
    writeFileSync(join(dir, 'ghana.txt'), text);
    const store = openSqliteStore(join(dir, 'db.sqlite'));
    await ingest([join(dir, 'ghana.txt')], { store });
    expect((await store.getDocument('ghana.txt'))?.meta).toMatchObject({ date: '2025-01-08', dateFrom: 'dateline' });
    const events = (await store.getAnnotations('ghana.txt'))!.events;
    await store.close();
    const signed = events.find((e) => e.type === 'agreement_signed');
    expect(signed?.date).toBe('2024-12');
    expect(text.slice(signed!.start, signed!.end)).toContain('signed the agreement in Ouagadougou last month');
    expect(events.find((e) => e.type === 'conflict_or_incident')?.date).toBe('2025-01-06');
  });

  it.each([
    ["D:20250311093000+01'00'", '2025-03-11'],
    ['D:20250311', '2025-03-11'],
    ['D:202503', '2025-03'],
    ['20250311093000Z', '2025-03-11'],
    // Not a date: no month 13, no text.
    ['D:20251311', undefined],
    ['yesterday', undefined],
  ])('reads a PDF date string: %s (session 31)', (value, expected) => {
    expect(pdfDate(value)).toBe(expected);
  });

  it("reads a PDF's creation date from its info dictionary, else from its XMP packet, never its modification date (session 31)", async () => {
    const page = [['Lusaka and Lilongwe signed a border accord on Monday.']];
    const load = async (options: Parameters<typeof makePdf>[1]) => (await pdfLoader.load(makePdf(page, options), 'accord.pdf')).fileDate;
    expect(await load({ info: { CreationDate: "D:20250311093000+01'00'", ModDate: 'D:20250402120000Z' } })).toBe('2025-03-11');
    expect(await load({ xmp: '<xmp:CreateDate>2024-11-05T08:15:00Z</xmp:CreateDate>' })).toBe('2024-11-05');
    // Must not: the day a file was last saved is no publication date, and a PDF that states no date has none.
    expect(await load({ info: { ModDate: 'D:20250402120000Z' } })).toBeUndefined();
    expect(await load({ title: 'Border accord' })).toBeUndefined();
  });

  it("dates a PDF by the day it was made only when no dateline does; the manifest's date wins over both (session 31)", () => {
    const dateline = 'LUSAKA, 12 March 2025 (Reuters) - Zambia and Malawi signed a border accord on Monday.';
    expect(withDate({}, {}, 'Zambia and Malawi signed a border accord on Monday.', '2025-03-14')).toEqual({ date: '2025-03-14', dateFrom: 'pdf' });
    expect(withDate({}, {}, dateline, '2025-03-14')).toEqual({ date: '2025-03-12', dateFrom: 'dateline' });
    expect(withDate({}, { date: '2025-03-13' }, dateline, '2025-03-14')).toEqual({ date: '2025-03-13' });
  });

  it("anchors a PDF's relative dates to its creation date when it has no dateline (session 31)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-pdf-date-'));
    writeFileSync(join(dir, 'accord.pdf'), makePdf([['Zambia and Malawi signed a border accord in Lusaka on Monday.']], { info: { CreationDate: "D:20250314080000+02'00'" } }));
    const store = openSqliteStore(join(dir, 'db.sqlite'));
    await ingest([join(dir, 'accord.pdf')], { store });
    expect((await store.getDocument('accord.pdf'))?.meta).toMatchObject({ date: '2025-03-14', dateFrom: 'pdf' });
    const events = (await store.getAnnotations('accord.pdf'))!.events;
    await store.close();
    expect(events.find((e) => e.type === 'agreement_signed')?.date).toBe('2025-03-10');
  });
});
