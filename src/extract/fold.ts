/**
 * Folds diacritics and case without changing the length, so offsets in the folded text are
 * offsets in the original: "Việt Nam" → "viet nam", "Đà Nẵng" → "da nang".
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 128) { out += c.toLowerCase(); continue; }
    if (c === 'đ' || c === 'Đ') { out += 'd'; continue; }
    const base = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += base.length === 1 ? base : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
  }
  return out;
}
