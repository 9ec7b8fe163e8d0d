import type { TimeAnnotation } from '../../model/annotation.js';
import { ORDINAL, quarter, season } from './deictic-finder.js';
import { DASH, SEASON_WORD, YEAR, pad } from './patterns.js';

type Found = Omit<TimeAnnotation, 'stage'>;
type Mod = 'START' | 'MID' | 'END';

/**
 * Parts of a named year that no other finder reads: seasons with their year ("in the summer of
 * 2019", "spring 2018", "the 2016 summer", "winter 2020–21", "early summer 2016"), quarters with
 * their year in a text with no date of its own ("the third quarter of 2021"), and halves counted
 * in quarters ("the first two quarters of 1990" is TimeML's `1990-H1`).
 *
 * EDTF level 2 writes seasons, quarters and halves as sub-year groupings (`2019-22`,
 * `2023-35`, `2023-40`), but the project's EDTF check (`isEdtf`, levels 0 and 1) takes only the
 * seasons 21–24, and every stage that compares dates reads months: so the EDTF is the months
 * the part covers (`2019-06/2019-08`, a winter into the next year), as the deictic seasons and
 * the quarters already are, and the TIMEX3 value carries the part (`2019-SU`, `2023-Q3`).
 */
const EDGE = '(?:(early|mid-?|late)[\\s-]+)?';
/** A split year after a winter: "2020–21", "2020/21", "2020-2021". */
const SPLIT = `(?:\\s*(?:${DASH}|/)\\s*(\\d{2}|${YEAR}))?`;

const MODS: Record<string, Mod> = { early: 'START', mid: 'MID', 'mid-': 'MID', late: 'END' };

/** "the summer of 2019", "Summer 2019", "early spring 2018", "winter 2020–21": the season is said before its year. */
const SEASON_THEN_YEAR = new RegExp(`\\b(?:[Tt]he\\s+)?${EDGE}(${SEASON_WORD})\\s+(?:of\\s+)?(${YEAR})${SPLIT}\\b(?![${DASH.slice(1, -1)}/]?\\d)`, 'gi');
/** "the 2016 summer", "during the 1990 winter": lower case only, so "the 2020 Summer Olympics" is a name. */
const YEAR_THEN_SEASON = new RegExp(`\\b(?:[Tt]he\\s+)(${YEAR})\\s+(${SEASON_WORD})\\b(?!\\s+[A-Z])`, 'g');
/** "the third quarter of 2021", "the 4th quarter of 1998": a quarter with its year, which needs no report's date. */
const QUARTER_OF_YEAR = new RegExp(`\\b(?:[Tt]he\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter\\s+of\\s+(${YEAR})\\b`, 'gi');
/** "the first two quarters of 1990", "the last two quarters of 2021": a half. */
const TWO_QUARTERS = new RegExp(`\\b(?:[Tt]he\\s+)?(first|last|second)\\s+two\\s+quarters\\s+of\\s+(${YEAR})\\b`, 'g');

function seasonFound(m: RegExpMatchArray, year: number, name: string, edge: string | undefined, rule: string): Found {
  const built = season(year, name.toLowerCase() === 'autumn' ? 'fall' : name.toLowerCase());
  const mod = edge ? MODS[edge.toLowerCase().replace(/\s+$/, '')] : undefined;
  return {
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
    rule,
    edtf: built.edtf,
    granularity: built.granularity,
    timex: { ...built.timex, ...(mod ? { mod } : {}) },
  };
}

/**
 * Finds seasons with their year and halves counted in quarters.
 * @example findPartYears('The talks resumed in the summer of 2019.')[0] // → { text: 'the summer of 2019', edtf: '2019-06/2019-08', timex: { type: 'DATE', value: '2019-SU' }, … }
 */
export function findPartYears(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(SEASON_THEN_YEAR)) {
    const year = Number(m[3]);
    // A split year is a winter's ("winter 2020–21"); after another season it is a range of years, not this finder's.
    if (m[4]) {
      const second = m[4].length === 4 ? Number(m[4]) : Math.floor(year / 100) * 100 + Number(m[4]);
      if (m[2]!.toLowerCase() !== 'winter' || second !== year + 1) continue;
    }
    out.push(seasonFound(m, year, m[2]!, m[1], 'season-year'));
  }
  for (const m of text.matchAll(YEAR_THEN_SEASON)) out.push(seasonFound(m, Number(m[1]), m[2]!, undefined, 'year-season'));
  for (const m of text.matchAll(QUARTER_OF_YEAR)) {
    const q = quarter(Number(m[2]), ORDINAL[m[1]!.toLowerCase()]!);
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], rule: 'quarter-of-year', edtf: q.edtf, granularity: q.granularity, timex: q.timex });
  }
  for (const m of text.matchAll(TWO_QUARTERS)) {
    const year = Number(m[2]);
    const h = m[1]!.toLowerCase() === 'first' ? 1 : 2;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      rule: 'two-quarters',
      edtf: `${year}-${pad(h * 6 - 5)}/${year}-${pad(h * 6)}`,
      granularity: 'season',
      timex: { type: 'DATE', value: `${year}-H${h}` },
    });
  }
  return out;
}
