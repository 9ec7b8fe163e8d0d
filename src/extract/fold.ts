const folded = new Map<string, string>();

/** One character folded: ASCII lower-cased, diacritics stripped, "đ" → "d"; never longer than one unit. */
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    if (c === 'đ' || c === 'Đ') f = 'd';
    else {
      const base = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      f = base.length === 1 ? base : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
    }
    folded.set(c, f);
  }
  return f;
}

/**
 * Folds diacritics and case without changing the length, so offsets in the folded text are
 * offsets in the original: "Việt Nam" → "viet nam", "Đà Nẵng" → "da nang".
 */
export function fold(text: string): string {
  return text.replace(/[A-Z]|[^\x00-\x7f]/g, foldChar);
}
