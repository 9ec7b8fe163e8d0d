/**
 * The web page: a thin client of the JSON API (documents and search for now).
 * Text from documents is always inserted with textContent, never as markup.
 */
export function webPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Dyad</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{margin:0 0 .2rem}input[type=search]{width:70%;font-size:1rem;padding:.4rem}
.hit{margin:1rem 0;padding:.5rem .8rem;border-left:3px solid #36c;background:#f7f8fb}
.hit .where{font-size:.8rem;color:#666}mark{background:#ffe58a}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}
</style></head>
<body>
<h1>Dyad</h1><p>A knowledge base of the relations between two states, built from documents. API: <a href="/api/openapi.json">/api/openapi.json</a></p>
<form id="f"><input type="search" id="q" placeholder='"strategic partnership" ODA -China' aria-label="Search"> <button>Search</button></form>
<div id="results"></div>
<h2>Documents</h2><table id="docs"><thead><tr><th>Name</th><th>Title</th><th>Date</th><th>Paragraphs</th><th>Sentences</th></tr></thead><tbody></tbody></table>
<script>
const $ = (s) => document.querySelector(s);
function el(tag, text) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }
async function api(path) { const r = await fetch(path); return r.json(); }
async function loadDocs() {
  const body = await api('/api/docs');
  const tb = $('#docs tbody');
  for (const d of body.ok ? body.data : []) {
    const tr = el('tr');
    for (const v of [d.name, d.title, d.meta.date ?? '', d.counts.paragraphs, d.counts.sentences]) tr.append(el('td', String(v)));
    tb.append(tr);
  }
}
function marked(quote, start, highlights) {
  const p = el('p'); let at = 0;
  for (const h of highlights) {
    p.append(quote.slice(at, h.start - start)); p.append(el('mark', quote.slice(h.start - start, h.end - start))); at = h.end - start;
  }
  p.append(quote.slice(at)); return p;
}
$('#f').addEventListener('submit', async (e) => {
  e.preventDefault();
  const out = $('#results'); out.replaceChildren();
  const body = await api('/api/search?limit=20&q=' + encodeURIComponent($('#q').value));
  if (!body.ok) { out.append(el('p', body.error.message)); return; }
  out.append(el('p', body.data.total + ' passages'));
  for (const h of body.data.hits) {
    const div = el('div'); div.className = 'hit';
    div.append(el('div', h.doc + ' [' + h.start + '–' + h.end + ']')); div.firstChild.className = 'where';
    div.append(marked(h.quote, h.start, h.highlights)); out.append(div);
  }
});
loadDocs();
</script>
</body></html>`;
}
