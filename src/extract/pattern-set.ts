import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { wordAlternation } from './word-alternation.js';

/** A literal a match may begin with; `open` while the pattern's next element can still extend it. */
interface Start {
  text: string;
  open: boolean;
}

/** More starts than this and a pattern is scanned in full: the prefilter would cost more than it saves. */
const MAX_STARTS = 256;

/** A character matched as itself: ASCII, or a caseless character ("¥"), which case-insensitive matching leaves alone. */
function literal(value: number): string | undefined {
  const c = String.fromCodePoint(value);
  return value < 128 || (c.toLowerCase() === c && c.toUpperCase() === c) ? c.toLowerCase() : undefined;
}

/**
 * The literals every match of one element begins with, or undefined when it may begin with
 * any character. A small class ("[Ww]") is as good as its characters.
 */
function elementStarts(el: AST.Element): Start[] | undefined {
  switch (el.type) {
    case 'Character': {
      const c = literal(el.value);
      return c === undefined ? undefined : [{ text: c, open: true }];
    }
    case 'CharacterClass': {
      if (el.negate) return undefined;
      const chars: string[] = [];
      for (const e of el.elements) {
        const from = e.type === 'Character' ? e.value : e.type === 'CharacterClassRange' ? e.min.value : -1;
        const to = e.type === 'Character' ? e.value : e.type === 'CharacterClassRange' ? e.max.value : -1;
        if (from < 0 || to - from > 8) return undefined;
        for (let v = from; v <= to; v++) {
          const c = literal(v);
          if (c === undefined) return undefined;
          chars.push(c);
        }
      }
      return [...new Set(chars)].map((text) => ({ text, open: true }));
    }
    case 'Group':
    case 'CapturingGroup': {
      const alternatives = el.alternatives.map((a) => startsOf(a.elements));
      return alternatives.some((a) => a === undefined) ? undefined : (alternatives.flat() as Start[]);
    }
    default:
      return undefined;
  }
}

/**
 * The literals every match of these elements begins with, lower-cased, or undefined when a
 * match may begin with any character (a class, `\w`, a wildcard). Zero-width assertions
 * (`\b`, lookarounds) consume nothing and are passed over; an optional element adds the
 * starts of what follows it.
 */
function startsOf(elements: AST.Element[]): Start[] | undefined {
  let starts: Start[] = [{ text: '', open: true }];
  const extend = (next: Start[]) => {
    starts = starts.flatMap((s) => (s.open ? next.map((n) => ({ text: s.text + n.text, open: n.open })) : [s]));
  };
  for (const el of elements) {
    if (!starts.some((s) => s.open)) break;
    if (el.type === 'Assertion') continue;
    const quantified = el.type === 'Quantifier' ? el : undefined;
    const inner = elementStarts(quantified ? quantified.element : el);
    if (!inner) return closeOrGiveUp(starts);
    if (!quantified) extend(inner);
    else {
      // "x?" may be absent, "x+" repeats: only one "x" at most is known to be literal.
      const once = quantified.max === 1 ? inner : inner.map((s) => ({ text: s.text, open: false }));
      extend(quantified.min === 0 ? [...once, { text: '', open: true }] : once);
    }
    if (starts.length > MAX_STARTS) return undefined;
  }
  return starts;
}

/** Ends every start at the current element; undefined if some start is still empty. */
function closeOrGiveUp(starts: Start[]): Start[] | undefined {
  return starts.some((s) => s.text === '') ? undefined : starts.map((s) => ({ text: s.text, open: false }));
}

const parser = new RegExpParser();

/** The shortest literal starts of a pattern's matches, lower-cased, or undefined if it has none worth searching for. */
export function literalStarts(re: RegExp): string[] | undefined {
  // Unicode case folding matches non-ASCII characters to ASCII letters ("K", the Kelvin sign); lower-casing would not.
  if (re.flags.includes('u') && re.flags.includes('i')) return undefined;
  const pattern = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.unicode, unicodeSets: re.flags.includes('v') });
  const starts = startsOf([{ type: 'Group', alternatives: pattern.alternatives } as unknown as AST.Group]);
  if (!starts || starts.some((s) => s.text.length < 2)) return undefined;
  // A start that extends another adds nothing: wherever "joint statements" begins, "joint statement" does.
  const kept: string[] = [];
  for (const s of [...new Set(starts.map((x) => x.text))].sort((a, b) => a.length - b.length)) if (!kept.some((k) => s.startsWith(k))) kept.push(s);
  return kept;
}

export { escapeRegExp } from './word-alternation.js';

/**
 * Global regular expressions searched together, each giving exactly the matches
 * `text.matchAll(re)` gives. One scan finds where any pattern's literal start occurs ("upgrad"
 * for /\bupgrad\w*\b…/); each pattern is then tried only there. A pattern that may begin with
 * any character is scanned in full. Prefiltering by required literals is what regex engines
 * built for many patterns do (Hyperscan, Rust's regex crate).
 */
export class PatternSet {
  private readonly sticky: RegExp[];
  private readonly full: number[] = [];
  /** Each literal start with its patterns, under its first two characters. */
  private readonly byHead = new Map<string, { start: string; patterns: number[] }[]>();
  private readonly anchor: RegExp | undefined;
  private readonly longest: number;

  constructor(readonly patterns: RegExp[]) {
    this.sticky = patterns.map(stickyOf);
    const byStart = new Map<string, number[]>();
    patterns.forEach((re, i) => {
      const starts = literalStarts(re);
      if (!starts) return void this.full.push(i);
      for (const s of starts) byStart.set(s, [...(byStart.get(s) ?? []), i]);
    });
    for (const [start, ids] of byStart) {
      const head = start.slice(0, 2);
      this.byHead.set(head, [...(this.byHead.get(head) ?? []), { start, patterns: ids }]);
    }
    const starts = [...byStart.keys()];
    this.longest = Math.max(0, ...starts.map((s) => s.length));
    // Written as a trie: a flat alternation of hundreds of starts was tried start by start at every position.
    this.anchor = starts.length ? new RegExp(`(?=${wordAlternation(starts, { ignoreCase: true, anyOrder: true })})`, 'gi') : undefined;
  }

  /** The matches of each pattern in `text`, in the patterns' order. */
  matchAll(text: string): RegExpExecArray[][] {
    const out: RegExpExecArray[][] = this.patterns.map(() => []);
    for (const i of this.full) {
      const re = this.patterns[i]!;
      re.lastIndex = 0;
      out[i] = [...text.matchAll(re)] as RegExpExecArray[];
    }
    if (!this.anchor) return out;
    const candidates: number[][] = this.patterns.map(() => []);
    const lower = text.toLowerCase();
    // Lower-casing may change a string's length; then positions would not carry over.
    const sameLength = lower.length === text.length;
    this.anchor.lastIndex = 0;
    for (const m of text.matchAll(this.anchor)) {
      const at = m.index!;
      const source = sameLength ? lower : text.slice(at, at + this.longest).toLowerCase();
      const from = sameLength ? at : 0;
      for (const { start, patterns } of this.byHead.get(source.slice(from, from + 2)) ?? []) {
        if (!source.startsWith(start, from)) continue;
        for (const i of patterns) {
          const list = candidates[i]!;
          if (list[list.length - 1] !== at) list.push(at);
        }
      }
    }
    candidates.forEach((positions, i) => out[i]!.push(...matchesAt(this.sticky[i]!, text, positions)));
    return out;
  }
}

/** A global pattern's sticky twin, which matches only where it is told to. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

/**
 * The matches `text.matchAll(re)` gives, found by trying the sticky pattern only at `starts`
 * (ascending), which must hold every place where a match of it may begin: each is tried
 * after the previous match's end, as `matchAll` resumes there.
 * @example matchesAt(/\d+/y, 'a 12 b 3', [2, 3, 7]) // → matches "12" at 2 and "3" at 7
 */
export function matchesAt(sticky: RegExp, text: string, starts: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    end = m[0].length ? at + m[0].length : at + 1;
  }
  return out;
}
