/**
 * The build folder served the way a static host would: under its base URL, `/x` answered by `x.html` (trailingSlash:
 * false), hashed assets cached forever, HTML revalidated, text compressed, unknown paths answered by the site's own 404
 * page with status 404. sirv finds and reads the files; the thin layer here adds what sirv does not do: the base URL,
 * the cache headers, compression on the fly (sirv only serves precompressed files) and the 404 page's status.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import sirv from 'sirv';
import { normaliseBaseUrl } from '../../contract/urls.ts';

export interface StaticServerOptions {
  /** The build folder (e.g. `build`). */
  root: string;
  /** The site's base URL (`/`, `/sre/`; `sre` and `/sre` are normalised). */
  baseUrl?: string;
}

/** Text is sent as UTF-8 and compressed; so are the binary types that shrink (images and woff fonts are compressed already). */
const TEXT_TYPE = /^(text\/|application\/(json|xml|javascript|manifest\+json)$)/;
const COMPRESSIBLE_TYPE = /^(text\/|application\/(json|xml|javascript|manifest\+json|vnd\.ms-fontobject)$|image\/svg\+xml$|font\/(ttf|otf)$)/;
const MIN_COMPRESS_BYTES = 256; // below this, compression costs more than it saves
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to answer in: brotli before gzip, honouring `q=0` and `*`. */
function encodingFor(acceptEncoding = ''): 'br' | 'gzip' | undefined {
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(/\s*;\s*/);
    const q = params.find((param) => param.startsWith('q='));
    quality.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  return (['br', 'gzip'] as const).find((name) => (quality.get(name) ?? quality.get('*') ?? 0) > 0);
}

/** Dotfiles (.well-known aside) and `..` are no part of a build's public surface; `%2e` is a dot too. */
const PRIVATE_PATH = /\/(\.|%2e)(?!well-known\/)/i;

/** Serves `root` under `baseUrl`, GET and HEAD only. Not listening yet: call `listen()` (port 0 picks a free port). */
export function createStaticServer(options: StaticServerOptions): Server {
  const root = resolve(options.root);
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const compressedBodies = new Map<string, Promise<Buffer>>();
  const fail = (res: ServerResponse) => (error: unknown) => res.destroy(error instanceof Error ? error : undefined);

  function compressed(body: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
    const key = `${encoding}:${createHash('sha1').update(body).digest('hex')}`;
    if (!compressedBodies.has(key)) {
      compressedBodies.set(key, encoding === 'br' ? brotliAsync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipAsync(body, { level: 9 }));
    }
    return compressedBodies.get(key)!;
  }

  /** Sends a whole response with the headers a host adds, compressed when the client accepts it and it is worth it. */
  async function respond(req: IncomingMessage, res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: Buffer): Promise<void> {
    for (const method of ['writeHead', 'write', 'end']) Reflect.deleteProperty(res, method); // undo holdBody
    const type = String(headers['Content-Type'] || 'application/octet-stream').split(';')[0]!;
    // req.url is the path in the build folder by now (see below); only a found file can be immutable.
    const immutable = status < 400 && req.url!.startsWith('/assets/') && type !== 'text/html';
    const cacheControl = immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
    // sirv answers a matching If-None-Match with a bare 304; hosts repeat the validator and the caching rule.
    if (status === 304) return void res.writeHead(304, { ETag: req.headers['if-none-match'], 'Cache-Control': cacheControl }).end();
    const compressible = COMPRESSIBLE_TYPE.test(type) && body.length >= MIN_COMPRESS_BYTES && status !== 206;
    const encoding = compressible ? encodingFor(req.headers['accept-encoding']) : undefined;
    const sent = encoding ? await compressed(body, encoding) : body;
    res.writeHead(status, {
      ...headers,
      'Content-Type': TEXT_TYPE.test(type) ? `${type}; charset=utf-8` : type,
      'Content-Length': sent.length,
      'Cache-Control': cacheControl,
      'X-Content-Type-Options': 'nosniff',
      ...(compressible && { Vary: 'Accept-Encoding' }),
      ...(encoding && { 'Content-Encoding': encoding }),
    });
    res.end(sent);
  }

  async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = await readFile(resolve(root, '404.html')).catch(() => undefined);
    await respond(req, res, 404, { 'Content-Type': page ? 'text/html' : 'text/plain' }, page ?? Buffer.from('Not Found\n'));
  }

  const serveFile = sirv(root, {
    // Look every file up when asked, as a host does after a deploy, so a rebuild while serving is picked up.
    dev: true,
    etag: true,
    extensions: ['html'],
    onNoMatch: (req, res) => void notFound(req, res).catch(fail(res)),
  });

  /** sirv streams each file as it is; holding the body back lets `respond` settle the status, headers and encoding. */
  function holdBody(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let head: [number, OutgoingHttpHeaders] | undefined;
    Object.assign(res, {
      writeHead: (status: number, headers: OutgoingHttpHeaders = {}) => ((head = [status, headers]), res),
      write: (chunk: Buffer) => chunks.push(chunk) > 0,
      end: (chunk?: Buffer) => {
        respond(req, res, ...(head ?? [res.statusCode, {}]), Buffer.concat(chunk ? [...chunks, chunk] : chunks)).catch(fail(res));
        return res;
      },
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname = '', query = '' } = /^(?<pathname>[^?#]*)(?<query>.*)$/s.exec(req.url ?? '')?.groups ?? {};
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      await respond(req, res, 405, { 'Content-Type': 'text/plain', Allow: 'GET, HEAD' }, Buffer.from('Method Not Allowed\n'));
    } else if (baseUrl !== '/' && pathname === baseUrl.slice(0, -1)) {
      res.writeHead(301, { Location: baseUrl + query, 'Content-Length': 0 }).end(); // `/sre` → `/sre/`, as hosts do
    } else if (!pathname.startsWith(baseUrl) || PRIVATE_PATH.test(pathname)) {
      await notFound(req, res);
    } else {
      // sirv looks paths up in the build folder; `x/` is only ever `x/index.html` (sirv alone would also try `x.html`).
      const sitePath = pathname.slice(baseUrl.length - 1);
      req.url = (sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath) + query;
      holdBody(req, res);
      serveFile(req, res);
    }
  }

  return createServer((req, res) => void handle(req, res).catch(fail(res)));
}
