import { expect, test, type Locator, type Page } from '@playwright/test';

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
