import { expect, test } from '@playwright/test';

import { signIn } from '../support/accounts';
import { expectNoAccessibilityViolations } from '../support/axe';

/** The seeded demo student (backend/src/local/local-config.ts), who starts with two unread notifications. */
const STUDENT = { email: 'student@lessonstage.local', password: 'Student!2345' } as const;

/** What GET /api/dev/mailbox answers, as much as this test reads. */
interface MailboxMessage {
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
}

test('the demo student sees the unread count on the bell, opens it and the count clears; an e-mail kind turned off stays off', async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, STUDENT.email, STUDENT.password);

  // The seed's two at least; other specs may have added theirs (e.g. a teacher's answer in a thread).
  const { unreadCount } = (await (await page.request.get('/api/me/notifications/count')).json()) as { unreadCount: number };
  expect(unreadCount).toBeGreaterThanOrEqual(2);
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName(`Notifications, ${unreadCount} unread`);
  await expect(page.getByTestId('notification-count')).toHaveText(String(unreadCount));

  await bell.click();
  const take = page.getByTestId('notification-item').filter({ hasText: 'Your teacher answered your take on “Sustaining a note”' });
  await expect(take).toHaveCount(1);
  await expect(take).toContainText('0:12 — lovely steady tone');
  await expect(take.locator('time')).toHaveText(/ago|just now/);
  await expect(take).toHaveAttribute('href', '/courses/demo-voice-warmups/lessons/s1l2');
  await expect(bell).toHaveAccessibleName('Notifications');
  await expect(page.getByTestId('notification-count')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'artifacts/notifications-bell.png', fullPage: false });
  await expectNoAccessibilityViolations(page);

  // Following one closes the menu and opens the lesson; the count stays cleared after a reload.
  await take.click();
  await expect(page).toHaveURL(/\/courses\/demo-voice-warmups\/lessons\/s1l2$/);
  await page.reload();
  await expect(bell).toHaveAccessibleName('Notifications');

  // Their e-mails went to the dev mailbox with an HTML part and the way to turn them off.
  const mails = (await (await request.get(`/api/dev/mailbox?to=${encodeURIComponent(STUDENT.email)}`)).json()) as MailboxMessage[];
  const mail = mails.find((m) => m.subject === 'Your teacher answered your take on “Sustaining a note”');
  expect(mail?.text).toMatch(/account page: http:\/\/localhost:\d+\/account/);
  expect(mail?.html).toContain('lovely steady tone');

  await page.goto('/account');
  const answered = page.getByRole('checkbox', { name: 'When a teacher answers my submission' });
  await expect(answered).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'When a student sends me a submission' })).toHaveCount(0);
  await answered.uncheck();
  await expect(page.getByText('Saved: no more e-mails when a teacher answers my submission.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'When a teacher answers my submission' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'When someone answers my discussion thread' })).toBeChecked();

  // Back as the demo started, for whoever signs in as the demo student next.
  await page.getByRole('checkbox', { name: 'When a teacher answers my submission' }).check();
  await expect(page.getByText('Saved: we will e-mail you when a teacher answers my submission.')).toBeVisible();
});
