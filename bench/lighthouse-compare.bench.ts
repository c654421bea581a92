import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import type { Result } from 'lighthouse';
import { startLocalStack, type LocalStack } from '../backend/src/local/stack';
import { throwawayStackOptions } from '../backend/src/local/local-config';
import { audit, CHROME_FLAGS, PAGES } from './lighthouse.bench';
import { median } from './median';
import { report } from './report';

const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 10);

const metric = (lhr: Result, id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
const performance = (lhr: Result) => Math.round((lhr.categories['performance']?.score ?? 0) * 100);

/**
 * Two or more production builds (LIGHTHOUSE_COMPARE=dirA,dirB: each a copy of
 * frontend/dist/frontend/browser) measured in turn, run by run, each served by its own local
 * stack. A change worth a few points is within the spread of two sets of 5 taken minutes apart,
 * because this machine's speed drifts; interleaved runs see the same drift.
 */
export async function lighthouseCompareBench(): Promise<void> {
  const labels = (process.env['LIGHTHOUSE_COMPARE'] ?? '').split(',').filter(Boolean);
  const sites = labels.map((dir) => resolve(dir));
  if (sites.length < 2) throw new Error('Set LIGHTHOUSE_COMPARE to two or more build folders, comma-separated.');
  for (const dir of sites) if (!existsSync(join(dir, 'index.html'))) throw new Error(`No index.html in ${dir}`);

  const dataDirs: string[] = [];
  const stacks: LocalStack[] = [];
  let chrome: LaunchedChrome | undefined;
  try {
    for (const siteDir of sites) {
      const dataDir = mkdtempSync(join(tmpdir(), 'lessonstage-lighthouse-compare-'));
      dataDirs.push(dataDir);
      stacks.push(await startLocalStack(throwawayStackOptions(dataDir, { siteDir, seedDemo: true })));
    }
    chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'silent' });

    const runs = new Map<string, Result[]>();
    for (let run = 0; run < RUNS; run++) {
      for (const { page, path } of PAGES) {
        for (const [index, stack] of stacks.entries()) {
          const key = `${page} ${index}`;
          runs.set(key, [...(runs.get(key) ?? []), await audit(`${stack.url}${path}`, chrome.port)]);
        }
      }
    }

    const rows = PAGES.flatMap(({ page }) =>
      sites.map((_dir, index) => {
        const results = runs.get(`${page} ${index}`) ?? [];
        const scores = results.map(performance);
        return {
          page,
          build: labels[index]!,
          'median score': median(scores),
          min: Math.min(...scores),
          'TBT ms': median(results.map((lhr) => metric(lhr, 'total-blocking-time'))),
          'FCP ms': median(results.map((lhr) => metric(lhr, 'first-contentful-paint'))),
          'LCP ms': median(results.map((lhr) => metric(lhr, 'largest-contentful-paint'))),
          scores: scores.join(' '),
        };
      }),
    );
    report('lighthouse-compare', rows, [`Lighthouse performance, mobile preset, simulated throttling; ${RUNS} runs per page and build, the builds taking turns; medians.`]);
  } finally {
    chrome?.kill();
    for (const stack of stacks) await stack.stop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }
}
