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

  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName('Notifications, 2 unread');
  await expect(page.getByTestId('notification-count')).toHaveText('2');

  await bell.click();
  const items = page.getByTestId('notification-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Your teacher answered your take on “Sustaining a note”');
  await expect(items.first()).toContainText('0:12 — lovely steady tone');
  await expect(items.first().locator('time')).toHaveText(/ago|just now/);
  await expect(items.first()).toHaveAttribute('href', '/courses/demo-voice-warmups/lessons/s1l2');
  await expect(bell).toHaveAccessibleName('Notifications');
  await expect(page.getByTestId('notification-count')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'artifacts/notifications-bell.png', fullPage: false });
  await expectNoAccessibilityViolations(page);

  // Following one closes the menu and opens the lesson; the count stays cleared after a reload.
  await items.first().click();
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
