import type { TimeAnnotation, Timex3 } from '../../model/annotation.js';

/** A TIMEX3 as TimeML writes it: its extent in the text and its attributes. */
export interface Timex3Span extends Timex3 {
  start: number;
  end: number;
  text: string;
}

/** Words TimeML marks as SIGNALs, outside the TIMEX3 extent: "since 1986" tags "1986". */
const SIGNAL = /^(?:since|from|after|until|till|up to|in|on|by|during|as of|before)\s+/i;
/** "from 1995 to 2008", "between 1990 and 2004": TimeML tags each end as a DATE of its own. */
const WORDED_RANGE = /^(?:from|between)\s+(.+?)\s+(?:to|until|till|through|and)\s+(.+)$/i;
/** "April 24 and 25", "16 and 17 March 2023": two days joined by "and" are two DATEs in TimeML, as a worded range's ends are. */
const DAY_PAIR = /^(.+?)\s+and\s+(.+)$/i;

/**
 * The TIMEX3 elements of a time annotation, for scoring against TimeML. Our annotation keeps
 * the words that change its meaning ("since 1986" is the open interval 1986/..), while TimeML
 * leaves prepositions to SIGNAL tags and tags each end of a worded range separately.
 * @example timex3Of({ text: 'since 1986', start: 10, timex: { type: 'DATE', value: '1986', mod: 'ON_OR_AFTER' }, … })
 *   // → [{ text: '1986', start: 16, end: 20, type: 'DATE', value: '1986', mod: 'ON_OR_AFTER' }]
 */
export function timex3Of(t: Pick<TimeAnnotation, 'start' | 'end' | 'text' | 'timex'>): Timex3Span[] {
  const range = WORDED_RANGE.exec(t.text) ?? (/^P\d+D$/.test(t.timex.value) ? DAY_PAIR.exec(t.text) : null);
  if (range && t.timex.beginPoint && t.timex.endPoint) {
    const first = t.start + t.text.indexOf(range[1]!);
    const second = t.start + t.text.lastIndexOf(range[2]!);
    return [
      { start: first, end: first + range[1]!.length, text: range[1]!, type: 'DATE', value: t.timex.beginPoint },
      { start: second, end: second + range[2]!.length, text: range[2]!, type: 'DATE', value: t.timex.endPoint },
    ];
  }
  const signal = SIGNAL.exec(t.text);
  const cut = signal ? signal[0].length : 0;
  const { beginPoint: _b, endPoint: _e, ...attrs } = t.timex;
  return [{ ...(t.timex.type === 'DURATION' ? t.timex : attrs), start: t.start + cut, end: t.end, text: t.text.slice(cut) }];
}
