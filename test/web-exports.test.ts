import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { openPage, SCREENSHOTS, startWebApp } from './helpers/browser.js';

/** Two reports on Kenya and Tanzania written for this test: they date one visit in different months and give different trade figures for 2015. */
const DOCS = new URL('./data/web-conflict/', import.meta.url).pathname;
const WIRE = 'kenya_tanzania_wire_2016.md';
const REVIEW = 'kenya_tanzania_review_2018.txt';

describe('the web app over documents that disagree (chromium)', () => {
  let url: string;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ url, browser, close } = await startWebApp('test-token-9d2e41aa', [DOCS]));
  });
  afterAll(async () => {
    await close?.();
  });

  const ready = '.view[data-ready="true"]';

  /** Clicks an export link and returns the file the browser saved, with the name the server gave it. */
  async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  }

  it("shows a conflict answer's claims side by side, each citation highlighting its passage", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${url}#/ask?q=${encodeURIComponent('When did Uhuru Kenyatta visit Dar es Salaam?')}`);
    await page.waitForSelector(ready);
    expect(await page.locator('.answer .status').getAttribute('class')).toContain('conflict');
    const claims = page.locator('.answer .claims .claim');
    expect(await claims.count()).toBe(2);
    expect(await claims.locator('h2').allTextContents()).toEqual(['October 2016', 'November 2016']);
    // Side by side: the two claims share a row on a laptop screen.
    const [a, b] = [(await claims.nth(0).boundingBox())!, (await claims.nth(1).boundingBox())!];
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - 1);
    // Each claim cites its own report, and the highlight is the stored text at the citation's offsets.
    for (const [i, doc, month] of [
      [0, WIRE, 'October 2016'],
      [1, REVIEW, 'November 2016'],
    ] as const) {
      const quote = claims.nth(i).locator('blockquote');
      expect(await quote.getAttribute('data-doc')).toBe(doc);
      const text = ((await (await fetch(`${url}api/docs/${doc}/text`)).json()) as { data: { text: string } }).data.text;
      const [start, end] = [Number(await quote.getAttribute('data-start')), Number(await quote.getAttribute('data-end'))];
      await quote.locator('mark.quote').waitFor();
      const marked = await quote.locator('mark.quote').textContent();
      expect(marked).toBe(text.slice(start, end));
      expect(marked).toContain(`Uhuru Kenyatta visited Dar es Salaam in ${month}`);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'ask-conflict.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads what a view shows: the timeline as CSV with its filter, each file parsed back', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${url}#/timeline?type=leader_visit`);
    await page.waitForSelector(ready);
    expect(await page.locator('.exports a').evaluateAll((as) => as.map((a) => a.getAttribute('data-format')))).toEqual(['csv', 'jsonl', 'timelinejs']);
    const csv = await download(page, '.exports a[data-format="csv"]');
    expect(csv.name).toBe('dyad-events.csv');
    const rows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
    const shown = await page.locator('.event-list button').count();
    expect(rows.length).toBe(shown);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['leader_visit']));
    expect(rows.map((r) => r.date).sort()).toEqual(['2016-10', '2016-11']);
    const timeline = JSON.parse((await download(page, '.exports a[data-format="timelinejs"]')).text) as { events: unknown[] };
    expect(timeline.events).toHaveLength(shown);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the conflicts, the actor network and the documents from their views', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${url}#/overview`);
    await page.waitForSelector(ready);
    const lines = (await download(page, '#conflicts .exports a[data-format="jsonl"]')).text.trim().split('\n');
    const conflicts = lines.map((l) => JSON.parse(l) as { kind: string; claims: { value: string }[] });
    expect(conflicts.map((c) => [c.kind, c.claims.map((k) => k.value)])).toContainEqual(['event', ['2016-10', '2016-11']]);
    expect(conflicts.some((c) => c.kind === 'fact')).toBe(true);

    await page.goto(`${url}#/actors?kind=person`);
    await page.waitForSelector(ready);
    const graphml = (await download(page, '.exports a[data-format="graphml"]')).text;
    expect(XMLValidator.validate(graphml)).toBe(true);
    expect(graphml).toContain('Uhuru Kenyatta');

    await page.goto(`${url}#/documents?doc=${REVIEW}`);
    await page.waitForSelector(ready);
    const bib = (await download(page, '.exports a[data-format="bibtex"]')).text;
    // The key is citation-js's label (author, year, the title's first word) in ASCII; the title, a plain-text file's headline.
    const items = new Cite(bib).data as { id: string; title: string }[];
    expect(items.map((i) => [i.id, i.title])).toEqual([['Kenya', 'Kenya and Tanzania: a review of relations, 2013-2018']]);
    const csl = JSON.parse((await download(page, '.exports a[data-format="csl-json"]')).text) as { id: string }[];
    expect(csl.map((i) => i.id)).toEqual([REVIEW]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
