import { expect, test } from '@playwright/test';

import { ADMIN, signIn, signUp } from '../support/accounts';

/** What GET /api/dev/mailbox answers, as much as this test reads. */
interface MailboxMessage {
  readonly subject: string;
  readonly text: string;
  readonly headers?: Readonly<Record<string, string>>;
}

test('a student turns the weekly practice e-mail on, gets it with List-Unsubscribe headers, and unsubscribes from its link', async ({ page, request }) => {
  const email = `weekly-${Date.now()}@example.com`;
  await signUp(page, 'Wendy Weekly', email);
  await signIn(page, email, 'Practice!2345');

  await page.goto('/account');
  const toggle = page.getByRole('switch', { name: 'E-mail me a weekly practice summary' });
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(page.getByText('You will get a practice summary every Monday.')).toBeVisible();
  await expect(toggle).toBeChecked();

  // The schedule's run, as the admin route runs it locally.
  const admin = await request.post('/api/auth/signin', { data: ADMIN });
  const { accessToken } = (await admin.json()) as { accessToken: string };
  const run = await request.post('/api/admin/practice/weekly-email', { headers: { authorization: `Bearer ${accessToken}` } });
  expect(run.status()).toBe(200);

  const mails = (await (await request.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as MailboxMessage[];
  const mail = mails.find((m) => m.subject.startsWith('Your practice week'));
  expect(mail?.headers?.['List-Unsubscribe']).toMatch(/^<http:\/\/localhost:\d+\/api\/practice\/unsubscribe\?token=[\w-]+\.[\w-]+>, <mailto:/);
  expect(mail?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

  // The link at the foot of the e-mail, opened signed out in a fresh page.
  const pageLink = /Unsubscribe: (\S+)/.exec(mail!.text)![1]!;
  const stranger = await page.context().browser()!.newPage();
  await stranger.goto(pageLink);
  await expect(stranger.getByTestId('unsubscribe-status')).toContainText('You are unsubscribed');
  await stranger.close();

  await page.reload();
  await expect(page.getByRole('switch', { name: 'E-mail me a weekly practice summary' })).not.toBeChecked();
});
