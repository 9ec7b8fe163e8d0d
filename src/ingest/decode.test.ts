import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, looksBinary, normaliseText } from './decode.js';

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
