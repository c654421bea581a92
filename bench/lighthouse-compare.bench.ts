import { resolve } from 'node:path';
import type { Result } from 'lighthouse';
import { audit, chosenPages, withLighthouseSession } from './lighthouse.bench';
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
  if (labels.length < 2) throw new Error('Set LIGHTHOUSE_COMPARE to two or more build folders, comma-separated.');

  await withLighthouseSession(labels.map((dir) => resolve(dir)), async ({ port, urls }) => {
    const runs = new Map<string, Result[]>();
    for (let run = 0; run < RUNS; run++) {
      for (const { page, path } of chosenPages()) {
        for (const [index, url] of urls.entries()) {
          const key = `${page} ${index}`;
          runs.set(key, [...(runs.get(key) ?? []), await audit(`${url}${path}`, port)]);
        }
      }
    }

    const rows = chosenPages().flatMap(({ page }) =>
      labels.map((build, index) => {
        const results = runs.get(`${page} ${index}`) ?? [];
        const scores = results.map(performance);
        return {
          page,
          build,
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
  });
}
