import { expect, request, test, type APIRequestContext } from '@playwright/test';

import { ADMIN, PASSWORD, signIn } from '../support/accounts';

const COURSE = 'demo-guitar-first-chords'; // $29.00
const PHONE = { width: 390, height: 844 };

/** A student who bought COURSE through the local checkout page, made through the API (Bearer: no cookies). */
async function buyerWithPurchase(baseURL: string, name: string, email: string): Promise<void> {
  const api: APIRequestContext = await request.newContext({ baseURL });
  await api.post('/api/auth/signup', { data: { email, password: PASSWORD, name } });
  const mail = (await (await api.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as { text: string }[];
  const code = /(\d{6})/.exec(mail[0]!.text)![1];
  expect((await api.post('/api/auth/confirm', { data: { email, code } })).ok()).toBe(true);
  const { accessToken } = (await (await api.post('/api/auth/signin', { data: { email, password: PASSWORD } })).json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  const { sessionUrl } = (await (await api.post('/api/payments/checkout', { data: { courseId: COURSE }, headers })).json()) as { sessionUrl: string };
  expect((await api.post(`${sessionUrl}/pay`, { maxRedirects: 0 })).status()).toBe(303);
  await expect.poll(async () => ((await (await api.get(`/api/me/courses/${COURSE}`, { headers })).json()) as { status?: string }).status).toBe('active');
  await api.dispose();
}

test.describe('admin purchases', () => {
  test('the admin lands on the admin area, finds a purchase by the buyer\'s e-mail and refunds it on a phone', async ({ page, baseURL }) => {
    const email = `phone-buyer-${Date.now()}@example.com`;
    await buyerWithPurchase(baseURL!, 'Pia Phonebuyer', email);

    await page.setViewportSize(PHONE);
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/admin(\/|$)/); // not the catalog

    await page.goto('/admin/purchases');
    await page.getByLabel('Buyer e-mail, name or course (optional)').fill(email.toUpperCase());
    await page.getByRole('button', { name: 'Search' }).click();
    const rows = page.getByTestId('purchase-row');
    await expect(rows).toHaveCount(1);
    const row = rows.first();
    await expect(row.getByTestId('purchase-buyer')).toContainText('Pia Phonebuyer');
    await expect(row.getByTestId('purchase-buyer')).toContainText(email);

    // Nothing scrolls sideways, and Refund is on screen without it.
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
    expect(widths.page).toBeLessThanOrEqual(PHONE.width);
    expect(widths.body).toBeLessThanOrEqual(PHONE.width);
    const refund = row.getByTestId('refund-button');
    await refund.scrollIntoViewIfNeeded();
    await expect(refund).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: 'artifacts/admin-purchases-phone.png', fullPage: true });

    await refund.click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(`Pia Phonebuyer (${email}) gets $29.00 back`);
    await dialog.getByRole('button', { name: 'Refund' }).click();
    await expect(row.getByTestId('purchase-status')).toHaveText('Refunded', { timeout: 20_000 });
  });
});
