import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startLocalStack } from '../backend/src/local/stack';
import { throwawayStackOptions } from '../backend/src/local/local-config';
import { chromiumPath } from '../e2e/support/browser/find-chromium';
import { startChromium } from './chromium';
import { own, ownTempDir, type Stop } from './resources';
import { median } from './median';
import type { PageElement, PageGlobals, PageVideo } from './page-types';
import { reportTables, type Table } from './report';
import { attachLongLesson, LONG_BARS, type LongLesson } from './long-lesson';

const root = join(import.meta.dirname, '..');
const siteDir = join(root, 'frontend/dist/frontend/browser');

const COURSE = 'demo-guitar-blues-lead';
const LESSON_PATH = `/courses/${COURSE}/lessons/s1l1`;
/** The demo score is 4/4 throughout (backend/src/local/seed/scores/guitar-blues-riff.alphatex). */
const TICKS_PER_BAR = 4 * 960;

// Autoplay without a gesture: the bench plays the video from script, as a click would.
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--autoplay-policy=no-user-gesture-required'];

const LOOP_REPS = Number(process.env['PRACTICE_LOOP_REPS'] ?? 50);
const LOOP_A_S = 6;
const LOOP_B_S = 8;
const SEAM_TARGET_MS = 80;
const DRIFT_TARGET_MS = 20;
const COLD_LOADS = 5;
/** The long lesson's last minute of music, where drift after five minutes shows. */
const LAST_MINUTE_FROM_MS = 4 * 60_000;

interface SyncPoint {
  readonly bar: number;
  readonly timeMs: number;
}

interface Seam {
  /** Wall-clock ms from the last frame shown before the jump to the first one after it. */
  readonly gapMs: number;
  /** Media time of those two frames, to tell how close to B and A they were. */
  readonly lastMediaMs: number;
  readonly firstMediaMs: number;
}

/** Nearest-rank percentile of an unsorted list. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const verdict = (value: number, target: number) => (value <= target ? 'met' : 'NOT met');

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named inner functions in
 * `__name(…)`; functions sent to the page then need that helper there too.
 */
async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return context;
}

/** Opens the demo lesson in a fresh context and waits until its video can play and its score is drawn. */
async function openLesson(browser: Browser, baseUrl: string, path: string): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  await page.waitForFunction(() => (((globalThis as unknown as PageGlobals).document.querySelector('[data-testid="lesson-video"]') as PageVideo | null)?.readyState ?? 0) >= 2, null, { timeout: 30_000 });
  await page.locator('.at-surface svg').first().waitFor({ timeout: 30_000 });
  return page;
}

/** Sets the video's time from the page, and waits for the seek to finish. */
async function seek(page: Page, seconds: number): Promise<void> {
  await page.evaluate(
    (to) =>
      new Promise<void>((resolve) => {
        const video = ((globalThis as unknown as PageGlobals).document.querySelector('[data-testid="lesson-video"]') as PageVideo | null)!;
        video.addEventListener('seeked', () => resolve(), { once: true });
        video.currentTime = to;
      }),
    seconds,
  );
}

/**
 * Sets A and B with the app's own keys (`[` `]`, as the e2e test does) with the video paused at
 * each mark, so the loop is exactly A–B, then plays and records, with requestVideoFrameCallback,
 * every backwards jump of the presented frames' media time: the loop's seams.
 */
async function measureSeams(page: Page, reps: number): Promise<Seam[]> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await seek(page, LOOP_A_S);
  await page.keyboard.press('[');
  await seek(page, LOOP_B_S);
  await page.keyboard.press(']');
  await page.getByTestId('loop-toggle').and(page.locator('[aria-pressed="true"]')).waitFor({ timeout: 5_000 });
  await seek(page, LOOP_A_S);
  return page.evaluate(
    ({ reps, timeoutMs }) =>
      new Promise<Seam[]>((resolve, reject) => {
        const video = ((globalThis as unknown as PageGlobals).document.querySelector('[data-testid="lesson-video"]') as PageVideo | null)!;
        const seams: Seam[] = [];
        let last: { now: number; media: number } | null = null;
        const timer = setTimeout(() => reject(new Error(`only ${seams.length} of ${reps} loop seams within ${timeoutMs / 1000} s`)), timeoutMs);
        const onFrame = (now: number, meta: { readonly mediaTime: number }) => {
          const media = meta.mediaTime * 1000;
          // Back by more than half a second: the loop jumped from B to A.
          if (last && media < last.media - 500) seams.push({ gapMs: now - last.now, lastMediaMs: last.media, firstMediaMs: media });
          last = { now, media };
          if (seams.length >= reps) {
            clearTimeout(timer);
            video.pause();
            resolve(seams);
          } else video.requestVideoFrameCallback(onFrame);
        };
        video.requestVideoFrameCallback(onFrame);
        void video.play();
      }),
    { reps, timeoutMs: (reps * (LOOP_B_S - LOOP_A_S) + 30) * 1000 },
  );
}

/**
 * Plays from `fromS` at `rate` for `wallMs` and, every 50 ms, takes alphaTab's last reported
 * position (the `alphaTab.playerPositionChanged` DOM event alphaTab dispatches on its host
 * element, so the app needs no hook) mapped to ms through the lesson's sync points, minus the
 * video's currentTime. Returns alphaTab − video, in ms.
 */
async function measureDrift(page: Page, syncPoints: readonly SyncPoint[], fromS: number, rate: number, wallMs: number): Promise<{ videoMs: number; driftMs: number }[]> {
  await page.evaluate(() => {
    const video = ((globalThis as unknown as PageGlobals).document.querySelector('[data-testid="lesson-video"]') as PageVideo | null)!;
    video.pause();
  });
  // Loop off, so the clip plays through (the seam measurement left it on).
  const toggle = page.getByTestId('loop-toggle');
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
  await seek(page, fromS);
  return page.evaluate(
    ({ points, ticksPerBar, rate, wallMs }) =>
      new Promise<{ videoMs: number; driftMs: number }[]>((resolve) => {
        const video = ((globalThis as unknown as PageGlobals).document.querySelector('[data-testid="lesson-video"]') as PageVideo | null)!;
        const host = (globalThis as unknown as PageGlobals).document.querySelector('[data-testid="score-host"]') as PageElement;
        const sorted = [...points].sort((a, b) => a.bar - b.bar);
        // Tick → ms: linear within a bar between its sync point and the next; the last bar keeps the one before's length.
        const tickToMs = (tick: number) => {
          const bar = Math.floor(tick / ticksPerBar);
          const at = sorted.findIndex((p) => p.bar === bar);
          const i = at === -1 ? sorted.length - 1 : at;
          const here = sorted[i]!;
          const next = sorted[i + 1];
          const barMs = next ? (next.timeMs - here.timeMs) / (next.bar - here.bar) : (here.timeMs - sorted[i - 1]!.timeMs) / (here.bar - sorted[i - 1]!.bar);
          return here.timeMs + (tick / ticksPerBar - here.bar) * barMs;
        };
        // The score ends a bar after its last sync point; the clip runs on past it, where alphaTab stops.
        const last = sorted[sorted.length - 1]!;
        const beforeLast = sorted[sorted.length - 2]!;
        const scoreEndMs = last.timeMs + (last.timeMs - beforeLast.timeMs) / (last.bar - beforeLast.bar);
        let tick: number | null = null;
        host.addEventListener('alphaTab.playerPositionChanged', (event) => {
          tick = (event.detail as { currentTick: number }).currentTick;
        });
        const drift: { videoMs: number; driftMs: number }[] = [];
        video.playbackRate = rate;
        void video.play();
        const end = performance.now() + wallMs;
        const timer = setInterval(() => {
          // Only while playing inside the score (bar 0 starts after a bar of count-in clicks; the clip ends after the score).
          const videoMs = video.currentTime * 1000;
          if (tick !== null && !video.paused && !video.seeking && videoMs >= sorted[0]!.timeMs && videoMs < scoreEndMs) drift.push({ videoMs: video.currentTime * 1000, driftMs: tickToMs(tick) - video.currentTime * 1000 });
          if (performance.now() >= end || video.ended) {
            clearInterval(timer);
            video.pause();
            video.playbackRate = 1;
            resolve(drift);
          }
        }, 50);
      }),
    { points: syncPoints, ticksPerBar: TICKS_PER_BAR, rate, wallMs },
  );
}

/** Navigation start to the first `.at-surface svg`, in a fresh (cold-cache) context each time. */
async function timeToFirstStaff(browser: Browser, baseUrl: string, path: string): Promise<number> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    // performance.now() counts from the navigation's start: the observer's time is the figure.
    await page.addInitScript(() => {
      const page = globalThis as unknown as PageGlobals;
      const observer = new page.MutationObserver(() => {
        if (!page.document.querySelector('.at-surface svg')) return;
        page.firstStaffMs = performance.now();
        observer.disconnect();
      });
      observer.observe(page.document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl}${path}`);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).firstStaffMs !== undefined, null, { timeout: 30_000 });
    return await page.evaluate(() => (globalThis as unknown as PageGlobals).firstStaffMs ?? NaN);
  } finally {
    await context.close();
  }
}

/** The alphaTab chunk (found by content), the font alphaTab loads, and the initial JS, raw and gzip. */
function sizeRows(): Record<string, string | number>[] {
  const index = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const initial = [...index.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const kb = (bytes: number) => round1(bytes / 1024);
  const sizes = (files: readonly string[]) => {
    const contents = files.map((file) => readFileSync(join(siteDir, file)));
    return { raw: contents.reduce((sum, c) => sum + c.byteLength, 0), gzip: contents.reduce((sum, c) => sum + gzipSync(c).byteLength, 0) };
  };
  const chunks = readdirSync(siteDir).filter((f) => f.endsWith('.js') && !initial.includes(f) && readFileSync(join(siteDir, f), 'utf8').includes('alphaTab'));
  const fontDir = readdirSync(join(siteDir, 'alphatab')).map((version) => join('alphatab', version, 'font', 'Bravura.woff2'));
  const rows = [
    { file: `alphaTab chunk (${chunks.join(', ')})`, ...sizes(chunks) },
    { file: `font (${fontDir.join(', ')})`, ...sizes(fontDir) },
    { file: `initial JS (${initial.join(', ')})`, ...sizes(initial) },
  ];
  return rows.map(({ file, raw, gzip }) => ({ file, 'raw KB': kb(raw), 'gzip KB': kb(gzip) }));
}

function statRow(label: string, values: readonly number[], target: number): Record<string, string | number> {
  const p95 = percentile(values, 95);
  return { measure: label, samples: values.length, 'p50 ms': round1(percentile(values, 50)), 'p95 ms': round1(p95), 'max ms': round1(Math.max(...values)), target: `p95 ≤ ${target} ms`, status: verdict(p95, target) };
}

type DriftSample = { videoMs: number; driftMs: number };

/** One row of the drift table; where the outliers are (a seek, a bar line, the clip's end) goes into the notes. */
function driftRow(label: string, samples: readonly DriftSample[], notes: string[]): Record<string, string | number> {
  if (samples.length === 0) throw new Error(`no drift samples for ${label}`);
  const drift = samples.map((sample) => Math.abs(sample.driftMs));
  const outliers = samples.filter((sample) => Math.abs(sample.driftMs) > 4 * DRIFT_TARGET_MS);
  notes.push(`${label}: ${outliers.length} samples over ${4 * DRIFT_TARGET_MS} ms${outliers.length ? `, at video ms (drift): ${outliers.slice(0, 12).map((o) => `${Math.round(o.videoMs)} (${Math.round(o.driftMs)})`).join(', ')}` : ''}`);
  const p95 = percentile(drift, 95);
  // Signed median: whether alphaTab runs behind (−) or ahead (+) of the video.
  return {
    speed: label,
    'seconds sampled': round1((drift.length * 50) / 1000),
    samples: drift.length,
    'signed median ms': round1(median(samples.map((sample) => sample.driftMs))),
    'median ms': round1(median(drift)),
    'p95 ms': round1(p95),
    'max ms': round1(Math.max(...drift)),
    target: `≤ ${DRIFT_TARGET_MS} ms`,
    status: verdict(p95, DRIFT_TARGET_MS),
  };
}

/** The demo clip once through from bar 0, at 1× and 0.5×. */
async function demoDrift(page: Page, syncPoints: readonly SyncPoint[], notes: string[]): Promise<Record<string, string | number>[]> {
  const clipEndS = (await page.evaluate(() => ((globalThis as unknown as PageGlobals).document.querySelector('[data-testid="lesson-video"]') as PageVideo | null)!.duration)) || 36;
  const startS = syncPoints[0]!.timeMs / 1000;
  const rows: Record<string, string | number>[] = [];
  for (const rate of [1, 0.5]) {
    const samples = await measureDrift(page, syncPoints, startS, rate, ((clipEndS - startS) / rate) * 1000);
    rows.push(driftRow(`demo 12 bars, ${rate}×`, samples, notes));
  }
  return rows;
}

/**
 * The five-minute lesson: at 1× played through from bar 0 (all of it, and its last minute on its
 * own); at 0.5× only from a seek to minute 4, since five minutes would take ten.
 */
async function longDrift(page: Page, long: LongLesson, notes: string[]): Promise<Record<string, string | number>[]> {
  const startMs = long.syncPoints[0]!.timeMs;
  const lastMinuteMs = startMs + LAST_MINUTE_FROM_MS;
  const whole = await measureDrift(page, long.syncPoints, startMs / 1000, 1, long.clipSeconds * 1000 - startMs);
  const slow = await measureDrift(page, long.syncPoints, lastMinuteMs / 1000, 0.5, (long.clipSeconds * 1000 - lastMinuteMs) / 0.5);
  return [
    driftRow('5 min, 1×, all', whole, notes),
    driftRow('5 min, 1×, minutes 4–5', whole.filter((sample) => sample.videoMs >= lastMinuteMs), notes),
    driftRow('5 min, 0.5×, minutes 4–5 (from a seek to 4:00)', slow, notes),
  ];
}

async function syncPointsOf(baseUrl: string): Promise<SyncPoint[]> {
  const response = await fetch(`${baseUrl}/api/courses/${COURSE}/lessons/s1l1/score`);
  if (!response.ok) throw new Error(`score API answered ${response.status}`);
  const { syncPoints } = (await response.json()) as { syncPoints: SyncPoint[] };
  if (syncPoints.length < 2) throw new Error('the demo lesson has fewer than two sync points');
  return syncPoints;
}

/**
 * The practice player in real Chromium against a throwaway local stack with the demo data and a
 * generated five-minute lesson (bench/long-lesson.ts): loop seams, alphaTab's cursor against the
 * video, time to the first staff, and the renderer's size.
 */
export async function practiceBench(): Promise<void> {
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`No production build in ${siteDir}: run "npm run build -w frontend" first.`);
  chromiumPath();
  const stops: Stop[] = [];
  try {
    const dataDir = ownTempDir('lessonstage-practice-');
    stops.push(dataDir.remove);
    const stack = await startLocalStack(throwawayStackOptions(dataDir.path, { siteDir, seedDemo: true }));
    stops.push(own(`local stack serving ${siteDir}`, () => stack.stop()));
    // localhost, not 127.0.0.1: the presigned media links and the CSP name that origin.
    const baseUrl = stack.url.replace('127.0.0.1', 'localhost');
    const chromium$ = await startChromium(CHROME_FLAGS);
    stops.push(chromium$.stop);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chromium$.port}`);
    stops.push(own('Playwright connection to Chromium', () => browser.close()));
    const syncPoints = await syncPointsOf(baseUrl);
    const mediaDir = ownTempDir('lessonstage-practice-media-');
    stops.push(mediaDir.remove);
    const long = await attachLongLesson(baseUrl, mediaDir.path);

    const tables: Table[] = [];
    const page = await openLesson(browser, baseUrl, LESSON_PATH);
    const seams = await measureSeams(page, LOOP_REPS);
    const gaps = seams.map((s) => s.gapMs);
    console.log(`loop seams measured: ${seams.length}`);
    // What of the gap is the jump itself: the gap minus the media time the two frames were from B and A.
    const stalls = seams.map((s) => s.gapMs - (LOOP_B_S * 1000 - s.lastMediaMs) - (s.firstMediaMs - LOOP_A_S * 1000));
    tables.push({ title: 'loop seam', rows: [statRow('frame gap across the seam', gaps, SEAM_TARGET_MS), statRow('gap minus media time before B and after A', stalls, SEAM_TARGET_MS)], notes: [
      `A–B loop ${LOOP_A_S}–${LOOP_B_S} s of the demo clip at 1×, ${seams.length} repetitions, requestVideoFrameCallback wall-clock times of the last frame before and the first after each jump.`,
    ] });

    const driftNotes: string[] = [];
    const driftRows = await demoDrift(page, syncPoints, driftNotes);
    await page.context().close();
    const longPage = await openLesson(browser, baseUrl, long.path);
    driftRows.push(...(await longDrift(longPage, long, driftNotes)));
    await longPage.context().close();
    tables.push({ title: 'cursor drift', rows: driftRows, notes: [
      "|alphaTab − video|: alphaTab's last playerPositionChanged.currentTick (its DOM event) through the lesson's sync points, against video.currentTime, every 50 ms while playing, from bar 0 to the end of the score's last bar; signed median: − is alphaTab behind.",
      `5 min: ${long.path}, given through the admin API a generated ${long.clipSeconds} s H.264/AAC clip (a click a beat, 120 BPM, one bar of count-in) and a ${LONG_BARS}-bar alphaTex score with a sync point a bar; minutes 4–5 are video times from ${(long.syncPoints[0]!.timeMs + LAST_MINUTE_FROM_MS) / 1000} s.`,
      ...driftNotes,
    ] });

    const staffRows: Record<string, string | number>[] = [];
    for (const [score, path] of [['demo lesson, 12 bars', LESSON_PATH], [`long lesson, ${LONG_BARS} bars`, long.path]] as const) {
      const runs: number[] = [];
      for (let i = 0; i < COLD_LOADS; i++) runs.push(await timeToFirstStaff(browser, baseUrl, path));
      staffRows.push({ score, 'median ms': Math.round(median(runs)), runs: runs.map(Math.round).join(' / ') });
    }
    tables.push({ title: 'time to first staff', rows: staffRows, notes: [
      `Navigation start to the first .at-surface svg, ${COLD_LOADS} loads each in a fresh browser context (empty cache).`,
    ] });

    tables.push({ title: 'renderer sizes', rows: sizeRows(), notes: ['Production build (npm run build -w frontend); gzip by Node at its default level.'] });
    reportTables('practice', tables);
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}
