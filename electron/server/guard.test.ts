import { describe, expect, it } from 'vitest';
import { checkRequest, TOKEN_HEADER } from './guard';

const port = 4321;
const token = 'a'.repeat(64);
const api = (headers: Record<string, string>) =>
  checkRequest({ method: 'POST', path: '/api/workspace:list', headers }, port, token);
const good = {
  host: `127.0.0.1:${port}`,
  origin: `http://127.0.0.1:${port}`,
  'content-type': 'application/json',
  [TOKEN_HEADER]: token,
};

describe('checkRequest', () => {
  it('lets the app page call the API with its token', () => {
    expect(api(good)).toBeNull();
    expect(api({ ...good, host: `localhost:${port}`, origin: `http://localhost:${port}` })).toBeNull();
  });

  it('refuses a foreign Host header (DNS rebinding)', () => {
    expect(api({ ...good, host: `evil.example:${port}` })?.status).toBe(421);
    expect(api({ ...good, host: '127.0.0.1:80' })?.status).toBe(421);
    expect(
      checkRequest({ method: 'GET', path: '/', headers: { host: 'evil.example' } }, port, token)?.status,
    ).toBe(421);
  });

  it('refuses other origins and cross-site fetches', () => {
    expect(api({ ...good, origin: 'http://evil.example' })?.status).toBe(403);
    expect(api({ ...good, origin: 'null' })?.status).toBe(403);
    expect(api({ ...good, 'sec-fetch-site': 'cross-site' })?.status).toBe(403);
  });

  it('refuses a missing or wrong token and non-JSON bodies', () => {
    const { [TOKEN_HEADER]: _omit, ...noToken } = good;
    expect(api(noToken)?.status).toBe(401);
    expect(api({ ...good, [TOKEN_HEADER]: 'b'.repeat(64) })?.status).toBe(401);
    expect(api({ ...good, [TOKEN_HEADER]: 'short' })?.status).toBe(401);
    expect(api({ ...good, 'content-type': 'text/plain' })?.status).toBe(415);
  });

  it('serves static files to GET only and the API to POST only', () => {
    expect(
      checkRequest({ method: 'GET', path: '/index.html', headers: { host: good.host } }, port, token),
    ).toBeNull();
    expect(
      checkRequest({ method: 'PUT', path: '/index.html', headers: { host: good.host } }, port, token)?.status,
    ).toBe(405);
    expect(
      checkRequest({ method: 'GET', path: '/api/workspace:list', headers: good }, port, token)?.status,
    ).toBe(405);
  });
});
