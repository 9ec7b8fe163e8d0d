import { describe, it } from 'vitest';
import fc from 'fast-check';
import { findTimes } from '../../src/extract/time/time-stage.js';
import { anyText, assertSpans, FUZZ, onlyDyadErrors } from './arbitraries.js';

/** Document dates as a manifest gives them (EDTF that passes `isEdtf`), or none. */
const documentDate = fc.option(
  fc.oneof(
    fc.integer({ min: 1800, max: 2100 }).map(String),
    fc.date({ min: new Date('1800-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.date({ min: new Date('1800-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7)),
    fc.constantFrom('2023-11/..', '2014?', '201X', '2016-05/2016-06', '..'),
  ),
  { nil: undefined },
);

describe('time stage, fuzzed', () => {
  it('never throws on any text, and every expression it returns cuts the text exactly', () => {
    fc.assert(
      fc.property(anyText, documentDate, (text, date) => {
        const times = onlyDyadErrors(() => findTimes(text, date));
        assertSpans(text, times);
      }),
      FUZZ,
    );
  });
});
