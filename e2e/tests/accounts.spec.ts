import { expect, test } from '@playwright/test';

import { ADMIN, confirmWithMailedCode, PASSWORD, signIn } from '../support/accounts';

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

    await confirmWithMailedCode(page, email);

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
    await signIn(page, ADMIN.email, ADMIN.password);
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
