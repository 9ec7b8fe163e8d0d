import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { unwrapped } from './wrapped-lines.js';

/** The events of a text: [trigger's start, trigger's words, type, date, actors]. */
function acts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events.map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.type, e.date, e.actors.map((a) => a.entity).sort()]);
}

/** A plain-text record on Kenya and Tanzania wrapped at a fixed width, `body` its last paragraph. */
const record = (body: string) =>
  [
    'KENYA-TANZANIA: RECORD OF COOPERATION',
    '',
    'Kenya and Tanzania established diplomatic relations in 1964. Kenya and Tanzania share',
    'the Namanga crossing, and Tanzania and Kenya trade through it.',
    '',
    body,
  ].join('\n');
const BODY_AT = record('').length;

describe('wrapped-lines: a sentence broken over lines is read with a space at the break', () => {
  it('a passive whose auxiliary ends one line and whose participle opens the next', () => {
    const text = record('The one-stop border post at Namanga was\ninaugurated jointly by the two Presidents on 9 December 2017.');
    expect(BODY_AT).toBe(189);
    expect(acts(text).slice(1)).toEqual([[229, 'inaugurated', 'other', '2017-12-09', ['country:KEN', 'country:TZA']]]);
  });

  it('two named presidents on one line, their act on the next', () => {
    const text = record('President Uhuru Kenyatta of Kenya and President John Magufuli of Tanzania\njointly inaugurated the Arusha-Holili road at Holili on 3 December 2018.');
    expect(acts(text).slice(1)).toEqual([[271, 'inaugurated', 'other', '2018-12-03', ['country:KEN', 'country:TZA', 'person:uhuru-kenyatta', 'person:unknown:john-magufuli']]]);
  });

  it('must not: a wrapped sentence that tells no act, and lines that open with a capital keep their breaks', () => {
    expect(acts(record('The road between the two towns\nis maintained by a joint authority and\ncarries most of the cargo.')).slice(1)).toEqual([]);
    const lines = 'Trade fell\nsharply, by a third.\nKenya said\nnothing.\nNairobi\nLUSAKA';
    const blocks = [{ type: 'paragraph' as const, start: 0, end: lines.length }];
    expect(unwrapped(lines, blocks)).toBe('Trade fell sharply, by a third.\nKenya said nothing.\nNairobi\nLUSAKA');
    expect(unwrapped('| a |\n| b |\nc', [{ type: 'table', start: 0, end: 13 }])).toBe('| a |\n| b |\nc');
  });
});
