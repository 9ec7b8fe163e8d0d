import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** An almanac written for these tests in the manner of an online "On this day" page; revised 3 March 2026. */
const DCT = '2026-03-03';

const almanac = [
  '# Norway and Sweden: On This Day',
  '',
  '*Entries arranged by calendar day. Revised 3 March 2026.*',
  '',
  '## 7 June',
  '',
  '**1905** – The Storting declares the union with Sweden dissolved. The same month Stockholm refuses to recognise the step.',
  '',
  '## 26 October',
  '',
  '**1905** – King Oscar II renounces the Norwegian throne.',
  '',
  '- **1994**: Sweden and Norway sign a border river agreement in Oslo.',
  '',
  '## Further reading',
  '',
  '**1998** – A history of the union is published in Bergen.',
  '',
].join('\n');

function times(text: string) {
  return findTimes(text, DCT).map((t) => [t.start, t.text, t.edtf]);
}

describe("an almanac's entry year under a day-and-month heading is that day (session 36)", () => {
  it('dates the year at the head of each entry with the heading above it, the span staying the year', () => {
    const found = times(almanac);
    const at = (needle: string, from = 0) => almanac.indexOf(needle, from);
    expect(found).toContainEqual([at('1905'), '1905', '1905-06-07']);
    expect(found).toContainEqual([at('1905', at('26 October')), '1905', '1905-10-26']);
    expect(found).toContainEqual([at('1994'), '1994', '1994-10-26']);
    // A relative time of the entry counts from that day.
    expect(found).toContainEqual([at('The same month'), 'The same month', '1905-06']);
  });

  it('reads the headings of an HTML page once its tags are gone: a line with the day and month alone', () => {
    // Two day headings over entries of different years: an almanac with no title naming it.
    const page =
      'May 17\n\n1814 – The constitution is signed at Eidsvoll.\n\n1905 – The day is kept in a free Norway.\n\nJune 7\n\n1905 – The Storting dissolves the union.\n\nNotes\n\n1906 – The king is crowned.';
    expect(times(page)).toContainEqual([page.indexOf('1905'), '1905', '1905-05-17']);
    // "Notes", a line alone with no stop, is a heading too: its entries keep their years.
    expect(times(page)).toContainEqual([page.indexOf('1906'), '1906', '1906']);
  });

  it('must not date a year under another heading, a year inside an entry, or a year with no dash after it', () => {
    const found = times(almanac);
    // Under "## Further reading".
    expect(found).toContainEqual([almanac.indexOf('1998'), '1998', '1998']);
    const prose = "## 7 June\n\nIn 1905 the Storting declared the union dissolved.\n\n1905 was the year of the union's end.";
    expect(
      times(prose)
        .filter((t) => t[1] === '1905')
        .map((t) => t[2]),
    ).toEqual(['1905', '1905']);
    // A day that is no date in the entry's year: 29 February 1975.
    expect(times('# On this day\n\n## 29 February\n\n**1975** – Talks open in Oslo.').map((t) => t[2])).toContain('1975');
  });

  it("gives the entry's acts the day", () => {
    const { blocks, sentences } = structure(almanac, segmentText(almanac));
    const events = extract({ text: almanac, blocks, sentences, documentDate: DCT }).events;
    const signing = events.find((e) => e.type === 'agreement_signed');
    expect(signing && [almanac.slice(signing.trigger.start, signing.trigger.end), signing.date]).toEqual(['sign a border river agreement', '1994-10-26']);
  });
});

describe('a year at the head of a line under a day heading stays a year outside an almanac (review fix, issue 10)', () => {
  // Minutes and a diary written for these tests: each day's lines open with the year they were written in.
  const minutes = '## 14 March\n\n- 2022: Kenya closed the Malaba crossing to Ugandan sugar, the committee heard.\n';

  it('keeps the year of a line under one day heading with no almanac title', () => {
    expect(times(minutes)).toContainEqual([minutes.indexOf('2022'), '2022', '2022']);
  });

  it('keeps the years of a diary whose day headings head lines of one year', () => {
    const diary = minutes + '\n## 15 March\n\n- 2022: Uganda protested to the Kenyan high commissioner.\n';
    expect(
      times(diary)
        .filter((t) => t[1] === '2022')
        .map((t) => t[2]),
    ).toEqual(['2022', '2022']);
  });

  it('must still date the line by its day under a title naming anniversaries', () => {
    const page = '# Anniversaries in East African relations\n\n' + minutes;
    expect(times(page)).toContainEqual([page.indexOf('2022'), '2022', '2022-03-14']);
  });
});
