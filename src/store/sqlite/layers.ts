import type { Annotations } from '../../model/annotation.js';
import { DyadError } from '../../model/errors.js';
import { joinParts, LAYERS, type LayerData } from '../parts.js';
import { sqliteFailure } from './failures.js';
import type { Statements } from './statements.js';

type Layer = keyof Annotations;

/**
 * Schema 11: a document's layers in a rowid table with a unique index on (doc_id, layer, part),
 * not a WITHOUT ROWID table. That table's b-tree held each whole row, its JSON (megabytes for a
 * long document's entities) in overflow pages, and a seek compares keys with whole cells: every
 * lookup of a document's layers read the layers it passed over (1.5–2 ms a lookup, a generated
 * document of 1,000 paragraphs). The index holds the short keys alone: 0.006 ms.
 */
export const ANNOTATION_LAYERS_ROWID = `
  CREATE TABLE annotation_layers_rowid (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer TEXT NOT NULL CHECK (layer IN ('times', 'entities', 'events', 'facts')),
    part INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  INSERT INTO annotation_layers_rowid (doc_id, layer, part, data) SELECT doc_id, layer, part, data FROM annotation_layers ORDER BY doc_id, layer, part;
  DROP TABLE annotation_layers;
  ALTER TABLE annotation_layers_rowid RENAME TO annotation_layers;
  CREATE UNIQUE INDEX annotation_layers_key ON annotation_layers (doc_id, layer, part);
`;

/**
 * Schema 12: a layer's part may be stored packed (`packLayer`: its JSON deflated, a BLOB) as
 * well as JSON text; rows written before stay text and read as they are (`layerJson`). Nothing
 * is rewritten: the version only keeps a Dyad that reads text alone from opening the file.
 */
export const PACKED_LAYERS = (): void => undefined;

/** The stored document an annotation read belongs to: its id, its name (what a damaged layer names) and when it was stored (a replaced document has another time). */
export interface StoredDoc {
  id: string;
  name?: string;
  ingested_at: string;
}

/**
 * A document's stored annotations; undefined when it has none stored. With `layers`, those
 * layers are read at once and the others are empty (what retrieval reads: a sentence's times).
 * Without, each layer is read and parsed when it is first used: a document's entities are most
 * of what it stores (1.2 MB of JSON of a generated document of 345 KB of text, 80 % of its
 * annotations, 16 ms of CPU to read and parse) and an answer's spans read one or two layers of a
 * passage. The object has the four layers as properties in the usual order, so it serialises,
 * spreads and compares as the arrays read at once do. A layer first used after the document was
 * replaced (another `ingested_at`) is not read from the new document: NOT_FOUND says so. With
 * `layers` and `lazy`, the named layers are read when first used and the others are empty.
 * @example storedAnnotations(statements, { id, ingested_at }, 'kb.db')?.facts // → the facts, read now
 */
export function storedAnnotations(statements: Statements, doc: StoredDoc, path: string, layers?: readonly Layer[], lazy = false): Annotations | undefined {
  if (layers && !lazy) {
    const rows = statements
      .get('SELECT layer, data FROM annotation_layers WHERE doc_id = ? AND layer IN (SELECT value FROM json_each(?)) ORDER BY layer, part')
      .all(doc.id, JSON.stringify(layers)) as { layer: Layer; data: LayerData }[];
    if (!rows.length) return undefined;
    const out: Annotations = { times: [], entities: [], events: [], facts: [] };
    for (const r of rows) joinParts<unknown>(out[r.layer], r.data, doc.name ?? doc.id);
    return out;
  }
  if (!statements.get('SELECT 1 FROM annotation_layers WHERE doc_id = ? LIMIT 1').get(doc.id)) return undefined;
  return lazyLayers((layer) => {
    if (layers && !layers.includes(layer)) return [];
    try {
      const now = statements.get('SELECT ingested_at FROM documents WHERE id = ?').get(doc.id) as { ingested_at: string } | undefined;
      if (now?.ingested_at !== doc.ingested_at) {
        throw new DyadError('NOT_FOUND', `document ${doc.id} was replaced or removed while it was read; read it again`);
      }
      const rows = statements.get('SELECT data FROM annotation_layers WHERE doc_id = ? AND layer = ? ORDER BY part').pluck().all(doc.id, layer) as LayerData[];
      const out: unknown[] = [];
      for (const data of rows) joinParts(out, data, doc.name ?? doc.id);
      return out;
    } catch (err) {
      throw sqliteFailure(err, path);
    }
  });
}

/** Annotations whose layers are read by `read` when first got (then kept); a layer set is kept as set. */
function lazyLayers(read: (layer: Layer) => unknown[]): Annotations {
  const out = {} as Annotations;
  const keep = (layer: Layer, value: unknown) => Object.defineProperty(out, layer, { value, enumerable: true, writable: true, configurable: true });
  for (const layer of LAYERS) {
    Object.defineProperty(out, layer, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = read(layer);
        keep(layer, value);
        return value;
      },
      set: (value: unknown) => keep(layer, value),
    });
  }
  return out;
}
