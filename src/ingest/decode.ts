import { DyadError } from '../model/errors.js';

/**
 * Offset of the first byte that is not valid UTF-8, or -1 when the whole buffer is valid.
 * @example firstInvalidUtf8(Buffer.from([0x61, 0xff])) // → 1
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** True when the bytes look like binary data: a NUL byte, or many control characters, in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * Normalises text so offsets are stable: Unicode NFC, LF line ends, no BOM, no NUL,
 * non-breaking spaces kept (they are text), form feeds turned into blank lines (page breaks).
 * @example normaliseText('\uFEFFa\r\nb') // → 'a\nb'
 */
export function normaliseText(text: string, chunk = NFC_CHUNK): string {
  return nfc(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/\f/g, '\n\n'),
    chunk,
  );
}

/** Characters normalised at a time: ICU copies what it normalises several times over, so a 100 MB text is done a piece at a time. */
const NFC_CHUNK = 1 << 20;

/**
 * NFC a piece at a time, each piece ending before a line break (a line break composes with
 * nothing, so the pieces normalise as the whole does); the text itself when no piece changes,
 * so an already normalised text (nearly every one) is never copied. ASCII is skipped outright.
 * @example nfc('e\u0301\nx', 2) // → 'é\nx'
 */
export function nfc(text: string, chunk = NFC_CHUNK): string {
  // ASCII is already NFC.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  // Pieces are kept only from the first one that changes (before it, the text's own slice).
  let pieces: string[] | undefined;
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + chunk);
    if (end < text.length) {
      const br = text.indexOf('\n', end);
      end = br < 0 ? text.length : br;
    }
    const piece = text.slice(at, end);
    const normal = piece.normalize('NFC');
    if (normal !== piece) pieces ??= [text.slice(0, at)];
    pieces?.push(normal === piece ? piece : normal);
    at = end;
  }
  return pieces ? pieces.join('') : text;
}

/** Decodes a text file's bytes as UTF-8, refusing binary data and invalid UTF-8 with errors that name the file. */
export function decodeText(bytes: Uint8Array, file: string): string {
  checkText(bytes, file);
  return bytes.length >= OFF_HEAP_CHARS ? decodeOffHeap(bytes) : normaliseText(new TextDecoder('utf-8').decode(bytes));
}

/**
 * `decodeText`, with the bytes let go of (`letGo`, awaited) once a long text is decoded into its
 * buffer and before the buffer becomes the text's string: the bytes, the buffer and the string
 * (for a text outside Latin-1, 1 + 2 + 2 times the file) are then never alive at once.
 * @example await decodeTextLettingGo(bytes, 'a.txt', async () => release(bytes)) // → the text
 */
export async function decodeTextLettingGo(bytes: Uint8Array, file: string, letGo?: () => Promise<void>): Promise<string> {
  checkText(bytes, file);
  if (bytes.length < OFF_HEAP_CHARS) return normaliseText(new TextDecoder('utf-8').decode(bytes));
  const written = writeOffHeap(bytes);
  await letGo?.();
  return stringOf(written);
}

/** Refuses binary data and invalid UTF-8, naming the file. */
function checkText(bytes: Uint8Array, file: string): void {
  if (looksBinary(bytes)) {
    throw new DyadError('BINARY_CONTENT', `${file}: the file holds binary data, not text`, { file });
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    throw new DyadError('INVALID_UTF8', `${file}: not valid UTF-8 (first bad byte 0x${bytes[bad]!.toString(16)} at byte offset ${bad})`, { file });
  }
}

/**
 * A text of at least this many characters (4 MiB) is kept outside V8's heap (`offHeap`): V8 lets
 * its heap grow past what it last kept alive by a share of it (`serve/cli/heap.ts`), so a 100 MB
 * text on the heap (200 MB as UTF-16) would also let 200 MB of garbage pile up before a collection.
 */
export const OFF_HEAP_CHARS = 4 << 20;

/** Whether UTF-8 bytes hold only code points below U+0100 (a byte from 0xC4 up starts a higher one), so the text fits one byte a character. */
function latin1Only(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xc4) return false;
  return true;
}

/**
 * Node keeps a string made from a buffer of a megabyte or more outside V8's heap (an external
 * string): the text is written into a buffer, one byte a character when every character fits
 * (Latin-1) and two otherwise, and made a string from there.
 */
function stringOf({ out, length, oneByte }: Written): string {
  return out.toString(oneByte ? 'latin1' : 'utf16le', 0, length);
}

/** Text written into a buffer: its first `length` bytes, one a character (`oneByte`) or two. */
interface Written {
  out: Buffer;
  length: number;
  oneByte: boolean;
}

/**
 * A long text as `offHeap` keeps it: the same characters, stored outside V8's heap (a copy).
 * @example offHeap(longText) === longText // → true
 */
export function offHeap(text: string): string {
  let oneByte = true;
  for (let i = 0; i < text.length && oneByte; i += 4096) oneByte = !/[^\x00-\xff]/.test(text.slice(i, i + 4096));
  const out = Buffer.allocUnsafeSlow(text.length * (oneByte ? 1 : 2));
  return stringOf({ out, length: out.write(text, 0, oneByte ? 'latin1' : 'utf16le'), oneByte });
}

/**
 * `normaliseText(decode(bytes))` for a long text, without the whole text ever on V8's heap: the
 * bytes are decoded and normalised a piece of about `piece` bytes at a time, each piece ending
 * after a line break (so no CR LF, UTF-8 sequence or NFC composition is cut), into a buffer that
 * becomes an external string (`stringOf`). Only the first piece may begin with a byte order mark.
 * @example decodeOffHeap(Buffer.from('\uFEFFa\r\nb'), 2) // → 'a\nb'
 */
export function decodeOffHeap(bytes: Uint8Array, piece = NFC_CHUNK): string {
  return stringOf(writeOffHeap(bytes, piece));
}

/** The decoding of `decodeOffHeap`, written into a buffer. */
function writeOffHeap(bytes: Uint8Array, piece = NFC_CHUNK): Written {
  const oneByte = latin1Only(bytes);
  const unit = oneByte ? 1 : 2;
  // A character takes at least as many bytes in UTF-8 as units in UTF-16; a form feed (two line
  // breaks) or a rare NFC expansion can take more: the buffer grows then.
  let out = Buffer.allocUnsafeSlow(bytes.length * unit);
  let length = 0;
  let decoder = new TextDecoder('utf-8');
  for (let from = 0; from < bytes.length;) {
    let to = Math.min(bytes.length, from + piece);
    if (to < bytes.length) {
      const nl = bytes.indexOf(0x0a, to - 1);
      to = nl < 0 ? bytes.length : nl + 1;
    }
    let s = decoder.decode(bytes.subarray(from, to)).replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n');
    if (from === 0) s = s.replace(/^\uFEFF/, '');
    // Latin-1 characters are all in NFC.
    if (!oneByte) s = s.normalize('NFC');
    if ((length + s.length) * unit > out.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max((length + s.length) * unit, Math.ceil(out.length * 1.25)));
      out.copy(bigger, 0, 0, length * unit);
      out = bigger;
    }
    length += out.write(s, length * unit, oneByte ? 'latin1' : 'utf16le') / unit;
    // The decoder strips a byte order mark at the start of what it decodes: past the first piece, one is text.
    if (from === 0) decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    from = to;
  }
  return { out, length: length * unit, oneByte };
}
