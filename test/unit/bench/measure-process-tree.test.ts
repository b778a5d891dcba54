import { describe, expect, it } from 'vitest';
import { measureProcessTree } from '../../../tooling/bench/measure-process-tree.ts';

/** Node code that spins until its own process has used this much CPU, so the work is fixed in CPU time, not in wall time. */
const spinFor = (cpuMs: number) => `const t = ${cpuMs * 1000}; while (process.cpuUsage().user + process.cpuUsage().system < t) {}`;

describe('the CPU time of a measured command', () => {
  it('holds at least the CPU its process spent', async () => {
    const measured = await measureProcessTree([process.execPath, '-e', spinFor(400)]);
    expect(measured.cpuSeconds).toBeGreaterThanOrEqual(0.39);
  });

  it("holds a grandchild's CPU too, as a build's Docusaurus process is the launcher's child", async () => {
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(spinFor(400))}]);`;
    const measured = await measureProcessTree([process.execPath, '-e', parent]);
    expect(measured.cpuSeconds).toBeGreaterThanOrEqual(0.39);
  });

  it('is not the wall time: a process that waits a second uses far less CPU than that', async () => {
    const measured = await measureProcessTree([process.execPath, '-e', 'setTimeout(() => {}, 1000)']);
    expect(measured.seconds).toBeGreaterThanOrEqual(1);
    expect(measured.cpuSeconds).toBeLessThan(0.9);
  });
});
