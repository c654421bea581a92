import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { startLocalStack } from '../backend/src/local/stack';
import { chromiumPath } from '../e2e/support/browser/find-chromium';
import { startChromium } from './chromium';
import { own, ownTempDir, type Stop } from './resources';
import { median } from './median';
import { report } from './report';
import { throwawayStackOptions } from '../backend/src/local/local-config';
import { waitForDemoTranscodes } from './demo-transcodes';

const root = join(import.meta.dirname, '..');
const siteDir = join(root, 'frontend/dist/frontend/browser');
const resultsDir = join(import.meta.dirname, 'results');

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Targets = Partial<Record<(typeof CATEGORIES)[number], number>>;
const TARGETS: Targets = { performance: 95, accessibility: 95 };
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['Speed Index', 'speed-index'],
] as const;
const RUNS = 5;
/** A lesson page with a score has its own performance target (issue 16): alphaTab loads there, lazily. */
export const PAGES: readonly { readonly page: string; readonly path: string; readonly targets?: Targets }[] = [
  { page: 'catalog', path: '/' },
  { page: 'course', path: '/courses/demo-guitar-first-chords' },
  { page: 'lesson', path: '/courses/demo-guitar-blues-lead/lessons/s1l1', targets: { ...TARGETS, performance: 90 } },
  // The same page without a score, beside it: the difference is what alphaTab costs.
  { page: 'lesson-no-score', path: '/courses/demo-guitar-first-chords/lessons/s1l1', targets: { ...TARGETS, performance: 90 } },
];
/** LIGHTHOUSE_PAGES=lesson,course audits only those pages (here and in lighthouse-compare). */
export const chosenPages = (): typeof PAGES => {
  const names = process.env['LIGHTHOUSE_PAGES']?.split(',');
  return names ? PAGES.filter(({ page }) => names.includes(page)) : PAGES;
};

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

const ATTEMPTS = 3;
/** Lessons are audited as streamed (HLS, poster), as visitors get them once the demo is transcoded. */
const TRANSCODE_WAIT_MS = 15 * 60_000;

/**
 * `simulate` (Lighthouse's default, the scored figure) models a slow 4G network from a trace taken
 * at full speed; `devtools` really slows the network and CPU down, so requests that overlap on a
 * real connection show as such. LIGHTHOUSE_THROTTLING=devtools picks the second.
 */
const THROTTLING = process.env['LIGHTHOUSE_THROTTLING'] === 'devtools' ? 'devtools' : 'simulate';
const SUFFIX = THROTTLING === 'simulate' ? '' : `-${THROTTLING}`;

export async function audit(url: string, port: number): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    // Lighthouse's default config: mobile form factor, simulated (Lantern) throttling.
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], throttlingMethod: THROTTLING });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const error = result.lhr.runtimeError;
    if (!error) return result.lhr;
    // Now and then the trace misses the navigation start (NO_NAVSTART); Lighthouse says to run again.
    if (attempt === ATTEMPTS) throw new Error(`Lighthouse failed on ${url}: ${error.code} ${error.message}`);
    console.warn(`Lighthouse run on ${url} failed (${error.code}); running it again.`);
  }
}

/** Scores below 1 of one run, for finding what costs points. */
function failing(lhr: Result, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `${ref.id} (${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.score})`);
}

/** Chromium and one local stack (demo catalog, own data folder) per production build. */
interface LighthouseSession {
  readonly port: number;
  readonly urls: readonly string[];
}

/**
 * Serves each build from a throwaway local stack, starts Chromium (the e2e suite's, found by
 * e2e/support/browser/find-chromium.ts) for Lighthouse, runs `work`, and stops and removes
 * everything afterwards, whatever happened (and bench/run.ts stops whatever a failure left).
 */
export async function withLighthouseSession<T>(siteDirs: readonly string[], work: (session: LighthouseSession) => Promise<T>): Promise<T> {
  for (const dir of siteDirs) {
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`No production build in ${dir}: run "npm run build -w frontend" first.`);
  }
  // Before any stack starts: no browser, nothing to start.
  chromiumPath();
  const stops: Stop[] = [];
  try {
    const urls: string[] = [];
    for (const dir of siteDirs) {
      const dataDir = ownTempDir('lessonstage-lighthouse-');
      stops.push(dataDir.remove);
      const stack = await startLocalStack(throwawayStackOptions(dataDir.path, { siteDir: dir, seedDemo: true, transcoder: true, transcodeDemo: true }));
      stops.push(own(`local stack serving ${dir}`, () => stack.stop()));
      const started = Date.now();
      await waitForDemoTranscodes(stack.config, TRANSCODE_WAIT_MS);
      console.log(`demo catalog transcoded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      urls.push(stack.url);
    }
    const chromium = await startChromium(CHROME_FLAGS);
    stops.push(chromium.stop);
    return await work({ port: chromium.port, urls });
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

/**
 * Lighthouse (mobile preset, simulated throttling) on the catalog, one course page and a lesson with a score of the
 * production build served by the local stack with the demo catalog; median of 5 runs per page.
 */
export async function lighthouseBench(): Promise<void> {
  await withLighthouseSession([siteDir], async ({ port, urls: [baseUrl] }) => {
    const scoreRows: Record<string, string | number>[] = [];
    const metricRows: Record<string, string | number>[] = [];
    const notes: string[] = [];
    let version = '';
    for (const { page, path, targets = TARGETS } of chosenPages()) {
      const url = `${baseUrl}${path}`;
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(url, port));
      version = runs[0]!.lighthouseVersion;

      for (const category of CATEGORIES) {
        const scores = runs.map((lhr) => score(lhr, category));
        const target = targets[category];
        const value = median(scores);
        scoreRows.push({
          page,
          category,
          'median score': value,
          runs: scores.join(' / '),
          target: target ? `≥ ${target}` : '-',
          status: target ? (value >= target ? 'met' : 'NOT met') : '-',
        });
      }

      // The median run by performance score: its metrics and its full report.
      const byPerformance = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const mid = byPerformance[Math.floor(byPerformance.length / 2)]!;
      metricRows.push({
        page,
        ...Object.fromEntries(METRICS.map(([label, id]) => [label, mid.audits[id]?.displayValue ?? '-'])),
        // Lighthouse's CPU speed estimate of this machine: scores drop when it is busy.
        benchmarkIndex: Math.round(mid.environment.benchmarkIndex),
      });
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(join(resultsDir, `lighthouse-${page}${SUFFIX}.lhr.json`), JSON.stringify(mid));
      for (const category of CATEGORIES) {
        const lost = failing(mid, category);
        if (lost.length) notes.push(`${page} / ${category}, audits below 1: ${lost.join(', ')}`);
      }
    }
    report(`lighthouse${SUFFIX}`, scoreRows, [
      `Lighthouse ${version} default (mobile) config, ${THROTTLING === 'simulate' ? 'simulated' : 'DevTools (applied)'} throttling, ${RUNS} runs per page, headless Chromium; production build served by the local stack with the demo catalog.`,
      'Median run reports: bench/results/lighthouse-<page>.lhr.json.',
      ...notes,
    ]);
    report(`lighthouse-metrics${SUFFIX}`, metricRows, ['Metrics of the median run (by performance score) of each page.']);
  });
}
