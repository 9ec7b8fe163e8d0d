import { describe, expect, it } from 'vitest';
import { makePdf } from '../../../test/helpers/pdf.js';
import { pdfLoader } from './pdf-loader.js';
import { structure } from '../segment/structure.js';

const lines = [
  "In March 1993, half a year after Japan's resumption of ODA to Viet Nam, Vo Van Kiet became the first",
  'Vietnamese prime minister to make an official visit to Japan.',
  '',
  "Japan's ODA was re-",
  'sumed in November 1992.',
];

describe('pdf loader', () => {
  it('reads the text layer, joins lines into paragraphs and hyphenated words, keeps pages apart', async () => {
    const doc = await pdfLoader.load(makePdf([lines, ['Second page.']], { title: 'A test' }), 'test.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.meta.title).toBe('A test');
    expect(doc.text).toBe(
      "In March 1993, half a year after Japan's resumption of ODA to Viet Nam, Vo Van Kiet became the first Vietnamese prime minister to make an official visit to Japan.\n\n" +
        "Japan's ODA was resumed in November 1992.\n\nSecond page.",
    );
    const { sentences } = structure(doc.text);
    expect(sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      "In March 1993, half a year after Japan's resumption of ODA to Viet Nam, Vo Van Kiet became the first Vietnamese prime minister to make an official visit to Japan.",
      "Japan's ODA was resumed in November 1992.",
      'Second page.',
    ]);
  });

  it('refuses an encrypted PDF with PDF_ENCRYPTED naming the file', async () => {
    await expect(pdfLoader.load(makePdf([['secret']], { encrypted: true }), 'locked.pdf')).rejects.toMatchObject({
      code: 'PDF_ENCRYPTED',
      message: expect.stringContaining('locked.pdf'),
    });
  });

  it('refuses a corrupt PDF with PDF_CORRUPT', async () => {
    await expect(pdfLoader.load(Buffer.from('%PDF-1.4\nthis is not a pdf body at all\n%%EOF'), 'broken.pdf')).rejects.toMatchObject({ code: 'PDF_CORRUPT' });
    await expect(pdfLoader.load(Buffer.from('hello'), 'fake.pdf')).rejects.toMatchObject({ code: 'PDF_CORRUPT', message: expect.stringContaining('fake.pdf') });
  });

  it('refuses a PDF without a text layer with PDF_NO_TEXT', async () => {
    await expect(pdfLoader.load(makePdf([[]]), 'scan.pdf')).rejects.toMatchObject({ code: 'PDF_NO_TEXT' });
  });
});
