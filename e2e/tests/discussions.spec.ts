import { expect, test, type Page } from '@playwright/test';

import { ADMIN, signIn } from '../support/accounts';

/** The demo student (seeded) is enrolled in this free course, whose discussion the seed fills. */
const STUDENT = { email: 'student@lessonstage.local', password: 'Student!2345' } as const;
const COURSE = 'demo-voice-warmups';
const LESSON = 's1l2';
const PHONE = { width: 390, height: 844 };

/** Dialogs (an alert that ran) and CSP reports on a page: both must stay empty. */
function watch(page: Page): { dialogs: string[]; csp: string[] } {
  const seen = { dialogs: [] as string[], csp: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) seen.csp.push(message.text());
  });
  return seen;
}

test("a student asks about a lesson's moment with hostile Markdown that stays inert; the admin's reply is the teacher's answer", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const seen = watch(page);
  await page.setViewportSize(PHONE);
  await signIn(page, STUDENT.email, STUDENT.password);

  // From the lesson: "Ask about this moment" opens the discussion with the lesson and time filled in.
  await page.goto(`/courses/${COURSE}/lessons/${LESSON}`);
  const video = page.getByTestId('lesson-video');
  await expect(video).toBeVisible();
  await video.evaluate(async (element: HTMLVideoElement) => {
    if (element.readyState < 1) await new Promise((done) => element.addEventListener('loadedmetadata', done, { once: true }));
    element.currentTime = 3;
    await new Promise((done) => element.addEventListener('seeked', done, { once: true }));
  });
  await page.getByTestId('ask-about-moment').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}/discussion\\?lessonId=${LESSON}&atMs=3000`));
  await expect(page.getByTestId('new-thread-moment')).toContainText('at 0:03');
  // The seeded discussion: the pinned welcome thread first, one answered by the teacher.
  await expect(page.getByTestId('thread-item').first().getByTestId('thread-pinned')).toBeVisible();
  await expect(page.getByTestId('thread-answered').first()).toBeVisible();

  // Visible validation, by keyboard: submitting empty names what is missing.
  await page.getByTestId('thread-title-input').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Give your thread a title')).toBeVisible();

  const title = `Breath at the end ${Date.now()}`;
  await page.getByTestId('thread-title-input').fill(title);
  await page.getByTestId('thread-text-input').fill('Look: <img src=x onerror=alert(1)> and [x](javascript:alert(1)) and [notes](https://example.com/notes)');
  await page.getByRole('button', { name: 'Post thread' }).click();
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}/discussion/[a-z0-9]+$`));
  await expect(page.getByTestId('thread-title')).toHaveText(title);

  // Inert: the raw HTML is shown as text, the javascript: link has no href, links are user content.
  const post = page.getByTestId('post').first().getByTestId('post-text');
  await expect(post).toContainText('<img src=x onerror=alert(1)>');
  await expect(post.locator('img')).toHaveCount(0);
  await expect(post.locator('a')).toHaveCount(2);
  await expect(post.locator('a').first()).not.toHaveAttribute('href', /.*/);
  await expect(post.locator('a').nth(1)).toHaveAttribute('href', 'https://example.com/notes');
  for (const link of await post.locator('a').all()) await expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
  // Back to the lesson at that moment.
  await expect(page.getByTestId('thread-moment')).toHaveAttribute('href', `/courses/${COURSE}/lessons/${LESSON}?at=3000`);
  // Readable on a phone: nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const threadUrl = page.url();

  // The admin answers: marked as the teacher's answer.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const adminSeen = watch(admin);
  await signIn(admin, ADMIN.email, ADMIN.password);
  await admin.goto(threadUrl);
  await expect(admin.getByTestId('post').first().getByTestId('post-text').locator('img')).toHaveCount(0);
  await admin.getByTestId('reply-input').fill('Keep the shoulders still; **breathe low**.');
  await admin.getByRole('button', { name: 'Post reply' }).click();
  const answer = admin.getByTestId('replies').getByTestId('post').last();
  await expect(answer.getByTestId('teacher-answer')).toHaveText("Teacher's answer");
  await expect(answer.getByTestId('post-text').locator('strong')).toHaveText('breathe low');
  expect(adminSeen).toEqual({ dialogs: [], csp: [] });
  await adminContext.close();

  // The student sees it, and was told by e-mail.
  await page.reload();
  await expect(page.getByTestId('replies').getByTestId('teacher-answer')).toBeVisible();
  const mails = (await (await page.request.get(`/api/dev/mailbox?to=${encodeURIComponent(STUDENT.email)}`)).json()) as { subject: string; text: string }[];
  expect(mails.map((mail) => mail.subject)).toContain(`Your teacher answered “${title}”`);
  await page.screenshot({ path: 'artifacts/discussion-thread-phone.png', fullPage: true });
  expect(seen).toEqual({ dialogs: [], csp: [] });
});
