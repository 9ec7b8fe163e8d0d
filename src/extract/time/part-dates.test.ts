import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** The times and events of a text read whole, as the pipeline reads a document. */
function read(text: string, documentDate: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate });
}
const timeOf = (text: string, found: ReturnType<typeof read>, words: string, from = 0) => found.times.find((t) => t.start === text.indexOf(words, from))?.edtf;

const THREAD = [
  'MINISTRY OF FOREIGN AFFAIRS OF ESTONIA',
  'Correspondence released on request, 2 September 2026',
  '',
  '------------------------------------------------------------',
  'From: Embassy of Estonia, Helsinki',
  'To: Political Department',
  'Date: Thu, 5 Mar 2026 10:02:11 +0200',
  'Subject: Ferry talks - meeting at the Finnish ministry',
  '',
  'Yesterday the Ambassador met the Finnish State Secretary for European affairs in Helsinki.',
  '',
  '------------------------------------------------------------',
  'From: Political Department',
  'To: Embassy of Estonia, Helsinki',
  'Date: Mon, 9 Mar 2026 15:20:00 +0200',
  'Subject: RE: Ferry talks - meeting at the Finnish ministry',
  '',
  'Finland protested against the new port fees in Tallinn.',
].join('\n');

describe('part-dates: an email of a thread counts from its own Date header', () => {
  it('"Yesterday" under a header dated 5 March is 4 March, not the day before the release', () => {
    const found = read(THREAD, '2026-09-02');
    expect(timeOf(THREAD, found, 'Yesterday')).toBe('2026-03-04');
    const met = found.events.find((e) => THREAD.slice(e.trigger.start, e.trigger.end) === 'met');
    expect(met?.date).toBe('2026-03-04');
  });

  it('an act with no date of its own takes its email’s day', () => {
    const found = read(THREAD, '2026-09-02');
    const protest = found.events.find((e) => e.start <= THREAD.indexOf('Finland protested') && THREAD.indexOf('Finland protested') < e.end);
    expect(protest).toMatchObject({ date: '2026-03-09', dateSource: 'document' });
    expect(protest?.rule).toMatch(/\+part-date$/);
  });

  it('must not: a Subject line tells no act of its own', () => {
    const found = read(THREAD, '2026-09-02');
    const subjects = [...THREAD.matchAll(/^Subject: .*$/gm)].map((m) => [m.index, m.index + m[0].length]);
    expect(found.events.filter((e) => subjects.some(([s, t]) => e.trigger.start >= s! && e.trigger.start < t!))).toEqual([]);
  });

  it('must not: a memo’s "Date:" field without a sender, or the release note above the first email, keeps the document’s day', () => {
    const memo = ['MEMORANDUM', 'Date: 5 March 2026', 'Subject: Ferry talks', '', 'Yesterday the Ambassador met the Finnish State Secretary in Helsinki.'].join('\n');
    expect(timeOf(memo, read(memo, '2026-09-02'), 'Yesterday')).toBe('2026-09-01');
    const release = ['Correspondence released on request. Yesterday the ministry met the Finnish archivists.', '', ...THREAD.split('\n').slice(3)].join('\n');
    expect(timeOf(release, read(release, '2026-09-02'), 'Yesterday')).toBe('2026-09-01');
  });
});

const TALK = [
  '# Talk:Estonia–Finland relations',
  '',
  '## Ferry dispute',
  '',
  'The ministry said on Monday that Finland protested against the port fees in Tallinn. — [Mari K.](#) ([talk](#)) 10:12, 2 September 2026 (UTC)',
  '',
  ': The article now says that Estonia and Finland signed a ferry agreement. — [Juhani](#) ([talk](#)) 18:40, 3 September 2026 (UTC)',
].join('\n');

describe('part-dates: a talk-page comment counts from its signature', () => {
  it('"on Monday" in a comment signed Wednesday 2 September is 31 August, not the Monday before the page’s date', () => {
    expect(timeOf(TALK, read(TALK, '2026-09-10'), 'Monday')).toBe('2026-08-31');
  });

  it('must not: the signature’s own date dates an act; the comment’s day does, as for want of one', () => {
    const found = read(TALK, '2026-09-10');
    const signed = found.events.find((e) => TALK.slice(e.trigger.start, e.trigger.end).startsWith('signed'));
    expect(signed).toMatchObject({ date: '2026-09-03', dateSource: 'document' });
  });
});
