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

  it('must not: the signature’s own date, or the comment’s day, dates an act the comment only reports', () => {
    const found = read(TALK, '2026-09-10');
    const signed = found.events.find((e) => TALK.slice(e.trigger.start, e.trigger.end).startsWith('signed'));
    expect(signed).toBeDefined();
    expect(signed?.date).not.toBe('2026-09-03');
    expect(found.events.filter((e) => e.date === '2026-09-03')).toEqual([]);
  });

  it('an act the comment tells with "today" is of the comment’s day', () => {
    const talk = ['## Ferry dispute', '', 'Finland protested against the port fees in Tallinn today. — [Juhani](#) ([talk](#)) 18:40, 3 September 2026 (UTC)'].join('\n');
    expect(timeOf(talk, read(talk, '2026-09-10'), 'today')).toBe('2026-09-03');
  });
});

describe('part-dates: review fixes (session 35)', () => {
  const LEAK = [
    'Leaked email shows Latvian doubts over Estonian rail deal',
    '',
    'An email seen by this newspaper, sent by a Latvian official in 2019, reads in part:',
    '',
    'From: Ilze Ozola <ilze.ozola@mfa.lv>',
    'Date: Sun, 3 Mar 2019 18:02:11 +0200',
    'To: Minister’s office',
    'Subject: Rail protocol',
    '',
    'The Estonian side is not ready to sign. Yesterday their negotiators left Riga early.',
    '',
    'On Monday the Latvian foreign ministry confirmed that the email was genuine. Latvia recalled its ambassador from Tallinn yesterday.',
  ].join('\n');

  it('an email quoted in an article ends where the article resumes: the article’s "yesterday" counts from its own day', () => {
    const found = read(LEAK, '2026-08-26');
    expect(timeOf(LEAK, found, 'yesterday', LEAK.indexOf('Latvia recalled'))).toBe('2026-08-25');
    expect(timeOf(LEAK, found, 'Monday', LEAK.indexOf('On Monday'))).toBe('2026-08-24');
    const recalled = found.events.find((e) => LEAK.slice(e.trigger.start, e.trigger.end).startsWith('recalled'));
    expect(recalled?.date).toBe('2026-08-25');
  });

  it('the email’s own "Yesterday" still counts from its Date header', () => {
    expect(timeOf(LEAK, read(LEAK, '2026-08-26'), 'Yesterday')).toBe('2019-03-02');
  });

  it('an email’s later paragraphs stay the email’s, up to the next message', () => {
    const thread = [...THREAD.split('\n').slice(0, 10), '', 'The Ambassador raised the port fees. Yesterday the State Secretary answered in writing.', ...THREAD.split('\n').slice(10)].join('\n');
    expect(timeOf(thread, read(thread, '2026-09-02'), 'Yesterday', thread.indexOf('The Ambassador raised'))).toBe('2026-03-04');
  });

  it('must not: a wire’s time stamp "00:00, 3 March 2026 (GMT)" is no signature, and the next day is 4 March', () => {
    const wire = [
      'Estonia and Latvia agree ceasefire over fishing zone',
      '',
      'Estonia and Latvia agreed a fishing truce on 1 March after talks in Valga. The truce took effect at 00:00, 3 March 2026 (GMT)',
      'and both coast guards reported violations the next day.',
    ].join('\n');
    const found = read(wire, '2026-03-06');
    expect(timeOf(wire, found, 'the next day')).toBe('2026-03-04');
    const took = found.events.find((e) => wire.slice(e.trigger.start, e.trigger.end).startsWith('took effect'));
    expect(took?.date).toBe('2026-03-03');
  });

  it('a signed comment pasted into an email: one "yesterday", of the comment’s day', () => {
    const mail = [
      'From: Desk officer <desk@mfa.ee>',
      'Date: Sun, 30 Aug 2026 09:14:22 +0300',
      'Subject: Notes from the talk page',
      '',
      'Finland summoned the Estonian envoy yesterday. — Editor (talk) 09:14, 27 August 2026 (UTC)',
    ].join('\n');
    const found = read(mail, '2026-09-01');
    const at = mail.indexOf('yesterday');
    expect(found.times.filter((t) => t.start === at).map((t) => t.edtf)).toEqual(['2026-08-26']);
  });

  it('a quoted reply counts from its "On …, X wrote:" line', () => {
    const mail = [
      'From: Ilze Ozola <ilze.ozola@mfa.lv>',
      'Date: Tue, 10 Mar 2026 09:14:22 +0200',
      'Subject: RE: rail talks',
      '',
      'Yesterday the Estonian ambassador met the Latvian deputy minister in Riga.',
      '',
      '> On Mon, 2 Mar 2026, Andris Kalns wrote:',
      '> Yesterday Latvia and Estonia signed the rail protocol in Tallinn.',
    ].join('\n');
    const found = read(mail, '2026-03-20');
    expect(timeOf(mail, found, 'Yesterday')).toBe('2026-03-09');
    expect(timeOf(mail, found, 'Yesterday', mail.indexOf('> Yesterday'))).toBe('2026-03-01');
  });
});
