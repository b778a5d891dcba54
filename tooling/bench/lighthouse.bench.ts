/**
 * npm run bench:lighthouse -- [--dir build] [--runs 1]
 *
 * Lighthouse 12.2.3 for every page type (home, question, topic, /search,
 * /study) × the mobile and desktop presets: the four scores and the metrics
 * behind Performance. With --runs N, each row is the run with the median
 * Performance score. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatRuns, medianRun, PRESETS, startLighthouse, type LighthouseRun } from '../lighthouse/run-lighthouse.ts';
import { pageTypes } from '../page-types.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'build' }, runs: { type: 'string', default: '1' } } });
  const root = resolve(values.dir);
  const runs = Number(values.runs);
  if (!existsSync(resolve(root, 'index.html'))) {
    console.error(`${root}/index.html not found: run \`npm run build\` first.`);
    process.exit(1);
  }
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs must be a whole number of at least 1, not "${values.runs}".`);
    process.exit(1);
  }
  const session = await startLighthouse(root);
  const rows: LighthouseRun[] = [];
  try {
    for (const page of pageTypes()) {
      for (const preset of PRESETS) {
        const samples: LighthouseRun[] = [];
        for (let run = 0; run < runs; run++) samples.push(await session.audit(page, preset));
        rows.push(medianRun(samples));
      }
    }
  } finally {
    await session.close();
  }
  console.log(formatRuns(rows));
  for (const row of rows) {
    if (row.failedAudits.length > 0) console.log(`${row.page}/${row.preset} lost points on: ${row.failedAudits.join(', ')}`);
  }
}

void main();
