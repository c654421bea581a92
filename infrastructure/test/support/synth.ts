import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { readAppConfig, type AppConfig } from '../../lib/app-config';
import { createLessonstage, type LessonstageStacks } from '../../lib/create-app';
import { INFRA_ROOT } from '../../lib/paths';

/** The feature flags of cdk.json, so tests synthesize exactly what `cdk synth` does. */
export const CDK_JSON_CONTEXT: Record<string, unknown> = JSON.parse(readFileSync(path.join(INFRA_ROOT, 'cdk.json'), 'utf8')).context;

/** A stand-in Angular build: hashed bundles, index.html and an unhashed public file. */
export function fakeSiteBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lessonstage-site-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><body><app-root></app-root><script src="main-ABC123.js" type="module"></script></body></html>');
  writeFileSync(path.join(dir, 'main-ABC123.js'), 'console.log("app");');
  writeFileSync(path.join(dir, 'styles-DEF456.css'), 'body{margin:0}');
  writeFileSync(path.join(dir, 'favicon.ico'), '');
  mkdirSync(path.join(dir, 'media'));
  writeFileSync(path.join(dir, 'media', 'font-GHI789.woff2'), '');
  return dir;
}

export interface SynthOptions {
  /** Extra CDK context (`-c key=value`), e.g. { stage: 'prod' }. */
  readonly context?: Record<string, unknown>;
  /** false: skip esbuild (CDK's own bundling-stacks switch); the templates are the same. */
  readonly bundle?: boolean;
}

export interface Synthesized extends LessonstageStacks {
  readonly cdkApp: App;
  readonly config: AppConfig;
}

/** Builds the whole Lessonstage app the way bin/lessonstage.ts does, cdk-nag included. */
export function synthesize(options: SynthOptions = {}): Synthesized {
  // The real frontend build may or may not exist: tests name their site folder or have none.
  const siteContext = options.context?.siteDir ? {} : { deploySite: false };
  const context: Record<string, unknown> = { ...CDK_JSON_CONTEXT, ...siteContext, ...options.context };
  if (options.bundle === false) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ context, outdir: mkdtempSync(path.join(tmpdir(), 'lessonstage-cdk-')) });
  // No ambient AWS account/region: tests are environment-agnostic whatever the shell exports.
  const config = readAppConfig((key) => app.node.tryGetContext(key), {});
  const stacks = createLessonstage(app, config);
  return { ...stacks, cdkApp: app, config };
}
