/**
 * Runs a command and measures its wall time and its peak memory over the whole process tree: the resident set sizes
 * of the command and every descendant (npx → node → Docusaurus → its workers), summed, sampled from /proc every
 * SAMPLE_MS. GNU time's %M reports only the largest single process, which undercounts a build that forks. Worker
 * threads share their process's RSS, so they are counted once. Shared pages (the node binary, shared libraries) are
 * counted once per process, so the sum can exceed what the machine actually lost; it is the figure to compare, side
 * by side, between two builds measured the same way.
 *
 * It also reports the CPU time the tree used (user + system, every process and thread in it): the work done, without
 * the time spent waiting for a core while something else ran, which the wall time counts. The kernel adds a process's
 * CPU time, with its own children's, to its parent's "children" counters when the parent waits for it. Every process
 * in the tree is waited for (node waits for the processes it starts; Docusaurus and Rspack work in threads), so this
 * process's counters grow by the tree's total once the command has ended. Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

const SAMPLE_MS = 200;
const PAGE_BYTES = 4096;
/** /proc reports CPU times in USER_HZ ticks, 100 a second on Linux whatever the kernel's own tick rate. */
const TICKS_PER_SECOND = 100;

export interface Measured {
  readonly seconds: number;
  readonly peakBytes: number;
  /** CPU time, user + system, of the command and all its descendants. */
  readonly cpuSeconds: number;
}

interface ProcessStat {
  readonly parent: number;
  readonly rssBytes: number;
}

/** /proc/<pid>/stat's fields from field 3 (state) on: the command name before them is in parentheses and may contain spaces. */
function statFields(pid: number | 'self'): string[] {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** The CPU seconds of this process's children that have ended and been waited for: cutime and cstime, fields 16 and 17. */
function endedChildrenCpuSeconds(): number {
  const fields = statFields('self');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

function readStat(pid: number): ProcessStat | undefined {
  try {
    const fields = statFields(pid);
    // Fields from 3 (state): ppid is field 4, rss (in pages) field 24.
    return { parent: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES };
  } catch {
    return undefined; // the process ended between the listing and the read
  }
}

function treeRssBytes(root: number): number {
  const stats = new Map<number, ProcessStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat) stats.set(Number(name), stat);
  }
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of stats) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += stats.get(pid)?.rssBytes ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `command` and resolves with its wall time and peak tree memory. Its output goes to `logFile` when given (for
 * the build's own timings) and is shown only when it fails.
 */
export function measureProcessTree(command: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; logFile?: string } = {}): Promise<Measured> {
  const [file, ...args] = command;
  if (!file) throw new Error('measureProcessTree: empty command');
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const cpuBefore = endedChildrenCpuSeconds();
    const child = spawn(file, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = options.logFile === undefined ? undefined : createWriteStream(options.logFile);
    let output = '';
    const keep = (chunk: Buffer) => {
      log?.write(chunk);
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakBytes = 0;
    const sample = () => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeRssBytes(child.pid));
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      log?.end();
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${command.join(' ')} failed (exit ${code}):\n${output.slice(-5000)}`));
      else resolvePromise({ seconds, peakBytes, cpuSeconds: endedChildrenCpuSeconds() - cpuBefore });
    });
  });
}
