import { MONTH } from './time/patterns.js';

/**
 * A month, a season, a part of a year or a fiscal year opening a bracket: "(March 1961)", "(Spring 2004)",
 * "(Early 1975)", "(FY 2019)" date what stands before them, and cite no one.
 */
const DATE_OPENING = `(?!(?:${MONTH}|Spring|Summer|Autumn|Fall|Winter|Early|Late|Mid|End|FY)\\s)`;

/**
 * Author–year citations: "(Shiraishi, 2004)", "(MOFA., 2019)", "(Jenkins & Rubin, 2022a)",
 * "(Kimura et al., 2023: 21-50)". Their years are not time expressions and their numbers are not
 * quantities. A parenthesis with ordinary lower-case words in it is prose, not a citation, and so
 * is one opened by a month or a season (session 16).
 */
export const CITATION = new RegExp(
  String.raw`\((?:see\s+)?${DATE_OPENING}[\p{Lu}][\p{L}.'’-]*[\s,]+(?:(?:[\p{Lu}][\p{L}.'’-]*|&|and|of|for|the|et al\.?|ed\.?|eds\.?|cited in)[\s,]+){0,7}(?:1[5-9]|20)\d\d[a-z]?(?:[;,:]\s*(?:pp?\.\s*)?[\d–-]+)?(?:;\s*[^()]{1,80})?\)`,
  'gu',
);

/** Spans of citations, URLs, HTML tags and Markdown links: places where numbers mean nothing. */
export function nonProseSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const re of [CITATION, /(?:https?:\/\/|www\.)\S+/g, /<[^>\n]{1,200}>/g, /\[[^\]\n]{0,200}\]\([^)\n]*\)/g]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}
