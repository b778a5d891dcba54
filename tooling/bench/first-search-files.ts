/** Which built files the first search downloads: the engine and the questions index (src/plugins/search/client/engine-store.ts). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function firstSearchFiles(jsDir: string): { files: string[]; describe: string } {
  const names = readdirSync(jsDir);
  const find = (prefix: string) => {
    const name = names.find((candidate) => candidate.startsWith(`${prefix}.`) && candidate.endsWith('.js'));
    if (!name) throw new Error(`${jsDir}: no ${prefix}.<hash>.js; is this a build of this site?`);
    return join(jsDir, name);
  };
  return { files: [find('search-engine'), find('search-questions')], describe: 'engine + questions index' };
}
