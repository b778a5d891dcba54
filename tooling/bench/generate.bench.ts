/**
 * npm run bench: generate time for the real source and synthetic sources up
 * to 5,000 questions. Prints a table; a figure, not a pass/fail, because this
 * machine is noisy. Growth should be near-linear: compare the per-question
 * time across rows of the same run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { marketingPatterns } from '../../generator/config/marketing-patterns.ts';
import { siteTaxonomy } from '../../generator/config/site-taxonomy.ts';
import { generate } from '../../generator/generate-site.ts';
import { EMPTY_LOCK } from '../../generator/stages/slugs/slug-lock.ts';
import { syntheticSource } from './synthetic-source.ts';

const realBytes = readFileSync(fileURLToPath(new URL('../../source/sre-interview-questions.txt', import.meta.url)));

function time(bytes: Uint8Array, runs: number): { median: number; files: number } {
  const samples: number[] = [];
  let files = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    files = generate({ sourceBytes: bytes, sourceFile: 'bench.txt', lock: EMPTY_LOCK, lockFile: 'bench.lock.json', taxonomy: siteTaxonomy, marketingPatterns })
      .files.size;
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, files };
}

const rows: { input: string; questions: number; bytes: Uint8Array; runs: number }[] = [
  { input: 'real source', questions: 52, bytes: realBytes, runs: 9 },
  ...[500, 1000, 2000, 5000].map((questions) => ({
    input: 'synthetic',
    questions,
    bytes: new TextEncoder().encode(syntheticSource(questions)),
    runs: questions >= 2000 ? 3 : 5,
  })),
];

time(realBytes, 3); // warm up the JIT so the first row is not penalised
console.log('| input | questions | source KB | files | generate (median) | per question |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const { median, files } = time(row.bytes, row.runs);
  console.log(
    `| ${row.input} | ${row.questions} | ${(row.bytes.length / 1024).toFixed(0)} | ${files} | ${(median / 1000).toFixed(2)} s | ${((median / row.questions) * 1000).toFixed(0)} µs |`,
  );
}
console.log('\nGoal: 5,000 questions in under 5 s, with a roughly constant time per question.');
