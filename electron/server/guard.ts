/**
 * Who may talk to browser mode's bridge: only a page this server served, on 127.0.0.1, that
 * knows this run's token. Checked before anything else, for every request.
 */
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-reenroll-token';

export interface GuardedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface Refusal {
  readonly status: number;
  readonly message: string;
}

/** Null when the request may proceed, otherwise why it is refused. */
export function checkRequest(request: GuardedRequest, port: number, token: string): Refusal | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = single(request.headers.host);
  if (host === undefined || !allowedHosts.includes(host.toLowerCase())) {
    return { status: 421, message: 'This server answers only to 127.0.0.1.' };
  }
  const origin = single(request.headers.origin);
  if (origin !== undefined && !allowedHosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return { status: 403, message: 'Requests from other sites are refused.' };
  }
  const fetchSite = single(request.headers['sec-fetch-site']);
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return { status: 403, message: 'Requests from other sites are refused.' };
  }
  if (!request.path.startsWith('/api/')) {
    return request.method === 'GET' || request.method === 'HEAD'
      ? null
      : { status: 405, message: 'Only GET is allowed here.' };
  }
  if (request.method !== 'POST') return { status: 405, message: 'API requests are POST.' };
  const contentType = single(request.headers['content-type']) ?? '';
  if (!/^application\/json(\s*;|$)/i.test(contentType)) {
    return { status: 415, message: 'API requests are application/json.' };
  }
  if (!tokenMatches(single(request.headers[TOKEN_HEADER]), token)) {
    return { status: 401, message: 'Missing or wrong token: open the URL that `reenroll serve` printed.' };
  }
  return null;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
