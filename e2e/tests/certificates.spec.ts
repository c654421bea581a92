import { readFile } from 'node:fs/promises';
import { expect, request, test, type APIRequestContext } from '@playwright/test';

import { ADMIN, PASSWORD, signIn } from '../support/accounts';
import { expectNoAccessibilityViolations } from '../support/axe';

const COURSE = 'demo-guitar-first-chords'; // $29.00, three sections, seven lessons
const TITLE = 'Guitar from Zero: Your First Chords';
const LESSONS = ['s1l1', 's1l2', 's2l1', 's2l2', 's2l3', 's3l1', 's3l2'];
const PHONE = { width: 390, height: 844 };

/** A student who bought COURSE through the local checkout page, made through the API (Bearer: no cookies). */
async function buyer(api: APIRequestContext, name: string, email: string): Promise<void> {
  await api.post('/api/auth/signup', { data: { email, password: PASSWORD, name } });
  const mail = (await (await api.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as { text: string }[];
  expect((await api.post('/api/auth/confirm', { data: { email, code: /(\d{6})/.exec(mail[0]!.text)![1] } })).ok()).toBe(true);
  const { accessToken } = (await (await api.post('/api/auth/signin', { data: { email, password: PASSWORD } })).json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  const { sessionUrl } = (await (await api.post('/api/payments/checkout', { data: { courseId: COURSE }, headers })).json()) as { sessionUrl: string };
  expect((await api.post(`${sessionUrl}/pay`, { maxRedirects: 0 })).status()).toBe(303);
  await expect.poll(async () => ((await (await api.get(`/api/me/courses/${COURSE}`, { headers })).json()) as { status?: string }).status).toBe('active');
}

/** The administrator refunds the student's purchase (Stripe's charge.refunded then reaches the webhook). */
async function refund(baseURL: string, email: string): Promise<void> {
  // A context of its own: the buyer's session cookies would make this a cookie request (XSRF).
  const api = await request.newContext({ baseURL });
  const { accessToken } = (await (await api.post('/api/auth/signin', { data: ADMIN })).json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  const { items } = (await (await api.get(`/api/admin/purchases?q=${encodeURIComponent(email)}`, { headers })).json()) as { items: { paymentId: string }[] };
  expect(items).toHaveLength(1);
  expect((await api.post(`/api/admin/purchases/${items[0]!.paymentId}/refund`, { headers, data: {} })).status()).toBe(202);
  await api.dispose();
}

/** The PDF's Title (pdf-lib writes it as UTF-16 hex; the app saves without object streams, so it is in the bytes). */
function pdfTitle(bytes: Buffer): string {
  const hex = /\/Title <FEFF([0-9A-F]+)>/.exec(bytes.toString('latin1'))?.[1] ?? '';
  return Buffer.from(hex, 'hex').swap16().toString('utf16le');
}

test('a student completes a course, downloads its certificate, which verifies publicly until a refund revokes it', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const email = `certified-${Date.now()}@example.com`;
  const api = await request.newContext({ baseURL });
  await buyer(api, 'Cora Certified', email);
  await api.dispose();
  await signIn(page, email, PASSWORD);

  for (const lessonId of LESSONS) {
    await page.goto(`/courses/${COURSE}/lessons/${lessonId}`);
    const saved = page.waitForResponse((r) => r.url().endsWith(`/lessons/${lessonId}/progress`) && r.request().method() === 'PUT');
    await page.getByTestId('mark-complete').click();
    expect((await saved).ok()).toBe(true);
    await expect(page.getByTestId('mark-complete')).toHaveText('Mark as not complete');
  }

  await page.goto('/my-courses');
  await page.getByTestId('course-certificate').click();
  await expect(page).toHaveURL(/\/certificates$/);
  const item = page.getByTestId('certificate-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(TITLE);
  await expectNoAccessibilityViolations(page);

  const downloading = page.waitForEvent('download');
  await item.getByTestId('certificate-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('lessonstage-certificate-guitar-from-zero-your-first-chords.pdf');
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfTitle(pdf)).toContain(TITLE);

  // The public page, on a phone, signed out: nothing but the certificate's own facts.
  await item.getByTestId('certificate-verify').click();
  await expect(page).toHaveURL(/\/certificates\/cert_/);
  const verifyUrl = page.url();
  await page.context().clearCookies();
  await page.setViewportSize(PHONE);
  await page.goto(verifyUrl);
  await expect(page.getByTestId('certificate-status')).toHaveText('Valid certificate');
  await expect(page.getByTestId('certificate-student')).toHaveText('Cora Certified');
  await expect(page.getByTestId('certificate-course')).toHaveText(TITLE);
  await expect(page.getByText(email)).toHaveCount(0);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
  expect(widths.page).toBeLessThanOrEqual(PHONE.width);
  expect(widths.body).toBeLessThanOrEqual(PHONE.width);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: 'artifacts/certificate-valid-phone.png', fullPage: true });

  await refund(baseURL!, email);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('certificate-status')).toHaveText('Revoked certificate', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: 'artifacts/certificate-revoked-phone.png', fullPage: true });
});
