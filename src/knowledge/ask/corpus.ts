import type { DocumentRecord } from '../../model/document.js';
import type { SearchHit } from '../../model/search.js';
import type { Store } from '../../store/store.js';
import { parseQuery } from '../../query/search-query.js';
import { fold } from '../../extract/fold.js';
import { askLexicon } from './lexicon.js';
import { tokens, type Token } from './text.js';
import { findConflicts, type Conflict } from './conflicts.js';

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
 * What the answerer reads from a store, each read once per instance: documents with their
 * annotations, sentence counts, and how many sentences hold a word (its rarity).
 * @example const c = new AskCorpus(store); await c.hits('"ODA" OR loan', 30)
 */
export class AskCorpus {
  private docs = new Map<string, Promise<DocumentRecord | undefined>>();
  private df = new Map<string, number>();
  private sentences?: number;
  private words = new Map<string, Token[]>();

  private found?: Promise<Conflict[]>;

  constructor(readonly store: Store) {}

  /** The store's conflicts, found once. */
  conflicts(): Promise<Conflict[]> {
    this.found ??= findConflicts(this.store);
    return this.found;
  }

  document(name: string): Promise<DocumentRecord | undefined> {
    let d = this.docs.get(name);
    if (!d) this.docs.set(name, (d = this.store.getDocument(name)));
    return d;
  }

  /** Number of sentences in the store. */
  async sentenceCount(): Promise<number> {
    this.sentences ??= (await this.store.listDocuments()).reduce((n, d) => n + d.counts.sentences, 0);
    return this.sentences;
  }

  /** Sentences holding the word (FTS5, stemmed as the index stems). */
  async documentFrequency(word: string): Promise<number> {
    let n = this.df.get(word);
    if (n === undefined) {
      // limit 0: the count alone, nothing ranked (a common word matches a large share of the sentences).
      n = (await this.store.search(parseQuery(`"${word}"`), { query: word, unit: 'sentence', limit: 0, offset: 0 })).total;
      this.df.set(word, n);
    }
    return n;
  }

  /** BM25 sentence hits of a query in the search syntax. */
  async hits(query: string, limit: number): Promise<SearchHit[]> {
    return (await this.store.search(parseQuery(query), { query, unit: 'sentence', limit, offset: 0 })).hits;
  }

  /** The sentence of `doc` that starts at `start`, with its words; undefined when none does, or when it is in the document's list of sources. */
  async passageAt(doc: string, start: number): Promise<Passage | undefined> {
    const d = await this.document(doc);
    const index = d?.sentences.findIndex((s) => s.start === start) ?? -1;
    return index < 0 || start > this.referencesStart(d!) ? undefined : this.passage(d!, index);
  }

  private references = new Map<string, number>();

  /** Where a document's "References" (or "Bibliography", …) heading starts: a list of sources answers nothing. */
  private referencesStart(d: DocumentRecord): number {
    let at = this.references.get(d.name);
    if (at === undefined) {
      const headings = askLexicon().referenceHeadings;
      const h = d.blocks.find((b) => b.type === 'heading' && headings.includes(fold(d.text.slice(b.start, b.end).replace(/[*#:]/g, '').trim())));
      this.references.set(d.name, (at = h ? h.start : Infinity));
    }
    return at;
  }

  /** The sentence `index` of a document, with its words. */
  passage(d: DocumentRecord, index: number): Passage | undefined {
    const s = d.sentences[index];
    if (!s) return undefined;
    const key = `${d.name}:${index}`;
    let words = this.words.get(key);
    if (!words) this.words.set(key, (words = tokens(d.text.slice(s.start, s.end), s.start)));
    return { doc: d.name, start: s.start, end: s.end, block: s.block, index, words };
  }

  /** The sentences before and after a passage in its block. */
  async neighbours(p: Passage): Promise<Passage[]> {
    const d = (await this.document(p.doc))!;
    return [p.index - 1, p.index + 1].flatMap((i) => {
      const n = this.passage(d, i);
      return n && n.block === p.block ? [n] : [];
    });
  }
}
