import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

import { expectNoAccessibilityViolations } from '../support/axe';

/**
 * Streamed (HLS) lessons in Chromium, on a stack of the spec's own (backend/src/testing/streaming-stack.ts)
 * where two lessons have a finished transcode: a 360p + 720p ladder made by ffmpeg. The demo
 * student is enrolled in the free voice course only.
 */
const STUDENT = { email: 'student@lessonstage.local', password: 'Student!2345' };
const OWN = { courseId: 'demo-voice-warmups', lessonId: 's1l2' };
const PAID = { courseId: 'demo-guitar-first-chords', lessonId: 's1l2' };
/** The guitar course's free preview: English and Português (Brasil) captions from the demo seed. */
const CAPTIONED = { courseId: 'demo-guitar-first-chords', lessonId: 's1l1' };
const JOB = 'job-e2e';

let child: ChildProcess;
const stack = { url: '' };

test.beforeAll(async () => {
  test.setTimeout(240_000);
  child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../../backend/src/testing/streaming-stack.ts')], {
    cwd: resolve(import.meta.dirname, '../../backend'),
    env: { ...process.env, STREAM_JOB: JOB, STREAM_LESSONS: [OWN, PAID, CAPTIONED].map((l) => `${l.courseId}/${l.lessonId}`).join(','), AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  stack.url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) done((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => fail(new Error(`the streaming stack exited with ${code}: ${out}`)));
  });
});

test.afterAll(async () => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
});

async function signInAsStudent(page: Page): Promise<void> {
  await page.goto(`${stack.url}/signin`);
  await page.getByLabel('Email').fill(STUDENT.email);
  await page.getByLabel('Password', { exact: true }).fill(STUDENT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

test('a student plays a streamed lesson; Auto drops to the small rendition when the network slows', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsStudent(page);
  const hlsRequests: string[] = [];
  page.on('request', (request) => request.url().includes('/media/hls/') && hlsRequests.push(new URL(request.url()).pathname));
  await page.goto(`${stack.url}/courses/${OWN.courseId}/lessons/${OWN.lessonId}`);

  const video = page.getByTestId('lesson-video');
  await expect(video).toHaveAttribute('data-stream', 'hls');
  await expect(video).toHaveAttribute('poster', new RegExp(`/media/hls/${OWN.courseId}/${OWN.lessonId}/${JOB}/poster.jpg$`));
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(1);
  expect(await video.evaluate((v: HTMLVideoElement) => v.src.startsWith('blob:'))).toBe(true); // MSE, through hls.js
  // Unthrottled on loopback, in a player wider than 640 px: Auto fetches the 720p rung.
  const fetching = page.locator('.stream-controls');
  await expect(fetching).toHaveAttribute('data-loading-height', '720', { timeout: 30_000 });

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 1_000_000 / 8, uploadThroughput: 1_000_000 / 8 });
  // hls.js keeps 30 s ahead of a 90 s lesson, so the next segments come over the slow network;
  // Auto's choice for them is marked at once, and on screen once the buffered 720p has played.
  await expect(fetching).toHaveAttribute('data-loading-height', '360', { timeout: 60_000 });
  await expect(page.getByTestId('quality-summary')).toHaveText('Auto (360p)', { timeout: 60_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  expect(hlsRequests.some((path) => path.endsWith('/v0/init.mp4'))).toBe(true);
  expect(hlsRequests.some((path) => path.endsWith('/v1/init.mp4'))).toBe(true);

  // Seek previews: the frame at the pointer, from the thumbnail sprite.
  const bar = page.getByTestId('seek-bar');
  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const preview = page.getByTestId('seek-preview');
  await expect(preview).toBeVisible();
  await expect(preview.locator('.frame')).toHaveCSS('background-image', /thumbs\/sprite-001\.jpg/);

  // A fixed rung from the quality menu, by keyboard.
  await page.getByTestId('quality-button').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitemradio', { name: '360p' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quality-summary')).toHaveText('360p');
  await expectNoAccessibilityViolations(page);

  // A phone: the seek bar and the quality menu fit beside each other or wrap, nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByTestId('quality-button')).toBeInViewport();
});

test('captions show while a lesson streams through hls.js', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsStudent(page);
  await page.goto(`${stack.url}/courses/${CAPTIONED.courseId}/lessons/${CAPTIONED.lessonId}`);
  const video = page.getByTestId('lesson-video');
  await expect(video).toHaveAttribute('data-stream', 'hls');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => Array.from(v.textTracks, (t) => `${t.kind}:${t.language}`))).toEqual(['captions:en', 'captions:pt-BR']);

  await page.getByRole('button', { name: 'Captions: Off' }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.6);
  // Playing from MSE (hls.js), not the original file: the <track> cues still show over it.
  expect(await video.evaluate((v: HTMLVideoElement) => v.src.startsWith('blob:'))).toBe(true);
  const shown = () =>
    video.evaluate((v: HTMLVideoElement) => {
      const showing = Array.from(v.textTracks).find((track) => track.mode === 'showing');
      return showing ? Array.from(showing.activeCues ?? [], (cue) => (cue as VTTCue).text).join('\n') : null;
    });
  await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 5));
  await expect.poll(shown, { timeout: 20_000 }).toBe('Hold the pick between your thumb and the side of your index finger.');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime > 5)).toBe(true);
  await page.screenshot({ path: 'artifacts/streaming-captions.png' });
});

test('an unenrolled student gets no stream of a paid lesson, and its segments answer 403', async ({ page }) => {
  await signInAsStudent(page);
  const segment = `${stack.url}/media/hls/${PAID.courseId}/${PAID.lessonId}/${JOB}/v0/seg_000.m4s`;
  expect((await page.request.get(`${stack.url}/api/courses/${PAID.courseId}/lessons/${PAID.lessonId}/playback`)).status()).toBe(403);
  expect((await page.request.get(segment)).status()).toBe(403);
  // With the cookies of the lesson the student may open, still 403: they name that lesson's folder only.
  expect((await page.request.get(`${stack.url}/api/courses/${OWN.courseId}/lessons/${OWN.lessonId}/playback`)).status()).toBe(200);
  expect((await page.request.get(`${stack.url}/media/hls/${OWN.courseId}/${OWN.lessonId}/${JOB}/v0/seg_000.m4s`)).status()).toBe(200);
  expect((await page.request.get(segment)).status()).toBe(403);

  await page.goto(`${stack.url}/courses/${PAID.courseId}/lessons/${PAID.lessonId}`);
  await expect(page.getByTestId('player-locked')).toBeVisible();
});
