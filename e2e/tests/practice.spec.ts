import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, expect, test, type Locator, type Page } from '@playwright/test';

import { ADMIN, PASSWORD, signIn, signUp } from '../support/accounts';
import { expectNoAccessibilityViolations } from '../support/axe';
import { chromiumPath } from '../support/browser/find-chromium';

const COURSE = 'demo-guitar-first-chords'; // s1l1 is a free preview: a 12-second clip
const LESSON = `/courses/${COURSE}/lessons/s1l1`;

const time = (video: Locator) => video.evaluate((v: HTMLVideoElement) => v.currentTime);

/** Waits until the video has played to at least `seconds`. */
async function playedTo(video: Locator, seconds: number): Promise<void> {
  await expect.poll(() => time(video), { timeout: 20_000 }).toBeGreaterThanOrEqual(seconds);
}

/** The largest video time seen on any animation frame for `ms`: how far past B playback got. */
function maxTimeDuring(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        const video = document.querySelector<HTMLVideoElement>('[data-testid="lesson-video"]')!;
        let max = 0;
        const end = performance.now() + duration;
        const sample = () => {
          max = Math.max(max, video.currentTime);
          if (performance.now() < end) requestAnimationFrame(sample);
          else resolve(max);
        };
        requestAnimationFrame(sample);
      }),
    ms,
  );
}

test.describe('practice tools', () => {
  test('a student loops a passage set with [ and ], counts repetitions, and slows it to 0.5×', async ({ page }) => {
    await page.goto(LESSON);
    const video = page.getByTestId('lesson-video');
    await expect(video).toBeVisible();
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 }).toBeGreaterThan(0);

    // Space plays (focus is on the page, not in a field).
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Space');
    await playedTo(video, 1);
    await page.keyboard.press('[');
    await playedTo(video, 3);
    await page.keyboard.press(']');

    const marks = page.getByTestId('loop-status');
    await expect(page.getByTestId('loop-toggle')).toHaveAttribute('aria-pressed', 'true');
    const [startText, endText] = [await page.getByTestId('set-a').textContent(), await page.getByTestId('set-b').textContent()];
    const seconds = (label: string | null) => Number(/(\d+):(\d+\.\d)/.exec(label ?? '')!.slice(1).reduce((m, s) => String(Number(m) * 60 + Number(s))));
    const [start, end] = [seconds(startText), seconds(endText)];
    expect(start).toBeGreaterThanOrEqual(1);
    expect(end - start).toBeGreaterThan(1.5);

    // The loop repeats: the counter reaches 3, and playback never runs on past B.
    const overshoot = await maxTimeDuring(page, 3000);
    expect(overshoot).toBeLessThan(end + 0.1);
    await expect(page.getByTestId('repetitions')).toHaveText('3', { timeout: 20_000 });
    await expect(marks).toContainText('Repetition');
    const now = await time(video);
    expect(now).toBeGreaterThanOrEqual(start - 0.05);
    expect(now).toBeLessThanOrEqual(end + 0.1);

    // Ten steps slower with "-": 0.5×, pitch kept, still playing and still looping.
    for (let i = 0; i < 10; i++) await page.keyboard.press('-');
    await expect(page.getByTestId('speed-value')).toHaveText('0.5×');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => [v.playbackRate, v.preservesPitch, v.paused])).toEqual([0.5, true, false]);
    const before = await time(video);
    await page.waitForTimeout(600);
    const after = await time(video);
    expect(after === before).toBe(false);

    // L turns looping off; "?" lists the shortcuts.
    await page.keyboard.press('l');
    await expect(page.getByTestId('loop-toggle')).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('?');
    await expect(page.getByTestId('shortcuts')).toContainText('Set loop start (A)');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('shortcuts')).toHaveCount(0);
  });

  test('the practice controls wrap on a 390 px phone: nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(LESSON);
    await expect(page.getByTestId('practice-panel')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'artifacts/practice-phone.png', fullPage: true });
  });
});

/** Six bars of 4/4 at 120 BPM: two seconds a bar, the demo clip's twelve seconds. */
const ALPHATEX = `\\title "Practice demo"
\\tempo 120
.
${Array.from({ length: 6 }, () => ':4 0.6 2.6 3.6 0.5').join(' | ')}`;

/**
 * A stood-in score answer (and file) with sync points on every barline of the clip, so the bar
 * interactions are tested apart from authoring; the real API's path is the last test's.
 */
async function standInScore(page: Page): Promise<void> {
  await page.route(`**/api/courses/${COURSE}`, async (route) => {
    const response = await route.fetch();
    const course = (await response.json()) as { sections: { lessons: { lessonId: string; hasScore?: boolean }[] }[] };
    for (const lesson of course.sections.flatMap((section) => section.lessons)) if (lesson.lessonId === 's1l1') lesson.hasScore = true;
    await route.fulfill({ response, json: course });
  });
  await page.route('**/api/courses/*/lessons/s1l1/score', (route) =>
    route.fulfill({
      json: { url: '/e2e/score.atex', format: 'alphatex', fileName: 'demo.atex', syncPoints: [{ bar: 0, timeMs: 0 }, { bar: 6, timeMs: 12_000 }], tempoBpm: 120, timeSignature: [4, 4], firstDownbeatMs: 0 },
    }),
  );
  await page.route('**/e2e/score.atex', (route) => route.fulfill({ body: ALPHATEX, contentType: 'text/plain' }));
}

test.describe('score view', () => {
  test('follows the video, and a click on a bar seeks to its barline', async ({ page }) => {
    const csp: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) csp.push(message.text());
    });
    await standInScore(page);
    await page.goto(LESSON);
    const score = page.getByTestId('score-view');
    await expect(score).toContainText('Click a bar to play from it', { timeout: 20_000 });
    await expect(page.locator('.at-surface svg').first()).toBeVisible();
    await expect(page.getByTestId('metronome-toggle')).toBeEnabled();

    // The cursor follows the video.
    const video = page.getByTestId('lesson-video');
    await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 4.5));
    const cursorAt = () => page.locator('.at-cursor-beat').evaluate((el) => el.getBoundingClientRect().left);
    await expect.poll(cursorAt).toBeGreaterThan(0);
    const before = await cursorAt();
    await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 9));
    await expect.poll(cursorAt).not.toBe(before);

    // A click just inside bar 2 seeks to its barline (2 s); a drag from bar 2 to the line's
    // last bar (4) loops bars 2–4 (2–8 s), snapped to barlines.
    await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 0.2));
    await expect.poll(() => page.locator('.at-cursor-bar').evaluate((el) => el.getBoundingClientRect().left)).toBeLessThan(before);
    const bar1 = (await page.locator('.at-cursor-bar').boundingBox())!;
    const surface = (await page.locator('.at-surface').boundingBox())!;
    const y = bar1.y + bar1.height * 0.75;
    await page.mouse.click(bar1.x + bar1.width + 12, y);
    await expect.poll(() => time(video)).toBeCloseTo(2, 2);
    await page.mouse.move(bar1.x + bar1.width + 12, y);
    await page.mouse.down();
    await page.mouse.move(surface.x + surface.width - 60, y, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByTestId('loop-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('set-a')).toContainText('0:02.0');
    await expect(page.getByTestId('set-b')).toContainText('0:08.0');
    expect(csp).toEqual([]);
    await page.screenshot({ path: 'artifacts/practice-score.png', fullPage: true });
  });

  test('on a phone the score is one line that scrolls by itself, not the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await standInScore(page);
    await page.goto(LESSON);
    await expect(page.getByTestId('score-view')).toContainText('Click a bar to play from it', { timeout: 20_000 });
    // One line of notation and tab (six bars would take two lines stacked), wider than the phone:
    // the score's own box scrolls sideways.
    const scroller = page.locator('.score-scroller');
    const [height, scrollWidth, clientWidth] = await scroller.evaluate((el) => [el.getBoundingClientRect().height, el.scrollWidth, el.clientWidth]);
    expect(height).toBeLessThan(320);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'artifacts/practice-score-phone.png', fullPage: true });
  });
});

/** A mono 16-bit WAV of a sine: what Chromium's fake microphone will play, on a loop. */
function sineWav(hz: number, seconds: number, sampleRate = 48_000): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(Math.sin((2 * Math.PI * hz * i) / sampleRate) * 16_000), 44 + i * 2);
  return wav;
}

test.describe('tuner', () => {
  test('hears A4 from a 440 Hz microphone within 2 cents', async ({ baseURL }, testInfo) => {
    const wavPath = testInfo.outputPath('a440.wav');
    mkdirSync(dirname(wavPath), { recursive: true });
    writeFileSync(wavPath, sineWav(440, 4));
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${wavPath}`],
    });
    try {
      const context = await browser.newContext({ baseURL, permissions: ['microphone'] });
      const page = await context.newPage();
      await page.goto(LESSON);
      await page.getByTestId('tuner-toggle').click();
      await page.getByTestId('tuner-start').click();
      await expect(page.getByTestId('tuner-note')).toHaveText('A4', { timeout: 15_000 });
      const cents = Number((await page.getByTestId('tuner-cents').textContent())!.replace(/[^\d+-]/g, ''));
      expect(Math.abs(cents)).toBeLessThanOrEqual(2);
      // The same tone against A4 = 415 Hz reads as about a semitone sharp: A♯4.
      await page.getByTestId('tuner-a4').fill('415');
      await page.getByTestId('tuner-a4').press('Tab');
      await expect(page.getByTestId('tuner-note')).toHaveText('A♯4');
    } finally {
      await browser.close();
    }
  });

  test('says clearly when the microphone is refused', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await page.goto(LESSON);
    await page.getByTestId('tuner-toggle').click();
    await page.getByTestId('tuner-start').click();
    await expect(page.getByTestId('tuner-error')).toContainText('Microphone access was refused');
  });
});

test.describe('with the practice API', () => {
  test('a saved loop survives a reload, and applies again', async ({ page }) => {
    const email = `loops-${Date.now()}@example.com`;
    await signUp(page, 'Loop Student', email);
    await signIn(page, email, PASSWORD);
    await page.goto(LESSON);
    const video = page.getByTestId('lesson-video');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Space');
    await playedTo(video, 1);
    await page.keyboard.press('[');
    await playedTo(video, 3);
    await page.keyboard.press(']');
    const [a, b] = [await page.getByTestId('set-a').textContent(), await page.getByTestId('set-b').textContent()];

    // Typing "l", "[" and "]" in the name field names the loop; it does not press shortcuts.
    await page.getByTestId('loop-name').fill('Slow lick [bars 1–2]');
    await expect(page.getByTestId('loop-toggle')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('save-loop').click();
    await expect(page.getByTestId('saved-loop-name')).toHaveText(['Slow lick [bars 1–2]']);

    await page.reload();
    await expect(page.getByTestId('saved-loop-name')).toHaveText(['Slow lick [bars 1–2]']);
    await expect(page.getByTestId('loop-toggle')).toHaveAttribute('aria-pressed', 'false');
    await page.getByTestId('apply-loop').click();
    await expect(page.getByTestId('loop-toggle')).toHaveAttribute('aria-pressed', 'true');
    expect([await page.getByTestId('set-a').textContent(), await page.getByTestId('set-b').textContent()]).toEqual([a, b]);

    // The speed trainer: 0.9× then 1×, one pass each; the loop's best speed is kept.
    await page.getByTestId('trainer-start').selectOption('0.9');
    await page.getByTestId('trainer-step').selectOption('0.1');
    await page.getByTestId('trainer-reps').selectOption('1');
    await page.getByTestId('trainer-target').selectOption('1');
    await page.getByTestId('trainer-start-button').click();
    await expect(page.getByTestId('speed-value')).toHaveText('0.9×');
    await expect(page.getByTestId('trainer-status')).toHaveText('Target reached: 1×.', { timeout: 20_000 });
    await expect(page.getByTestId('best-speed')).toHaveText('1×');
    await page.reload();
    await expect(page.getByTestId('best-speed')).toHaveText('1×');
  });

  test('a teacher attaches a score and a tempo; the lesson then shows the score and a metronome', async ({ page }) => {
    const course = 'demo-ukulele-strumming';
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`/admin/courses/${course}`);
    await page.getByTestId('score-input').first().setInputFiles({ name: 'riff.atex', mimeType: 'text/plain', buffer: Buffer.from(ALPHATEX) });
    await expect(page.getByTestId('score-file').first()).toContainText('riff.atex');
    await expect(page.getByTestId('score-file').first()).toContainText('alphaTex');

    // Tap, nudge and undo on the sync page; then save a tempo of 120 from 0 ms.
    await page.getByTestId('sync-link').first().click();
    await expect(page).toHaveURL(new RegExp(`/admin/courses/${course}/lessons/s1l1/sync$`));
    const video = page.getByTestId('sync-video');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 }).toBeGreaterThan(0);
    await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 2));
    await page.getByTestId('tap-bar').click();
    await expect(page.getByTestId('sync-point')).toHaveCount(1);
    await expect(page.getByTestId('sync-point')).toContainText('Bar 1 · 0:02.000');
    await page.getByRole('button', { name: 'Bar 1: 10 ms later' }).click();
    await expect(page.getByTestId('sync-point')).toContainText('0:02.010');
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('sync-point')).toHaveCount(0);
    await page.getByTestId('sync-tempo').fill('120');
    await page.getByTestId('sync-downbeat').fill('0');
    await page.getByTestId('sync-downbeat').press('Tab');
    await page.getByTestId('save-sync').click();
    await expect(page.getByTestId('sync-message')).toContainText('Saved');
    await expectNoAccessibilityViolations(page);

    // The lesson (course pages are cached for a few seconds): the score, following the video.
    await expect(async () => {
      await page.goto(`/courses/${course}/lessons/s1l1`);
      await expect(page.getByTestId('score-view')).toContainText('Click a bar to play from it', { timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByTestId('metronome-toggle')).toBeEnabled();
    await page.keyboard.press('m');
    await expect(page.getByTestId('metronome-toggle')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('tuner-toggle').click();
    await expectNoAccessibilityViolations(page);
  });
});

