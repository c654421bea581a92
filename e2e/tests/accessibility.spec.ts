import { expect, test, type Page } from '@playwright/test';
import { ADMIN, signIn } from '../support/accounts';
import { expectNoAccessibilityViolations } from '../support/axe';

const COURSE = '/courses/demo-guitar-first-chords';

/** Opens a page and waits for its heading: loaded, not a spinner. */
async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test.describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  test('the pages a visitor sees', async ({ page }) => {
    const pages: Array<[string, string | RegExp]> = [
      ['/', 'Courses'],
      [COURSE, 'Guitar from Zero: Your First Chords'],
      [`${COURSE}/lessons/s1l1`, 'Holding the guitar and the pick'],
      ['/signin', 'Sign in'],
      ['/signup', 'Create your account'],
      ['/forgot', 'Forgot your password?'],
      ['/no-such-page', 'Page not found'],
    ];
    for (const [path, heading] of pages) {
      await open(page, path, heading);
      await expectNoAccessibilityViolations(page);
    }
  });

  test('the pages of a signed-in teacher (admin)', async ({ page }) => {
    await signIn(page, ADMIN.email, ADMIN.password);
    const pages: Array<[string, string | RegExp]> = [
      ['/admin', 'Courses'],
      [`/admin${COURSE}`, 'Guitar from Zero: Your First Chords'],
      ['/admin/purchases', 'Purchases'],
      ['/admin/profile', 'Your teacher profile'],
      ['/account', 'Account'],
      ['/my-courses', 'My courses'],
      [`${COURSE}/lessons/s1l2`, 'Tuning by ear'],
    ];
    for (const [path, heading] of pages) {
      await open(page, path, heading);
      await expectNoAccessibilityViolations(page);
    }
  });
});
