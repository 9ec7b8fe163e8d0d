import { describe, expect, it } from 'vitest';
import { isDatedEntry, lineCuts } from './line-cuts.js';
import { structure } from './structure.js';

function sentences(text: string): string[] {
  return structure(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('line structure bounds sentences (line-cuts.ts)', () => {
  it.each([
    [
      'dated-entry, aligned by spaces',
      '1962         Trade Agreement signed (14 May)\n1981         Fisheries Accord signed (2 October)',
      ['1962         Trade Agreement signed (14 May)', '1981         Fisheries Accord signed (2 October)'],
    ],
    [
      'dated-entry, a dash and a bold day',
      '**12 March 2025** – talks resumed in Lomé\n**30 April 2025** – border posts reopened',
      ['**12 March 2025** – talks resumed in Lomé', '**30 April 2025** – border posts reopened'],
    ],
    [
      'dated-entry, a month and a day range',
      'June 10-13, 2008 - state visit by the Icelandic President\nMarch 2011 - embassy opened in Dublin',
      ['June 10-13, 2008 - state visit by the Icelandic President', 'March 2011 - embassy opened in Dublin'],
    ],
    [
      'dated-entry, a tab and a colon',
      '1994\tDiplomatic relations established\n2003: Double taxation agreement in force',
      ['1994\tDiplomatic relations established', '2003: Double taxation agreement in force'],
    ],
    ['a heading in capitals above prose', 'BILATERAL RELATIONS\nTogo and Benin opened a joint border post in 2019.', ['BILATERAL RELATIONS', 'Togo and Benin opened a joint border post in 2019.']],
    [
      'a short heading closed by a bracket above prose',
      'The fisheries dispute (1958–1976)\nIceland extended its fishing limits three times.',
      ['The fisheries dispute (1958–1976)', 'Iceland extended its fishing limits three times.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    [
      'a title that runs on in lower case',
      'JOINT COMMUNIQUÉ\nof the Second Session of the Benin–Togo Joint Commission',
      ['JOINT COMMUNIQUÉ\nof the Second Session of the Benin–Togo Joint Commission'],
    ],
    ['a wrapped entry', '1976 – Basic Agreement signed, setting up\na joint commission on fisheries', ['1976 – Basic Agreement signed, setting up\na joint commission on fisheries']],
    [
      'wrapped prose with a year inside a line',
      'The Icelandic coast guard cut the nets of British trawlers in the summer of\n1973, and Reykjavik recalled its ambassador from London.',
      ['The Icelandic coast guard cut the nets of British trawlers in the summer of\n1973, and Reykjavik recalled its ambassador from London.'],
    ],
    [
      'a year that opens wrapped prose with no separator',
      'After two years of incidents at sea, relations were broken off in\n1976 after the third dispute.',
      ['After two years of incidents at sea, relations were broken off in\n1976 after the third dispute.'],
    ],
  ])('no cut: %s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('gives the offsets of the lines after a cut', () => {
    const t = '1962  Trade Agreement signed\n1981  Fisheries Accord signed';
    expect(lineCuts(t, 0, t.length)).toEqual([29]);
    expect(t.slice(29)).toBe('1981  Fisheries Accord signed');
  });

  it.each([
    ['1962         Trade Agreement signed', true],
    ['1840s – border surveys', true],
    ['12 March 2025: talks resumed', true],
    ['1962 was a year of talks', false],
    ['Population: 13.7 million', false],
    ['2020    R32.4 billion    R8.1 billion', true],
  ])('isDatedEntry(%j) is %s', (line, expected) => {
    expect(isDatedEntry(line as string)).toBe(expected);
  });
});
