import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { DOMAIN_NAMES } from '../backend/src/route-list';
import { handlerEntry } from '../infrastructure/lib/paths';
import { LAMBDA_ESM_BANNER, LAMBDA_MAIN_FIELDS, LAMBDA_UNUSED_CREDENTIAL_PROVIDERS } from '../infrastructure/lib/lambda-bundling';
import { median } from './median';
import { report } from './report';

const root = join(import.meta.dirname, '..');

const bundlesDir = join(root, 'bench/results/bundles');

/** One function bundled the way the CDK stack bundles it (infrastructure/lib/lambda-bundling.ts). */
async function bundle(domain: string, variant: 'sdk-bundled' | 'sdk-external'): Promise<{ file: string; bytes: number; gzip: number }> {
  const file = join(bundlesDir, variant, `${domain}.mjs`);
  await build({
    entryPoints: [handlerEntry(domain)],
    outfile: file,
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: LAMBDA_MAIN_FIELDS,
    banner: { js: LAMBDA_ESM_BANNER },
    external: variant === 'sdk-external' ? ['@aws-sdk/*', '@smithy/*'] : LAMBDA_UNUSED_CREDENTIAL_PROVIDERS,
    logLevel: 'silent',
  });
  const contents = readFileSync(file);
  return { file, bytes: contents.byteLength, gzip: gzipSync(contents).byteLength };
}

/** Median time of a fresh `node` to load the module: the part of a cold start the bundle decides. */
function loadMs(file: string, runs = 7): number {
  const times = Array.from({ length: runs }, () => {
    const script = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t)`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    return Number(out.trim());
  });
  return Number(median(times).toFixed(1));
}

/** The target: every function's bundle loads (median of 7 fresh `import()`s) within this. */
const LOAD_TARGET_MS = 150;

/**
 * Each Lambda's bundle as deployed (AWS SDK bundled), and for comparison with the SDK left to
 * the runtime's copy (read from node_modules at load time, as on Lambda).
 */
export async function lambdaBundlesBench(): Promise<void> {
  const rows = [];
  for (const domain of DOMAIN_NAMES) {
    const bundled = await bundle(domain, 'sdk-bundled');
    const external = await bundle(domain, 'sdk-external');
    const load = loadMs(bundled.file);
    rows.push({
      function: domain,
      'minified KB': Math.round(bundled.bytes / 1024),
      'gzip KB': Math.round(bundled.gzip / 1024),
      'load ms': load,
      [`target: load ≤ ${LOAD_TARGET_MS} ms`]: load <= LOAD_TARGET_MS ? 'met' : 'NOT met',
      'KB without SDK': Math.round(external.bytes / 1024),
      'load ms, runtime SDK': loadMs(external.file),
    });
  }
  report('lambda-bundles', rows, [
    'esbuild, minified, platform node, target node22, ES modules, AWS SDK v3 bundled (modular clients only) but for the credential providers Lambda never reaches, as infrastructure/ deploys them.',
    `"load ms": median import() time of 7 fresh node processes, the part of a cold start the bundle decides; target ≤ ${LOAD_TARGET_MS} ms for every function (size is shown, not judged).`,
    '"without SDK": @aws-sdk/* and @smithy/* left out, loaded from node_modules as Lambda loads its runtime copy.',
  ]);
}

/** Initial JavaScript of the catalog page: the scripts index.html loads, gzip-compressed. */
export function frontendBench(): void {
  const dist = join(root, 'frontend/dist/frontend/browser');
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...index.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const lazyNames = readdirSync(dist).filter((f) => f.endsWith('.js') && !initial.includes(f));
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).byteLength;
  const initialGzip = initial.reduce((sum, file) => sum + gz(file), 0);
  report(
    'frontend',
    [
      { measure: 'initial JS files', value: initial.length },
      { measure: 'initial JS, gzip KB (target ≤ 170)', value: Number((initialGzip / 1024).toFixed(1)) },
      { measure: 'lazy chunks', value: lazyNames.length },
    ],
    ['Measured on the production build (npm run build -w frontend); Lighthouse scores: npm run bench -- lighthouse.'],
  );
}
