import type { TimeAnnotation } from '../../model/annotation.js';
import { findAbsoluteTimes } from './absolute-finder.js';
import { findRelativeTimes } from './relative-finder.js';
import { removeOverlaps, resolveRelatives } from './time-refiner.js';
import { findWeekdays, joinWeekdayDates, placeClocks } from './weekday-finder.js';
import { findReferences } from './reference-finder.js';
import { findDurations } from './duration-finder.js';
import { findDayRanges } from './day-range-finder.js';
import { findDeictic } from './deictic-finder.js';
import { findSpelledYears } from './spelled-year-finder.js';
import { findHolidays } from './holiday-finder.js';
import { findFiscalPeriods } from './fiscal-finder.js';
import { findPartYears } from './part-year-finder.js';
import { withEdges } from './edge-refiner.js';
import { dateEntryYears } from './day-headings.js';
import { followingWeekdays, rangeYears } from './range-years.js';
import { findWeekdayOrdinals } from './ordinal-day-finder.js';

export const TIME_STAGE = 'time';

/**
 * The time stage: every time expression of a text, normalised to EDTF with its TIMEX3 value.
 * `documentDate` (EDTF) anchors "last year", "on Monday"; when it names a day, the news finders
 * (weekdays, quarters, holidays, "last November") resolve against it too. Every finder's
 * candidates meet in one overlap removal: the longest reading wins.
 * @example findTimes('In 1986, … A year later, …').map(t => t.edtf) // → ['1986', '1987']
 */
export function findTimes(text: string, documentDate?: string): TimeAnnotation[] {
  // An almanac's entry year under a day-and-month heading is that day (`day-headings.ts`).
  const absolute = dateEntryYears(
    joinWeekdayDates(
      removeOverlaps([
        ...findAbsoluteTimes(text),
        ...findFiscalPeriods(text),
        ...findPartYears(text),
        ...findSpelledYears(text),
        ...findWeekdays(text, documentDate),
        ...findWeekdayOrdinals(text, documentDate),
        ...findDeictic(text, documentDate),
        ...findHolidays(text, documentDate),
        ...findDurations(text),
        ...findReferences(text),
        ...findDayRanges(text, documentDate),
      ]),
      text,
    ),
    text,
  );
  const relative = findRelativeTimes(text);
  // A range's first end takes the year its second names ("from 10 May to 19 June 1969"), and a weekday its second names is
  // the first after the first ("from Tuesday until Thursday"): `range-years.ts`.
  const ranges = followingWeekdays(rangeYears(withEdges(placeClocks(resolveRelatives(absolute, relative, documentDate, text), text), text), text), text);
  return ranges.map((t) => ({ ...t, stage: TIME_STAGE }));
}
