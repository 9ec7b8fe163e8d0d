import { describe, expect, it } from 'vitest';
import { decodeOffHeap, decodeText, decodeTextLettingGo, firstInvalidUtf8, looksBinary, normaliseText, OFF_HEAP_CHARS, offHeap } from './decode.js';

describe('decode', () => {
  it('accepts UTF-8 with Vietnamese diacritics and normalises to NFC, LF, no BOM', () => {
    const nfd = 'Phạm Minh Chính'.normalize('NFD');
    expect(decodeText(Buffer.from('\uFEFF' + nfd + '\r\nvisited Japan.\r\n'), 'x.txt')).toBe('Phạm Minh Chính\nvisited Japan.\n');
    expect(normaliseText('a\fb')).toBe('a\n\nb');
  });

  it('normalises a long text a piece at a time as it would the whole, and gives back a text already in NFC as it is', () => {
    const lines = ['Phạm Minh Chính visited Tokyo.', 'Việt Nam and Japan', 'café in Hanoi', 'Ångström units in Oslo'];
    const nfdText = Array.from({ length: 40 }, (_, i) => lines[i % lines.length]!.normalize('NFD')).join('\n');
    for (const chunk of [1, 7, 50, 1000]) expect(normaliseText(nfdText, chunk)).toBe(nfdText.normalize('NFC'));
    const already = nfdText.normalize('NFC');
    expect(normaliseText(already, 7)).toBe(already);
    expect(normaliseText('plain ASCII\nonly', 3)).toBe('plain ASCII\nonly');
  });

  it('decodes a long text a window at a time, each window ending after a line break, as it decodes the whole', () => {
    // Windows of 8 bytes: the CR LF, the decomposed "ệ", the two BOMs and the form feed fall at or across cuts.
    const bytes = Buffer.from('\uFEFFHà Nội,\r\n12 May\r\nVie\u0323\u0302t Nam\n\uFEFFsigned\fthe 𝟙 accord for €5 million.\r\n');
    const expected = 'Hà Nội,\n12 May\nViệt Nam\n\uFEFFsigned\n\nthe 𝟙 accord for €5 million.\n';
    expect(decodeOffHeap(bytes, 8)).toBe(expected);
    expect(decodeOffHeap(bytes, 1)).toBe(expected);
    expect(normaliseText(new TextDecoder('utf-8').decode(bytes))).toBe(expected);
    // One byte a character when every character is Latin-1, and a form feed growing the text past its bytes.
    expect(decodeOffHeap(Buffer.from('café\f\f\f\r\nOslo'), 3)).toBe('café\n\n\n\n\n\n\nOslo');
    expect(offHeap('Phạm Minh Chính visited Tokyo.')).toBe('Phạm Minh Chính visited Tokyo.');
  });

  it('decodes a text of OFF_HEAP_CHARS bytes or more a window at a time, with the same characters', () => {
    const line = 'In May 2004, Norway and Kenya signed an accord worth NOK 20 million (€2.4 million).\r\n';
    const bytes = Buffer.from(line.repeat(Math.ceil(OFF_HEAP_CHARS / Buffer.byteLength(line))));
    const text = decodeText(bytes, 'long.txt');
    expect(text.length).toBe((line.length - 1) * Math.ceil(OFF_HEAP_CHARS / Buffer.byteLength(line)));
    expect(text.slice(0, line.length)).toBe(line.replace('\r\n', '\nI'));
    expect(text).toBe(normaliseText(new TextDecoder('utf-8').decode(bytes)));
  });

  it('lets go of a long text’s bytes once they are decoded, before its string is made, and of no short text’s', async () => {
    const line = 'In June 2011, Chile and Peru held talks in Lima on the maritime border (Perú).\n';
    const bytes = Buffer.from(line.repeat(Math.ceil(OFF_HEAP_CHARS / Buffer.byteLength(line))));
    const expected = decodeText(bytes, 'long.txt');
    const seen: string[] = [];
    const text = await decodeTextLettingGo(bytes, 'long.txt', async () => {
      seen.push('let go');
      bytes.fill(0); // the bytes are the caller's now: what they hold no longer counts
    });
    expect(seen).toEqual(['let go']);
    expect(text).toBe(expected);
    const short = Buffer.from(line);
    expect(await decodeTextLettingGo(short, 'short.txt', async () => void seen.push('short'))).toBe(line);
    expect(seen).toEqual(['let go']);
    await expect(decodeTextLettingGo(Buffer.from([0x61, 0xff]), 'bad.txt', async () => void seen.push('bad'))).rejects.toMatchObject({ code: 'INVALID_UTF8' });
    expect(seen).toEqual(['let go']);
  });

  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(Buffer.from('Việt Nam'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3]))).toBe(1); // truncated sequence
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
  });

  it('tells binary from text', () => {
    expect(looksBinary(Buffer.from('Japan\tViet Nam\n'))).toBe(false);
    expect(looksBinary(Buffer.from([0x25, 0x50, 0x00, 0x01]))).toBe(true);
  });
});
