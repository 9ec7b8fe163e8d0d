import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';
import { withdrawnSpans } from './withdrawn-spans.js';

/** Credit lines and retracted claims tell no act (issue 10; `withdrawn-spans.ts`, `lexicon/document-formulas.json`). */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.date, e.type]);
}

function spans(text: string) {
  const { sentences } = structure(text, segmentText(text));
  return withdrawnSpans(text, sentences).map((s) => text.slice(s.start, s.end));
}

describe('credit lines (lent-by, on-loan-from, courtesy-of, credit-label, photo-by, photo-label, collection-of)', () => {
  const label = [
    'Room 3: The Vienna years',
    '',
    'Draft of the Austrian–Slovenian cultural agreement, 1992',
    'Typescript with pencil notes; paper',
    'Lent by the Austrian State Archives, Vienna',
    '',
    'Photograph of the border crossing at Spielfeld',
    'On loan from the Slovenian Ethnographic Museum, Ljubljana',
    'Courtesy of the Museum of Recent History, Celje',
    'Photo credit: Marko Novak',
    'Photographs by Eva Horvat, 1991',
    'From the collection of Franz Weber, Graz',
  ].join('\n');

  it('finds each credit line, to its end', () => {
    expect(spans(label)).toEqual([
      'Lent by the Austrian State Archives, Vienna',
      'On loan from the Slovenian Ethnographic Museum, Ljubljana',
      'Courtesy of the Museum of Recent History, Celje',
      'Photo credit: Marko Novak',
      'Photographs by Eva Horvat, 1991',
      'From the collection of Franz Weber, Graz',
    ]);
  });

  it('reads no loan in a label\'s "Lent by" line', () => {
    expect(events(label, '2026-05-16').filter((e) => e[3] === 'aid_commitment')).toEqual([]);
  });

  it('reads no act in a caption\'s credit note, and keeps the caption\'s act', () => {
    const caption =
      'LJUBLJANA, Slovenia — Austrian Chancellor Karl Nehammer and Slovenian Prime Minister Robert Golob sign a railway agreement, Thursday, May 14, 2026. (Photo: Ana Kovač/STA)';
    expect(spans(caption)).toEqual(['(Photo: Ana Kovač/STA)']);
    expect(events(caption, '2026-05-15').map((e) => [e[1], e[2], e[3]])).toEqual([['sign a railway agreement', '2026-05-14', 'agreement_signed']]);
  });

  it('must not take a loan between states, a courtesy call or a gallery\'s title for a credit', () => {
    const loan = 'Slovenia lent $50 million to the joint rail company on 12 May 2026.\nLent by Austria in 2019, the money was repaid early.';
    expect(spans(loan)).toEqual([]);
    expect(events(loan, '2026-05-16').filter((e) => e[3] === 'aid_commitment')).toEqual([
      [9, 'lent', '2026-05-12', 'aid_commitment'],
      [68, 'Lent', '2019', 'aid_commitment'],
    ]);
    const call = 'Courtesy call on President Nataša Pirc Musar, Ljubljana, 14 May 2026\nThe Austrian minister met Slovenian officials.';
    expect(spans(call)).toEqual([]);
    expect(spans('Photos: Austrian president visits Maribor')).toEqual([]);
  });
});

describe('retracted claims (earlier-version, incorrectly-said)', () => {
  const correction =
    'Correction, May 16, 2026: An earlier version of this article said the railway agreement was signed in Vienna on May 12, 2026. It was signed in Ljubljana on May 13, 2026.';

  it('finds the retracted claim to the end of its sentence, not the sentence that corrects it', () => {
    expect(spans(correction)).toEqual(['An earlier version of this article said the railway agreement was signed in Vienna on May 12, 2026.']);
    expect(spans('The ministry’s statement incorrectly stated that Austria had recalled its ambassador on 3 March.')).toEqual([
      'incorrectly stated that Austria had recalled its ambassador on 3 March.',
    ]);
  });

  it('reads the corrected signing only', () => {
    expect(events(correction, '2026-05-16').map((e) => [e[1], e[2], e[3]])).toEqual([['signed', '2026-05-13', 'agreement_signed']]);
  });

  it('must not withdraw an earlier report that is not a correction', () => {
    const text = 'An earlier agreement signed in Vienna on 12 May 1992 set up the joint commission.';
    expect(spans(text)).toEqual([]);
    expect(events(text, '2026-05-16').filter((e) => e[3] === 'agreement_signed').map((e) => [e[0], e[2]])).toEqual([[11, '1992-05-12']]);
  });
});
