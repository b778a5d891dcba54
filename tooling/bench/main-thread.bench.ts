/**
 * npm run bench:main-thread -- [--build build-test] [--base-url /sre/] [--cpu 4] [--throttle] [--runs 1] [--min-task 50] [page type …]
 *
 * What the main thread does while a page loads and, once a key press (the reader's first intent) has started the
 * app, hydrates, task by task: Chromium's performance trace plus a sampling CPU profile. Each task's cost is its
 * thread (CPU) time × --cpu (4: the slow phone of Lighthouse's mobile preset, which scales the tasks it observes the
 * same way), so a machine busy with other work does not inflate it.
 * For every task costing more than --min-task ms it prints what ran inside (script evaluation by URL, compilation,
 * function calls, style and layout, garbage collection) and the sampled call tree (wall-clock samples: on a busy
 * machine their times are rough, their shape is not). --throttle also slows Chromium's CPU (real throttling). A
 * diagnostic benchmark: it prints figures and never fails on them. Page types as in tooling/page-types.ts (all of them
 * by default), served from --build, a build made under --base-url (the browser tests' build-test/ by default).
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { normaliseBaseUrl } from '../../contract/urls.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium.ts';
import { pageTypes } from '../page-types.ts';
import { createStaticServer } from '../server/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    build: { type: 'string', default: 'build-test' },
    'base-url': { type: 'string', default: '/sre/' },
    cpu: { type: 'string', default: '4' },
    throttle: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    'min-task': { type: 'string', default: '50' },
    'settle-ms': { type: 'string', default: '4000' },
  },
});
const root = resolve(values.build);
const baseUrl = normaliseBaseUrl(values['base-url']);
const cpuRate = Number(values.cpu);
const runs = Number(values.runs);
const minTaskMs = Number(values['min-task']);
const settleMs = Number(values['settle-ms']);

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time: what the task cost, without the time the thread waited for a core on a busy machine. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly data?: Record<string, unknown>; readonly name?: string } & Record<string, unknown>;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const ms = (micros: number) => (micros / 1000).toFixed(1);

/** The renderer's main thread: the thread named CrRendererMain that ran the most script. */
function mainThreadEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const mainThreads = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const busiest = mainThreads
    .map(({ pid, tid }) => ({ pid, tid, work: events.filter((event) => event.pid === pid && event.tid === tid && event.name === 'EvaluateScript').length }))
    .sort((a, b) => b.work - a.work)[0];
  if (!busiest) throw new Error('The trace has no CrRendererMain thread: was the page loaded while tracing?');
  return events.filter((event) => event.pid === busiest.pid && event.tid === busiest.tid && event.ph === 'X');
}

/** What a trace event is, in a few words: its kind and, for script, which script or function. */
function describe(event: TraceEvent, origin: string): string {
  const data = event.args?.data ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const short = (url: unknown) => text(url).replace(origin, '');
  switch (event.name) {
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.produceCache':
      return `${event.name} ${short(data.url ?? event.args?.fileName)}`;
    case 'FunctionCall':
      return `FunctionCall ${text(data.functionName) || '(anonymous)'} ${short(data.url)}`;
    case 'TimerFire':
    case 'EventDispatch':
      return `${event.name} ${text(data.type)}`;
    default:
      return event.name;
  }
}

/** Direct children of an event among sorted complete events (ts ascending, longer first on ties). */
function childrenOf(parent: TraceEvent, events: readonly TraceEvent[]): TraceEvent[] {
  const end = parent.ts + (parent.dur ?? 0);
  const inside = events.filter((event) => event !== parent && event.ts >= parent.ts && event.ts + (event.dur ?? 0) <= end);
  const children: TraceEvent[] = [];
  let coveredUntil = -1;
  for (const event of inside) {
    if (event.ts < coveredUntil) continue;
    children.push(event);
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return children;
}

/** A frame as one line: function, script and position. */
function frameName(node: ProfileNode, origin: string): string {
  const frame = node.callFrame;
  const where = frame.url ? ` ${frame.url.replace(origin, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'}${where}`;
}

/**
 * The sampled call tree inside [start, end], top-down: each node with the time spent in it and below it, printed
 * while it takes at least `share` of the window, so the path from the task's entry to its heavy work shows.
 */
function callTree(profile: CpuProfile, start: number, end: number, origin: string, share = 0.06): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const total = new Map<number, number>();
  const self = new Map<string, number>();
  let time = profile.startTime;
  for (let index = 0; index < profile.samples.length; index++) {
    time += profile.timeDeltas[index] ?? 0;
    if (time < start || time > end) continue;
    const weight = profile.timeDeltas[index + 1] ?? 0;
    const leaf = profile.samples[index]!;
    const leafNode = byId.get(leaf);
    if (leafNode) self.set(frameName(leafNode, origin), (self.get(frameName(leafNode, origin)) ?? 0) + weight);
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) total.set(id, (total.get(id) ?? 0) + weight);
  }
  const window = end - start;
  const lines: string[] = [];
  const visit = (id: number, depth: number) => {
    const node = byId.get(id)!;
    const time = total.get(id) ?? 0;
    if (time < share * window || depth > 40) return;
    const skip = node.callFrame.functionName === '(root)';
    if (!skip) lines.push(`${'  '.repeat(depth)}${ms(time).padStart(6)} ms  ${frameName(node, origin)}`);
    for (const child of [...(node.children ?? [])].sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0))) visit(child, skip ? depth : depth + 1);
  };
  visit(profile.nodes[0]!.id, 0);
  const hottest = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([key, micros]) => `self ${ms(micros).padStart(6)} ms  ${key}`);
  return [...lines, ...hottest];
}

async function main(): Promise<void> {
  const server = createStaticServer({ root, baseUrl });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  const wanted = new Set(positionals);
  const pages = pageTypes().filter((page) => wanted.size === 0 || wanted.has(page.name));
  try {
    for (const pageType of pages) {
      for (let run = 1; run <= runs; run++) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        if (values.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await browser.startTracing(page, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'toplevel', 'blink.user_timing', 'loading'],
        });
        const url = `${origin}${baseUrl.replace(/\/$/, '')}${pageType.path}`;
        await page.goto(url, { waitUntil: 'load' });
        // The reader's first intent starts the app (src/ssr/start-app-on-intent.ts): a key press with no effect of its own.
        await page.keyboard.press('Shift');
        await page.waitForTimeout(settleMs);
        const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        await context.close();

        const events = mainThreadEvents(trace.traceEvents).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
        const navigationStart = trace.traceEvents.find((event) => event.name === 'navigationStart')?.ts ?? events[0]!.ts;
        // Thread time × the CPU slowdown: what each task would take on the slow phone Lighthouse simulates, whatever else the machine ran.
        const cost = (event: TraceEvent) => (event.tdur ?? event.dur ?? 0) * cpuRate;
        const allTasks = events.filter((event) => event.name === 'RunTask');
        const tasks = allTasks.filter((event) => cost(event) >= minTaskMs * 1000);
        const total = allTasks.reduce((sum, event) => sum + cost(event), 0);
        const blocking = tasks.reduce((sum, task) => sum + Math.max(0, cost(task) - 50_000), 0);
        console.log(
          `\n## ${pageType.name} (${pageType.path}), thread time × ${cpuRate}, run ${run}: main thread ${ms(total)} ms; ${tasks.length} tasks ≥ ${minTaskMs} ms; their time over 50 ms: ${ms(blocking)} ms`,
        );
        for (const task of tasks) {
          console.log(`\n  task at ${ms(task.ts - navigationStart)} ms (wall clock), ${ms(cost(task))} ms:`);
          const inside = events.filter((event) => event.ts >= task.ts && event.ts <= task.ts + (task.dur ?? 0));
          for (const child of childrenOf(task, inside)) {
            if (cost(child) < 2000) continue;
            console.log(`    ${ms(cost(child)).padStart(7)} ms  ${describe(child, origin)}`);
            for (const grandchild of childrenOf(child, inside)) {
              if (cost(grandchild) >= 4000) console.log(`      ${ms(cost(grandchild)).padStart(7)} ms  ${describe(grandchild, origin)}`);
            }
          }
          console.log('    sampled call tree (total time), then the hottest functions (self time):');
          for (const line of callTree(profile, task.ts, task.ts + (task.dur ?? 0), origin)) console.log(`      ${line}`);
        }
      }
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
