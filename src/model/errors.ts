/**
 * One catalogue of error codes. Every message names the input and says what to do.
 * `status` is the HTTP status the API answers with; `exit` the CLI's exit code.
 */
export const ERROR_CODES = {
  UNSUPPORTED_TYPE: { status: 415, hint: 'Dyad reads .txt, .md, .markdown, .html, .htm and .pdf files; convert the file to one of them.' },
  EMPTY_DOCUMENT: { status: 422, hint: 'The file has no text to read; check that it is the file you meant.' },
  BINARY_CONTENT: { status: 422, hint: 'The file holds binary data, not text; give the original document or rename it to its real type.' },
  INVALID_UTF8: { status: 422, hint: 'Save the file as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8 in > out).' },
  FILE_TOO_LARGE: { status: 413, hint: 'Split the document, or raise the limit with --max-size.' },
  PDF_CORRUPT: { status: 422, hint: 'The PDF cannot be parsed; re-export it from the original application.' },
  PDF_ENCRYPTED: { status: 422, hint: 'The PDF is password-protected; save an unprotected copy and ingest that.' },
  PDF_NO_TEXT: { status: 422, hint: 'The PDF has no text layer (a scan?); run OCR on it first (for example ocrmypdf).' },
  PDF_PAGE_UNREADABLE: { status: 200, hint: 'The page was skipped; the rest of the document was ingested.' },
  DUPLICATE_CONTENT: { status: 409, hint: 'The same bytes are already stored under another name; nothing was added.' },
  NAME_CONFLICT: { status: 409, hint: 'Two inputs would get the same name; give one another name in the manifest or rename the file.' },
  UNREADABLE_PATH: { status: 404, hint: 'Check that the path exists and that you may read it.' },
  MANIFEST_INVALID: { status: 422, hint: 'Fix the manifest (see README, "Collection manifest").' },
  LEXICON_INVALID: { status: 500, hint: 'Fix the entry the message names in the lexicon folder (see lexicon/README.md).' },
  SCHEMA_VERSION_UNKNOWN: { status: 500, hint: 'The database was written by a newer Dyad; upgrade Dyad or use another --db.' },
  DB_OPEN_FAILED: { status: 500, hint: 'Check the --db path and that the file is a Dyad database.' },
  DB_CORRUPT: { status: 500, hint: 'The database file is damaged or not a database: restore it from a backup (`dyad backup`), or move it aside and ingest the documents again.' },
  DB_READ_ONLY: { status: 500, hint: 'The database (or its folder) cannot be written: ingest into a copy you may write, or fix its permissions; reading it still works.' },
  DB_FULL: { status: 507, hint: 'The disk (or the file-size limit) is full: free space and ingest again; what was stored before is intact.' },
  FILE_EXISTS: { status: 409, hint: 'Choose another file name, or pass --force to replace it.' },
  NOT_SUPPORTED: { status: 501, hint: 'This store cannot do that here; the message says what is missing (for example pg_dump for a PostgreSQL backup).' },
  JOB_TIMEOUT: { status: 504, hint: 'The worker holding the job stopped (killed?) or took longer than --job-timeout; the job runs again, up to three attempts in all.' },
  DB_BUSY: { status: 503, hint: 'Another process kept the database locked (a long ingest?); try again when it has finished.' },
  NOT_FOUND: { status: 404, hint: 'List what exists with `dyad docs` (documents) or `dyad facts` (facts and their ids).' },
  BAD_QUERY: { status: 400, hint: 'See README, "Search syntax".' },
  BAD_REQUEST: { status: 400, hint: 'See the OpenAPI description at /api/openapi.json.' },
  METHOD_NOT_ALLOWED: { status: 405, hint: 'The API is read-only but for uploads: use GET (the Allow header lists what the route takes).' },
  UNAUTHORIZED: { status: 401, hint: 'Writes need the token `dyad serve` prints at start: send it as `Authorization: Bearer TOKEN` (the web page asks for it).' },
  FORBIDDEN: { status: 403, hint: 'The token is not the one this server was started with (`dyad serve` prints it; --token or DYAD_TOKEN sets it).' },
  URI_TOO_LONG: { status: 414, hint: 'Shorten the request: a query is at most 500 characters; list fewer documents in `doc`.' },
  HEADERS_TOO_LARGE: { status: 431, hint: 'Send smaller request headers (fewer or shorter cookies) and a shorter URL.' },
  REQUEST_TIMEOUT: { status: 408, hint: 'The request did not arrive in time; send it again.' },
  OVERLOADED: { status: 503, hint: 'The server is answering as many questions as it can hold; send the request again after the seconds its Retry-After header gives.' },
  QUERY_TIMEOUT: { status: 503, hint: 'The answer took too long; narrow the request (a type, a date range, fewer documents, a smaller limit).' },
  INVALID_PORT: { status: 400, hint: 'Give --port (or PORT) a whole number from 0 to 65535; 0 picks a free port.' },
  PORT_IN_USE: { status: 409, hint: 'Another program listens on that port: stop it, or choose another with --port (0 picks a free one).' },
  LISTEN_FAILED: { status: 500, hint: 'Check --host (an address of this machine, e.g. 127.0.0.1) and --port (ports below 1024 need privileges).' },
  USAGE: { status: 400, hint: 'Run `dyad --help`.' },
  INTERNAL: { status: 500, hint: 'This is a bug in Dyad; please report it with the command you ran.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The one exception type: a code from the catalogue, a message naming the input, and the cause. */
export class DyadError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;

  constructor(code: ErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'DyadError';
    this.code = code;
    this.file = options.file;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  get hint(): string {
    return ERROR_CODES[this.code].hint;
  }

  toJSON(): { code: ErrorCode; message: string; hint: string; file?: string } {
    return { code: this.code, message: this.message, hint: this.hint, ...(this.file ? { file: this.file } : {}) };
  }
}

/** Wraps anything thrown into a DyadError, keeping DyadErrors as they are. */
export function toDyadError(err: unknown, file?: string): DyadError {
  if (err instanceof DyadError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new DyadError('INTERNAL', file ? `${file}: ${message}` : message, { file, cause: err });
}
