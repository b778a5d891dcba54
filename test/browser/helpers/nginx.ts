/**
 * Debian's nginx running one of the deploy configurations (deploy/nginx/) as a
 * child process of the test: a generated main config in a temp folder, the
 * deploy server file with only its host-specific lines (listen, root, the
 * build's CSP include) rewritten, and deploy/nginx/sre-site/ copied as it is.
 * It runs as a normal user and as root (CI runs as root; the workers then run
 * as root too, so they can read a build in any folder).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const NGINX = '/usr/sbin/nginx';
const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const INSTALL_HINT = 'apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static (as .ci/run does)';

/** Fails (never skips) when Debian's nginx or its brotli_static module is missing, saying how to install them. */
function assertNginxInstalled(): void {
  const missing = [NGINX, BROTLI_STATIC_MODULE].filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`The nginx tests need Debian's nginx with brotli_static; missing ${missing.join(', ')}. Install: ${INSTALL_HINT}`);
}

export type SiteConfig = 'sre-site-subpath.conf' | 'sre-site-root.conf';

export interface NginxOptions {
  /** Which deploy/nginx server file to run. */
  config: SiteConfig;
  /** The folder to serve as its `root`. */
  root: string;
  /** The build's CSP map (…/.nginx/csp-script-hashes.conf) for its `include`. */
  cspMap: string;
}

export interface RunningNginx {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** What nginx wrote to stderr so far (its error log). */
  readonly log: () => string;
  readonly stop: () => Promise<void>;
}

/** `text` with `from` replaced by `to`; the deploy file must contain `from` exactly once, or the test is out of date. */
function replaceOnce(text: string, from: string, to: string, file: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1)
    throw new Error(`deploy/nginx/${file}: expected the line \`${from.trim()}\` once, found it ${count} times; update test/browser/helpers/nginx.ts`);
  return text.replace(from, to);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((closed) => server.close(() => closed()));
  return port;
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}) before serving:\n${log()}`);
    const ok = await fetch(origin, { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`nginx did not answer at ${origin} within 30 s:\n${log()}`);
}

export async function startNginx({ config, root, cspMap }: NginxOptions): Promise<RunningNginx> {
  assertNginxInstalled();
  const prefix = await mkdtemp(join(tmpdir(), 'sre-nginx-'));
  await mkdir(join(prefix, 'conf'));
  await mkdir(join(prefix, 'temp'));
  await cp(join(repoRoot, 'deploy/nginx/sre-site'), join(prefix, 'conf/sre-site'), { recursive: true });
  const port = await freePort();

  let site = await readFile(join(repoRoot, 'deploy/nginx', config), 'utf8');
  site = replaceOnce(site, '    listen 80;\n', `    listen 127.0.0.1:${port};\n`, config);
  site = replaceOnce(site, '    listen [::]:80;\n', '', config);
  site = site.replace(/^include (\/srv\/\S+\/\.nginx\/csp-script-hashes\.conf);$/m, (line) => line.replace(/\S+;$/, `${cspMap};`));
  if (!site.includes(`include ${cspMap};`))
    throw new Error(`deploy/nginx/${config}: no \`include /srv/…/.nginx/csp-script-hashes.conf;\` line to point at the build`);
  site = site.replace(/^(\s*root) \/srv\/\S+;$/m, `$1 ${root};`);
  if (!site.includes(`root ${root};`)) throw new Error(`deploy/nginx/${config}: no \`root /srv/…;\` line to point at the build`);
  await writeFile(join(prefix, 'conf/site.conf'), site);

  const temp = (name: string) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
  await writeFile(
    join(prefix, 'conf/nginx.conf'),
    [
      `load_module ${BROTLI_STATIC_MODULE};`,
      // As root, nginx would start its workers as "nobody", who may not read the build; a normal user cannot switch users at all.
      ...(userInfo().uid === 0 ? ['user root root;'] : []),
      'worker_processes 1;',
      'events { worker_connections 128; }',
      'http {',
      '    include /etc/nginx/mime.types;',
      '    default_type application/octet-stream;',
      '    access_log off;',
      '    sendfile on;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${temp(name)}`),
      '    include site.conf;',
      '}',
      '',
    ].join('\n'),
  );

  let stderr = '';
  const child = spawn(
    NGINX,
    ['-p', prefix, '-e', 'stderr', '-c', join(prefix, 'conf/nginx.conf'), '-g', `daemon off; pid ${join(prefix, 'nginx.pid')}; error_log stderr;`],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const log = () => stderr;
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(origin, child, log);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    await rm(prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    log,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
