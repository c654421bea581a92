import { expect, test, type Locator } from '@playwright/test';

import { PASSWORD, signIn, signUp } from '../support/accounts';
import { expectNoAccessibilityViolations } from '../support/axe';

const COURSE = 'demo-guitar-first-chords'; // s1l1 is a free preview: a 12-second clip
const LESSON = `/courses/${COURSE}/lessons/s1l1`;

const time = (video: Locator) => video.evaluate((v: HTMLVideoElement) => v.currentTime);
async function playedTo(video: Locator, seconds: number): Promise<void> {
  await expect.poll(() => time(video), { timeout: 20_000 }).toBeGreaterThanOrEqual(seconds);
}

test.describe('practice journal', () => {
  test('a student practises a lesson with a loop, reloads, and the Practice page shows the time and the loop’s speed', async ({ page }) => {
    test.setTimeout(120_000);
    const email = `journal-${Date.now()}@example.com`;
    await signUp(page, 'Journal Student', email);
    await signIn(page, email, PASSWORD);

    // A new student is told what to do first.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('practice-link').click();
    await expect(page.getByTestId('empty-state')).toContainText('Open a lesson and press play');

    await page.goto(LESSON);
    const video = page.getByTestId('lesson-video');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    for (let i = 0; i < 5; i++) await page.keyboard.press('-'); // 0.75×
    await expect(page.getByTestId('speed-value')).toHaveText('0.75×');
    await page.keyboard.press('Space');
    await playedTo(video, 1);
    await page.keyboard.press('[');
    await playedTo(video, 3);
    await page.keyboard.press(']');
    await expect(page.getByTestId('loop-toggle')).toHaveAttribute('aria-pressed', 'true');

    // Saved, so the journal keeps its best speed; then it repeats twice as a saved loop.
    await page.getByTestId('loop-name').fill('Opening strum');
    await page.getByTestId('save-loop').click();
    await expect(page.getByTestId('saved-loop-name')).toHaveText(['Opening strum']);
    const repetitions = page.getByTestId('repetitions');
    const before = Number(await repetitions.textContent());
    await expect.poll(async () => Number(await repetitions.textContent()), { timeout: 30_000 }).toBeGreaterThanOrEqual(before + 2);

    // Reloading sends what was played (a keepalive request on pagehide, or the outbox afterwards).
    await page.reload();
    await expect(page.getByTestId('lesson-video')).toBeVisible();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('practice-link').click();
    await expect(page).toHaveURL(/\/practice$/);

    const week = page.getByTestId('week-time');
    await expect(week).toHaveAttribute('data-seconds', /^[1-9]\d*$/);
    expect(Number(await week.getAttribute('data-seconds'))).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('current-streak')).toHaveText('1 day');
    await expect(page.getByTestId('course-time')).toContainText('Your First Chords');
    await expect(page.getByTestId('loop-speed-summary')).toContainText('Opening strum: best 0.75×');
    await page.getByText('Show values').click();
    await expect(page.getByTestId('loop-speed-row')).toHaveCount(1);
    await expect(page.getByTestId('loop-speed-row')).toContainText('0.75×');
    await expect(page.locator('canvas')).toHaveCount(1);

    // The weekly goal: checked, then saved, and this week measured against it.
    const goal = page.getByRole('spinbutton', { name: 'Weekly goal' });
    await goal.fill('-5');
    await page.getByTestId('goal-save').click();
    await expect(page.getByText('Enter whole minutes, 0 or more.')).toBeVisible();
    await expect(goal).toBeFocused();
    await goal.fill('60');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('form-status')).toHaveText('Goal saved.');
    await expect(week).toContainText('of 1 h');
    await expectNoAccessibilityViolations(page);

    // On a 390 px phone nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/practice');
    await expect(page.getByTestId('heat-map')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'artifacts/practice-journal-phone.png', fullPage: true });
  });
});
