import type { Loader } from './loader.js';
import { decodeTextLettingGo, OFF_HEAP_CHARS, offHeap } from '../decode.js';
import { DyadError } from '../../model/errors.js';
import type { DocumentMeta } from '../../model/document.js';
import { metadataDate } from '../document-date.js';

function emptyCheck(text: string, file: string): void {
  if (text.trim() === '') throw new DyadError('EMPTY_DOCUMENT', `${file}: the file is empty or holds only whitespace`, { file });
}

/** Plain text. Markdown-style headings, lists and tables in it are still recognised by the segmenter. */
export const textLoader: Loader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  async load(bytes, file, letGo) {
    const text = await decodeTextLettingGo(bytes, file, letGo);
    emptyCheck(text, file);
    return { text, format: 'text', meta: {}, warnings: [] };
  },
};

/** Markdown, stored as written so that every citation quotes the source exactly. */
export const markdownLoader: Loader = {
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  async load(bytes, file, letGo) {
    let text = await decodeTextLettingGo(bytes, file, letGo);
    emptyCheck(text, file);
    const meta: DocumentMeta = {};
    // YAML front matter is metadata, not text: blank it out so offsets stay those of the file.
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (front) {
      const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1]!)?.[1];
      if (title) meta.title = title;
      // Static site generators' names for the publication date (Jekyll, Hugo, Eleventy, Astro).
      const date = metadataDate(/^(?:date|published|pubDate|publishDate|publish_date):\s*["']?(.+?)["']?\s*$/m.exec(front[1]!)?.[1]);
      if (date) Object.assign(meta, { date, dateFrom: 'metadata' });
      text = ' '.repeat(front[0].length - 1) + '\n' + text.slice(front[0].length);
      // A long text is kept off V8's heap (see `decodeText`); the joined one would be on it.
      if (text.length >= OFF_HEAP_CHARS) text = offHeap(text);
    }
    return { text, format: 'markdown', meta, warnings: [] };
  },
};
