import type { EntityMention, FactAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Block, Sentence } from '../../model/document.js';
import { within } from '../spans.js';
import { scaled } from './numbers.js';
import { type Indicator, fits, indicatorFor, indicatorLexicon, keywordHits } from './indicator-keywords.js';
import { type Value, hasNumbers, matchesBySentence, notQuantities, valuesIn } from './value-reader.js';
import { carriedFlow, countriesByMentions, directionIn, subjectOf } from './fact-subject.js';
import { statedCurrency } from './stated-unit.js';
import { isCurrency } from './currency-finder.js';
import { labelBefore, labelUnit } from './label-lines.js';
import { qualifierBefore } from './qualifiers.js';
import { restatedBySource, restatedFigure, sameSize } from './restated.js';
import { spelledNumbers, spelledStart } from './spelled-numbers.js';
import { emphasisEnd, emphasisOrigin, plainEmphasis } from './emphasis.js';

export const FACT_STAGE = 'facts';

/** What follows the first figure of a vote tally: "votes to ninety", "votes in favour and". */
const TALLY_AFTER = /^\s*(?:votes?|ballots?)\s+(?:to|against)\b|^\s*(?:votes?\s+)?in\s+favou?r\b/i;
/** A year written right after a value ("120,000 in 1995"): the period it holds in. */
const YEAR_AFTER = /^\s*(?:\)\s*)?(?:in|by|as of|for|at the end of|in fiscal year|in FY)\s+(?:the\s+(?:year\s+)?)?((?:1[89]|20)\d\d)(?:\s+and\s+((?:1[89]|20)\d\d))?\b/i;

/**
 * The date of a sentence nearest a value, passing over one that closes an earlier clause with a
 * value of its own: in "Of the US$500 million pledged in 2019, only US$310 million had been
 * disbursed by 2022", 2019 is the pledge's and 2022 the disbursement's. A year a change is
 * measured from ("$28.5 billion last year, up 20 percent from 2021") is no such value's own
 * date; with no other date left, or none passed over, the nearest.
 */
function nearestDate(text: string, dates: TimeAnnotation[], values: Value[], v: Value): TimeAnnotation | undefined {
  const closest = (ts: TimeAnnotation[]) => ts.reduce<TimeAnnotation | undefined>((best, t) => (!best || Math.abs(t.start - v.start) < Math.abs(best.start - v.start) ? t : best), undefined);
  const anothers = (t: TimeAnnotation) => t.end <= v.start && /[,;]/.test(text.slice(t.end, v.start)) && values.some((w) => w !== v && w.end <= t.start && !/[,;]/.test(text.slice(w.end, t.start)));
  // A year the figure is compared with: "up 20 percent *from* 2021", "the highest since 2019" (the time stage may hold "since 2019" whole).
  const since = (t: TimeAnnotation) => (/^since\s/i.test(t.text) ? 'since ' : '');
  const base = (t: TimeAnnotation) =>
    t.start >= v.end && (BASE_BEFORE.test(text.slice(Math.max(v.end, t.start - 16), t.start)) || RECORD_SINCE.test(text.slice(Math.max(v.end, t.start - 40), t.start) + since(t)));
  const own = dates.filter((t) => !anothers(t) && !base(t));
  return (own.length < dates.length ? closest(own) : undefined) ?? closest(dates);
}

/** The words before the year a change is measured from: "up 20 percent from 2021", "compared with 2019". */
const BASE_BEFORE = /\b(?:from|over|than|compared (?:with|to)|against|on)\s+(?:the\s+)?(?:same\s+period\s+(?:of|in)\s+)?$/i;

/** A superlative's "since" after a figure, up to four words between ("the highest *monthly total* since", "the highest *number of permits* since"): "reached 112,640, *the highest since* 2019" compares with a year, it is not the figure's period. */
const RECORD_SINCE = /(?<!\p{L})(?:highest|lowest|largest|smallest|biggest|most|fewest|best|worst|strongest|weakest|first time|first)\s+(?:[\p{L}-]+\s+){0,4}?(?:ever\s+)?since\s+$/iu;

/** Where the clause holding `at` begins: just after the last ",", ";" or ":" since `from`. */
function clauseStart(text: string, from: number, at: number): number {
  for (let k = at - 1; k >= from; k--) if (text[k] === ',' || text[k] === ';' || text[k] === ':') return k + 1;
  return from;
}

/**
 * Finds quantitative facts sentence by sentence (and row by row in tables): each number with
 * its value in base units, unit, the year it refers to ("120,000 in 1995"), the indicator named
 * nearest to it, its qualifier ("more than"), and the first country of the sentence as subject.
 * Years, days, page numbers, footnote markers and ordinals of congresses are not quantities.
 * Headings name sections and give no facts, but for a headline (`headline`: the text's first
 * sentence is a heading that opens the document, not a later section's).
 */
export function findFacts(
  text: string,
  blocks: Block[],
  sentences: Sentence[],
  times: TimeAnnotation[],
  entities: EntityMention[],
  options: { publicationDate?: string; headline?: boolean } = {},
): Omit<FactAnnotation, 'stage'>[] {
  const out: Omit<FactAnnotation, 'stage'>[] = [];
  let previousIndicator: Indicator | undefined;
  let entryDate: string | undefined;
  // The direction a sentence gave a flow ("Visitors from Viet Nam to Japan have risen."): the next sentences of the paragraph that name no other country keep it.
  let previousFlow: { indicator: string; direction: { from: string; to: string } } | undefined;
  const timesOf = within(times, sentences);
  const entitiesOf = within(entities, sentences);
  const keywordsOf = within(keywordHits(text), sentences);
  // "five hundred students", "three point four million people": compounds spelled out are read from a copy that writes them in digits;
  // "**2,300** tonnes", "USD **40** million": a figure's Markdown emphasis is taken out in that copy (emphasis.ts), so the words around it are read with it.
  const emphasis = plainEmphasis(text);
  const spelled = spelledNumbers(emphasis.text);
  const matchesOf = matchesBySentence(spelled.text, sentences);
  const documentCountries = countriesByMentions(entities);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const block = blocks[s.block]!;
    // An indicator named in one sentence carries to the next only within a paragraph.
    if (i > 0 && sentences[i - 1]!.block !== s.block) {
      previousIndicator = undefined;
      previousFlow = undefined;
    }
    // A headline (the document's first block, a heading) tells its figures as a sentence does ("China and Brazil sign 27 agreements"); other headings name sections.
    if ((block.type === 'heading' && !(i === 0 && options.headline !== false && isHeadline(text, s, blocks))) || block.type === 'footnote') continue;
    // A chronology's entry opens with its date ("2025 - Trade reaches …. Britain becomes the largest investor."): its sentences without a date of their own hold then.
    if (i === 0 || sentences[i - 1]!.block !== s.block) entryDate = entryDateOf(text, block.start, timesOf[i]!);
    const sentence = text.slice(s.start, s.end);
    const context = { sentence: entitiesOf[i]!.filter((e) => e.kind === 'country' && e.country).map((e) => e.country!), document: documentCountries };
    const read = spelled.text !== text ? spelled.text.slice(s.start, s.end) : sentence;
    const values = (hasNumbers(matchesOf[i]!) ? valuesIn(read, s.start, notQuantities(read, s.start, timesOf[i]!), matchesOf[i]!, context, keywordsOf[i]!) : []).map((v) =>
      spelled.spans.length || emphasis.shifts.length
        ? {
            ...v,
            start: emphasisOrigin(emphasis.shifts, spelledStart(spelled.spans, v.start)),
            end: emphasisEnd(emphasis.shifts, v.end),
            ...(v.phraseEnd !== undefined ? { phraseEnd: emphasisEnd(emphasis.shifts, v.phraseEnd) } : {}),
          }
        : v,
    );
    // Dates that can be a period: a year, month, day or range of years, open ("since 2013") or
    // not, or months of one year ("in January-June 2023", "the first quarter of 2023", "the first half of 2025" `2025-01/2025-06`);
    // "the end of 2021" and a season ("summer 2019", whose months depend on the hemisphere) give their year.
    const sentenceYears = cumulativeSpans(
      text,
      timesOf[i]!.filter((t) => (MONTHS_OF_A_YEAR.test(t.edtf) || t.granularity === 'season') && !inSource(text, t)).map((t) =>
        t.granularity === 'season' && !/-H[12]$/.test(t.timex.value) ? { ...t, edtf: t.edtf.slice(0, 4) } : yearEnding(text, t),
      ),
    );
    // "38.2 billion US dollars", "HK$ 5 billion": a country named inside a value's own words is its currency's, no subject or end of a flow.
    const countries = entitiesOf[i]!.filter((e) => (e.kind === 'country' || e.country) && !values.some((v) => e.start >= v.start && e.end <= v.end));
    // "Brussels says 31 percent; Kinshasa puts it at close to one in two": each side's figure is cited to its own clause.
    const sides = sayersClauses(text, s.start, s.end, values);
    let previous: { value: Value; unit: string; indicator?: Indicator } | undefined;
    let lastYear: string | undefined;
    for (const v of values) {
      // "4,120 persons in 2005, 5,300 in 2010": a bare number listed after a measured one counts the same thing.
      // … unless the words between name another indicator ("$300 billion and a population of 50 million").
      const between = text.slice(previous?.value.end ?? 0, v.start);
      const listed =
        v.unit === '' &&
        previous &&
        previous.value.rule !== 'ordinal' &&
        ((/^[^;:]{0,40}$/.test(between) && /,|\band\b/.test(between)) || COMPARED.test(between)) &&
        !keywordsOf[i]!.some((h) => h.start >= previous!.value.end && h.end <= v.start)
          ? previous
          : undefined;
      const carried = previousIndicator && fits(previousIndicator, v.unit) ? previousIndicator : undefined;
      const named = v.indicator ? indicatorLexicon().indicators.find((x) => x.id === v.indicator) : undefined;
      // "fired 30 rockets against 12 villages": a figure a preposition takes after the figure its verb counted is not that verb's.
      const aimedAt = !named && !listed && previous?.indicator && AIMED_AT.test(text.slice(previous.value.phraseEnd ?? previous.value.end, v.start));
      const indicator = named ?? (listed ? listed.indicator : aimedAt ? undefined : (indicatorFor(keywordsOf[i]!, v.start, v.unit, text) ?? carried));
      // A bare number that no indicator names is not a fact ("19 countries signed", "Route 1").
      // … but for one right after a label that names what it counts ("Cross-border commuters, 2025: about 21,000").
      const label = !indicator && !v.noun && !listed && (v.unit === '' || v.unit === 'count') && v.rule === 'number' ? labelBefore(text, v.start) : undefined;
      // … and for a source's own count of the paragraph's last figure ("the agency counts about 27,500"): it measures what that one did.
      const restating =
        (!indicator || indicator === carried) && !v.noun && !listed && !label && (v.unit === '' || v.unit === 'count') && v.rule === 'number' && restatedBySource(text, v.start, v.end)
          ? out.filter((f) => f.start >= block.start && sameSize(f.value, v.value))
          : [];
      const lastSized = restating[restating.length - 1];
      const restated = lastSized
        ? restatedFigure(text, restating, sentences.find((x) => x.start <= lastSized.valueStart && lastSized.valueStart < x.end)?.start ?? lastSized.valueStart, v)
        : undefined;
      if (!indicator && !v.noun && (v.unit === '' || v.rule === 'number' || v.rule === 'number-word' || v.rule === 'multiple' || v.rule === 'fraction') && !listed && !label && !restated) continue;
      // "Five hundred students … Item one hundred and five was postponed": a compound spelled out keeps the rule of a number in
      // words; it takes no indicator carried from another sentence, only one its own sentence names that counts things.
      // "by one hundred and five votes to ninety": a count spelled out, like "eleven votes", needs an indicator that counts things.
      const spelledCount = spelled.spans.some((sp) => sp.start === v.start) && (v.unit === '' || v.unit === 'count' || v.unit === 'persons');
      if (spelledCount && !v.noun && (indicator === carried || (indicator?.unit !== 'count' && indicator?.unit !== 'persons'))) continue;
      // … and a tally told in words is no count ("one hundred and five votes to ninety"), as "eleven votes to four" is none.
      if (spelledCount && TALLY_AFTER.test(text.slice(v.end, v.end + 40))) continue;
      // "six used vessels" near "capacity": a number in words counts things, so only an indicator that counts things takes it.
      if (v.rule === 'number-word' && indicator?.unit !== 'count') continue;
      // "GDP per capita should surpass $3,000 by 2030": a target, not a measurement. A figure in a hypothetical clause ("would
      // affect only about 15 weekly flights", "would open a market of five million consumers", "would lower freight costs by a
      // fifth") measures what is or what the act would change, and the gold sets count it: "would", "could", "might" make no target.
      const lead = text.slice(clauseStart(text, s.start, v.start), v.start);
      if (TARGET.test(lead)) continue;
      // "to raise it to USD 10 billion by 2030" in a text of 2026: an amount due by a year still to come is a target.
      const due = BY_YEAR.exec(text.slice(v.phraseEnd ?? v.end, s.end))?.[1];
      if (due && options.publicationDate && due > options.publicationDate.slice(0, 4)) continue;
      // "Bilateral trade in 2024 (in ISK): 21.5 billion": a currency the sentence states in brackets before a bare amount is its unit, not the indicator's.
      const stated = v.unit === '' && !listed ? statedCurrency(text.slice(s.start, v.start), text.slice(v.start, v.end), context) : undefined;
      // "Trade reached USD 2.9 billion, the ministry said. The central bank puts the total at 2.6 billion.": a bare amount an
      // indicator of money names is in the currency its paragraph last stated; with none stated before it in its
      // paragraph, it is no amount of money (a caption's "… approved the loan … 36 trucks"), not one in the indicator's usual currency.
      const carriedCurrency =
        !stated?.unit && !v.unit && !listed?.unit && indicator && isCurrency(indicator.unit) ? (out.findLast((f) => f.start >= block.start && isCurrency(f.unit))?.unit ?? null) : undefined;
      if (carriedCurrency === null) continue;
      // "Kilometres of road built, 2024: 340", "Prices of maize in Kenyan shillings: 4,200": the unit the label names is the value's.
      const labelled = label ? labelUnit(label, context) : undefined;
      const unit = stated?.unit || restated?.unit || labelled?.unit || v.unit || listed?.unit || carriedCurrency || indicator?.unit || 'count';
      // "would cut tariffs by US$4 billion in 2025", "is expected to reach 2 million": a figure of what may be, not of what was
      // measured. The gold sets count it, so it stays a fact, marked `projected` (kept out of series and conflicts).
      const projected = HYPOTHETICAL.test(lead) || PROJECTED_AFTER.test(text.slice(v.phraseEnd ?? v.end, s.end));
      // "9 are completed, 11 ongoing and 4 not started": each item of a list counts what its first item's noun counts.
      previous = { value: listed?.value.noun && !v.noun ? { ...v, noun: listed.value.noun } : v, unit, ...(indicator ? { indicator } : {}) };
      const tail = YEAR_AFTER.exec(text.slice(v.phraseEnd ?? v.end, s.end));
      const nearest = nearestDate(text, sentenceYears, values, v)?.edtf;
      // News: a clause with no date of its own states what held on the day it was published.
      // A rank told in the present ("is the largest partner") holds in the year of publication.
      const rankNow = entryDate ?? (unit === 'rank' && PRESENT_RANK.test(text.slice(clauseStart(text, s.start, v.start), v.start)) ? options.publicationDate?.slice(0, 4) : undefined);
      // "in FY2022-23", "180 million euros for 2018-2021": a span of years read whole, not its first year.
      const after = v.phraseEnd ?? v.end;
      const fiscal = tail ? sentenceYears.find((t) => /^\d{4}\/\d{4}$/.test(t.edtf) && t.start >= after && t.start < after + tail[0].length) : undefined;
      // "US$4 billion last year, up from US$3.5 billion a year earlier": the year before the figure just told.
      const earlier = YEAR_EARLIER.test(text.slice(v.phraseEnd ?? v.end, s.end)) && lastYear ? String(Number(lastYear) - 1) : undefined;
      const periods = earlier
        ? [earlier]
        : fiscal
          ? [fiscal.edtf]
          : tail
            ? [tail[1]!, ...(tail[2] ? [tail[2]] : [])]
            : [nearest ?? (unit === 'rank' ? rankNow : (restated?.period ?? entryDate ?? options.publicationDate))];
      lastYear = /^\d{4}$/.test(periods[0] ?? '') ? periods[0] : undefined;
      // A source's count measures what the figure it restates measured: of its subject and flow, not of the source's country ("the Togolese bureau counts …").
      const subject = restated ? restated.subject : subjectOf(text, countries, v, s.start);
      const direction = restated ? restated.direction : indicator?.flow ? (directionIn(text, countries, v.start) ?? carriedFlow(previousFlow, indicator.id, countries)) : undefined;
      if (direction && indicator) previousFlow = { indicator: indicator.id, direction };
      // A rank told with no date after a dated figure of its paragraph ("Trade reached $680 million in 2025. India remained among its three largest partners.") holds in that figure's period.
      if (unit === 'rank' && !periods[0]) periods[0] = out.findLast((f) => f.start >= block.start && f.unit !== 'rank')?.period;
      // A rank is a rank in some period: "Kenya is the third-biggest investor" alone places nothing.
      if (unit === 'rank' && !periods[0]) continue;
      const side = sides?.find((c) => v.start >= c.start && v.end <= c.end);
      // The other side's figure of the same unit ("puts the share at …") measures what the first side that says so measured: its
      // indicator and subject. A clause that names its own indicator ("reports that its investment in Japan fell 12 percent") keeps its own.
      const first = sides?.find((c) => c.said !== undefined && values.some((w) => w.start >= c.start && w.end <= c.end));
      const own = named || v.noun || keywordsOf[i]!.some((h) => side && h.start >= side.start && h.end <= side.end);
      const told = side && first && first !== side && !own ? out.findLast((f) => f.start === first.start && f.unit === unit) : undefined;
      for (const period of periods) {
        out.push({
          start: side?.start ?? s.start,
          end: side?.end ?? s.end,
          valueStart: v.start,
          valueEnd: v.end,
          indicator:
            told?.indicator ??
            (restated && indicator === carried ? restated.indicator : indicator?.id) ??
            restated?.indicator ??
            v.noun ??
            listed?.value.noun ??
            (unit === 'rank' ? 'rank' : 'quantity'),
          value: stated ? scaled(v.value, stated.scale) : labelled && labelled.scale !== 1 ? scaled(v.value, labelled.scale) : v.value,
          unit,
          ...(period ? { period } : {}),
          ...((told ? told.subject : subject) ? { subject: told ? told.subject : subject } : {}),
          ...(direction ? { direction } : {}),
          qualifier: projected ? 'projected' : (v.qualifier ?? qualifierBefore(text.slice(Math.max(s.start, v.start - 40), v.start).replace(/\*\*|__/g, ''))),
          confidence: indicator ? 0.8 : 0.5,
          ...(side?.said !== undefined ? { saidBy: { start: side.start, end: side.said } } : {}),
          ...(restated ? { restates: { start: restated.valueStart, end: restated.valueEnd } } : {}),
          rule: v.rule,
        });
      }
      if (indicator) previousIndicator = indicator;
    }
    // A sentence that names an indicator without a number sets it for the next ("the number of
    // Kenyans living in Germany has grown. … 4,120 persons in 2005").
    if (!values.length && keywordsOf[i]!.length) {
      previousIndicator = keywordsOf[i]![keywordsOf[i]!.length - 1]!.indicator;
      const flow = keywordsOf[i]!.find((h) => h.indicator.flow);
      const direction = flow ? directionIn(text, countries, flow.start) : undefined;
      if (flow && direction) previousFlow = { indicator: flow.indicator.id, direction };
    }
  }
  return out;
}

/** A clause that tells who gives its figure: "Belgium's foreign ministry says", "Kinshasa puts the rate at", "according to the ministry". */
const SAYER = /\b(?:says?|said|puts?|cites?|cited|estimates?|estimated|reports?|reported|counts?|counted|claims?|claimed|according to)\b/i;

/** A clause of a sentence and, when a verb of saying comes before its first figure, where that verb ends. */
interface SaidClause {
  start: number;
  end: number;
  said?: number;
}

/**
 * The clauses of a sentence parted by semicolons when two or more of them each tell who gives a
 * figure of theirs ("Belgium's foreign ministry says … 31 percent …; the Congolese ministry puts the
 * refusal rate at "close to one in two""): each side's figure is cited to its own clause, so that
 * two sources' figures are two passages. Undefined when the sentence is no such pair.
 */
function sayersClauses(text: string, start: number, end: number, values: Value[]): SaidClause[] | undefined {
  if (values.length < 2 || !text.slice(start, end).includes(';')) return undefined;
  const clauses: SaidClause[] = [];
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k < end && text[k] !== ';') continue;
    const span = text.slice(from, k);
    const a = from + (span.length - span.trimStart().length);
    const b = from + span.trimEnd().length;
    const figure = values.find((v) => v.start >= a && v.end <= b);
    const said = figure ? SAYER.exec(text.slice(a, figure.start)) : null;
    clauses.push({ start: a, end: b, ...(said ? { said: a + said.index + said[0].length } : {}) });
    from = k + 1;
  }
  const told = clauses.filter((c) => values.some((v) => v.start >= c.start && v.end <= c.end) && SAYER.test(text.slice(c.start, c.end)));
  return told.length >= 2 ? clauses : undefined;
}

/** The year a chronology's entry opens with ("2025 - …", "- 1994: …", "March 2023 – …"), from the first time of its block; undefined for a block that opens otherwise. */
function entryDateOf(text: string, blockStart: number, times: TimeAnnotation[]): string | undefined {
  const first = times[0];
  if (!first || !/^\d{4}/.test(first.edtf) || !/^[\s*•·-]*$/.test(text.slice(blockStart, first.start))) return undefined;
  return /^\s*(?:[-–—:]|\))/.test(text.slice(first.end, first.end + 3)) ? first.edtf.slice(0, 4) : undefined;
}

/** "(Embassy of Korea in Kenya, Economy Section, 2021)": the year a source was published, no period of the figures. */
const SOURCE = /\([\p{Lu}][^()]{2,100},\s*$/u;
function inSource(text: string, t: TimeAnnotation): boolean {
  return /^[a-z]?\)/.test(text.slice(t.end, t.end + 2)) && SOURCE.test(text.slice(Math.max(0, t.start - 102), t.start));
}

/**
 * "from 1990 (the year the law passed) to the end of 2020": two dates of a sentence that open
 * and close one cumulative period, with words between them, as the interval of their years.
 * The time stage reads "from 1993 to 2021" written together itself.
 * @example cumulativeSpans('from 1990 (…) to the end of 2020', [1990, 2020]) // → one time, edtf '1990/2020'
 */
function cumulativeSpans(text: string, times: TimeAnnotation[]): TimeAnnotation[] {
  const out: TimeAnnotation[] = [];
  const bracketed = (from: number, to: number) => (text.slice(from, to).match(/\(/g)?.length ?? 0) > (text.slice(from, to).match(/\)/g)?.length ?? 0);
  for (let k = 0; k < times.length; k++) {
    const a = times[k]!;
    const opened = /^\d{4}/.test(a.edtf) && /\b(?:from|since)\s+$/i.test(text.slice(Math.max(0, a.start - 6), a.start));
    // The date that closes it: the next one outside brackets ("from 1990 (the year …) to 2020").
    let j = k + 1;
    while (opened && j < times.length && bracketed(a.end, times[j]!.start)) j++;
    const b = times[j];
    if (opened && b && /^\d{4}/.test(b.edtf) && b.edtf.slice(0, 4) > a.edtf.slice(0, 4) && /^[^;]{1,120}?\b(?:to|until|till|through)\s+$/i.test(text.slice(a.end, b.start))) {
      out.push({ ...a, end: b.end, edtf: `${a.edtf.slice(0, 4)}/${b.edtf.slice(0, 4)}` });
      k = j;
    } else out.push(a);
  }
  return out;
}

/** Words before a month that close a year of twelve months: "the Iranian year ending March 2026", "the 12 months to June 2025". */
const YEAR_ENDING = /\b(?:year|(?:12|twelve) months)\s+(?:ending|ended|to|through)\s+(?:in\s+)?$/i;

/**
 * "in the Iranian year ending March 2026": a month that closes a year is the end of that year's
 * span, `2025-03/2026-03` (the months from the one a year before to it, as the gold writes a
 * split year), not the month alone.
 */
function yearEnding(text: string, t: TimeAnnotation): TimeAnnotation {
  const m = /^(\d{4})-(\d\d)$/.exec(t.edtf);
  if (!m || !YEAR_ENDING.test(text.slice(Math.max(0, t.start - 30), t.start))) return t;
  return { ...t, edtf: `${Number(m[1]) - 1}-${m[2]}/${t.edtf}` };
}

/** A date that can be a figure's period: a year, month or day, a span of years (open or not), or months of one year. */
const MONTHS_OF_A_YEAR = /^\d{4}(?:-\d\d)?(?:-\d\d)?$|^\d{4}\/(?:\d{4}|\.\.)$|^(\d{4})-\d\d\/\1-\d\d$/;
/** "1,200 attempts … since January, compared with about 5,300 in 2025": a bare number a figure is compared with counts the same thing. */
const COMPARED = /^[^;:]{0,100}\b(?:compared (?:with|to)|against|versus|up from|down from)\s+(?:about|around|some|nearly|almost|roughly|more than|over|just)?\s*$/i;
/** A preposition of what an act is aimed at, right after a counted figure: "30 rockets *against* 12 villages". */
const AIMED_AT = /^\s*(?:against|on|into|toward|towards)\s+(?:the\s+)?$/i;
/** Words after a value that date it a year before the one told just before it. */
const YEAR_EARLIER = /^\s*(?:a year (?:earlier|before)|the (?:previous|preceding|prior) year|the year before)\b/i;
/** A year an amount is due by, later in its clause: "USD 10 billion by 2030", "12 billion reais in wind farms by 2030". */
const BY_YEAR = /^[^,;.]{0,60}?\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b/i;
/** A rank told in the present, or in apposition after a comma ("Beitbridge, the busiest land port in southern Africa"). */
const PRESENT_RANK = /\b(?:is|are|remains|remain|ranks|has been|have been)\b|^\s*the\s+$/i;
/** A hypothetical or forecast clause before a figure: "would", "could", "might", "is expected to", "forecast", "projected". */
const HYPOTHETICAL = /\b(?:would|could|might|(?:is|are|was|were) expected to|forecasts?|forecasted|projected|projections?)\b/i;
/** A forecast told after its figure: "2 million visitors are projected for 2027", "a deficit forecast at …". */
const PROJECTED_AFTER = /^[^,;.]{0,40}?\b(?:(?:is|are) (?:projected|forecast|expected)|forecast (?:for|at))\b/i;
// A target: "should surpass", "are looking toward", "plans to". A forecast ("is expected to reach", "projected") states a figure the gold sets count.
const TARGET = /\b(?:should|must|aims? to|aimed to|target(?:s|ed)?|goal|looking (?:to|toward|towards|forward to)|hop(?:e|es|ed|ing) to|seek(?:s|ing)? to|plan(?:s|ned|ning) to|intend(?:s|ed)? to)\b/i;

/** A headline, not a label or a table's caption: four words or more, and no table right after it. */
function isHeadline(text: string, s: Sentence, blocks: Block[]): boolean {
  return (
    blocks[s.block + 1]?.type !== 'table' &&
    text
      .slice(s.start, s.end)
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w)).length >= 4
  );
}
