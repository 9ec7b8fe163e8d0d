import { get } from '../api.js';
import { citationView, errorText, h, notice } from '../dom.js';
import { update } from '../route.js';
import type { Answer } from '../types.js';

/** A question box; the answer with its citations highlighted in their documents; conflicts side by side. URL: q. */
export async function renderAsk(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: q, 'aria-label': 'Question', placeholder: 'When did … ? Who … ? How much … ?', maxlength: 500 });
  const form = h(
    'form',
    {
      class: 'ask',
      role: 'search',
      onsubmit: (ev) => {
        ev.preventDefault();
        update({ q: input.value.trim() });
      },
    },
    input,
    h('button', { type: 'submit' }, 'Ask'),
  );
  const out = h('div', { class: 'answer', 'aria-live': 'polite' });
  root.replaceChildren(h('h1', {}, 'Ask'), form, out);
  if (!q) {
    out.append(notice('Ask a question in plain English; the answer cites the passages that support it.'));
    return;
  }
  let a: Answer;
  try {
    a = (await get<Answer>('/api/ask', { q })).data;
  } catch (err) {
    out.append(notice(errorText(err), 'error'));
    return;
  }
  if (a.status === 'not_in_corpus') {
    out.append(
      h('p', { class: 'status not-in-corpus' }, 'The documents do not answer this question.'),
      h('p', { class: 'meta' }, `Nothing was guessed (the closest passage covered ${Math.round(a.confidence * 100)}% of the question).`),
    );
    return;
  }
  out.append(h('p', { class: `status ${a.status}` }, h('strong', {}, a.answer ?? ''), h('span', { class: 'meta' }, ` · confidence ${Math.round(a.confidence * 100)}% · from ${a.route}`)));
  if (a.status === 'conflict') {
    out.append(h('div', { class: 'claims' }, ...a.claims.map((c) => h('section', { class: 'claim' }, h('h2', {}, c.answer), ...c.citations.map((ci) => citationView(ci))))));
  } else out.append(...a.citations.map((c) => citationView(c)));
}
