/**
 * lib/resvg.ts: resvg's allocator keeps freed memory for a second when resvg is loaded through it, as mimalloc itself
 * reports (MIMALLOC_VERBOSE), in a fresh process, since mimalloc reads its options once per process.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const LOADERS = {
  throughLib: "require('./lib/resvg.ts').loadResvg();",
  direct: "require('@resvg/resvg-js');",
};

/** The purge delay mimalloc reports when resvg loads in a fresh process, with the given environment on top of ours. */
function reportedPurgeDelay(loader: keyof typeof LOADERS, extraEnv: Record<string, string> = {}): string | undefined {
  const env: NodeJS.ProcessEnv = { ...process.env, MIMALLOC_VERBOSE: '1', ...extraEnv };
  if (!('MIMALLOC_PURGE_DELAY' in extraEnv)) delete env['MIMALLOC_PURGE_DELAY'];
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', LOADERS[loader]], { encoding: 'utf8', env });
  expect(child.status, child.stderr).toBe(0);
  return /mimalloc: option 'purge_delay': (-?\d+)/.exec(child.stderr + child.stdout)?.[1];
}

describe('loadResvg', () => {
  it('loads resvg with freed memory kept for 1,000 ms, where mimalloc would give it back after 10', () => {
    expect(reportedPurgeDelay('throughLib')).toBe('1000');
    // Negative control: imported directly, mimalloc keeps its default.
    expect(reportedPurgeDelay('direct')).toBe('10');
  });

  it("keeps a delay the reader's environment sets", () => {
    expect(reportedPurgeDelay('throughLib', { MIMALLOC_PURGE_DELAY: '250' })).toBe('250');
  });
});
