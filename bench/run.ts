import { lambdaBundlesBench, frontendBench } from './bundles.bench';
import { catalogBench } from './catalog.bench';
import { lighthouseBench } from './lighthouse.bench';
import { uploadBench } from './upload.bench';

/**
 * `npm run bench [catalog|bundles|frontend|upload|lighthouse]…` — prints tables and writes
 * bench/results/*.json. Not part of `npm test`: figures depend on the machine.
 */
const BENCHES: Record<string, () => Promise<void> | void> = {
  bundles: lambdaBundlesBench,
  frontend: frontendBench,
  catalog: catalogBench,
  upload: uploadBench,
  lighthouse: lighthouseBench,
};

const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
  const bench = BENCHES[name];
  if (!bench) throw new Error(`Unknown benchmark ${name}; choose from ${Object.keys(BENCHES).join(', ')}`);
  await bench();
}
