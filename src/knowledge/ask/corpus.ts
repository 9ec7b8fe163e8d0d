import type { DocumentRecord } from '../../model/document.js';
import type { EntityMention } from '../../model/annotation.js';
import type { SearchHit } from '../../model/search.js';
import type { Store } from '../../store/store.js';
import { parseQuery } from '../../query/search-query.js';
import { fold } from '../../extract/fold.js';
import { askLexicon } from './lexicon.js';
import { tokens, type Token } from './text.js';
import { conflictsCiting, type Conflict } from './conflicts.js';

/** A sentence of a stored document, with its words and its neighbours in the same block. */
export interface Passage {
  doc: string;
  start: number;
  end: number;
  block: number;
  index: number;
  words: Token[];
}

/**
 * A map that keeps its `size` most recently used entries: what the answerer reads of a large
 * store stays bounded in memory, whatever the corpus (a corpus of 100,000 paragraphs held every
 * document it had read, with its annotations: 800 MB after 31 questions).
 */
class Recent<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      // Most recently used last: the first key is the one to evict.
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: V): V {
    this.map.delete(key);
    this.map.set(key, v);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
    return v;
  }
}

/**
 * The layers an answer reads of a document: its spans read times, events and facts; a passage's
 * entities are read by place (`entitiesWithin`), so the entities layer (most of what a document
 * stores) is never read whole.
 */
const ANSWER_LAYERS = ['times', 'events', 'facts'] as const;

/** Documents kept whole (what the answer's spans read), documents kept with their times alone (what retrieval reads), sentences kept tokenised. */
const WHOLE_KEPT = 64;
const TIMED_KEPT = 256;
const WORDS_KEPT = 20000;
/** Whether a document names a state, kept per document and state. */
const NAMED_KEPT = 4096;

/** Whether a text writes a word as a whole word, whatever the case ("Moresby's" for "moresby"; not "sanction" for "san"). */
export const writtenIn = (text: string, word: string) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text);

/** A note's number before it ("1.", "[4]", "12)"). */
const NOTE_NUMBER = String.raw`^\s*(?:\[\d+\]|\d+[.)])?\s*`;
/**
 * The shapes of a source (`citation`): an author's year in brackets, a page, an address, an identifier, the day a page was read, "ibid.";
 * a publisher's imprint in brackets ("(San José: EUNED, 2022)"); a source, a quoted title and a date or a year ending the note ("Reuters,
 * "Gas price deal agreed", 4 December 2022."); an issuer and a kind of document ("Ministry of Foreign Affairs, press release no. 45, …").
 */
const SOURCE_SHAPES = [
  /\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)|\bpp?\.\s*\d|https?:\/\/|\bwww\.|\b(?:retrieved|accessed|isbn|issn|doi|ibid)\b|\bop\.\s*cit\b/i,
  /\([^()]{2,60}:\s*[^()]{2,60},\s*(?:1[5-9]|20)\d\d\)/,
  new RegExp(`${NOTE_NUMBER}[^"“”,]{2,80},\\s*["“][^"“”]{3,}["”][,.]?\\s.*\\b(?:1[5-9]|20)\\d\\d\\.?\\s*$`, 'u'),
  new RegExp(
    `${NOTE_NUMBER}[^,.;]{2,80},\\s*(?:an?\\s+|the\\s+)?(?:press release|news release|communiqu[eé]|statement|bulletin|circular|note verbale|briefing|transcript|letter|memorandum|fact sheet)s?\\b`,
    'iu',
  ),
];

/**
 * Whether a sentence reads as a bibliographic source (`SOURCE_SHAPES`), as a note of a "Notes" section may: "Ramírez, Luis (2022)", "p. 14",
 * "Retrieved 3 August 2026", "Luis Ramírez, Vecinos del istmo (San José: EUNED, 2022), 14.", "Reuters, "…", 4 December 2022.", "Ministry of
 * Foreign Affairs, press release no. 45, 12 March 2019." (review of session 39).
 * @example citation('Ramírez, Luis (2022). Vecinos del istmo. San José: EUNED. p. 14.') // → true
 */
export const citation = (text: string): boolean => SOURCE_SHAPES.some((r) => r.test(text));

/**
 * What the answerer reads from a store, each read kept while used: documents with their
 * annotations, sentence counts, and how many sentences hold a word (its rarity). Retrieval reads
 * a candidate's document with its times alone (`timed`); the answer's spans read the few best
 * candidates' documents whole (`document`).
 * @example const c = new AskCorpus(store); await c.hits('"ODA" OR loan', 30)
 */
export class AskCorpus {
  private docs = new Recent<Promise<DocumentRecord | undefined>>(WHOLE_KEPT);
  private timedDocs = new Recent<Promise<DocumentRecord | undefined>>(TIMED_KEPT);
  private df = new Map<string, number>();
  private sentences?: number;
  private words = new Recent<Token[]>(WORDS_KEPT);

  private citing = new Recent<Promise<Conflict[]>>(TIMED_KEPT);
  private named = new Recent<Promise<boolean>>(NAMED_KEPT);

  constructor(readonly store: Store) {}

  /** The store's conflicts with a claim citing the document (conflicts.ts), read once. */
  conflictsCiting(doc: string): Promise<Conflict[]> {
    return this.citing.get(doc) ?? this.citing.set(doc, conflictsCiting(this.store, doc));
  }

  /** A document with the annotations an answer reads (ANSWER_LAYERS; its entities left empty): added to the document retrieval read, when it did. */
  document(name: string): Promise<DocumentRecord | undefined> {
    return this.docs.get(name) ?? this.docs.set(name, this.whole(name));
  }

  private async whole(name: string): Promise<DocumentRecord | undefined> {
    const timed = this.timedDocs.get(name);
    if (!timed) return this.store.getDocument(name, { layers: ANSWER_LAYERS });
    const d = await timed;
    // A document with no annotations stored has none to add (and no `annotations`, as read whole).
    if (!d?.annotations) return d;
    // Its times, read for retrieval, are kept rather than read and parsed again (the spans of a date read them).
    const annotations = (await this.store.getAnnotations(d.id, { layers: ANSWER_LAYERS.filter((l) => l !== 'times') }))!;
    annotations.times = d.annotations.times;
    return { ...d, annotations };
  }

  /**
   * A document with its times alone (its other annotation layers empty: a document's entities are
   * most of what it stores): what retrieval reads of each candidate's document, for the dates
   * inside a sentence. A document read whole serves too.
   */
  timed(name: string): Promise<DocumentRecord | undefined> {
    return this.docs.get(name) ?? this.timedDocs.get(name) ?? this.timedDocs.set(name, this.store.getDocument(name, { layers: ['times'] }));
  }

  /**
   * The entity mentions inside a span of a document (with `states`, its `country:` mentions alone),
   * in document order, found by place in the store: a passage's names and a sentence's states are
   * read without the document's whole entities layer (megabytes of JSON for a long document).
   */
  entitiesWithin(doc: DocumentRecord, start: number, end: number, states = false): Promise<EntityMention[]> {
    return this.store.mentionsWithin(doc.id, start, end, states ? 'country:' : '');
  }

  /** Whether a document names an entity (a state also by a person or body of it), asked of the store once. */
  names(doc: DocumentRecord, entity: string): Promise<boolean> {
    const key = `${doc.id}\n${entity}`;
    return this.named.get(key) ?? this.named.set(key, this.store.namesEntity(doc.id, entity));
  }

  private written = new Recent<Promise<boolean>>(NAMED_KEPT);

  /**
   * Whether a document writes a word (a name the question gives): found in its text as written, whatever the case, else asked of the
   * store's index restricted to the document (stemmed, accents aside: "Assemblee" for "Assemblée"), once.
   */
  writes(doc: DocumentRecord, word: string): Promise<boolean> {
    const key = `${doc.id}\n${word}`;
    const query = `"${word.replace(/"/g, '')}"`;
    return (
      this.written.get(key) ??
      this.written.set(
        key,
        writtenIn(doc.text, word)
          ? Promise.resolve(true)
          : this.store.search(parseQuery(query), { query, unit: 'sentence', docs: [doc.id], limit: 1, offset: 0, count: false, marks: false }).then((r) => r.hits.length > 0),
      )
    );
  }

  /** Number of sentences in the store. */
  async sentenceCount(): Promise<number> {
    this.sentences ??= (await this.store.listDocuments()).reduce((n, d) => n + d.counts.sentences, 0);
    return this.sentences;
  }

  /** Sentences holding each word (stemmed as the index stems), those not known yet asked of the store at once (one round trip to a server, not one a word). */
  async documentFrequencies(words: readonly string[]): Promise<number[]> {
    const missing = [...new Set(words.filter((w) => !this.df.has(w)))];
    if (missing.length) {
      const counts = await this.store.wordFrequencies(missing, 'sentence');
      missing.forEach((w, i) => this.df.set(w, counts[i]!));
    }
    return words.map((w) => this.df.get(w)!);
  }

  /** BM25 sentence hits of a query in the search syntax, without snippets or highlights. */
  async hits(query: string, limit: number): Promise<SearchHit[]> {
    // The hits alone: counting every sentence that holds any of the question's words is a pass over all of them, and their marks are not read.
    return (await this.store.search(parseQuery(query), { query, unit: 'sentence', limit, offset: 0, count: false, marks: false })).hits;
  }

  /** The sentence of `doc` that starts at `start`, with its words; undefined when none does, or when it is in the document's list of sources. */
  async passageAt(doc: string, start: number): Promise<Passage | undefined> {
    const d = await this.timed(doc);
    const index = d ? (this.sentenceAt(d).get(start) ?? -1) : -1;
    if (index < 0) return undefined;
    const refs = this.referencesStart(d!);
    const s = d!.sentences[index]!;
    return start > refs.at && (!refs.notes || citation(d!.text.slice(s.start, s.end))) ? undefined : this.passage(d!, index);
  }

  private starts = new WeakMap<DocumentRecord['sentences'], Map<number, number>>();

  /** A document's sentences by where they start (the first of a start), made once per document read: a look-up instead of a scan of its thousands of sentences for each hit. */
  private sentenceAt(d: DocumentRecord): Map<number, number> {
    let at = this.starts.get(d.sentences);
    if (!at) {
      at = new Map();
      for (let i = d.sentences.length - 1; i >= 0; i--) at.set(d.sentences[i]!.start, i);
      this.starts.set(d.sentences, at);
    }
    return at;
  }

  private references = new Map<string, { at: number; notes: boolean }>();

  /**
   * Where a document's "References" (or "Bibliography", …) heading starts: a list of sources answers nothing. A section of "Notes" holds
   * sources and explanatory notes alike ("Item 5: the ministry estimated investment at US$ 1.2 billion in 2016"): `notes` says so, and only
   * its sentences that read as a source are left out (`citation`).
   */
  private referencesStart(d: DocumentRecord): { at: number; notes: boolean } {
    let at = this.references.get(d.name);
    if (at === undefined) {
      const { referenceHeadings, noteHeadings } = askLexicon();
      const heading = (b: DocumentRecord['blocks'][number]) => fold(d.text.slice(b.start, b.end).replace(/[*#:]/g, '').trim());
      const h = d.blocks.find((b) => b.type === 'heading' && [...referenceHeadings, ...noteHeadings].includes(heading(b)));
      this.references.set(d.name, (at = h ? { at: h.start, notes: noteHeadings.includes(heading(h)) } : { at: Infinity, notes: false }));
    }
    return at;
  }

  /** The sentence `index` of a document, with its words. */
  passage(d: DocumentRecord, index: number): Passage | undefined {
    const s = d.sentences[index];
    if (!s) return undefined;
    const key = `${d.name}:${index}`;
    const words = this.words.get(key) ?? this.words.set(key, tokens(d.text.slice(s.start, s.end), s.start));
    return { doc: d.name, start: s.start, end: s.end, block: s.block, index, words };
  }

  /** The sentences before and after a passage in its block. */
  async neighbours(p: Passage): Promise<Passage[]> {
    const d = (await this.timed(p.doc))!;
    return [p.index - 1, p.index + 1].flatMap((i) => {
      const n = this.passage(d, i);
      return n && n.block === p.block ? [n] : [];
    });
  }
}
