import { describe, expect, it } from 'vitest';
import { reportEvents } from '../../../test/helpers/events.js';

/** The acts a source's other dating tells (`+other-dating`): [trigger's start, trigger's words, date, type's PLOVER category, passage start]. */
const redated = (text: string, documentDate = '2026-05-15') =>
  reportEvents(text, documentDate)
    .filter((e) => e.rule.includes('+other-dating'))
    .map((e) => [e.triggerStart, e.trigger, e.date, e.plover, e.start]);

describe('source-datings: a source’s other dating of an act told before', () => {
  it('a source’s archive "records it as" another day: the act told before, at that day, in the sentence that gives it', () => {
    const text = "Peru and Chile signed the fisheries memorandum in Lima on 4 June 2025; the embassy's archive records it as 5 June 2025.";
    expect(redated(text)).toEqual([[text.indexOf('5 June 2025'), '5 June 2025', '2025-06-05', 'AGREE', 0]]);
  });

  it('"other accounts say" another day; a chronology "dates it" to another day', () => {
    const a = 'The navy detained the trawler on 2 October 1978, although other accounts say 30 September 1978.';
    expect(redated(a)).toEqual([[a.indexOf('30 September'), '30 September 1978', '1978-09-30', 'COERCE', 0]]);
    const b = 'Chile and Bolivia signed the railway protocol in La Paz on 10 May 1982. A later chronology dates it to 12 May 1982.';
    expect(redated(b).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([[b.indexOf('12 May'), '1982-05-12', 'AGREE', b.indexOf('A later')]]);
  });

  it.each([
    ['a document that gives a deadline', 'The agreement gives 2030 as the deadline for the new crossing, which Chile and Peru agreed in May 2025.'],
    ['a later act, no other dating', 'Chile and Peru signed the accord on 4 June 2025. Officials said the new crossing would open in 2027.'],
    ['a source that dates the same day again', 'Peru and Chile signed the memorandum on 4 June 2025; the embassy’s archive records it as 4 June 2025.'],
    ['no act told before in the paragraph', 'Other accounts say 30 September 1978.'],
    ['the date of the saying, not of the act', 'Peru and Chile signed a port accord in Lima on 2 April 2025. Government sources said on 5 April 2025 that the deal was at risk.'],
    ['a record giving the year of a figure', 'Chile and Peru signed a customs memorandum in Arica on 9 June 2025. Port records list 2018 as the busiest year for the crossing.'],
    ['a record giving the year of another act', 'Chile and Peru established diplomatic relations in 1883. Some sources give 1885 as the date the first legation opened.'],
    ['a named noun that matches no act', 'Chile and Peru signed a rail accord in Tacna on 1 July 2025. The regional archive dates the old survey map to 1911.'],
    ['a record’s own date', 'The joint fisheries board met in Iquique on 3 May 2025. The minutes are dated 7 May 2025.'],
    ['a letter "dated the" day: a record’s own date', 'Chile and Peru signed a water memorandum on 2 June 2025. The ratification letter was dated the 9th of June 2025.'],
    ['"<date> as the year X" where X’s verb names another act', 'Chile and Peru signed the border accord in 2010. Records give 2011 as the year the accord entered into force.'],
    ['the same dating at a coarser grain', 'Chile and Peru signed the air services accord on 4 June 2025; the archive records it as June 2025.'],
    ['minutes that record a day are no source of another dating', 'Chile and Peru signed the cultural accord on 1 March 2019. The minutes record 3 March 2019.'],
  ])('must not: %s', (_, text) => expect(redated(text)).toEqual([]));

  it('a dated noun that names the object of the act told before ("signed a decree" … "dates the decree to")', () => {
    const text = 'Peru’s president signed a decree on port fees in 1931, the official gazette reported. A later archive dates the decree to 1932.';
    expect(redated(text)).toEqual([[text.indexOf('1932'), '1932', '1932', 'AGREE', text.indexOf('A later')]]);
  });

  it('"<date> as the year <X>" where X names the act told before', () => {
    const text = 'Chile and Peru signed the maritime accord in Lima in 2014. Some records give 2015 as the year the accord was signed.';
    expect(redated(text).map((r) => [r[0], r[2], r[3]])).toEqual([[text.indexOf('2015'), '2015', 'AGREE']]);
  });
});
