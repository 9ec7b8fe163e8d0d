import type { Conflict, KnowledgeEntity, KnowledgeEvent, KnowledgeFact } from '../model/knowledge.js';

/**
 * A reconciled item as a store keeps it: the item itself (`data`), the columns its filters and
 * its order read, its mentions (doc, start, end) and its actors for the actor filter.
 */
export interface StoredItem {
  id: string;
  layer: 'events' | 'facts' | 'entities' | 'conflicts';
  /** The bucket it was reconciled in; it is replaced whenever that bucket is. */
  bucket: string;
  thirdParty: boolean;
  /** Event type, fact indicator, entity kind, or conflict kind. */
  type: string;
  /** Comparable start and end of its date or period (see `bounds`); null when it has none. */
  dateStart: string | null;
  dateEnd: string | null;
  /** Facts: the unit. */
  unit: string | null;
  /** The list's order: ascending by these, in turn (entities: by `count` descending first). */
  sort: [string, string, string];
  /** Mentions (entities: all of them, while `data` holds the first 20). */
  count: number;
  data: KnowledgeEvent | KnowledgeFact | KnowledgeEntity | Conflict;
  /** Where it is told, for the `doc` filter (entities: read from their contributions instead). */
  mentions: { doc: string; start: number; end: number }[];
  /** For the actor filter: entity ids, and names as space-delimited folded words (see `nameWords`). */
  actors: { entity: string; words: string }[];
}
