/**
 * npm run bench:build -- [--sizes 52,500,2000]
 *
 * Builds the whole site from synthetic sources of each size and prints the
 * generate time, the build time, the build's peak memory (GNU time's maximum
 * resident set size, summed over nothing: it is the largest process) and the
 * output size. Growth should be roughly linear.
 *
 * It generates into this repository's docs/ and build/, then regenerates the
 * real docs/ at the end, so run it on a checkout with nothing to lose there.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticSource } from './synthetic-source.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '52,500,2000' } } });
const sizes = values.sizes.split(',').map(Number);
const scratch = mkdtempSync(join(tmpdir(), 'bench-build-'));

function timed(command: string[], env: NodeJS.ProcessEnv = process.env): { seconds: number; peakMiB: number } {
  const report = join(scratch, 'time.txt');
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', '-o', report, ...command], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stderr.slice(-3000)}`);
  const kib = Number(spawnSync('tail', ['-n', '1', report], { encoding: 'utf8' }).stdout.trim());
  return { seconds, peakMiB: kib / 1024 };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const lock = join(scratch, 'bench.lock.json');
console.log('| questions | generate | build | build peak memory | build/ size | build per question |');
console.log('|---:|---:|---:|---:|---:|---:|');
try {
  for (const size of sizes) {
    const source = join(scratch, `source-${size}.txt`);
    writeFileSync(source, syntheticSource(size));
    rmSync(lock, { force: true });
    const generate = timed(['npx', 'tsx', 'generator/cli.ts', '--source', source, '--lock', lock]);
    rmSync('.docusaurus', { recursive: true, force: true });
    rmSync('node_modules/.cache', { recursive: true, force: true });
    const build = timed(['npx', 'docusaurus', 'build'], { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' });
    const bytes = folderBytes('build');
    console.log(
      `| ${size} | ${generate.seconds.toFixed(1)} s | ${build.seconds.toFixed(1)} s | ${build.peakMiB.toFixed(0)} MiB | ${(bytes / 1024 / 1024).toFixed(1)} MiB | ${((build.seconds / size) * 1000).toFixed(0)} ms |`,
    );
  }
} finally {
  spawnSync('npx', ['tsx', 'generator/cli.ts'], { stdio: 'ignore' });
  rmSync(scratch, { recursive: true, force: true });
}
console.log('\nGoal: 2,000 questions build within 5 minutes on 2 cores, growing roughly linearly.');
