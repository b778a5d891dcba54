/**
 * npm run bench:lighthouse -- [--dir build] [--runs 1]
 *
 * Lighthouse 12.2.3 (the last release that runs on Node 20) against the built
 * site served like a real host (compression, caching), for each page type with
 * the mobile and the desktop preset. Prints page × preset × the four scores.
 * Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium.ts';
import { createStaticServer } from '../lib/static-server.ts';

export interface LighthouseScores {
  page: string;
  preset: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits that cost points outside Performance, for a readable failure. */
  failedAudits: string[];
}

export function pageTypes(): [string, string][] {
  const questions = JSON.parse(readFileSync('docs/_generated/questions.json', 'utf8')) as { permalink: string; number: number }[];
  const topics = JSON.parse(readFileSync('docs/_generated/topics.json', 'utf8')) as { permalink: string }[];
  return [
    ['home', '/'],
    ['question', questions.find((question) => question.number === 7)!.permalink],
    ['topic', topics[0]!.permalink],
  ];
}

export async function runLighthouse(root: string, pages: [string, string][], runs = 1): Promise<LighthouseScores[]> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = createStaticServer({ root, baseUrl: '/' });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROMIUM_ARGS.filter((flag) => flag !== '--headless=new').concat('--headless=new'),
  });
  const results: LighthouseScores[] = [];
  try {
    for (const [name, path] of pages) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const samples: LighthouseScores[] = [];
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(
            origin + path,
            { port: chrome.port, output: 'json', logLevel: 'error' },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          const categories = result!.lhr.categories;
          const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
          samples.push({
            page: name,
            preset,
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            failedAudits: ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
              (categories[category]?.auditRefs ?? [])
                .filter((ref) => ref.weight > 0 && (result!.lhr.audits[ref.id]?.score ?? 1) < 1)
                .map((ref) => `${category}/${ref.id}`),
            ),
          });
        }
        samples.sort((a, b) => a.performance - b.performance);
        results.push(samples[Math.floor(samples.length / 2)]!);
      }
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return results;
}

export function formatScores(results: readonly LighthouseScores[]): string {
  return [
    '| page | preset | Performance | Accessibility | Best Practices | SEO |',
    '|---|---|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.page} | ${r.preset} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'build' }, runs: { type: 'string', default: '1' } } });
  const root = resolve(values.dir!);
  if (!existsSync(resolve(root, 'index.html'))) {
    console.error(`${root}/index.html not found: run \`npm run build\` first.`);
    process.exit(1);
  }
  const results = await runLighthouse(root, pageTypes(), Number(values.runs));
  console.log(formatScores(results));
  for (const result of results) {
    if (result.failedAudits.length > 0) console.log(`${result.page}/${result.preset} lost points on: ${result.failedAudits.join(', ')}`);
  }
}

if (require.main === module) void main();
