import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { throwawayStackOptions } from '../backend/src/local/local-config';
import { startLocalStack } from '../backend/src/local/stack';
import { SEGMENT_SECONDS } from '../backend/src/transcoding/hls-layout';
import { attachTestOriginal, attachTestStream, makeTestOriginal, makeTestStream, type TestStreamOptions } from '../backend/src/testing/hls-stream';
import { chromiumPath } from '../e2e/support/browser/find-chromium';
import { startChromium } from './chromium';
import { median } from './median';
import { reportTables, type Table } from './report';
import { own, ownTempDir, type Stop } from './resources';

const siteDir = join(import.meta.dirname, '..', 'frontend/dist/frontend/browser');

/** A one-minute lesson as the transcoder's ladder would stream it, and the teacher's 1080p original. */
const LADDER: TestStreamOptions = {
  durationSec: 60,
  // STREAMING_SEGMENT_SEC=2 measures another segment length against the same machine state.
  segmentSec: Number(process.env['STREAMING_SEGMENT_SEC'] ?? SEGMENT_SECONDS),
  rungs: [
    { height: 360, videoKbps: 800 },
    { height: 540, videoKbps: 1400 },
    { height: 720, videoKbps: 2800 },
    { height: 1080, videoKbps: 5000 },
  ],
};
const ORIGINAL_KBPS = 8000;
/** Free previews without a score (the score view would load alphaTab beside the video). */
const HLS_LESSON = { courseId: 'demo-guitar-first-chords', lessonId: 's1l1' };
const MP4_LESSON = { courseId: 'demo-violin-vibrato', lessonId: 's1l1' };
const COLD_LOADS = Number(process.env['STREAMING_LOADS'] ?? 5);
const SEEKS = 20;
const BYTES_WINDOW_MS = 30_000;
const THROTTLED = { label: '5 Mbit/s', bytesPerSecond: 5_000_000 / 8, latencyMs: 20 };
const TARGETS = { firstFrameMs: 1000, firstFrameThrottledMs: 2500, seekP95Ms: 500 };

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--autoplay-policy=no-user-gesture-required'];

/**
 * In the page from its first script on: plays the lesson video (muted) as soon as it is in the
 * DOM and keeps the time of its first frame on screen (ms since navigation start). A string:
 * bench/ is type-checked without the DOM library.
 */
const AUTOPLAY_SCRIPT = `
  const poll = setInterval(() => {
    const video = document.querySelector('[data-testid="lesson-video"]');
    if (!video) return;
    clearInterval(poll);
    video.muted = true;
    video.play().catch(() => undefined);
    video.requestVideoFrameCallback(() => { globalThis.__firstFrameMs = performance.now(); });
  }, 5);
`;

/**
 * Seeks to `to` seconds and resolves with ms from setting currentTime to the first frame there,
 * and whether the video had stopped playing before (it is started again first: a paused video
 * presents no new frame to wait for).
 */
const SEEK_SCRIPT = (to: number) => `(async () => {
  const video = document.querySelector('[data-testid="lesson-video"]');
  const wasPaused = video.paused;
  if (wasPaused) await video.play();
  return new Promise((resolve, reject) => {
    const start = performance.now();
    setTimeout(() => reject(new Error('seek to ${to} s: no frame within 30 s (readyState ' + video.readyState + ', paused ' + video.paused + ')')), 30000);
    video.addEventListener('seeked', () => video.requestVideoFrameCallback(() => resolve({ ms: performance.now() - start, wasPaused })), { once: true });
    video.currentTime = ${to};
  });
})()`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number) => Math.round(ms);
const verdict = (value: number, target: number) => (value <= target ? 'met' : 'NOT met');

interface Network {
  readonly label: string;
  readonly bytesPerSecond?: number;
  readonly latencyMs?: number;
}

/** A function, not a string: the page's CSP refuses the eval a string predicate needs. */
function waitForFirstFrame(page: Page): Promise<unknown> {
  return page.waitForFunction(() => typeof (globalThis as { __firstFrameMs?: number }).__firstFrameMs === 'number', null, { timeout: 60_000 });
}

/** A fresh context (no cache) under `network`, the autoplay script installed; not navigated yet. */
async function newPage(browser: Browser, network: Network, viewport: { width: number; height: number }): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network.bytesPerSecond) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: network.latencyMs ?? 0, downloadThroughput: network.bytesPerSecond, uploadThroughput: network.bytesPerSecond });
  }
  await page.addInitScript({ content: AUTOPLAY_SCRIPT });
  return { page, cdp };
}

async function openPage(browser: Browser, url: string, network: Network, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const { page } = await newPage(browser, network, viewport);
  await page.goto(url);
  await waitForFirstFrame(page);
  return page;
}

/** Cold first frames (a new context, no cache, each time), then seeks in the last page. */
async function measure(browser: Browser, url: string, network: Network): Promise<{ firstFrames: number[]; seeks: number[]; restarts: number }> {
  const firstFrames: number[] = [];
  let last: Page | undefined;
  for (let i = 0; i < COLD_LOADS; i++) {
    if (last) await last.context().close();
    last = await openPage(browser, url, network);
    firstFrames.push((await last.evaluate('globalThis.__firstFrameMs')) as number);
    if (process.env['BENCH_DEBUG']) console.log(`  load ${i + 1}: first frame ${round(firstFrames.at(-1)!)} ms`);
  }
  if (process.env['BENCH_DEBUG']) {
    // What the way to the first frame was made of: each request's start and end, ms since navigation start.
    const timeline = (await last!.evaluate(`performance.getEntriesByType('resource').map((e) => [Math.round(e.startTime), Math.round(e.responseEnd), e.name.replace(location.origin, '').slice(0, 80)])`)) as [number, number, string][];
    for (const [start, end, name] of timeline) console.log(`    ${String(start).padStart(5)}–${String(end).padEnd(5)} ${name}`);
  }
  const seeks: number[] = [];
  let restarts = 0;
  for (let i = 0; i < SEEKS; i++) {
    // Spread over the minute, forwards and backwards, never to a point just played.
    const to = ((i * 23) % 55) + 2.5;
    const { ms, wasPaused } = (await last!.evaluate(SEEK_SCRIPT(to))) as { ms: number; wasPaused: boolean };
    seeks.push(ms);
    if (wasPaused) restarts++;
  }
  await last!.context().close();
  return { firstFrames, seeks, restarts };
}

/** Bytes of media (the stream or the original) the page received in its first 30 s of playback. */
async function bytesIn30s(browser: Browser, url: string): Promise<{ bytes: number; width: number; level: string }> {
  // A single-column page whose player is about 640 × 360 CSS px (device pixel ratio 1).
  const { page, cdp } = await newPage(browser, { label: 'unthrottled' }, { width: 688, height: 900 });
  const sizes = new Map<string, number>();
  const media = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (/\/media\/hls\/|\/storage\//.test(event.request.url)) media.add(event.requestId);
  });
  // Bytes as they arrive: a file still downloading at the end counts what it got so far.
  cdp.on('Network.dataReceived', (event) => {
    if (media.has(event.requestId)) sizes.set(event.requestId, (sizes.get(event.requestId) ?? 0) + event.dataLength);
  });
  await page.goto(url);
  await waitForFirstFrame(page);
  const firstFrame = (await page.evaluate('globalThis.__firstFrameMs')) as number;
  const now = (await page.evaluate('performance.now()')) as number;
  await page.waitForTimeout(Math.max(0, BYTES_WINDOW_MS - (now - firstFrame)));
  const width = (await page.evaluate(`document.querySelector('[data-testid="lesson-video"]').clientWidth`)) as number;
  const level = (await page.evaluate(`document.querySelector('[data-testid="quality-summary"]')?.textContent?.trim() ?? 'original file'`)) as string;
  const bytes = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  await page.context().close();
  return { bytes, width, level };
}

async function playbackType(baseUrl: string, lesson: { courseId: string; lessonId: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/api/courses/${lesson.courseId}/lessons/${lesson.lessonId}/playback`);
  if (!response.ok) throw new Error(`playback of ${lesson.courseId}/${lesson.lessonId} answered ${response.status}`);
  return ((await response.json()) as { type: string }).type;
}

/**
 * Streamed (HLS through hls.js) against original-file (MP4) playback of the same one-minute lesson
 * in Chromium: first frame and seeks, unthrottled and at 5 Mbit/s, and what 30 s of playback in a
 * 360p-sized player downloads.
 */
export async function streamingBench(): Promise<void> {
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`No production build in ${siteDir}: run "npm run build -w frontend" first.`);
  chromiumPath();
  const stops: Stop[] = [];
  try {
    const encodeStart = Date.now();
    const { renditions } = await makeTestStream(LADDER);
    const original = await makeTestOriginal(LADDER, ORIGINAL_KBPS);
    console.log(`test media ready in ${((Date.now() - encodeStart) / 1000).toFixed(1)} s (cached after the first run)`);
    const loadAtStart = loadavg()[0]!.toFixed(1);
    const dataDir = ownTempDir('lessonstage-streaming-');
    stops.push(dataDir.remove);
    const stack = await startLocalStack(throwawayStackOptions(dataDir.path, { siteDir, seedDemo: true, catalogCacheSeconds: 0 }));
    stops.push(own(`local stack serving ${siteDir}`, () => stack.stop()));
    await attachTestStream(stack.config, { ...HLS_LESSON, jobId: 'job-bench' }, LADDER);
    await attachTestOriginal(stack.config, MP4_LESSON, original);
    const baseUrl = stack.url;
    if ((await playbackType(baseUrl, HLS_LESSON)) !== 'hls' || (await playbackType(baseUrl, MP4_LESSON)) !== 'mp4') throw new Error('the lessons do not play as HLS and MP4');
    const chromium$ = await startChromium(CHROME_FLAGS);
    stops.push(chromium$.stop);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chromium$.port}`);
    stops.push(own('Playwright connection to Chromium', () => browser.close()));

    const paths = [
      { label: 'HLS (hls.js)', url: `${baseUrl}/courses/${HLS_LESSON.courseId}/lessons/${HLS_LESSON.lessonId}` },
      { label: `MP4 original (1080p, ${ORIGINAL_KBPS / 1000} Mbit/s)`, url: `${baseUrl}/courses/${MP4_LESSON.courseId}/lessons/${MP4_LESSON.lessonId}` },
    ];
    const rows: Record<string, string | number>[] = [];
    for (const network of [{ label: 'unthrottled' }, THROTTLED]) {
      for (const path of paths) {
        const { firstFrames, seeks, restarts } = await measure(browser, path.url, network);
        const firstFrameTarget = network === THROTTLED ? TARGETS.firstFrameThrottledMs : TARGETS.firstFrameMs;
        rows.push({
          path: path.label,
          network: network.label,
          'first frame p50 (ms)': round(median(firstFrames)),
          'first frame max (ms)': round(Math.max(...firstFrames)),
          [`first frame ≤ ${firstFrameTarget} ms`]: verdict(median(firstFrames), firstFrameTarget),
          'seek p50 (ms)': round(percentile(seeks, 50)),
          'seek p95 (ms)': round(percentile(seeks, 95)),
          'seek p95 ≤ 500 ms': verdict(percentile(seeks, 95), TARGETS.seekP95Ms),
          'found paused before a seek': restarts,
        });
        console.log(`${path.label}, ${network.label}: first frames ${firstFrames.map(round).join(', ')} ms`);
      }
    }
    const bytesRows: Record<string, string | number>[] = [];
    for (const path of paths) {
      const { bytes, width, level } = await bytesIn30s(browser, path.url);
      bytesRows.push({ path: path.label, 'player width (CSS px)': width, 'level played': level, 'MB in first 30 s': Number((bytes / 1_000_000).toFixed(2)) });
    }
    const tables: Table[] = [
      {
        title: 'first frame and seeks',
        rows,
        notes: [
          `First frame: ms from navigation start to the first video frame on screen (requestVideoFrameCallback), the page playing the lesson as soon as its video element exists; ${COLD_LOADS} cold loads each (new context, cache disabled), p50 and max.`,
          `Seeks: ${SEEKS} seeks over the minute while playing, ms from setting currentTime to the first frame there.`,
          `Throttled: Chromium's network emulation (CDP Network.emulateNetworkConditions) at 5 Mbit/s down and up, ${THROTTLED.latencyMs} ms latency.`,
          `Ladder: ${renditions.map((r) => `${r.height}p ${(r.bandwidth / 1_000_000).toFixed(2)} Mbit/s`).join(', ')} (peak segment rates; test pattern with noise, x264 ultrafast), ${LADDER.segmentSec} s fMP4 segments.`,
          `Load average (1 min) at the start and the end: ${loadAtStart} / ${loadavg()[0]!.toFixed(1)} (the machine is shared: compare runs made back to back).`,
        ],
      },
      {
        title: 'bytes in the first 30 s at a 360p-sized player',
        rows: bytesRows,
        notes: ['Unthrottled; media bytes only (playlists, segments or the file), from the first frame on for 30 s, including what the player buffered ahead.'],
      },
    ];
    reportTables('streaming', tables);
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}
