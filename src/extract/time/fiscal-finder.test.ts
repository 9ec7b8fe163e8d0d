import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';

/** Fiscal periods and short quarters, in sentences written in the manner of budget speeches, company results and trade statistics. */
const CASES: [string, string, string, string, boolean][] = [
  // text, expression (its offset is where it stands in the text), EDTF, TIMEX3 value, fiscal
  ['Exports to Bangladesh rose 12% in FY2022-23, the commerce ministry said.', 'FY2022-23', '2022/2023', 'FY2023', true],
  ['Canberra committed A$40 million in the 2022/23 financial year.', 'the 2022/23 financial year', '2022/2023', 'FY2023', true],
  ['Bilateral trade reached $9.1 billion in fiscal 2023.', 'fiscal 2023', '2023', 'FY2023', true],
  ['Remittances in the financial year 2019-20 fell by a tenth.', 'financial year 2019-20', '2019/2020', 'FY2020', true],
  ['Orders from Nigeria doubled in Q3 FY24 on lower freight costs.', 'Q3 FY24', '2024', 'FY2024-Q3', true],
  ['Shipments slowed in the first half of fiscal 2021.', 'the first half of fiscal 2021', '2021', 'FY2021-H1', true],
  ['Loans disbursed in FY 2019/20 exceeded the target.', 'FY 2019/20', '2019/2020', 'FY2020', true],
  ['The 2021-22 fiscal year budget set aside funds for the port.', 'The 2021-22 fiscal year', '2021/2022', 'FY2022', true],
  ['Chilean copper imports peaked in Q3 2023.', 'Q3 2023', '2023-07/2023-09', '2023-Q3', false],
  ['Tourist arrivals from Poland fell in H1 2021.', 'H1 2021', '2021-01/2021-06', '2021-H1', false],
  ['Trade with Peru grew in the first half of 2022.', 'the first half of 2022', '2022-01/2022-06', '2022-H1', false],
  ['Earnings will be lower for the last half of 1989, the brewer said.', 'the last half of 1989', '1989-07/1989-12', '1989-H2', false],
];

/** What looks like a fiscal period but is none: a range of several years, a model name. */
const NOTHING = ['The plan covers 2019-2025 in three phases.', 'The Q3 model sold well.', 'Fiscal policy tightened.'];

describe('fiscal periods and short quarters', () => {
  it.each(CASES)('%s', (text, expression, edtf, value, fiscal) => {
    const offset = text.indexOf(expression);
    const t = findTimes(text, '2024-05-02').find((x) => x.text === expression);
    expect(t, `no time "${expression}"`).toBeDefined();
    expect([t!.start, t!.end]).toEqual([offset, offset + expression.length]);
    expect([t!.edtf, t!.timex.type, t!.timex.value, Boolean(t!.fiscal)]).toEqual([edtf, 'DATE', value, fiscal]);
  });

  it.each(NOTHING)('reads no fiscal period in: %s', (text) => {
    expect(findTimes(text).filter((t) => t.fiscal || /short-quarter/.test(t.rule))).toEqual([]);
  });
});
