import { readFileSync } from 'node:fs';
import { DyadError } from '../../model/errors.js';

/**
 * The questions of a JSONL file, in order: each line an object with `question` and an optional `id`.
 * @example readQuestions('qa.jsonl') // → [{ id: 'Q1', question: 'When did …?' }]
 */
export function readQuestions(file: string): { id: string | null; question: string }[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DyadError('UNREADABLE_PATH', `cannot read ${file}`, { file, cause: err });
  }
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new DyadError('BAD_REQUEST', `${file}, line ${i + 1}: not JSON`, { file });
    }
    const r = row as { id?: unknown; question?: unknown };
    if (typeof r?.question !== 'string') throw new DyadError('BAD_REQUEST', `${file}, line ${i + 1}: no "question" string`, { file });
    return [{ id: r.id === undefined || r.id === null ? null : String(r.id), question: r.question }];
  });
}
