import { oneLine, stopAll } from './resources';

/**
 * `npm run bench [catalog|bundles|frontend|upload|lighthouse|practice|practice-summary|stretch|streaming|lighthouse-compare|discussions]…` — prints tables
 * and writes bench/results/*.json. Not part of `npm test`: figures depend on the machine. With no
 * name, all but lighthouse-compare (it needs LIGHTHOUSE_COMPARE).
 *
 * A benchmark that fails, for whatever reason (an exception, an unhandled rejection or error
 * event, Ctrl-C), gets one line, `bench NAME failed: <message>`, and everything it started is
 * stopped (bench/resources.ts); the run goes on to the next one and exits 1 at the end. After an
 * uncaught error or a signal the run stops there. BENCH_DEBUG=1 prints the stack as well.
 */
/** Each loaded when it runs: a run of one does not load the others' dependencies (Lighthouse, the SDK…). */
const BENCHES: Record<string, () => Promise<unknown>> = {
  bundles: async () => (await import('./bundles.bench')).lambdaBundlesBench(),
  frontend: async () => (await import('./bundles.bench')).frontendBench(),
  catalog: async () => (await import('./catalog.bench')).catalogBench(),
  upload: async () => (await import('./upload.bench')).uploadBench(),
  lighthouse: async () => (await import('./lighthouse.bench')).lighthouseBench(),
  practice: async () => (await import('./practice.bench')).practiceBench(),
  'practice-summary': async () => (await import('./practice-summary.bench')).practiceSummaryBench(),
  stretch: async () => (await import('./stretch.bench')).stretchBench(),
  streaming: async () => (await import('./streaming.bench')).streamingBench(),
  'lighthouse-compare': async () => (await import('./lighthouse-compare.bench')).lighthouseCompareBench(),
  discussions: async () => (await import('./discussions.bench')).discussionsBench(),
};

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : Object.keys(BENCHES).filter((name) => name !== 'lighthouse-compare');
const unknown = names.filter((name) => !(name in BENCHES));
if (unknown.length) {
  console.error(`bench: no benchmark named ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}

let current = '';

function reportFailure(name: string, error: unknown): void {
  console.error(`bench ${name} failed: ${oneLine(error)}`);
  if (process.env['BENCH_DEBUG']) console.error(error);
}

/**
 * An error nothing awaited, or a signal: the current benchmark fails and the run ends here. A
 * Ctrl-C reaches this process twice (from the terminal, and relayed by tsx's parent process), so
 * only a signal a second or more after the first skips the cleanup.
 */
let abortedAt: number | undefined;
async function abort(error: unknown, exitCode: number): Promise<void> {
  if (abortedAt !== undefined) {
    if (Date.now() - abortedAt > 1_000) process.exit(exitCode);
    return;
  }
  abortedAt = Date.now();
  reportFailure(current || 'run', error);
  await stopAll();
  process.exit(exitCode);
}
process.on('uncaughtException', (error) => void abort(error, 1));
process.on('unhandledRejection', (reason) => void abort(reason, 1));
process.on('SIGINT', () => void abort(new Error('interrupted (SIGINT)'), 130));
process.on('SIGTERM', () => void abort(new Error('stopped (SIGTERM)'), 143));

const failed: string[] = [];
for (const name of names) {
  current = name;
  try {
    await BENCHES[name]!();
  } catch (error) {
    failed.push(name);
    reportFailure(name, error);
  } finally {
    // Whatever the benchmark left running, had it returned or not.
    const left = await stopAll();
    if (left.length && !failed.includes(name)) console.warn(`bench ${name} left running, now stopped: ${left.join(', ')}`);
  }
}
current = '';
if (failed.length) process.exitCode = 1;
