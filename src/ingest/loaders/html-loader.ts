import type { ChildNode, Element } from 'domhandler';
import type { Block, Span } from '../../model/document.js';
import type { Loader } from './loader.js';
import { decodeText, OFF_HEAP_CHARS, offHeap } from '../decode.js';
import { DyadError } from '../../model/errors.js';
import { metadataDate } from '../document-date.js';

/** Elements whose content is never text: scripts are dropped, never kept as markup or run. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'embed', 'canvas', 'nav', 'button', 'select', 'form']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'dl',
  'dt',
  'dd',
  'ul',
  'ol',
  'hr',
  'caption',
  'details',
  'summary',
  'body',
  'html',
]);

/** Builds the text and its blocks while walking the DOM. */
class HtmlText {
  text = '';
  blocks: Block[] = [];
  private inline = '';

  /** Appends inline text, collapsing white space as a browser does. */
  add(s: string): void {
    this.inline += s.replace(/\s+/g, ' ').normalize('NFC');
  }

  /** Ends the current run of inline text as a block of the given type. */
  flush(type: Block['type'] = 'paragraph', level?: number): void {
    const content = this.inline.trim();
    this.inline = '';
    if (!content) return;
    const start = this.open();
    this.text += content;
    this.blocks.push({ type, start, end: this.text.length, ...(level ? { level } : {}) });
  }

  /** Starts a new block: a blank line after the previous one. */
  open(): number {
    if (this.text.length) this.text += '\n\n';
    return this.text.length;
  }
}

function cellText(node: ChildNode): string {
  return htmlparser().DomUtils.textContent(withoutSkipped(node)).replace(/\s+/g, ' ').trim().normalize('NFC');
}

function withoutSkipped(node: ChildNode): ChildNode {
  if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
    const el = node as Element;
    if (SKIP.has(el.name)) return { ...el, children: [] } as unknown as ChildNode;
    return { ...el, children: el.children.map(withoutSkipped) } as unknown as ChildNode;
  }
  return node;
}

function walk(node: ChildNode, out: HtmlText): void {
  if (node.type === 'text') {
    out.add((node as unknown as { data: string }).data);
    return;
  }
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style' && node.type !== 'root') return;
  const el = node as Element;
  const name = el.name?.toLowerCase();
  if (SKIP.has(name)) return;
  if (name === 'br') {
    out.add(' ');
    return;
  }
  if (name === 'sup' && /^\s*\[?\d{1,3}\]?\s*$/.test(htmlparser().DomUtils.textContent(el))) return; // footnote reference marker
  const heading = /^h([1-6])$/.exec(name ?? '');
  if (heading) {
    out.flush();
    el.children.forEach((c) => walk(c, out));
    out.flush('heading', Number(heading[1]));
    return;
  }
  if (name === 'li') {
    out.flush();
    el.children.forEach((c) => walk(c, out));
    out.flush('list-item');
    return;
  }
  if (name === 'table') {
    out.flush();
    // A table's caption ("Trade with Zambia (US$ million)") is the line above it, which states its unit.
    const caption = el.children.find((c): c is Element => c.type === 'tag' && c.name === 'caption');
    if (caption) {
      caption.children.forEach((c) => walk(c, out));
      out.flush();
    }
    table(el, out);
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.flush();
  el.children.forEach((c) => walk(c, out));
  if (block) out.flush();
}

function table(el: Element, out: HtmlText): void {
  const rows = htmlparser().DomUtils.findAll((n) => n.name === 'tr', el.children);
  if (!rows.length) return;
  const start = out.open();
  const spans: Span[][] = [];
  let header = false;
  rows.forEach((tr, r) => {
    if (r > 0) out.text += '\n';
    const cells = tr.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
    if (r === 0) header = (cells.length > 0 && cells.every((c) => c.name === 'th')) || htmlparser().DomUtils.findOne((n) => n.name === 'thead', el.children) !== null;
    const row: Span[] = [];
    cells.forEach((cell, c) => {
      if (c > 0) out.text += '\t';
      const s = out.text.length;
      out.text += cellText(cell);
      row.push({ start: s, end: out.text.length });
    });
    spans.push(row);
  });
  out.blocks.push({ type: 'table', start, end: out.text.length, rows: spans, header });
}

/**
 * `<meta>` names and properties that carry a page's publication date, most trusted first (`publishedDate` takes the best ranked):
 * a news article's own (Open Graph), a scholarly page's (Highwire Press: the issue before the online-first day), Dublin Core's
 * issued, then the generic names CMSs also use for the last change. `dcterms.created` and `dcterms.modified` are not publication.
 */
const DATE_META = [
  ['article:published_time', 'og:article:published_time', 'og:published_time'],
  ['citation_publication_date', 'citation_date', 'dc.date.issued', 'dcterms.issued', 'publication_date', 'parsely-pub-date', 'sailthru.date'],
  ['datepublished', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dcterms.date', 'date'],
  ['citation_online_date'],
];
const META_RANK = new Map(DATE_META.flatMap((keys, rank) => keys.map((k) => [k, rank] as const)));
/** schema.org types whose `datePublished` is a report's day; a plain `Article` or `WebPage` (an encyclopedia's page) dates its creation. */
const DATED_TYPES = /^(?:\w*NewsArticle|BlogPosting|LiveBlogPosting|Report|PressRelease|ScholarlyArticle)$/;

/**
 * The publication date a page's markup states, read before its text (see `document-date.ts`): the best ranked `<meta>` of
 * `DATE_META`, else a JSON-LD news object's `datePublished`, else a `<time>` marked `pubdate` or `itemprop="datePublished"` outside a
 * comment section; the first of equal rank that reads as a date.
 */
function publishedDate(nodes: ChildNode[]): string | undefined {
  const metas: { rank: number; value: string | undefined }[] = [];
  for (const el of htmlparser().DomUtils.findAll((n) => n.name === 'meta', nodes)) {
    const rank = META_RANK.get((el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase());
    if (rank !== undefined) metas.push({ rank, value: el.attribs.content });
  }
  const values = [
    ...metas.sort((a, b) => a.rank - b.rank).map((m) => m.value),
    ...htmlparser()
      .DomUtils.findAll((n) => n.name === 'script' && /ld\+json/i.test(n.attribs.type ?? ''), nodes)
      .flatMap((el) => jsonLdDates(htmlparser().DomUtils.textContent(el))),
    ...htmlparser()
      .DomUtils.findAll((n) => n.name === 'time' && ('pubdate' in n.attribs || n.attribs.itemprop === 'datePublished') && !inComments(n), nodes)
      .map((el) => el.attribs.datetime ?? htmlparser().DomUtils.textContent(el)),
  ];
  for (const v of values) {
    const date = metadataDate(v);
    if (date) return date;
  }
  return undefined;
}

/** Whether an element sits in a page's comments (an ancestor's id or class names them): a reader's post dates nothing of the page. */
function inComments(el: Element): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) if (/comment/i.test(`${(p as Element).attribs.id ?? ''} ${(p as Element).attribs.class ?? ''}`)) return true;
  return false;
}

/** Every `datePublished` of a JSON-LD block's news objects (`DATED_TYPES`), nested objects and `@graph` included; none when it does not parse. */
function jsonLdDates(json: string): string[] {
  const out: string[] = [];
  const typed = (v: Record<string, unknown>) => [v['@type']].flat().some((t) => typeof t === 'string' && DATED_TYPES.test(t));
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typed(o) && typeof o.datePublished === 'string') out.push(o.datePublished);
      for (const x of Object.values(o)) if (x && typeof x === 'object') visit(x);
    }
  };
  try {
    visit(JSON.parse(json));
  } catch {
    // A page's broken JSON-LD is the page's: it states no date.
  }
  return out;
}

let parser: typeof import('htmlparser2') | undefined;

/** htmlparser2, imported by the first HTML file read: a process that reads none need not load it (80 ms of CPU; DESIGN.md, Session 30). */
const htmlparser = () => parser!;

/** HTML: visible text only, in blocks (headings, paragraphs, list items, tables). */
export const htmlLoader: Loader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  async load(bytes, file) {
    const source = decodeText(bytes, file);
    parser ??= await import('htmlparser2');
    const dom = parser.parseDocument(source, { decodeEntities: true });
    const out = new HtmlText();
    walk(dom as unknown as ChildNode, out);
    out.flush();
    // A long text is kept off V8's heap (see `decodeText`): the one built here is on it.
    const text = out.text.length >= OFF_HEAP_CHARS ? offHeap(out.text) : out.text;
    if (!text.trim()) throw new DyadError('EMPTY_DOCUMENT', `${file}: the HTML has no visible text`, { file });
    const titleEl = htmlparser().DomUtils.findOne((n) => n.name === 'title', dom.children);
    const title = titleEl ? htmlparser().DomUtils.textContent(titleEl).replace(/\s+/g, ' ').trim() : undefined;
    const lang = htmlparser().DomUtils.findOne((n) => n.name === 'html', dom.children)?.attribs.lang;
    const date = publishedDate(dom.children);
    const meta = { ...(title ? { title } : {}), ...(lang ? { language: lang } : {}), ...(date ? { date, dateFrom: 'metadata' as const } : {}) };
    return { text, format: 'html', meta, warnings: [], blocks: out.blocks };
  },
};
