import { docText } from './api.js';
import type { Citation, Span } from './types.js';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

/**
 * Builds an element. Strings become text nodes, never markup: a document's text holding
 * `<script>` or `onerror=` is shown as those characters and runs nothing.
 * @example h('p', { class: 'note' }, 'Tom & Jerry') // → <p class="note">Tom &amp; Jerry</p>
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') e.addEventListener(k.replace(/^on/, ''), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, ...children);
  return e;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) parent.append(typeof c === 'number' ? String(c) : c);
}

/**
 * A stretch of text with some spans marked: `<mark>` around each (offsets relative to `base`).
 * @example marked('ODA rose', 0, [{ start: 0, end: 3 }]) // → <mark>ODA</mark> rose
 */
export function marked(text: string, base: number, spans: Span[], cls = ''): DocumentFragment {
  const f = document.createDocumentFragment();
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const from = Math.max(at, s.start - base);
    const to = Math.min(text.length, s.end - base);
    if (to <= from) continue;
    f.append(text.slice(at, from), h('mark', cls ? { class: cls } : {}, text.slice(from, to)));
    at = to;
  }
  f.append(text.slice(at));
  return f;
}

/** The paragraph around a span: from the blank line before it to the blank line after (at most `max` characters each side). */
export function contextOf(text: string, start: number, end: number, max = 600): { from: number; to: number } {
  const before = text.lastIndexOf('\n\n', start);
  const after = text.indexOf('\n\n', end);
  const from = Math.max(before < 0 ? 0 : before + 2, start - max);
  const to = Math.min(after < 0 ? text.length : after, end + max);
  return { from, to };
}

/**
 * A citation shown in its context, the quote highlighted: the text comes from the stored
 * document, so the highlight proves the offsets (a wrong offset highlights the wrong words).
 */
export function citationView(c: Citation, label?: string): HTMLElement {
  const box = h(
    'blockquote',
    { class: 'citation', 'data-doc': c.doc, 'data-start': c.start, 'data-end': c.end },
    h('p', { class: 'where' }, label ? `${label} · ` : '', h('a', { href: `#/documents?doc=${encodeURIComponent(c.doc)}&at=${c.start}` }, c.doc), ` [${c.start}–${c.end}]`),
  );
  const body = h('p', { class: 'context' }, c.quote);
  box.append(body);
  docText(c.doc)
    .then((text) => {
      const { from, to } = contextOf(text, c.start, c.end);
      body.replaceChildren(from > 0 ? '… ' : '', marked(text.slice(from, to), from, [c], 'quote'), to < text.length ? ' …' : '');
    })
    .catch(() => {
      /* the quote alone stays shown */
    });
  return box;
}

/** A message in the view: an error said plainly, with the API's hint. */
export function notice(text: string, kind: 'error' | 'info' = 'info', hint = ''): HTMLElement {
  return h('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text, hint ? h('span', { class: 'hint' }, ` ${hint}`) : null);
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A `<select>` of options ('' = all), its value `selected`, calling `change` with the new value. */
export function select(label: string, options: string[], selected: string, change: (v: string) => void): HTMLElement {
  const s = h(
    'select',
    { 'aria-label': label, onchange: () => change(s.value) },
    h('option', { value: '' }, `all ${label}s`),
    ...options.map((o) => h('option', { value: o, selected: o === selected }, o)),
  );
  return h('label', { class: 'filter' }, `${label} `, s);
}

/** Formats a number compactly: 20334000000 → "20.3 B". */
export function compact(n: number): string {
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}
