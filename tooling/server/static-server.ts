/**
 * A small production-like static server for the Docusaurus build folder, so
 * the built site can be checked the way a host would serve it: under its
 * base URL, `/x` answered by `x.html` (trailingSlash: false), hashed assets
 * cached forever, HTML revalidated, text compressed, unknown paths answered
 * by the site's own 404 page with status 404.
 *
 * Only node:http, node:fs and node:zlib; used by tooling/server/serve.ts and the
 * browser tests (test/browser/global-setup.ts).
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface StaticServerOptions {
  /** The build folder (e.g. `build`). */
  root: string;
  /** The site's base URL (`/`, `/sre/`; `sre` and `/sre` are normalised). */
  baseUrl?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Types worth compressing: text. Images and fonts are compressed already (SVG is text). */
const COMPRESSIBLE = new Set([
  '.html', '.htm', '.css', '.js', '.mjs', '.json', '.map', '.webmanifest', '.xml', '.txt', '.md', '.svg', '.ttf', '.otf', '.eot', '.ico',
]);

/** Below this, compression costs more than it saves. */
const MIN_COMPRESS_BYTES = 256;

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** `/sre` or `sre/` → `/sre/`, the same rule as docusaurus.config.ts. */
export function normaliseBaseUrl(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

type Encoding = 'br' | 'gzip';

/**
 * Picks the best encoding the client accepts, honouring `q=0`.
 * Brotli is preferred to gzip; `*` counts for both.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let quality = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q' && value !== undefined) {
        const parsed = Number(value);
        quality = Number.isFinite(parsed) ? parsed : 0;
      }
    }
    q.set(name.trim(), quality);
  }
  const accepts = (name: Encoding): boolean => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

class RequestProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Turns a request path under the base URL into a path relative to the build
 * folder, or throws RequestProblem for anything that tries to leave it.
 * Returns undefined if the path is not under the base URL at all.
 */
export function relativePathFor(pathname: string, baseUrl: string): string | undefined {
  if (!pathname.startsWith(baseUrl)) return undefined;
  const rest = pathname.slice(baseUrl.length);
  const segments = rest.split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let value: string;
    try {
      value = decodeURIComponent(segment);
    } catch {
      throw new RequestProblem(400, 'Malformed URL encoding');
    }
    if (value === '..' || value.includes('/') || value.includes('\\') || value.includes('\0')) {
      throw new RequestProblem(403, 'Path traversal refused');
    }
    decoded.push(value);
  }
  return decoded.join('/');
}

async function statFile(path: string): Promise<Stats | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

/** Inside `root` (already resolved), never equal to it or outside it. */
function isInside(root: string, path: string): boolean {
  return path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Candidate files for a relative request path, in order:
 * `x` itself, then `x.html`, then `x/index.html`; `x/` only `x/index.html`.
 */
export function candidatesFor(relativePath: string): string[] {
  if (relativePath === '' || relativePath.endsWith('/')) return [`${relativePath}index.html`];
  return [relativePath, `${relativePath}.html`, `${relativePath}/index.html`];
}

interface Found {
  file: string;
  relative: string;
  stats: Stats;
}

async function findFile(root: string, relativePath: string): Promise<Found | undefined> {
  // Dotfiles (.well-known aside) are not part of a Docusaurus build's public surface.
  if (relativePath.split('/').some((segment) => segment.startsWith('.') && segment !== '.well-known')) return undefined;
  for (const candidate of candidatesFor(relativePath)) {
    const file = resolve(root, candidate);
    if (!isInside(root, file)) throw new RequestProblem(403, 'Path traversal refused');
    const stats = await statFile(file);
    if (stats) return { file, relative: candidate, stats };
  }
  return undefined;
}

function etagFor(stats: Stats, encoding: Encoding | undefined): string {
  return `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
}

/**
 * Serves `root` under `baseUrl`. GET and HEAD only. The returned server is not
 * listening yet: call `listen()` (port 0 picks a free port).
 */
export function createStaticServer(options: StaticServerOptions): Server {
  const root = resolve(options.root);
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const compressedCache = new Map<string, Promise<Buffer>>();

  function compressed(found: Found, encoding: Encoding): Promise<Buffer> {
    const key = `${found.file}\0${found.stats.size}\0${found.stats.mtimeMs}\0${encoding}`;
    let entry = compressedCache.get(key);
    if (!entry) {
      entry = readFile(found.file).then((bytes) =>
        encoding === 'br'
          ? brotliAsync(bytes, {
              params: {
                [zlibConstants.BROTLI_PARAM_QUALITY]: 9,
                [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            })
          : gzipAsync(bytes, { level: 9 }),
      );
      entry.catch(() => compressedCache.delete(key));
      compressedCache.set(key, entry);
    }
    return entry;
  }

  async function send(req: IncomingMessage, res: ServerResponse, found: Found, status: number): Promise<void> {
    const extension = extname(found.file).toLowerCase();
    const isHtml = extension === '.html' || extension === '.htm';
    const compressible = COMPRESSIBLE.has(extension) && found.stats.size >= MIN_COMPRESS_BYTES;
    const encoding = compressible ? negotiateEncoding(req.headers['accept-encoding']) : undefined;

    res.setHeader('Content-Type', contentTypeFor(found.file));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const immutable = status === 200 && found.relative.startsWith('assets/') && !isHtml;
    res.setHeader('Cache-Control', immutable ? CACHE_IMMUTABLE : CACHE_REVALIDATE);
    if (compressible) res.setHeader('Vary', 'Accept-Encoding');

    if (status === 200) {
      const etag = etagFor(found.stats, encoding);
      res.setHeader('ETag', etag);
      res.setHeader('Last-Modified', found.stats.mtime.toUTCString());
      const ifNoneMatch = req.headers['if-none-match'];
      if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
        res.statusCode = 304;
        res.removeHeader('Content-Type');
        res.end();
        return;
      }
    }

    res.statusCode = status;
    if (encoding) {
      const body = await compressed(found, encoding);
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.setHeader('Content-Length', found.stats.size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((done, fail) => {
      const stream = createReadStream(found.file);
      stream.on('error', fail);
      res.on('close', () => {
        stream.destroy();
        done();
      });
      stream.pipe(res);
    });
  }

  async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = resolve(root, '404.html');
    const stats = await statFile(page);
    if (stats) {
      await send(req, res, { file: page, relative: '404.html', stats }, 404);
      return;
    }
    plain(req, res, 404, 'Not Found');
  }

  function plain(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
    const body = `${message}\n`;
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.setHeader('Cache-Control', CACHE_REVALIDATE);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      plain(req, res, 405, 'Method Not Allowed');
      return;
    }
    const rawUrl = req.url ?? '/';
    if (!rawUrl.startsWith('/')) {
      plain(req, res, 400, 'Bad Request');
      return;
    }
    const queryAt = rawUrl.search(/[?#]/);
    const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = queryAt === -1 ? '' : rawUrl.slice(queryAt);

    // `/sre` → `/sre/`, as hosts do for the site root.
    if (baseUrl !== '/' && pathname === baseUrl.slice(0, -1)) {
      res.statusCode = 301;
      res.setHeader('Location', baseUrl + query);
      res.setHeader('Content-Length', 0);
      res.end();
      return;
    }

    const relativePath = relativePathFor(pathname, baseUrl);
    if (relativePath === undefined) {
      await notFound(req, res);
      return;
    }
    const found = await findFile(root, relativePath);
    if (!found) {
      await notFound(req, res);
      return;
    }
    await send(req, res, found, 200);
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof RequestProblem) {
        plain(req, res, error.status, error.message);
        return;
      }
      if (res.headersSent) {
        res.destroy(error instanceof Error ? error : undefined);
        return;
      }
      plain(req, res, 500, 'Internal Server Error');
    });
  });
}
