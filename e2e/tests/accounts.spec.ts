import { expect, test, type Page } from '@playwright/test';

const PASSWORD = 'Practice!2345';

async function readCodeFromMailbox(page: Page, email: string): Promise<string> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const code = page.getByTestId('mailbox-message').first().getByTestId('mailbox-code');
  await expect(code).toHaveText(/^\d{6}$/);
  return (await code.textContent())!.trim();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

test.describe('accounts', () => {
  test('a new student signs up, confirms with the mailed code, stays signed in across a reload, signs out', async ({ page }) => {
    const email = `e2e-${Date.now()}@example.com`;
    await page.goto('/signup');
    await page.getByLabel('Name').fill('Eve Student');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('weak');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByText(/at least 8 characters/i).first()).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page).toHaveURL(/\/confirm/);

    const code = await readCodeFromMailbox(page, email);
    await page.goto(`/confirm?email=${encodeURIComponent(email)}`);
    await page.getByLabel('Code').fill(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page).toHaveURL(/\/signin/);

    await signIn(page, email, PASSWORD);
    await expect(page.getByTestId('user-name')).toContainText('Eve Student');
    await page.reload();
    await expect(page.getByTestId('user-name')).toContainText('Eve Student');

    await page.getByTestId('user-menu').click();
    await expect(page.getByTestId('admin-link')).toHaveCount(0);
    await page.screenshot({ path: 'artifacts/student-menu.png' });
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' }).or(page.getByRole('button', { name: 'Sign in' })).first()).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('user-menu')).toHaveCount(0);
  });

  test('a wrong password gets an inline error', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill('admin@lessonstage.local');
    await page.getByLabel('Password', { exact: true }).fill('Wrong!pass1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText(/wrong e-mail or password/i);
  });

  test('the admin sees the admin menu and reaches the admin area', async ({ page }) => {
    await signIn(page, 'admin@lessonstage.local', 'Admin!2345');
    await page.getByTestId('user-menu').click();
    await expect(page.getByTestId('admin-link')).toBeVisible();
    await page.screenshot({ path: 'artifacts/admin-menu.png' });
    await page.getByTestId('admin-link').click();
    await expect(page).toHaveURL(/\/admin/);
  });

  test('a guarded page sends an anonymous visitor to sign in and back', async ({ page }) => {
    await page.goto('/account');
    await expect(page).toHaveURL(/\/signin\?returnUrl=%2Faccount/);
    await page.getByLabel('Email').fill('admin@lessonstage.local');
    await page.getByLabel('Password', { exact: true }).fill('Admin!2345');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/account$/);
  });
});
