import { forget, get } from '../api.js';
import { h, notice } from '../dom.js';
import { href } from '../route.js';
import type { DocSummary, Envelope, UploadItem } from '../types.js';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf';
const TOKEN_KEY = 'dyad-token';

/** Sends one file with its own progress bar; answers the server's envelope (the token is never put in the URL). */
function upload(file: File, token: string, progress: HTMLProgressElement): Promise<Envelope<{ items: UploadItem[] }>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) progress.value = e.loaded / e.total;
    };
    xhr.onload = () => {
      progress.value = 1;
      try {
        resolve(JSON.parse(xhr.responseText) as Envelope<{ items: UploadItem[] }>);
      } catch {
        resolve({ ok: false, error: { code: 'BAD_RESPONSE', message: `the server answered ${xhr.status} without an envelope`, hint: '' } });
      }
    };
    xhr.onerror = () => resolve({ ok: false, error: { code: 'NETWORK', message: 'the upload did not reach the server', hint: 'Check that dyad serve is running.' } });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

async function docList(ul: HTMLElement): Promise<void> {
  const docs = (await get<DocSummary[]>('/api/docs')).data;
  ul.replaceChildren(...docs.map((d) => h('li', {}, h('a', { href: href('documents', { doc: d.name }) }, d.name), h('span', { class: 'meta' }, ` ${d.title}`))));
}

/** Drag-and-drop upload with a progress bar and the outcome per file; needs the token `dyad serve` printed. */
export async function renderAdd(root: HTMLElement): Promise<void> {
  const token = h('input', {
    type: 'password',
    autocomplete: 'current-password',
    'aria-label': 'Upload token',
    placeholder: 'the token dyad serve printed',
    value: sessionStorage.getItem(TOKEN_KEY) ?? '',
  });
  token.addEventListener('change', () => sessionStorage.setItem(TOKEN_KEY, token.value.trim()));
  const picker = h('input', { type: 'file', multiple: true, accept: ACCEPT, id: 'files', class: 'visually-hidden' });
  const zone = h('label', { class: 'dropzone', for: 'files', tabindex: '0' }, h('strong', {}, 'Drop files here'), ' or press Enter to choose (.txt, .md, .html, .pdf)');
  const results = h('ol', { class: 'uploads', 'aria-live': 'polite' });
  const docs = h('ul', { class: 'doclist' });

  const send = async (files: File[]) => {
    sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    for (const file of files) {
      const bar = h('progress', { max: 1, value: 0 });
      const status = h('span', { class: 'status' }, 'uploading…');
      const li = h('li', { 'data-file': file.name }, h('strong', {}, file.name), ' ', bar, ' ', status);
      results.append(li);
      const body = await upload(file, token.value.trim(), bar);
      if (!body.ok) {
        li.classList.add('failed');
        status.replaceChildren(notice(`${body.error?.code}: ${body.error?.message}`, 'error', body.error?.hint));
        continue;
      }
      for (const item of body.data!.items) {
        if (item.error) {
          li.classList.add('failed');
          status.replaceChildren(notice(`${item.error.code}: ${item.error.message}`, 'error', item.error.hint));
        } else {
          li.classList.add('done');
          status.replaceChildren(`${item.status}: `, h('a', { href: href('documents', { doc: item.name }) }, item.name));
        }
      }
    }
    forget();
    await docList(docs);
  };
  picker.addEventListener('change', () => void send([...(picker.files ?? [])]).then(() => (picker.value = '')));
  zone.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      picker.click();
    }
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    void send([...(e.dataTransfer?.files ?? [])]);
  });
  root.replaceChildren(
    h('h1', {}, 'Add documents'),
    h('p', {}, 'Documents go through the same ingest as ', h('code', {}, 'dyad ingest'), '. Writing needs the token ', h('code', {}, 'dyad serve'), ' printed when it started; reading needs none.'),
    h(
      'form',
      { class: 'token', onsubmit: (e) => e.preventDefault() },
      h('input', { type: 'text', name: 'username', autocomplete: 'username', value: 'dyad', hidden: true }),
      h('label', {}, 'Token ', token),
    ),
    picker,
    zone,
    results,
    h('h2', {}, 'Documents in the knowledge base'),
    docs,
  );
  await docList(docs);
}
