import { expect, type Page } from '@playwright/test';

/** The password every e2e account signs up with (meets the app's rules). */
export const PASSWORD = 'Practice!2345';
/** The local stack's seeded administrator (backend/src/local/local-config.ts). */
export const ADMIN = { email: 'admin@lessonstage.local', password: 'Admin!2345' } as const;

/** The 6-digit code of the newest e-mail to `email`, read from the local stack's dev mailbox page. */
export async function readCodeFromMailbox(page: Page, email: string): Promise<string> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const code = page.getByTestId('mailbox-message').first().getByTestId('mailbox-code');
  await expect(code).toHaveText(/^\d{6}$/);
  return (await code.textContent())!.trim();
}

/** Signs up through the form and confirms the address with the mailed code; ends on the sign-in page. */
export async function signUp(page: Page, name: string, email: string): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/confirm/);
  await confirmWithMailedCode(page, email);
}

/** Enters the mailed code on /confirm; ends on the sign-in page. */
export async function confirmWithMailedCode(page: Page, email: string): Promise<void> {
  const code = await readCodeFromMailbox(page, email);
  await page.goto(`/confirm?email=${encodeURIComponent(email)}`);
  await page.getByLabel('Code').fill(code);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/signin/);
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}
