import { expect, request, test, type APIRequestContext, type Browser } from '@playwright/test';

import { ADMIN, PASSWORD, signIn } from '../support/accounts';
import { chromiumPath } from '../support/browser/find-chromium';

const COURSE = 'demo-guitar-first-chords';
const LESSON = 's1l2';
const LESSON_PAGE = `/courses/${COURSE}/lessons/${LESSON}`;
/** A demo lesson with a tempo (96 BPM, 4/4) and no score. */
const TEMPO_COURSE = 'demo-drums-groove';
const TEMPO_LESSON_PAGE = `/courses/${TEMPO_COURSE}/lessons/s2l1`;

// Chromium's fake camera and microphone (a test pattern and a beep), allowed without a prompt.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
  permissions: ['camera', 'microphone'],
});

/**
 * A confirmed student, signed in through the API; with `buy`, enrolled in `course` through the local
 * checkout. Answers the access token. A context of its own: another's session cookies would make
 * these cookie requests (XSRF).
 */
async function student(baseURL: string | undefined, name: string, email: string, buy: boolean, course = COURSE): Promise<string> {
  const api = await request.newContext({ baseURL });
  try {
    return await signUpAndBuy(api, name, email, buy, course);
  } finally {
    await api.dispose();
  }
}

async function signUpAndBuy(api: APIRequestContext, name: string, email: string, buy: boolean, course: string): Promise<string> {
  const signup = await api.post('/api/auth/signup', { data: { email, password: PASSWORD, name } });
  expect(signup.ok(), await signup.text()).toBe(true);
  const mail = (await (await api.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as { text: string }[];
  expect((await api.post('/api/auth/confirm', { data: { email, code: /(\d{6})/.exec(mail[0]!.text)![1] } })).ok()).toBe(true);
  const { accessToken } = (await (await api.post('/api/auth/signin', { data: { email, password: PASSWORD } })).json()) as { accessToken: string };
  if (!buy) return accessToken;
  const headers = { authorization: `Bearer ${accessToken}` };
  const { sessionUrl } = (await (await api.post('/api/payments/checkout', { data: { courseId: course }, headers })).json()) as { sessionUrl: string };
  expect((await api.post(`${sessionUrl}/pay`, { maxRedirects: 0 })).status()).toBe(303);
  await expect.poll(async () => ((await (await api.get(`/api/me/courses/${course}`, { headers })).json()) as { status?: string }).status).toBe('active');
  return accessToken;
}

async function pageOf(browser: Browser, email: string, password = PASSWORD) {
  const context = await browser.newContext({ permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

test('a student records a take with the camera; the teacher comments at 0:03; the student gets the e-mail and a notification, sees the mark, shares it; classmates see it, outsiders do not', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const emails = { ana: `ana-${stamp}@example.com`, ben: `ben-${stamp}@example.com`, cy: `cy-${stamp}@example.com` };
  const api = await request.newContext({ baseURL });
  await student(baseURL, 'Ana Take', emails.ana, true);
  await student(baseURL, 'Ben Classmate', emails.ben, true);
  const outsider = await student(baseURL, 'Cy Outsider', emails.cy, false);

  // The student records about five seconds, previews the take and sends it with a note.
  const ana = await pageOf(browser, emails.ana);
  await ana.page.goto(LESSON_PAGE);
  await ana.page.getByTestId('open-exchange').click();
  await ana.page.getByTestId('new-take').click();
  await expect(ana.page.getByTestId('take-recorder')).toBeVisible();
  await expect(ana.page.getByTestId('recording-metronome')).toHaveCount(0); // this lesson has no tempo
  await ana.page.getByTestId('open-camera').click();
  await expect(ana.page.getByTestId('camera-preview')).toBeVisible();
  await ana.page.getByTestId('start-recording').click();
  await ana.page.waitForTimeout(5_000);
  await ana.page.getByTestId('stop-recording').click();
  await expect(ana.page.getByTestId('take-preview')).toBeVisible();
  await ana.page.getByTestId('take-note').fill('The chord change in bar 3 buzzes');
  const sending = ana.page.waitForResponse((r) => r.url().endsWith(`/lessons/${LESSON}/submissions`) && r.request().method() === 'POST');
  await ana.page.getByTestId('send-take').click();
  const sent = await sending;
  expect(sent.status()).toBe(201);
  const { submissionId } = (await sent.json()) as { submissionId: string };
  await expect(ana.page.getByTestId('submission-item')).toHaveCount(1);

  // The teacher finds it in the queue, pauses at 0:03 and comments there.
  const admin = await pageOf(browser, ADMIN.email, ADMIN.password);
  await admin.page.goto('/admin/exchange');
  await admin.page.getByTestId('queue-item').filter({ hasText: 'Ana Take' }).getByRole('link').click();
  await expect(admin.page).toHaveURL(new RegExp(`/admin/exchange/${submissionId}$`));
  const video = admin.page.getByTestId('submission-video');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThan(0);
  await video.evaluate((v: HTMLVideoElement) => {
    v.currentTime = 3;
  });
  await expect(admin.page.getByTestId('add-comment')).toHaveText('Add comment at 0:03');
  await admin.page.getByTestId('comment-text').fill('relax the thumb');
  const commenting = admin.page.waitForResponse((r) => r.url().endsWith(`/submissions/${submissionId}/comments`));
  await admin.page.getByTestId('add-comment').click();
  expect((await commenting).status()).toBe(201);
  await expect(admin.page.getByTestId('submission-comment')).toContainText('0:03 — relax the thumb');

  // The student gets the e-mail, opens the take from its link and sees the mark on its timeline.
  await expect.poll(async () => {
    const mail = (await (await api.get(`/api/dev/mailbox?to=${encodeURIComponent(emails.ana)}`)).json()) as { text: string }[];
    return mail.some((m) => m.text.includes('0:03 — relax the thumb') && m.text.includes(`?submission=${submissionId}`));
  }).toBe(true);
  // The bell says so too, and its notification opens the take.
  await ana.page.goto(LESSON_PAGE);
  const bell = ana.page.getByTestId('notification-bell');
  await expect(bell).toHaveAttribute('aria-label', 'Notifications, 1 unread');
  await bell.click();
  await ana.page.getByTestId('notification-item').filter({ hasText: '0:03 — relax the thumb' }).click();
  await expect(ana.page).toHaveURL(new RegExp(`\\?submission=${submissionId}$`));
  await expect(ana.page.getByTestId('open-submission')).toBeVisible();
  await expect(ana.page.getByTestId('comment-mark')).toHaveCount(1);
  await expect(ana.page.getByTestId('comment-mark')).toHaveAttribute('aria-label', 'Go to 0:03 — relax the thumb');
  await ana.page.getByTestId('share-submission').click();
  await expect(ana.page.getByTestId('share-submission')).toHaveText('Stop sharing');

  // A classmate sees the shared take under the lesson; a student not enrolled does not.
  const ben = await pageOf(browser, emails.ben);
  await ben.page.goto(LESSON_PAGE);
  await ben.page.getByTestId('open-exchange').click();
  await expect(ben.page.getByTestId('submission-item').filter({ hasText: "Ana Take's take" })).toHaveCount(1);
  const asOutsider = { authorization: `Bearer ${outsider}` };
  expect((await api.get(`/api/courses/${COURSE}/lessons/${LESSON}/submissions`, { headers: asOutsider })).status()).toBe(403);
  expect((await api.get(`/api/submissions/${submissionId}`, { headers: asOutsider })).status()).toBe(404);

  for (const context of [ana.context, admin.context, ben.context]) await context.close();
  await api.dispose();
});

test("a student records with the lesson's metronome: one bar of count-in, then clicks at the tempo chosen while the camera records", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const email = `dee-${Date.now()}@example.com`;
  await student(baseURL, 'Dee Drums', email, true, TEMPO_COURSE);
  const dee = await pageOf(browser, email);
  const page = dee.page;
  await page.goto(TEMPO_LESSON_PAGE);
  await page.getByTestId('open-exchange').click();
  await page.getByTestId('new-take').click();

  await page.getByRole('switch', { name: 'Metronome while recording' }).click();
  const tempo = page.getByRole('spinbutton', { name: 'Tempo (BPM)' });
  await expect(tempo).toHaveValue('96'); // the lesson's
  await tempo.fill('500');
  await expect(page.getByTestId('recording-tempo-error')).toContainText('from 20 to 400 BPM');
  await tempo.fill('150');
  await expect(page.getByTestId('recording-tempo-error')).toHaveCount(0);

  await page.getByTestId('open-camera').click();
  await expect(page.getByTestId('camera-preview')).toBeVisible();
  await page.getByTestId('start-recording').click();
  await expect(page.getByTestId('recording-count-in')).toBeVisible();
  const beats = page.getByTestId('metronome-beats');
  await expect(page.getByTestId('stop-recording')).toBeVisible();
  await expect(tempo).toBeDisabled();
  // The count-in's bar was booked before recording began; then the clicks go on while it records.
  const atStart = Number(await beats.getAttribute('data-clicks'));
  expect(atStart).toBeGreaterThanOrEqual(4);
  await expect.poll(async () => Number(await beats.getAttribute('data-clicks'))).toBeGreaterThanOrEqual(atStart + 4);
  await expect(beats.locator('.beat.on')).toHaveCount(1);

  await page.getByTestId('stop-recording').click();
  await expect(page.getByTestId('take-preview')).toBeVisible();
  await expect(beats.locator('.beat.on')).toHaveCount(0); // stopped with the recording
  await expect(tempo).toBeEnabled();
  await dee.context.close();
});
