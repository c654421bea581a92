import { lambdaBundlesBench, frontendBench } from './bundles.bench';
import { catalogBench } from './catalog.bench';
import { lighthouseBench } from './lighthouse.bench';
import { lighthouseCompareBench } from './lighthouse-compare.bench';
import { uploadBench } from './upload.bench';

/**
 * `npm run bench [catalog|bundles|frontend|upload|lighthouse|lighthouse-compare]…` — prints tables
 * and writes bench/results/*.json. Not part of `npm test`: figures depend on the machine. With no
 * name, all but lighthouse-compare (it needs LIGHTHOUSE_COMPARE).
 */
const BENCHES: Record<string, () => Promise<void> | void> = {
  bundles: lambdaBundlesBench,
  frontend: frontendBench,
  catalog: catalogBench,
  upload: uploadBench,
  lighthouse: lighthouseBench,
  'lighthouse-compare': lighthouseCompareBench,
};

const wanted = process.argv.slice(2);
const ALL = Object.keys(BENCHES).filter((name) => name !== 'lighthouse-compare');
for (const name of wanted.length ? wanted : ALL) {
  const bench = BENCHES[name];
  if (!bench) throw new Error(`Unknown benchmark ${name}; choose from ${Object.keys(BENCHES).join(', ')}`);
  await bench();
}
