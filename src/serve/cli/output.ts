import { DyadError, toDyadError, type ErrorCode } from '../../model/errors.js';
import { failure, success } from '../http/envelope.js';

/** Exit codes: 0 all good, 1 some inputs failed, 2 usage error. */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2 } as const;

export interface OutputOptions {
  json?: boolean;
}

/** Prints the API's envelope with `--json`, else the human rendering. */
export function emit<T>(opts: OutputOptions, data: T, human: (data: T) => string, meta?: Record<string, unknown>): void {
  if (opts.json) process.stdout.write(JSON.stringify(success(data, meta), null, 2) + '\n');
  else {
    const text = human(data);
    if (text) process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  }
}

/** Errors in what the user asked for (exit 2), as opposed to inputs that failed (exit 1). */
const USAGE_CODES = new Set<ErrorCode>(['USAGE', 'BAD_QUERY', 'BAD_REQUEST', 'INVALID_PORT', 'PORT_IN_USE', 'LISTEN_FAILED']);

/** Reports an error (as the envelope with `--json`) and returns the exit code to use. */
export function reportError(opts: OutputOptions, err: unknown): number {
  const e = toDyadError(err);
  if (opts.json) process.stdout.write(JSON.stringify(failure(e), null, 2) + '\n');
  else process.stderr.write(`dyad: ${e.code}: ${e.message}\n  ${e.hint}\n`);
  if (e.code === 'INTERNAL' && e.cause) process.stderr.write(String((e.cause as Error).stack ?? e.cause) + '\n');
  return USAGE_CODES.has(e.code) ? EXIT.USAGE : EXIT.SOME_FAILED;
}

export function usage(message: string): DyadError {
  return new DyadError('USAGE', message);
}
