import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** An aid registry's activity export written for these tests in the manner of a donor's published records; exported 4 May 2026. */
const DCT = '2026-05-04';

const record = [
  'AID ACTIVITY EXPORT',
  'Query: reporting-org = KR-KOICA; recipient-country = LA (Laos)',
  'Export generated: 4 May 2026',
  '',
  '----------------------------------------------------------------',
  'RECORD 1',
  'Identifier:        KR-KOICA-LA-2019-0044',
  'Title:             Vientiane rural water supply, Phase II',
  'Activity status:   Completion',
  'Dates:             planned start 2019-07-01 | actual start 2020-02-17 |',
  '                   planned end 2022-06-30 | actual end 2023-03-31',
  'Transactions:',
  '  2019-05-14  commitment      USD 12,400,000',
  '  2020-04-02  disbursement    USD  5,100,000',
  '  2021-11-19  expenditure     USD  4,300,000',
  'Description: The Korean and Lao governments signed the grant agreement in Vientiane on 14 May 2019.',
  '',
].join('\n');

function events(text: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate: DCT }).events.map((e) => [text.slice(e.trigger.start, e.trigger.end), e.date, e.type]);
}

describe("an aid activity record's date and transaction fields are acts (issue 10)", () => {
  it('reads the actual start and end, and each transaction under "Transactions:", by its day', () => {
    const found = events(record);
    expect(found).toContainEqual(['actual start', '2020-02-17', 'aid_project']);
    expect(found).toContainEqual(['actual end', '2023-03-31', 'aid_project']);
    expect(found).toContainEqual(['commitment', '2019-05-14', 'aid_commitment']);
    expect(found).toContainEqual(['disbursement', '2020-04-02', 'aid_project']);
    expect(found).toContainEqual(['expenditure', '2021-11-19', 'aid_project']);
  });

  it('must not read a planned date, or an "actual start" in prose with no planned date beside it', () => {
    const found = events(record);
    expect(found.some(([, date]) => date === '2019-07-01' || date === '2022-06-30')).toBe(false);
    const prose = 'The actual start 2020-02-17 of the works was announced by the ministry.';
    expect(events(prose).some(([trigger]) => trigger === 'actual start')).toBe(false);
  });
});
