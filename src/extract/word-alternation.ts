/** A string as a regex that matches it literally: "U.S." → "U\.S\.". */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular-expression alternation of words, longest first, written as a trie: the words'
 * shared beginnings are written once ("Minister(?: of (?:Finance|Foreign Affairs)| for …)?").
 * It matches what the flat alternation `(?:w1|w2|…)` of the same words sorted longest first
 * matches, in the same order of preference, but a regex engine tries one branch per character
 * where the flat form tries every word at every position. It pays under the `i` flag, where V8
 * does not sort a flat alternation of literals out by itself (DESIGN.md, Session 19: the
 * trigger stems' scan 4.6× faster, the number words of durations a third, the trigger and
 * keyword anchors of `PatternSet` up to a fifth); a case-sensitive alternation (the titles)
 * gained nothing, so those are left flat.
 *
 * `spell` writes one character of a word as a regex (escaped by default; "-" as `[\s-]` for
 * compounds that may be spaced). The trie keeps the flat form's order only while, at every
 * branch, at most one branch can match the next character; where two could (a class beside a
 * character it contains, two classes, letters that differ only in case under `ignoreCase`),
 * the flat form is returned as it is. `anyOrder`: the order does not matter (the alternation
 * stands in a lookahead, where any word that matches will do), so the trie is always written.
 * @example wordAlternation(['Minister', 'Minister of Finance', 'Mayor']) // → '(?:M(?:inister(?: of Finance)?|ayor))'
 */
export function wordAlternation(
  words: Iterable<string>,
  { spell = escapeRegExp, ignoreCase = false, anyOrder = false }: { spell?: (c: string) => string; ignoreCase?: boolean; anyOrder?: boolean } = {},
): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const flat = `(?:${sorted.map((w) => [...w].map(spell).join('')).join('|')})`;
  const root = new Map<string, TrieNode>() as TrieNode;
  for (const w of sorted) {
    let node = root;
    for (const c of w) {
      let next = node.get(c);
      if (!next) node.set(c, (next = new Map() as TrieNode));
      node = next;
    }
    node.end = true;
  }
  return sorted.length > 1 && (anyOrder || branchesApart(root, spell, ignoreCase)) ? `(?:${trieSource(root, spell)})` : flat;
}

type TrieNode = Map<string, TrieNode> & { end?: boolean };

/** The trie as a pattern: each node's branches, then (optionally, last) the word ending there. */
function trieSource(node: TrieNode, spell: (c: string) => string): string {
  const branches = [...node].map(([c, next]) => spell(c) + trieSource(next, spell));
  if (!branches.length) return '';
  const one = branches.length === 1 && !node.end;
  return one ? branches[0]! : `(?:${branches.join('|')})${node.end ? '?' : ''}`;
}

/** Whether no two branches of any node (nor a repeated class and what follows it) can match one character. */
function branchesApart(node: TrieNode, spell: (c: string) => string, ignoreCase: boolean): boolean {
  const chars = [...node.keys()];
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 1; j < chars.length; j++) if (overlap(chars[i]!, chars[j]!, spell, ignoreCase)) return false;
    const written = spell(chars[i]!);
    // "\s+" before a character it matches could give some of it back: the flat form's order would then matter.
    if (written !== escapeRegExp(chars[i]!) && /[+*}?]$/.test(written) && [...node.get(chars[i]!)!.keys()].some((c) => overlap(chars[i]!, c, spell, ignoreCase))) return false;
  }
  return [...node.values()].every((next) => branchesApart(next, spell, ignoreCase));
}

/** Whether one character could be matched by the spellings of both `a` and `b`. */
function overlap(a: string, b: string, spell: (c: string) => string, ignoreCase: boolean): boolean {
  const plainA = spell(a) === escapeRegExp(a);
  const plainB = spell(b) === escapeRegExp(b);
  if (plainA && plainB) return a === b || (ignoreCase && (a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase() || !/^[\x20-\x7e]$/.test(a) || !/^[\x20-\x7e]$/.test(b)));
  if (!plainA && !plainB) return true;
  const [cls, c] = plainA ? [spell(b), a] : [spell(a), b];
  return new RegExp(`^(?:${cls})`, ignoreCase ? 'iu' : 'u').test(c);
}
