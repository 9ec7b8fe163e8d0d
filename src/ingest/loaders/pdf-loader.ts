import { getDocumentProxy } from 'unpdf';
import type { Loader } from './loader.js';
import type { Warning } from '../../model/document.js';
import { DyadError } from '../../model/errors.js';
import { normaliseText } from '../decode.js';
import { metadataDate, pdfDate } from '../document-date.js';

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

/**
 * Lines of one page, with a blank line where the vertical gap between lines is much larger
 * than the line height (a new paragraph). Words hyphenated across lines are joined.
 */
function pageText(items: TextItem[]): string {
  const lines: { text: string; y: number; h: number }[] = [];
  let current = '';
  let y = NaN;
  let h = 0;
  for (const item of items) {
    if (current === '' && item.transform) {
      y = item.transform[5] ?? NaN;
      h = item.height ?? 0;
    }
    current += item.str;
    if (item.hasEOL) {
      lines.push({ text: current, y, h });
      current = '';
    }
  }
  if (current.trim()) lines.push({ text: current, y, h });
  let out = '';
  lines.forEach((line, i) => {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (i === 0) {
      out = text;
      return;
    }
    const prev = lines[i - 1]!;
    const gap = Math.abs(prev.y - line.y);
    const height = Math.max(prev.h, line.h, 1);
    if (!text) {
      out += '\n\n';
      return;
    }
    if (gap > height * 1.8 || out.endsWith('\n\n')) out = out.replace(/\s*$/, '\n\n') + text;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(text)) out = out.slice(0, -1) + text;
    else out += ' ' + text;
  });
  return out;
}

function pdfError(err: unknown, file: string): DyadError {
  const name = (err as { name?: string })?.name ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new DyadError('PDF_ENCRYPTED', `${file}: the PDF is encrypted and needs a password`, { file, cause: err });
  }
  return new DyadError('PDF_CORRUPT', `${file}: the PDF cannot be read (${message})`, { file, cause: err });
}

/** PDF text layer, page by page; a page that cannot be read becomes a warning, not a failure. */
export const pdfLoader: Loader = {
  format: 'pdf',
  extensions: ['.pdf'],
  async load(bytes, file) {
    if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
      throw new DyadError('PDF_CORRUPT', `${file}: not a PDF (no %PDF- header)`, { file });
    }
    let pdf;
    try {
      // pdf.js detaches the buffer it is given: hand it a copy.
      pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
    } catch (err) {
      throw pdfError(err, file);
    }
    const warnings: Warning[] = [];
    const pages: string[] = [];
    try {
      for (let n = 1; n <= pdf.numPages; n++) {
        try {
          const page = await pdf.getPage(n);
          const content = await page.getTextContent();
          pages.push(pageText(content.items as TextItem[]));
        } catch (err) {
          warnings.push({ code: 'PDF_PAGE_UNREADABLE', message: `${file}: page ${n} could not be read (${err instanceof Error ? err.message : String(err)})` });
        }
      }
      const metadata = await pdf.getMetadata().catch(() => null);
      const info = metadata?.info as Record<string, unknown> | undefined;
      const text = normaliseText(pages.filter((p) => p.trim()).join('\n\n'));
      if (!text.trim()) {
        throw new DyadError('PDF_NO_TEXT', `${file}: the PDF has ${pdf.numPages} page(s) but no text layer`, { file });
      }
      const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
      const author = typeof info?.Author === 'string' && info.Author.trim() ? info.Author.trim() : undefined;
      // The day the file was made: the info dictionary's, else its XMP packet's (pdf.js names XMP elements in lower case); never
      // ModDate, the day the file was last saved, which says nothing of when its text was published.
      const xmp = (name: string) => metadata?.metadata?.get(name) ?? undefined;
      const fileDate = pdfDate(info?.CreationDate) ?? metadataDate(xmp('xmp:createdate') as string | undefined);
      return {
        text,
        format: 'pdf',
        meta: { ...(title ? { title } : {}), ...(author ? { authors: [{ literal: author }] } : {}) },
        warnings,
        ...(fileDate ? { fileDate } : {}),
      };
    } finally {
      await pdf.destroy();
    }
  },
};
