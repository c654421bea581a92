import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { DOMAIN_NAMES } from '../backend/src/route-list';
import { report } from './report';

const root = join(import.meta.dirname, '..');

/** Each Lambda bundled the way the CDK stack bundles it (esbuild, minified, node22, ESM). */
export async function lambdaBundlesBench(): Promise<void> {
  const rows = [];
  for (const domain of DOMAIN_NAMES) {
    const result = await build({
      entryPoints: [join(root, `backend/src/${domain}/${domain}.handler.ts`)],
      bundle: true,
      minify: true,
      platform: 'node',
      target: 'node22',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    });
    const bytes = result.outputFiles[0]!.contents.byteLength;
    rows.push({ function: domain, 'minified KB': Math.round(bytes / 1024), 'gzip KB': Math.round(gzipSync(result.outputFiles[0]!.contents).byteLength / 1024), 'target ≤ 400 KB': bytes <= 400 * 1024 ? 'met' : 'NOT met' });
  }
  report('lambda-bundles', rows, ['esbuild, minified, platform node, target node22, AWS SDK v3 bundled (modular clients only).']);
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
    ['Measured on the production build (npm run build -w frontend). Lighthouse scores are not measured yet (the lighthouse package is not installed).'],
  );
}
