import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../e2e/support/browser/find-chromium';
import { startChromium } from './chromium';
import { own, ownTempDir, type Stop } from './resources';
import { reportTables } from './report';
import { analyseChord } from './stretch/chord-analysis';
import { analyseOnsets } from './stretch/onset-analysis';
import { captureElement, captureStretch, RECORDER_JS, STRETCH_MODULE_PATH, type Captured } from './stretch/page-capture';
import { startPageServer } from './stretch/page-server';
import type { StretchConfig } from './stretch/page-types';
import { stretchTables, type Measured } from './stretch/tables';
import { CHORDS, CLIP_SECONDS, DRUM_FILE, SAMPLE_RATE, writeTestAudio } from './stretch/test-audio';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--autoplay-policy=no-user-gesture-required'];

/** STRETCH_DUMP_DIR=folder keeps every capture as raw float32 mono 48 kHz, to listen to or re-analyse. */
const DUMP_DIR = process.env['STRETCH_DUMP_DIR'];

type Capture = (page: Page, url: string, rate: number, clipSeconds: number, sampleRate: number) => Promise<Captured>;

/** STRETCH_CONFIG='{"blockMs":240}' (or '{"preset":"cheaper"}') tries the library's other settings. */
const LIBRARY_CONFIG = process.env['STRETCH_CONFIG'] ? (JSON.parse(process.env['STRETCH_CONFIG']) as StretchConfig) : undefined;

const BROWSER = 'browser preservesPitch (<audio>, real time)';
const LIBRARY = `signalsmith-stretch 1.3.2 (offline${LIBRARY_CONFIG ? `, ${JSON.stringify(LIBRARY_CONFIG)}` : ''})`;
/** STRETCH_RATES=1,0.5,0.75 measures other speeds too; 1× must stay first (the drum hit's reference). */
const RATES = (process.env['STRETCH_RATES'] ?? '1,0.5').split(',').map(Number);
const METHODS: readonly { readonly method: string; readonly rate: number; readonly capture: Capture }[] = [
  ...RATES.map((rate) => ({ method: BROWSER, rate, capture: captureElement })),
  ...RATES.map((rate) => ({ method: LIBRARY, rate, capture: (...args: Parameters<Capture>) => captureStretch(...args, LIBRARY_CONFIG) })),
];

/** Every clip through one stretcher at one speed, analysed. */
async function measure(page: Page, method: string, rate: number, capture: Capture): Promise<Measured> {
  const captures: Captured[] = [];
  for (const file of [...CHORDS.map((c) => c.file), DRUM_FILE]) {
    const captured = await capture(page, file, rate, CLIP_SECONDS, SAMPLE_RATE);
    captures.push(captured);
    if (DUMP_DIR) {
      mkdirSync(DUMP_DIR, { recursive: true });
      writeFileSync(join(DUMP_DIR, `${method.split(' ')[0]}-${rate}${file.replace('.wav', '.f32').replace('/', '-')}`), captured.samples);
    }
  }
  const renderMs = captures.reduce((sum, c) => sum + (c.renderMs ?? NaN), 0);
  const seconds = captures.reduce((sum, c) => sum + c.samples.length / SAMPLE_RATE, 0);
  return {
    method,
    rate,
    chords: CHORDS.map((chord, i) => analyseChord(captures[i]!.samples, SAMPLE_RATE, chord.partials)),
    onsets: analyseOnsets(captures.at(-1)!.samples, SAMPLE_RATE),
    realTimeFactor: Number.isNaN(renderMs) ? undefined : seconds / (renderMs / 1000),
  };
}

/**
 * Slow-down with pitch kept: Chromium's own `preservesPitch` (WSOLA) against signalsmith-stretch,
 * at 1× and 0.5×, on clips ffmpeg writes at run time: two sustained chords (pitch of each partial,
 * residue between them, levels) and a drum hit every 500 ms (attack rise time, pre-echo,
 * re-attack). Needs only Chromium and ffmpeg, not the stack or a front-end build.
 */
export async function stretchBench(): Promise<void> {
  if (RATES[0] !== 1 || RATES.some((rate) => !(rate >= 0.0625 && rate <= 16))) throw new Error(`STRETCH_RATES: 1 first, then speeds within 0.0625–16 (Chromium's range), not ${process.env['STRETCH_RATES']}`);
  chromiumPath();
  const stops: Stop[] = [];
  try {
    const dir = ownTempDir('lessonstage-stretch-');
    stops.push(dir.remove);
    await writeTestAudio(dir.path);
    const clips = Object.fromEntries([...CHORDS.map((c) => c.file), DRUM_FILE].map((file) => [file, { path: join(dir.path, file), type: 'audio/wav' }]));
    const server = await startPageServer({
      ...clips,
      '/recorder.js': { text: RECORDER_JS, type: 'text/javascript' },
      // Its ES module (the "import" condition), not the UMD file require() would find.
      [STRETCH_MODULE_PATH]: { path: fileURLToPath(import.meta.resolve('signalsmith-stretch')), type: 'text/javascript' },
    });
    stops.push(server.stop);
    const browser$ = await startChromium(CHROME_FLAGS);
    stops.push(browser$.stop);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${browser$.port}`);
    stops.push(own('Playwright connection to Chromium', () => browser.close()));
    const context = await browser.newContext();
    // tsx keeps function names with esbuild's __name(…): the page needs that helper too.
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);

    const measured: Measured[] = [];
    for (const { method, rate, capture } of METHODS) {
      measured.push(await measure(page, method, rate, capture));
      console.log(`stretch: measured ${method} at ${rate}×`);
    }
    reportTables('stretch', stretchTables(measured));
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}
