import type { Annotations, EntityMention, EventActor, TimeAnnotation } from '../model/annotation.js';
import type { Block, Sentence } from '../model/document.js';
import { findTimes, TIME_STAGE } from './time/time-stage.js';
import { ACTOR_STAGE, findKnownActors, findOtherActors } from './actors/entity-finder.js';
import { resolveReferences } from './actors/coreference.js';
import { actorLexicon } from './actors/actor-lexicon.js';
import { impliedActors, mediatedActors, placedActors } from './events/event-actors.js';
import { leadersSubject, pronounPair } from './actors/plural-subject.js';
import { EVENT_STAGE, findEvents } from './events/event-finder.js';
import { earlierOccasions } from './events/earlier-occasions.js';
import { sourceDatings } from './events/source-datings.js';
import { unwrapped } from './events/wrapped-lines.js';
import { withoutPersonalMemberships } from './events/member-subjects.js';
import { learnedEvents } from './events/learned-acceptor.js';
import { withoutUndatedHypotheticals } from './events/undated-hypotheticals.js';
import { withoutMetadataLines } from './events/metadata-lines.js';
import { findTriggers } from './events/event-types.js';
import { onsetEvents } from './events/onset-finder.js';
import { plannedEvents } from './events/plan-finder.js';
import { withoutBackReferences } from './events/back-reference.js';
import { withoutRetractedClaims } from './events/retracted-claims.js';
import { withoutPolarQuestions } from './events/polar-questions.js';
import { consultationDated } from './events/consultation-period.js';
import { FACT_STAGE, findFacts } from './facts/fact-finder.js';
import { markThirdParty } from './facts/third-party.js';
import { noteFigures } from './facts/note-figures.js';
import { withPairScope } from './events/pair-scope.js';
import { findTableFacts, TABLE_STAGE } from './tables/table-stage.js';
import { removeOverlaps } from './time/time-refiner.js';
import { within } from './spans.js';
import { fold } from './fold.js';
import { firstNotBefore } from '../model/sorted.js';
import { taggingScope } from './nlp/tag-store.js';
import { titledSentences } from './events/label-dates.js';
import { datedParts, timesByPart } from './time/part-dates.js';
import { eventTimes, partDated } from './events/part-dated.js';
import { writtenRanges } from './events/written-ranges.js';

/**
 * `extra` placed among `list`, each after the last item that starts at or before it: the order a document read a section
 * at a time gives too (a section's items all start after an earlier section's), so `extractInSections` equals `extract`.
 */
export function amongByStart<T extends { start: number }>(list: readonly T[], extra: readonly T[]): T[] {
  const out = [...list];
  for (const e of [...extra].sort((a, b) => a.start - b.start)) {
    let i = out.length;
    while (i > 0 && out[i - 1]!.start > e.start) i--;
    out.splice(i, 0, e);
  }
  return out;
}

/** What a stage reads and what it adds, checked when the pipeline is built. */
export interface Stage {
  name: string;
  requires: (keyof Annotations | 'structure')[];
  assigns: keyof Annotations;
  run(input: ExtractionInput, found: Annotations): void;
}

/** A document's text and structure, and the context extraction needs (no clock reads inside). */
export interface ExtractionInput {
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  /** The document's date (EDTF): anchors "last year", "on Monday". */
  documentDate?: string;
  /**
   * Set when this is one section of a long document (`extract/sections.ts`): what the section
   * cannot see of the rest of the document.
   */
  section?: SectionContext;
}

/** The document around a section: read once from the whole document, given to each section. */
export interface SectionContext {
  /** The document's first section: only there may a first heading be a headline. */
  first: boolean;
  /** The section follows a "References" heading: it states no events or facts. */
  afterReferences: boolean;
  /** The document's focal pair, from the whole document's actors (see `focalPair`). */
  pair: Set<string> | undefined;
}

/** The index of the last item starting at or before `offset` in a list sorted by start, or -1. */
function lastAtOrBefore(items: { start: number }[], offset: number): number {
  return firstNotBefore(items.length, (i) => items[i]!.start <= offset) - 1;
}

/** The date in force at an offset: the last time expression before it in its paragraph, else the document's date. */
function dateAtFactory(times: TimeAnnotation[], blocks: Block[], documentDate?: string) {
  const fallback = documentDate?.replace(/[?~%]|\/.*$/g, '');
  const outer = blocks.filter((b) => b.type !== 'footnote');
  return (offset: number): string | undefined => {
    const b = outer[lastAtOrBefore(outer, offset)];
    const blockStart = b && b.end >= offset ? b.start : -Infinity;
    const t = times[lastAtOrBefore(times, offset - 1)];
    return t && t.start >= blockStart ? t.edtf.replace(/\/.*$/, '') : fallback;
  };
}

/**
 * The day a document was published, when its date gives one ("2019-08-02", "2020-03-11?"): news
 * is dated to the day, and a clause of it with no date of its own tells what happened by then.
 * A year or a month ("2014", "2023-11") dates no clause.
 */
export function publicationDay(documentDate: string | undefined): string | undefined {
  const day = documentDate?.replace(/[?~%]$/, '');
  return day && /^\d{4}-\d\d-\d\d$/.test(day) ? day : undefined;
}

/** Times that name a stretch of the calendar: a duration, a set or "now" dates no event, fact or actor's office. */
function dated(times: TimeAnnotation[]): TimeAnnotation[] {
  return times.filter((t) => t.granularity !== 'none');
}

const BIBLIOGRAPHY_HEADING = /^(?:references|bibliography|works cited|sources)$/i;
const NOTES_HEADING = /^(?:notes|endnotes)$/i;

/** What a block heads: a bibliography ("References", "Sources"), notes ("Notes", "Endnotes"), or neither; Markdown marks aside. */
function headingKind(text: string, block: { type: string; start: number; end: number }): 'bibliography' | 'notes' | undefined {
  if (block.type !== 'heading') return undefined;
  const words = text.slice(block.start, block.end).replace(/[*#]/g, '').trim();
  return BIBLIOGRAPHY_HEADING.test(words) ? 'bibliography' : NOTES_HEADING.test(words) ? 'notes' : undefined;
}

/** Whether a block is the heading of a bibliography or of notes ("References", "Notes"). */
export function isReferenceHeading(text: string, block: { type: string; start: number; end: number }): boolean {
  return headingKind(text, block) !== undefined;
}

/**
 * Sentences of a document's notes: after a "Notes" or "Endnotes" heading that is the document's first reference heading, up
 * to a bibliography's heading. Read for figures only (`facts/note-figures.ts`); none in a later section of a long document.
 */
function inNotes(input: ExtractionInput): ((s: Sentence) => boolean) | undefined {
  if (input.section?.afterReferences) return undefined;
  const at = input.blocks.findIndex((b) => isReferenceHeading(input.text, b));
  if (at < 0 || headingKind(input.text, input.blocks[at]!) !== 'notes') return undefined;
  const from = input.blocks[at]!.start;
  const to = input.blocks.slice(at + 1).find((b) => headingKind(input.text, b) === 'bibliography')?.start ?? Infinity;
  return (s) => s.start > from && s.start < to;
}

/** Sentences after a "References" heading: a bibliography states no events or facts. */
function inReferences(input: ExtractionInput): (s: Sentence) => boolean {
  if (input.section?.afterReferences) return () => true;
  const refs = input.blocks.find((b) => isReferenceHeading(input.text, b));
  return (s) => refs !== undefined && s.start > refs.start;
}

/**
 * Times and entities outside footnotes: a paragraph joined across a page break may enclose
 * footnotes, whose dates and names do not belong to the paragraph's sentences.
 */
function outsideFootnotes<T extends { start: number; end: number }>(items: T[], blocks: Block[]): T[] {
  const notes = blocks.filter((b) => b.type === 'footnote');
  if (!notes.length) return items;
  const inside = new Set(within(items, notes).flat());
  return items.filter((i) => !inside.has(i));
}

/**
 * The text with footnote blocks blanked (same length, so offsets hold): a sentence joined across
 * a page break encloses the footnotes printed between its halves, whose numbers and triggers are
 * not the sentence's.
 */
function withoutFootnotes(text: string, notes: Block[]): string {
  if (!notes.length) return text;
  let out = '';
  let at = 0;
  for (const n of notes) {
    out += text.slice(at, n.start) + text.slice(n.start, n.end).replace(/[^\n]/g, ' ');
    at = n.end;
  }
  return out + text.slice(at);
}

const proseCache = new WeakMap<ExtractionInput, { notes: Block[]; prose: string }>();

/** A document's footnote blocks and its text without them, computed once per extraction. */
function proseOf(input: ExtractionInput): { notes: Block[]; prose: string } {
  let p = proseCache.get(input);
  if (!p) {
    const notes = input.blocks.filter((b) => b.type === 'footnote');
    p = { notes, prose: withoutFootnotes(input.text, notes) };
    proseCache.set(input, p);
  }
  return p;
}

/**
 * Narrows a passage that encloses footnotes to the part, between them, that holds `anchor`,
 * so its quote is the prose that states the item and not the notes printed inside it.
 */
function narrowed<T extends { start: number; end: number }>(item: T, anchor: number, text: string, notes: Block[]): T {
  if (!notes.length) return item;
  const inside = notes.filter((b) => b.start >= item.start && b.end <= item.end);
  if (!inside.length) return item;
  let start = item.start;
  let end = item.end;
  for (const b of inside) {
    if (b.end <= anchor) start = Math.max(start, b.end);
    else if (b.start > anchor) end = Math.min(end, b.start);
  }
  // Trim the page-break debris (blank lines, rules) left at the edges.
  while (start < end && /[\s\-*_]/.test(text[start]!)) start++;
  while (end > start && /[\s\-*_]/.test(text[end - 1]!)) end--;
  return { ...item, start, end };
}

/**
 * The two countries a document is about: the two most mentioned, when each is mentioned at
 * least three times. Dyad studies the relations between two states, so an event that involves
 * neither (a third country's summit in a survey of the region) is context, not an event of the
 * relationship.
 */
export function focalPair(entities: EntityMention[]): Set<string> | undefined {
  return pairOfCounts(countryCounts(entities));
}

/** How many times each country is mentioned (by entity id), added to `counts`. */
export function countryCounts(entities: EntityMention[], counts = new Map<string, number>()): Map<string, number> {
  for (const e of entities) if (e.kind === 'country') counts.set(e.entity, (counts.get(e.entity) ?? 0) + 1);
  return counts;
}

/** The focal pair from country mention counts (see `focalPair`). */
export function pairOfCounts(counts: Map<string, number>): Set<string> | undefined {
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2);
  if (top.length < 2 || top[1]![1] < 3) return undefined;
  return new Set(top.map(([id]) => id.replace(/^country:/, '')));
}

const pairCache = new WeakMap<EntityMention[], Set<string> | undefined>();

/** The focal pair of a document's entities, found once for the stages that need it (a section's is its document's). */
function pairOf(entities: EntityMention[], input: ExtractionInput): Set<string> | undefined {
  if (input.section) return input.section.pair;
  if (!pairCache.has(entities)) pairCache.set(entities, focalPair(entities));
  return pairCache.get(entities);
}

const BOTH_SIDES = /\b(?:the two|both) (?:countries|sides|governments|nations|states|parties|leaders|prime ministers)\b/i;

/**
 * "The two countries agreed …", "both sides signed …": the two countries the sentence named
 * before ("Kenya began talks with Uganda …, and the two countries agreed …"), else, in
 * a document about a pair, the pair; added as actors after any the passage names itself.
 */
function withPair<E extends { start: number; end: number; trigger: { start: number }; actors: EventActor[] }>(e: E, text: string, pair: Set<string> | undefined, entities: EntityMention[]): E {
  const phrase = BOTH_SIDES.exec(text.slice(e.start, e.end));
  if (!phrase) {
    // "They condemned …" after "The two Prime Ministers welcomed …": the pair acts …
    // … and "the Leaders called for …" in a document about a pair: its leaders act.
    const they = pronounPair(text, e.start, e.trigger.start, entities, pair) ?? (leadersSubject(text, e.start, e.trigger.start, pair) ? pair : undefined);
    if (!they) return e;
    const actors = e.actors.filter((a) => a.role !== 'agent' || they.has(entities.find((m) => m.entity === a.entity)?.country ?? ''));
    for (const code of [...they].sort()) {
      const name = actorLexicon().countries.get(code)?.name;
      if (name && !actors.some((a) => a.entity === `country:${code}`)) actors.unshift({ name, entity: `country:${code}`, role: 'agent' });
    }
    return { ...e, actors };
  }
  const named: EntityMention[] = [];
  for (let k = lastAtOrBefore(entities, e.start + phrase.index); k >= 0 && entities[k]!.start >= e.start; k--) {
    const m = entities[k]!;
    if (m.kind === 'country' && m.end <= e.start + phrase.index) named.unshift(m);
  }
  const before = [...new Map(named.map((m) => [m.entity, m])).values()].slice(-2);
  const both = before.length === 2 ? before : pair ? [...pair].map((code) => entities.find((m) => m.kind === 'country' && m.country === code)) : [];
  const actors = [...e.actors];
  for (const country of both) {
    if (country && !actors.some((a) => a.entity === country.entity)) actors.push({ name: country.name, entity: country.entity, role: 'agent' });
  }
  return { ...e, actors };
}

/** The stages, in order. */
export const STAGES: Stage[] = [
  {
    name: TIME_STAGE,
    requires: ['structure'],
    assigns: 'times',
    run(input, found) {
      // An email's or a signed comment's times count from its own day (`time/part-dates.ts`).
      found.times = timesByPart(input.text, input.documentDate, findTimes);
    },
  },
  {
    name: ACTOR_STAGE,
    requires: ['structure', 'times'],
    assigns: 'entities',
    run(input, found) {
      const dateAt = dateAtFactory(dated(found.times), input.blocks, input.documentDate);
      const folded = fold(input.text);
      const known = findKnownActors(input.text, dateAt, folded);
      const other = findOtherActors(input.text, known, dateAt, folded);
      // A section's references resolve with the document's pair; its first pass (no pair yet) resolves none of a region.
      const entities = removeOverlaps([...known, ...other]);
      found.entities = resolveReferences(input.text, entities, input.section ? input.section.pair : focalPair(entities));
    },
  },
  {
    name: FACT_STAGE,
    requires: ['structure', 'times', 'entities'],
    assigns: 'facts',
    run(input, found) {
      const skip = inReferences(input);
      const note = inNotes(input);
      const { notes, prose: text } = proseOf(input);
      const all = findFacts(
        text,
        input.blocks,
        input.sentences.filter((s) => input.blocks[s.block]!.type !== 'table' && (!skip(s) || !!note?.(s))),
        outsideFootnotes(dated(found.times), input.blocks),
        outsideFootnotes(found.entities, input.blocks),
        { publicationDate: publicationDay(input.documentDate), headline: input.section?.first ?? true },
      );
      // A note's figure only as `facts/note-figures.ts` allows: an amount written with its unit, in no citation, not the body's.
      type Found = (typeof all)[number];
      const noteOf = (f: Found) => input.sentences.find((s) => s.start <= f.valueStart && f.valueStart < s.end);
      // With no notes section (most documents) no fact is a note's, and no fact's sentence is looked up.
      const inNote = (f: Found) => {
        if (!note) return false;
        const s = noteOf(f);
        return s !== undefined && skip(s) && note(s);
      };
      const body = all.filter((f) => !inNote(f));
      const noteText = (f: Found) => input.text.slice(noteOf(f)!.start, noteOf(f)!.end);
      // A figure about a third country only is kept, marked, so the pair's account can leave it out (facts/third-party.ts).
      const prose = markThirdParty(
        ((kept) => all.filter((f) => !inNote(f) || kept.has(f)))(new Set(noteFigures(all.filter(inNote), body, input.text, noteText))),
        found.entities,
        pairOf(found.entities, input),
      );
      // A table's figures among the prose's by where they stand: the order a document read a section at a time gives too.
      found.facts = amongByStart(
        prose.map((f) => ({ ...narrowed(f, f.valueStart, input.text, notes), stage: FACT_STAGE })),
        findTableFacts(input.text, input.blocks, found.entities).map((f) => ({ ...f, stage: TABLE_STAGE })),
      );
    },
  },
  {
    name: EVENT_STAGE,
    requires: ['structure', 'times', 'entities', 'facts'],
    assigns: 'events',
    run(input, found) {
      // Parts written on their own days (an email, a signed comment): their header or signature dates no act.
      const parts = datedParts(input.text, found.times);
      // A range written as two times ("from 10 May to 19 June 1969") dates an act as one interval (`events/written-ranges.ts`).
      const times = writtenRanges(input.text, eventTimes(outsideFootnotes(dated(found.times), input.blocks), parts));
      const entities = outsideFootnotes(found.entities, input.blocks);
      const own = proseOf(input);
      const { notes } = own;
      // A sentence wrapped over lines is read with a space where its lines break (`events/wrapped-lines.ts`).
      const prose = unwrapped(own.prose, input.blocks);
      // A title line and the date line under it are read as one sentence (a label's "Photograph of the meeting / August 1978": `events/label-dates.ts`).
      const sentences = titledSentences(prose, input.sentences, times);
      const pair = pairOf(found.entities, input);
      const countryOf = new Map(found.entities.map((e) => [e.entity, e.country]));
      const options = { skip: inReferences(input), publicationDate: publicationDay(input.documentDate), pair };
      // Lengths of time ("a decade before …") date acts from others (`events/offset-events.ts`).
      const lengths = outsideFootnotes(
        found.times.filter((t) => t.timex.type === 'DURATION'),
        input.blocks,
      );
      // Every trigger of the prose, found once: the event finder and the learned acceptor both read them.
      const triggers = findTriggers(prose);
      const told = findEvents(prose, input.blocks, sentences, times, entities, {
        ...options,
        triggers,
        quantities: found.facts,
        headline: input.section?.first ?? true,
        lengths,
        documentDate: input.documentDate,
      });
      const ruled = [...told, ...onsetEvents(prose, input.blocks, sentences, times, entities, told, options)];
      // Acts the rules did not make, from verb candidates a learned acceptor scores (`events/learned-acceptor.ts`; `DYAD_LEARNED=off` drops them).
      // People who "became members of" a body are no act of a state, whoever reads them (`events/member-subjects.ts`).
      const learned = withoutPersonalMemberships(prose, learnedEvents(prose, input.blocks, sentences, times, entities, ruled, { ...options, quantities: found.facts, triggers }), entities);
      // An occasion "the first since March 2023" tells the last one before it at that date (`events/earlier-occasions.ts`).
      // A source's other dating of an act told before is that act at the other date (`events/source-datings.ts`).
      found.events = sourceDatings(
        prose,
        times,
        sentences,
        earlierOccasions(
          prose,
          times,
          partDated(
            // A corrections column's wrong claims are no acts (`events/retracted-claims.ts`); nor is what a polar question asks (`events/polar-questions.ts`),
            // nor a hypothetical act dated from outside its sentence (`events/undated-hypotheticals.ts`), nor a page's line of record (`events/metadata-lines.ts`).
            // A consultation's responses fall in its period (`events/consultation-period.ts`).
            consultationDated(
              prose,
              withoutPolarQuestions(
                prose,
                sentences,
                withoutRetractedClaims(
                  prose,
                  withoutBackReferences(
                    prose,
                    withoutUndatedHypotheticals(withoutMetadataLines(prose, sentences, found.times, plannedEvents(prose, amongByStart(ruled, learned), input.documentDate, times))),
                  ),
                  times,
                ),
              ),
              times,
              options.publicationDate,
            ),
            parts,
            options.publicationDate,
          ),
        ),
      )
        .map((e) => ({ ...withPair(e, input.text, pair, found.entities), stage: EVENT_STAGE }))
        .map((e) => ({ ...e, actors: placedActors(e, input.text, entities, pair, (entity) => countryOf.get(entity)) }))
        .map((e) => ({ ...e, actors: impliedActors(e, pair, (code) => actorLexicon().countries.get(code)?.name) }))
        .map((e) => ({
          ...e,
          actors: mediatedActors(
            e,
            input.text,
            pair,
            (code) => actorLexicon().countries.get(code)?.name,
            (entity) => countryOf.get(entity),
          ),
        }))
        .map((e) => narrowed(e, e.trigger.start, input.text, notes));
      // Marked: other states' acts, none of the pair among their actors ("Qatar and the Gulf council met in Doha" in a
      // study of Kenya and Japan), kept out of the pair's default list (`events/pair-scope.ts`).
      found.events = withPairScope(found.events, pair, (entity) => countryOf.get(entity));
    },
  },
];

/** Checks that every stage's requirements are assigned by an earlier stage. */
export function checkPipeline(stages: Stage[]): void {
  const have = new Set<string>(['structure']);
  for (const s of stages) {
    for (const r of s.requires) if (!have.has(r)) throw new Error(`pipeline: stage "${s.name}" requires "${r}", which no earlier stage assigns`);
    have.add(s.assigns);
  }
}

checkPipeline(STAGES);

/**
 * Runs the extraction pipeline on a document's text and structure.
 * @example extract({ text, blocks, sentences, documentDate: '2023' }).events[0] // → { type: 'leader_visit', date: '1993-03', … }
 */
export function extract(input: ExtractionInput, stages: Stage[] = STAGES): Annotations {
  const found: Annotations = { times: [], entities: [], events: [], facts: [] };
  // The stages tag the same sentences, each in its own pass: each is tagged once, and what is kept goes with the call.
  taggingScope(() => {
    for (const stage of stages) stage.run(input, found);
  });
  return found;
}
