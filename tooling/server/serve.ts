#!/usr/bin/env -S npx tsx
/**
 * tsx tooling/server/serve.ts [--dir build] [--port 3000] [--host 127.0.0.1] [--base-url /sre/]
 *
 * Serves a built site the way a static host would (see tooling/server/static-server.ts).
 * --base-url defaults to $BASE_URL, else `/`; it must match the BASE_URL the site was built with.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBaseUrl } from '../../contract/urls.ts';
import { createStaticServer } from './static-server.ts';

const USAGE = 'Usage: tsx tooling/server/serve.ts [--dir build] [--port 3000] [--host 127.0.0.1] [--base-url /]';

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'build' },
      port: { type: 'string', default: '3000' },
      host: { type: 'string', default: '127.0.0.1' },
      'base-url': { type: 'string', default: process.env.BASE_URL ?? '/' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail((error as Error).message);
}

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
  fail(`${relative(process.cwd(), root) || '.'}/index.html not found: build the site first (npm run build).`);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be an integer from 0 to 65535, got "${values.port}".`);
const baseUrl = normaliseBaseUrl(values['base-url']);

const server = createStaticServer({ root, baseUrl });
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} on ${values.host} is already in use.` : error.message);
  process.exit(1);
});
server.listen(port, values.host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const host = values.host.includes(':') ? `[${values.host}]` : values.host;
  console.log(`Serving ${relative(process.cwd(), root) || '.'}/ at http://${host}:${actualPort}${baseUrl}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
