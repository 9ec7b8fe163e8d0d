import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import { nextHeading } from '../heading-lines.js';
import { genreCues } from '../genre-cues.js';
import { escapeRegExp } from '../pattern-set.js';

type Event = Omit<EventAnnotation, 'stage'>;

/** A consultation section, dated by its period. */
export interface ConsultationPart {
  start: number;
  end: number;
  /** The period, EDTF: "2026-06-04/2026-07-02". */
  date: string;
}

/** A consultation's word, the start of a sentence that may give its period. */
const CONSULTATION = /\bconsultation\b/gi;
/** What joins a consultation's opening day to its closing one: "4 June 2026 with a deadline of 2 July 2026", "4 June to 2 July". */
const UNTIL = /^\s*,?\s*(?:with\s+an?\s+(?:deadline|closing\s+date|response\s+deadline)\s+of|to|until|till|and|[–-])\s*$/i;
/** A sentence's end. */
const STOP = /[.!?](?=\s|$)/g;

/**
 * An explanatory memorandum's or an impact assessment's consultation section: "A draft of the bill was sent for
 * consultation on 4 June 2026 with a deadline of 2 July 2026." The responses told after it in its section ("The Farmers'
 * Council objected to …", "Industry supported the bill") were made within that period, not on the day the memorandum
 * was tabled: the section from the sentence's end to the next heading is a part dated by the period.
 * @example consultationParts(text, times) // → [{ start: …, end: …, date: '2026-06-04/2026-07-02' }]
 */
export function consultationParts(text: string, times: readonly Pick<TimeAnnotation, 'start' | 'end' | 'edtf' | 'granularity'>[]): ConsultationPart[] {
  if (!/consultation/i.test(text)) return [];
  const out: ConsultationPart[] = [];
  for (const m of text.matchAll(CONSULTATION)) {
    STOP.lastIndex = m.index;
    const end = STOP.exec(text)?.index ?? text.length;
    const days = times.filter((t) => t.start > m.index && t.end <= end && t.granularity === 'day' && /^\d{4}-\d\d-\d\d$/.test(t.edtf));
    const pair = days.findIndex((t, i) => i + 1 < days.length && UNTIL.test(text.slice(t.end, days[i + 1]!.start)));
    if (pair < 0) continue;
    const [from, to] = [days[pair]!, days[pair + 1]!];
    if (from.edtf >= to.edtf) continue;
    // A heading "7. Consultation" and the sentence under it name one period once.
    if (out.some((p) => p.start === end + 1)) continue;
    // Any heading ends the section: a Markdown or numbered one, or a plain title line ("Background").
    out.push({ start: end + 1, end: nextHeading(text, end + 1), date: `${from.edtf}/${to.edtf}` });
  }
  return out;
}

/** A present perfect before a trigger ("The Ministry has not accepted", "has asked"): the memorandum's own time, not the period's. */
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:(?:not|also|since|now)\s+)?$/i;

/**
 * Whether an act is a consulted body's answer: its trigger opens with a response word (`lexicon/genres.json`
 * `consultationResponses`: "objected", "welcomed") and it is no act of a state: none toward a state, none whose subject
 * is a state's name. A state's expulsion, summons or threat
 * told after a consultation ("Peru expelled two Chilean diplomats") is news of its own day.
 */
function isResponse(text: string, e: Event): boolean {
  const word = /^[\p{L}-]+/u.exec(text.slice(e.trigger.start, e.trigger.end))?.[0].toLowerCase();
  if (!word || !genreCues().consultationResponses.has(word)) return false;
  // Actors read a "Danish" body as its state, so a state counts only as the act's target or as the subject named just
  // before the verb ("Chile protested"), not as any agent ("The Danish Society for Nature Conservation protested").
  const before = text.slice(Math.max(0, e.trigger.start - 40), e.trigger.start);
  return !e.actors.some((a) => a.entity.startsWith('country:') && (a.role === 'target' || new RegExp(`(?<!\\p{Lu}\\p{L}*\\s)\\b${escapeRegExp(a.name)}\\s+(?:\\w+ly\\s+)?$`, 'u').test(before)));
}

/**
 * Acts of a consultation section dated by the publication day for want of their own take the consultation's period
 * (rule `+consultation`) if they are responses (`isResponse`); one in the present perfect ("The Ministry has asked
 * Energinet to examine …") keeps the day.
 * @example consultationDated(text, [{ …objection, date: '2026-10-07', dateSource: 'document' }], times, '2026-10-07')[0].date // → '2026-06-04/2026-07-02'
 */
export function consultationDated(text: string, events: Event[], times: Parameters<typeof consultationParts>[1], published: string | undefined): Event[] {
  const parts = consultationParts(text, times);
  if (!parts.length) return events;
  return events.map((e) => {
    if (e.dateSource !== 'document' || e.date !== published) return e;
    const part = parts.find((p) => e.trigger.start >= p.start && e.trigger.start < p.end);
    if (!part || PERFECT_BEFORE.test(text.slice(Math.max(0, e.trigger.start - 20), e.trigger.start))) return e;
    if (!isResponse(text, e)) return e;
    return { ...e, date: part.date, rule: `${e.rule}+consultation` };
  });
}
