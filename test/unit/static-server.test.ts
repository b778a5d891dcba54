/**
 * The local production-like server (tooling/server/static-server.ts), checked
 * the way a host is: over HTTP, against a small build folder written here, so
 * every expected header value below is written down, not taken from the server.
 * Each behaviour is paired with the case that must not get it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../tooling/server/static-server.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
/** Long enough to be worth compressing (the server skips tiny bodies). */
const filler = (label: string) => `${label} ${'lorem ipsum dolor sit amet '.repeat(40)}`;

const FILES: Record<string, string | Buffer> = {
  'index.html': `<!doctype html><title>Home</title>${filler('home page')}`,
  '404.html': `<!doctype html><title>Page Not Found</title>${filler('the site’s own not-found page')}`,
  'questions/decide-rto-rpo.html': `<!doctype html><title>RTO</title>${filler('question page')}`,
  'questions/index.html': `<!doctype html><title>Questions</title>${filler('questions index')}`,
  'assets/js/main.1a2b3c4d.js': `console.log(${JSON.stringify(filler('main bundle'))});`,
  'assets/css/styles.5e6f7a8b.css': `body{content:${JSON.stringify(filler('styles'))}}`,
  'assets/images/card.9c0d1e2f.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array<number>(600).fill(0)]),
  'assets/fonts/inter.3f4a5b6c.woff2': Buffer.alloc(600, 7),
  'img/logo.svg': `<svg xmlns="http://www.w3.org/2000/svg"><desc>${filler('logo')}</desc></svg>`,
  'search-index.json': JSON.stringify({ words: filler('index') }),
  'downloads/sre-questions.csv': `id,title\n1,"${filler('Décide RTO — RPO')}"\n`,
  'robots.txt': 'User-agent: *\nAllow: /\n',
  'data.bin': Buffer.alloc(600, 1),
  '.env': 'SECRET=from-a-dotfile',
  '.well-known/security.txt': 'Contact: mailto:security@example.com\n',
};
const OUTSIDE_SECRET = 'SECRET=outside-the-build-folder';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  /** As sent on the wire (still compressed). */
  raw: Buffer;
  /** Decoded according to Content-Encoding. */
  text: string;
}

let workDir: string;
let root: string;
const servers: Server[] = [];

async function start(options: { root: string; baseUrl?: string }): Promise<number> {
  const server = createStaticServer(options);
  servers.push(server);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  return (server.address() as AddressInfo).port;
}

/** Raw HTTP, so that nothing (like fetch) adds Accept-Encoding or decompresses behind our back. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        // A HEAD reply or a 304 has no body to decode.
        const decoded = raw.length === 0 ? raw : encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        done({ status: res.statusCode!, headers: res.headers, raw, text: decoded.toString('utf8') });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

let port: number;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'static-server-'));
  root = join(workDir, 'build');
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  writeFileSync(join(workDir, 'secret.txt'), OUTSIDE_SECRET);
  // Given as a user would type it; the server normalises it to /sre/.
  port = await start({ root, baseUrl: 'sre' });
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise<void>((closed) => server.close(() => closed()));
  }
  rmSync(workDir, { recursive: true, force: true });
});

describe('base URL', () => {
  it('serves the site under it, and answers paths outside it with the site’s 404 page', async () => {
    const home = await get(port, '/sre/');
    expect(home.status).toBe(200);
    expect(home.text).toBe(FILES['index.html']);
    for (const outside of ['/', '/index.html', '/questions/decide-rto-rpo', '/other/', '/sree/']) {
      const reply = await get(port, outside);
      expect(reply.status, outside).toBe(404);
      expect(reply.text, outside).toBe(FILES['404.html']);
    }
  });

  it('redirects the bare base path to it, keeping the query', async () => {
    const bare = await get(port, '/sre');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/sre/');
    expect((await get(port, '/sre?from=share')).headers.location).toBe('/sre/?from=share');
    // Only the exact base path is redirected, not a longer name that starts like it.
    const longer = await get(port, '/sreX');
    expect(longer.status).toBe(404);
    expect(longer.headers.location).toBeUndefined();
  });

  it('is `/` when not given', async () => {
    const rootPort = await start({ root });
    expect((await get(rootPort, '/')).text).toBe(FILES['index.html']);
    expect((await get(rootPort, '/questions/decide-rto-rpo')).status).toBe(200);
    expect((await get(rootPort, '/sre/')).status).toBe(404);
  });
});

describe('paths', () => {
  it('answers `/x` with x.html, `/x.html` as it is, and `x/` with x/index.html', async () => {
    expect((await get(port, '/sre/questions/decide-rto-rpo')).text).toBe(FILES['questions/decide-rto-rpo.html']);
    expect((await get(port, '/sre/questions/decide-rto-rpo.html')).text).toBe(FILES['questions/decide-rto-rpo.html']);
    expect((await get(port, '/sre/questions/')).text).toBe(FILES['questions/index.html']);
    expect((await get(port, '/sre/questions/decide-rto-rpo?ref=1')).status).toBe(200);
  });

  it('does not answer `x/` with x.html (trailingSlash: false), nor a file that is not there', async () => {
    for (const missing of ['/sre/questions/decide-rto-rpo/', '/sre/questions/no-such-question', '/sre/assets/js/main.00000000.js']) {
      const reply = await get(port, missing);
      expect(reply.status, missing).toBe(404);
      expect(reply.headers['content-type'], missing).toBe('text/html; charset=utf-8');
      expect(reply.text, missing).toBe(FILES['404.html']);
    }
  });

  it('never serves dotfiles or files outside the build folder, but does serve .well-known', async () => {
    for (const refused of ['/sre/.env', '/sre/%2eenv', '/sre/../secret.txt', '/sre/%2e%2e/secret.txt', '/sre/questions/%2e%2e/%2e%2e/secret.txt']) {
      const reply = await get(port, refused);
      expect(reply.status, refused).toBe(404);
      expect(reply.text, refused).not.toContain('SECRET');
    }
    const wellKnown = await get(port, '/sre/.well-known/security.txt');
    expect(wellKnown.status).toBe(200);
    expect(wellKnown.text).toBe(FILES['.well-known/security.txt']);
  });

  it('answers with a plain 404 when the build has no 404 page', async () => {
    const bareRoot = join(workDir, 'bare');
    mkdirSync(bareRoot);
    writeFileSync(join(bareRoot, 'index.html'), '<p>home</p>');
    const barePort = await start({ root: bareRoot, baseUrl: '/sre/' });
    const reply = await get(barePort, '/sre/missing');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(reply.text).toBe('Not Found\n');
    expect((await get(barePort, '/sre/assets/js/main.00000000.js')).headers['cache-control']).toBe(REVALIDATE);
    expect((await get(barePort, '/sre/')).text).toBe('<p>home</p>');
  });

  it('answers only GET and HEAD', async () => {
    const post = await get(port, '/sre/', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect(post.text).not.toBe(FILES['index.html']);
    const head = await get(port, '/sre/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(FILES['index.html'] as string)));
  });
});

describe('content types', () => {
  it.each([
    ['/sre/questions/decide-rto-rpo', 'text/html; charset=utf-8'],
    ['/sre/assets/js/main.1a2b3c4d.js', 'text/javascript; charset=utf-8'],
    ['/sre/assets/css/styles.5e6f7a8b.css', 'text/css; charset=utf-8'],
    ['/sre/search-index.json', 'application/json; charset=utf-8'],
    ['/sre/downloads/sre-questions.csv', 'text/csv; charset=utf-8'],
    ['/sre/robots.txt', 'text/plain; charset=utf-8'],
    // Binary types carry no charset.
    ['/sre/img/logo.svg', 'image/svg+xml'],
    ['/sre/assets/images/card.9c0d1e2f.png', 'image/png'],
    ['/sre/assets/fonts/inter.3f4a5b6c.woff2', 'font/woff2'],
    ['/sre/data.bin', 'application/octet-stream'],
  ])('%s is %s, and not to be sniffed', async (path, contentType) => {
    const reply = await get(port, path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(contentType);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends text as UTF-8 that reads back unchanged', async () => {
    const csv = await get(port, '/sre/downloads/sre-questions.csv');
    expect(csv.text).toBe(FILES['downloads/sre-questions.csv']);
    expect(csv.text).toContain('Décide RTO — RPO');
  });
});

describe('compression', () => {
  const js = '/sre/assets/js/main.1a2b3c4d.js';

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
  ])('Accept-Encoding %j gets %s, smaller and decoding to the file', async (acceptEncoding, encoding) => {
    const reply = await get(port, js, { 'accept-encoding': acceptEncoding });
    expect(reply.headers['content-encoding']).toBe(encoding);
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.headers['content-length']).toBe(String(reply.raw.length));
    expect(reply.raw.length).toBeLessThan(Buffer.byteLength(FILES['assets/js/main.1a2b3c4d.js'] as string));
    expect(reply.text).toBe(FILES['assets/js/main.1a2b3c4d.js']);
  });

  it.each([[''], ['identity'], ['br;q=0, gzip;q=0'], ['deflate']])('Accept-Encoding %j gets the file as it is', async (acceptEncoding) => {
    const reply = await get(port, js, acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.raw.toString('utf8')).toBe(FILES['assets/js/main.1a2b3c4d.js']);
  });

  it.each([
    ['/sre/', 'br'],
    ['/sre/assets/css/styles.5e6f7a8b.css', 'br'],
    ['/sre/search-index.json', 'br'],
    ['/sre/img/logo.svg', 'br'],
    ['/sre/downloads/sre-questions.csv', 'br'],
    ['/sre/questions/does-not-exist', 'br'],
    // Compressed already, or too small to gain: sent as they are.
    ['/sre/assets/images/card.9c0d1e2f.png', undefined],
    ['/sre/assets/fonts/inter.3f4a5b6c.woff2', undefined],
    ['/sre/data.bin', undefined],
    ['/sre/robots.txt', undefined],
  ])('%s is sent with Content-Encoding %s to a client that accepts br', async (path, encoding) => {
    const reply = await get(port, path, { 'accept-encoding': 'br, gzip' });
    expect(reply.headers['content-encoding']).toBe(encoding);
  });

  it('says the same on HEAD as on GET', async () => {
    const headers = { 'accept-encoding': 'gzip' };
    const [got, head] = await Promise.all([get(port, js, headers), get(port, js, headers, 'HEAD')]);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.headers['content-length']).toBe(got.headers['content-length']);
    expect(head.raw.length).toBe(0);
  });
});

describe('cache headers', () => {
  it.each([
    // Hashed build assets never change under their name.
    ['/sre/assets/js/main.1a2b3c4d.js', IMMUTABLE],
    ['/sre/assets/css/styles.5e6f7a8b.css', IMMUTABLE],
    ['/sre/assets/images/card.9c0d1e2f.png', IMMUTABLE],
    // Everything else keeps its name across builds, so it is revalidated.
    ['/sre/', REVALIDATE],
    ['/sre/questions/decide-rto-rpo', REVALIDATE],
    ['/sre/search-index.json', REVALIDATE],
    ['/sre/img/logo.svg', REVALIDATE],
    ['/sre/robots.txt', REVALIDATE],
    // The 404 page, even at an assets/ path.
    ['/sre/assets/js/main.00000000.js', REVALIDATE],
    ['/sre/nowhere', REVALIDATE],
  ])('%s: Cache-Control %s', async (path, cacheControl) => {
    expect((await get(port, path, { 'accept-encoding': 'br' })).headers['cache-control']).toBe(cacheControl);
  });

  it('answers a revalidation with 304 when the page has not changed, and with the page when the tag differs', async () => {
    const page = await get(port, '/sre/questions/decide-rto-rpo');
    const etag = page.headers.etag!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(page.headers['last-modified']).toBeTruthy();
    const unchanged = await get(port, '/sre/questions/decide-rto-rpo', { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.raw.length).toBe(0);
    expect(unchanged.headers.etag).toBe(etag);
    expect(unchanged.headers['cache-control']).toBe(REVALIDATE);
    const changed = await get(port, '/sre/questions/decide-rto-rpo', { 'if-none-match': 'W/"something-else"' });
    expect(changed.status).toBe(200);
    expect(changed.text).toBe(FILES['questions/decide-rto-rpo.html']);
  });
});
