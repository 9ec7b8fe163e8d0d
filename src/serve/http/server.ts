import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { DyadError, type ErrorCode } from '../../model/errors.js';
import { failure } from './envelope.js';
import { MAX_URL_LENGTH } from './guards.js';

/** Node's limits, kept explicit: request line and headers together (Node answers 431 beyond it), whole request, headers alone. */
export const MAX_HEADER_BYTES = 16 * 1024;
export const REQUEST_TIMEOUT_MS = 30_000;
export const HEADERS_TIMEOUT_MS = 10_000;

/**
 * A port from the command line or PORT: a whole number from 0 to 65535 (0: any free port).
 * @example parsePort('8080') // → 8080; parsePort('99999') throws INVALID_PORT
 */
export function parsePort(value: string | number): number {
  const s = String(value).trim();
  const n = Number(s);
  if (!/^\d+$/.test(s) || n > 65535) throw new DyadError('INVALID_PORT', `port "${value}" is not a whole number from 0 to 65535`);
  return n;
}

/**
 * Node's http server answers bad requests before any handler runs (headers over its limit,
 * malformed requests, slow clients) with a bare status line. This answers them with the
 * envelope instead. An over-long request line (a 100 KB query string) overflows the same
 * limit as headers; it is told apart when what was read starts with a request line longer than
 * the API's URL limit (or with no end). When the overflow comes in a later packet, the request
 * line is out of sight, and the answer is 431, which names both.
 */
export function clientErrorResponse(err: NodeJS.ErrnoException & { rawPacket?: Buffer }): { status: number; body: string } {
  let code: ErrorCode = 'BAD_REQUEST';
  let message = 'malformed HTTP request';
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    const raw = err.rawPacket?.toString('latin1') ?? '';
    const lineEnd = raw.indexOf('\n');
    if (/^[A-Z]+ /.test(raw) && (lineEnd < 0 || lineEnd > MAX_URL_LENGTH)) {
      code = 'URI_TOO_LONG';
      message = `the request URL is longer than this server reads (${MAX_HEADER_BYTES} bytes with the headers)`;
    } else {
      code = 'HEADERS_TOO_LARGE';
      message = `the request line and headers are larger than this server reads (${MAX_HEADER_BYTES} bytes)`;
    }
  } else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    code = 'REQUEST_TIMEOUT';
    message = `the request did not arrive within ${REQUEST_TIMEOUT_MS / 1000} s`;
  }
  const e = new DyadError(code, message);
  return { status: e.status, body: JSON.stringify(failure(e)) };
}

function onClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, body } = clientErrorResponse(err);
  socket.end(
    `HTTP/1.1 ${status} ${statusText(status)}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
}

function statusText(status: number): string {
  return { 400: 'Bad Request', 408: 'Request Timeout', 414: 'URI Too Long', 431: 'Request Header Fields Too Large' }[status] ?? 'Error';
}

/** What went wrong when listening, as a DyadError with a hint. */
export function listenError(err: NodeJS.ErrnoException, host: string, port: number): DyadError {
  if (err.code === 'EADDRINUSE') return new DyadError('PORT_IN_USE', `${host}:${port} is already in use`, { cause: err });
  if (err.code === 'ERR_SOCKET_BAD_PORT') return new DyadError('INVALID_PORT', `port "${port}" is not a whole number from 0 to 65535`, { cause: err });
  return new DyadError('LISTEN_FAILED', `cannot listen on ${host}:${port} (${err.code ?? err.message})`, { cause: err });
}

/**
 * Serves the app on host:port; resolves once listening (with the port, useful when 0 was asked),
 * rejects with PORT_IN_USE, INVALID_PORT or LISTEN_FAILED.
 * @example const { server, port } = await listen(createApp(engine), { host: '127.0.0.1', port: 0 })
 */
export function listen(app: Hono, options: { host: string; port: number }): Promise<{ server: ServerType; port: number }> {
  const port = parsePort(options.port);
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve(
        {
          fetch: app.fetch,
          port,
          hostname: options.host,
          serverOptions: { maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS },
        },
        (info) => resolve({ server, port: info.port }),
      );
    } catch (err) {
      reject(listenError(err as NodeJS.ErrnoException, options.host, port));
      return;
    }
    (server as Server).on('clientError', onClientError);
    server.once('error', (err: NodeJS.ErrnoException) => reject(listenError(err, options.host, port)));
  });
}
