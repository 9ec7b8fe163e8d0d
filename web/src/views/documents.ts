import { docText, get } from '../api.js';
import { errorText, h, marked, notice } from '../dom.js';
import { href, update } from '../route.js';
import { exportLinks } from '../exports.js';
import type { AnnotationKind, Annotations, DocSummary, SearchResult, Span } from '../types.js';

const KINDS: AnnotationKind[] = ['events', 'facts', 'times', 'entities'];
const KIND_LABEL: Record<AnnotationKind, string> = { events: 'events', facts: 'facts', times: 'times', entities: 'actors' };

/**
 * The text cut at every span boundary, each piece marked with the kinds that cover it, so
 * overlapping annotations (an actor inside an event's sentence) all show.
 */
function annotated(text: string, spans: { start: number; end: number; kind: AnnotationKind; title: string }[], at: number | null): DocumentFragment {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) cuts.add(Math.max(0, Math.min(text.length, s.start))).add(Math.max(0, Math.min(text.length, s.end)));
  if (at !== null) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const f = document.createDocumentFragment();
  const bySt = [...spans].sort((a, b) => a.start - b.start);
  let open: typeof spans = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    while (next < bySt.length && bySt[next]!.start <= from) open.push(bySt[next++]!);
    open = open.filter((s) => s.end > from);
    const piece = text.slice(from, to);
    const anchor = at === from ? h('span', { id: 'at', tabindex: '-1' }) : null;
    if (anchor) f.append(anchor);
    if (!open.length) f.append(piece);
    else f.append(h('span', { class: [...new Set(open.map((s) => `a-${s.kind}`))].join(' '), title: [...new Set(open.map((s) => s.title))].join(' · ') }, piece));
  }
  return f;
}

/** A reader (text with events, facts, times and actors highlighted, by kind), metadata, and search. URL: doc, kinds, q, at. */
export async function renderDocuments(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const docs = (await get<DocSummary[]>('/api/docs')).data;
  const name = params.get('doc') ?? '';
  const q = params.get('q') ?? '';
  const kinds = new Set((params.get('kinds') ?? KINDS.join(',')).split(',').filter((k): k is AnnotationKind => (KINDS as string[]).includes(k)));
  const at = params.get('at') === null ? null : Number(params.get('at'));

  const input = h('input', { type: 'search', value: q, 'aria-label': 'Search the documents', placeholder: '"strategic partnership" ODA -China' });
  const search = h('form', { role: 'search', class: 'search', onsubmit: (e) => (e.preventDefault(), update({ q: input.value.trim() })) }, input, h('button', { type: 'submit' }, 'Search'));
  const list = h(
    'ul',
    { class: 'doclist' },
    ...docs.map((d) =>
      h(
        'li',
        {},
        h('a', { href: href('documents', { doc: d.name }), 'aria-current': d.name === name ? 'page' : undefined }, d.title || d.name),
        h('span', { class: 'meta' }, ` ${d.meta.date ?? 'undated'} · ${d.name}`),
      ),
    ),
  );
  const side = h('div', { class: 'doc-side' }, search, h('div', { class: 'hits', 'aria-live': 'polite' }), h('h2', {}, `Documents (${docs.length})`), list);
  const reader = h('article', { class: 'reader' });
  root.replaceChildren(h('h1', {}, 'Documents'), exportLinks('sources', { doc: name }, name ? 'this document' : 'every document'), h('div', { class: 'split' }, side, reader));

  if (q) {
    const hits = side.querySelector('.hits')!;
    try {
      const r = (await get<SearchResult>('/api/search', { q, limit: 20 })).data;
      hits.append(h('p', { class: 'count' }, `${r.total} passage${r.total === 1 ? '' : 's'}`));
      for (const hit of r.hits) {
        hits.append(
          h(
            'div',
            { class: 'hit' },
            h('a', { class: 'where', href: href('documents', { doc: hit.doc, q, at: hit.start }) }, `${hit.doc} [${hit.start}–${hit.end}]`),
            h('p', {}, marked(hit.quote, hit.start, hit.highlights)),
          ),
        );
      }
    } catch (err) {
      hits.append(notice(errorText(err), 'error'));
    }
  }

  const doc = docs.find((d) => d.name === name || d.id === name);
  if (!doc) {
    reader.append(notice(name ? `No document "${name}".` : 'Choose a document to read it with its annotations.', name ? 'error' : 'info'));
    return;
  }
  const [text, ann] = await Promise.all([docText(doc.name), get<Annotations>(`/api/docs/${encodeURIComponent(doc.name)}/annotations`)]);
  const a = ann.data;
  const toggles = h(
    'fieldset',
    { class: 'toggles' },
    h('legend', {}, 'Highlight'),
    ...KINDS.map((k) =>
      h(
        'label',
        { class: `a-${k}` },
        h('input', {
          type: 'checkbox',
          checked: kinds.has(k),
          onchange: (e) => {
            const next = new Set(kinds);
            if ((e.target as HTMLInputElement).checked) next.add(k);
            else next.delete(k);
            update({ kinds: KINDS.filter((x) => next.has(x)).join(',') || 'none' });
          },
        }),
        ` ${KIND_LABEL[k]} (${a[k].length})`,
      ),
    ),
  );
  const authors = (doc.meta.authors ?? []).map((p) => p.literal ?? [p.given, p.family].filter(Boolean).join(' ')).join(', ');
  const meta = h(
    'dl',
    { class: 'docmeta' },
    ...(
      [
        ['Title', doc.title],
        ['Authors', authors],
        ['Date', doc.meta.date ?? ''],
        ['Kind', doc.meta.kind ?? doc.format],
        ['Published in', [doc.meta.venue, doc.meta.publisher].filter(Boolean).join(', ')],
        ['Source', doc.source],
        ['Size', `${doc.counts.paragraphs} paragraphs, ${doc.counts.sentences} sentences`],
      ] as const
    )
      .filter(([, v]) => v)
      .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]),
  );
  const spans: { start: number; end: number; kind: AnnotationKind; title: string }[] = [];
  for (const k of KINDS) {
    if (!kinds.has(k)) continue;
    for (const s of a[k] as unknown as (Span & Record<string, unknown>)[]) {
      const title =
        k === 'events'
          ? `event: ${String(s.type)} ${String(s.date ?? '')}`
          : k === 'facts'
            ? `fact: ${String(s.indicator)} = ${String(s.value)} ${String(s.unit)}`
            : k === 'times'
              ? `time: ${String(s.edtf ?? s.text)}`
              : `actor: ${String(s.name)} (${String(s.kind)})`;
      spans.push({ start: s.start, end: s.end, kind: k, title });
    }
  }
  const body = h('div', { class: 'doctext' });
  body.append(annotated(text, spans, at !== null && at >= 0 && at <= text.length ? at : null));
  reader.append(h('h2', {}, doc.title || doc.name), meta, toggles, body);
  const anchor = body.querySelector<HTMLElement>('#at');
  if (anchor) {
    anchor.scrollIntoView({ block: 'center' });
    anchor.focus({ preventScroll: true });
    anchor.nextElementSibling?.classList.add('target');
  }
}
