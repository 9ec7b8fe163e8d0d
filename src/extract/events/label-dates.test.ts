import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** A label's title line and the date line under it are one sentence for the events (issue 10; `label-dates.ts`). */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.date, e.type]);
}

const room = [
  'ROOM 4 — NEIGHBOURS AGAIN (1991–2004)',
  '',
  '[Room text]',
  'Slovenia declared independence in June 1991. Austria recognised it in January 1992.',
  '',
  '[Object label]',
  'Photograph of the meeting at the Karawanks tunnel',
  'May 1992 (date uncertain)',
  'Gelatin silver print',
  '',
].join('\n');

describe('a title line takes the date line under it', () => {
  it('dates the meeting a label names by its date line, not by the exhibition', () => {
    expect(events(room, '2026-10-02').filter((e) => e[3] === 'summit_or_meeting')).toEqual([[169, 'meeting', '1992-05', 'summit_or_meeting']]);
  });

  it('reads a place before the date', () => {
    const text = room.replace('May 1992 (date uncertain)', 'Villach, 14 May 1992');
    expect(events(text, '2026-10-02').filter((e) => e[3] === 'summit_or_meeting')).toEqual([[169, 'meeting', '1992-05-14', 'summit_or_meeting']]);
  });

  it('must not join a sentence that ends with a stop, nor a line that says more than a place and a date', () => {
    const stop = room.replace('at the Karawanks tunnel', 'at the Karawanks tunnel.');
    expect(events(stop, '2026-10-02').filter((e) => e[3] === 'summit_or_meeting')).toEqual([[169, 'meeting', '2026-10-02', 'summit_or_meeting']]);
    const more = room.replace('May 1992 (date uncertain)', 'Printed in May 1992 by the state press');
    expect(events(more, '2026-10-02').filter((e) => e[3] === 'summit_or_meeting')).toEqual([[169, 'meeting', '2026-10-02', 'summit_or_meeting']]);
  });
});
