import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../../docs/_generated/', import.meta.url));

/**
 * Reads a file the generator wrote, for docusaurus.config.ts and sidebars.ts.
 * `npm start` and `npm run build` generate first; anything else that loads
 * the config without generating gets told how to fix it.
 */
export function readGeneratedJson<T>(name: 'sidebar.json' | 'redirects.json' | 'topics.json'): T {
  try {
    return JSON.parse(readFileSync(dataDir + name, 'utf8')) as T;
  } catch (cause) {
    throw new Error(`docs/_generated/${name} is missing or unreadable: run \`npm run generate\` first.`, { cause });
  }
}
