import { TestBed } from '@angular/core/testing';
import type { NotificationSettings } from '@lessonstage/shared';

import { AuthStore } from '../../../core/auth/auth.store';
import { aUser } from '../../../core/auth/testing/auth-fixtures';
import { signInAs } from '../../../core/auth/testing/sign-in-as';
import {
  alertText,
  buttonNamed,
  fieldErrors,
  inputLabelled,
  queryButtonNamed,
  queryInputLabelled,
  textOf,
  typeInto,
} from '../../../shared/testing/dom-queries';
import { AuthPageHarness, renderAuthPage } from '../testing/auth-page-harness';
import { AccountPage } from './account-page';

const QR = 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=';
const SETUP = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  otpauthUri: 'otpauth://totp/Lessonstage:ann%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Lessonstage',
  qrCodeDataUrl: QR,
};

const ALL_ON: NotificationSettings['email'] = { 'submission-received': true, 'submission-answered': true, 'thread-answered': true };

describe('AccountPage', () => {
  let page: AuthPageHarness<AccountPage>;
  let store: AuthStore;

  async function open(user = aUser(), weeklySummary = false, notificationEmail: NotificationSettings['email'] = ALL_ON) {
    page = await renderAuthPage(AccountPage, '/account');
    store = await signInAs(user);
    await page.stable();
    page.http.expectOne({ method: 'GET', url: '/api/me/practice/email' }).flush({ weeklySummary });
    page.http.expectOne({ method: 'GET', url: '/api/me/notification-settings' }).flush({ email: notificationEmail });
    await page.stable();
  }

  afterEach(() => page.done());

  const byTestId = (id: string) => page.el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const status = () => textOf(page.el.querySelector('app-mfa-settings [role="status"]'));

  it('shows the e-mail address and the name, and saves a new name', async () => {
    await open();
    expect(page.el.querySelector('h1')?.textContent).toContain('Account');
    expect(textOf(byTestId('account-email'))).toBe('ann@example.com');
    const name = inputLabelled(page.el, 'Name');
    expect(name.value).toBe('Ann Student');

    typeInto(name, ' Ann B. ');
    buttonNamed(page.el, 'Save').click();
    await page.stable();
    const req = page.http.expectOne({ method: 'PATCH', url: '/api/auth/me' });
    expect(req.request.body).toEqual({ name: 'Ann B.' });
    req.flush(aUser({ name: 'Ann B.' }));
    await page.stable();

    expect(store.user()?.name).toBe('Ann B.');
    expect(inputLabelled(page.el, 'Name').value).toBe('Ann B.');
    expect(textOf(page.el.querySelector('app-profile-form [role="status"]'))).toBe('Your name has been saved.');
  });

  it('refuses an empty name inline', async () => {
    await open();
    typeInto(inputLabelled(page.el, 'Name'), '   ');
    buttonNamed(page.el, 'Save').click();
    await page.stable();

    expect(fieldErrors(page.el)).toEqual(['Enter your name.']);
    page.http.expectNone('/api/auth/me');
  });

  describe('authenticator set-up', () => {
    async function startSetup() {
      buttonNamed(page.el, 'Set up authenticator').click();
      await page.stable();
      page.http.expectOne({ method: 'POST', url: '/api/auth/mfa/setup' }).flush(SETUP);
      await page.stable();
    }

    it('shows the QR code, the key and a code field, then turns MFA on', async () => {
      await open();
      expect(textOf(byTestId('mfa-status'))).toContain('Off.');
      expect(queryInputLabelled(page.el, 'Code')).toBeNull();

      await startSetup();
      const qr = page.el.querySelector<HTMLImageElement>('[data-testid="mfa-setup"] img')!;
      expect(qr.getAttribute('src')).toBe(QR);
      expect(qr.alt).toContain('QR code');
      expect(byTestId('mfa-secret')?.textContent?.trim()).toBe(SETUP.secret);
      expect(Array.from(byTestId('mfa-secret')!.querySelectorAll('span')).map((s) => s.textContent)).toEqual([
        'JBSW', 'Y3DP', 'EHPK', '3PXP', 'JBSW', 'Y3DP',
      ]);
      expect(page.el.querySelector('[data-testid="mfa-setup"] a')?.getAttribute('href')).toBe(SETUP.otpauthUri);
      const code = inputLabelled(page.el, 'Code');
      expect(code.getAttribute('autocomplete')).toBe('one-time-code');
      expect(document.activeElement).toBe(code);

      typeInto(code, '123456');
      buttonNamed(page.el, 'Verify').click();
      await page.stable();
      const verify = page.http.expectOne({ method: 'POST', url: '/api/auth/mfa/verify' });
      expect(verify.request.body).toEqual({ code: '123456' });
      verify.flush({ mfaEnabled: true });
      await page.stable();

      expect(store.user()?.mfaEnabled).toBe(true);
      expect(byTestId('mfa-setup')).toBeNull();
      expect(textOf(byTestId('mfa-status'))).toContain('On.');
      expect(status()).toContain('Two-step sign-in is on');
      expect(queryButtonNamed(page.el, 'Turn off')).not.toBeNull();
    });

    it('keeps the set-up open after a wrong code, with the error shown', async () => {
      await open();
      await startSetup();
      typeInto(inputLabelled(page.el, 'Code'), '000000');
      buttonNamed(page.el, 'Verify').click();
      await page.stable();
      page.http
        .expectOne('/api/auth/mfa/verify')
        .flush({ error: 'code: wrong or expired code', code: 'CodeMismatch' }, { status: 400, statusText: 'Bad Request' });
      await page.stable();

      expect(alertText(page.el.querySelector('app-mfa-settings')!)).toBe('That code is wrong or has expired. Check the latest e-mail, or send a new code.');
      expect(byTestId('mfa-setup')).not.toBeNull();
      expect(inputLabelled(page.el, 'Code').value).toBe('');
      expect(store.user()?.mfaEnabled).toBe(false);
    });

    it('checks the code format before sending it', async () => {
      await open();
      await startSetup();
      buttonNamed(page.el, 'Verify').click();
      await page.stable();

      expect(fieldErrors(page.el)).toEqual(['Enter the 6-digit code from your authenticator app.']);
      page.http.expectNone('/api/auth/mfa/verify');
    });

    it('can be cancelled', async () => {
      await open();
      await startSetup();
      buttonNamed(page.el, 'Cancel').click();
      await page.stable();

      expect(byTestId('mfa-setup')).toBeNull();
      expect(queryButtonNamed(page.el, 'Set up authenticator')).not.toBeNull();
    });

    it('turns MFA off', async () => {
      await open(aUser({ mfaEnabled: true }));
      expect(textOf(byTestId('mfa-status'))).toContain('On.');

      buttonNamed(page.el, 'Turn off').click();
      await page.stable();
      page.http.expectOne({ method: 'DELETE', url: '/api/auth/mfa' }).flush({ mfaEnabled: false });
      await page.stable();

      expect(store.user()?.mfaEnabled).toBe(false);
      expect(textOf(byTestId('mfa-status'))).toContain('Off.');
      expect(status()).toContain('Two-step sign-in is off');
    });
  });

  it('signs out and goes home', async () => {
    await open();
    buttonNamed(page.el, 'Sign out').click();
    await page.stable();
    page.http.expectOne({ method: 'POST', url: '/api/auth/signout' }).flush({ signedOut: true });
    await page.stable();

    expect(TestBed.inject(AuthStore).status()).toBe('signed-out');
    expect(page.router.url).toBe('/');
  });

  describe('weekly practice e-mail', () => {
    const toggle = () => page.el.querySelector<HTMLButtonElement>('[data-testid="weekly-summary-toggle"] button[role="switch"]')!;
    const emailStatus = () => textOf(page.el.querySelector('app-practice-email-settings [role="status"]'));

    it('shows the setting off by default and turns it on with the browser\'s time zone', async () => {
      await open();
      expect(toggle().getAttribute('aria-checked')).toBe('false');
      expect(textOf(page.el.querySelector('[data-testid="weekly-summary-toggle"]'))).toContain('E-mail me a weekly practice summary');
      toggle().click();
      await page.stable();
      const req = page.http.expectOne({ method: 'PUT', url: '/api/me/practice/email' });
      expect(req.request.body).toEqual({ weeklySummary: true, tz: Intl.DateTimeFormat().resolvedOptions().timeZone });
      req.flush({ weeklySummary: true, tz: 'Europe/Berlin' });
      await page.stable();
      expect(toggle().getAttribute('aria-checked')).toBe('true');
      expect(emailStatus()).toBe('You will get a practice summary every Monday.');
    });

    it('turns it off, and shows the server\'s state again when a change fails', async () => {
      await open(aUser(), true);
      expect(toggle().getAttribute('aria-checked')).toBe('true');
      toggle().click();
      await page.stable();
      page.http.expectOne({ method: 'PUT', url: '/api/me/practice/email' }).flush({ error: 'down', code: 'Internal' }, { status: 500, statusText: 'Server Error' });
      await page.stable();
      expect(toggle().getAttribute('aria-checked')).toBe('true');
      expect(textOf(page.el.querySelector('app-practice-email-settings [role="alert"]'))).toBeTruthy();

      toggle().click();
      await page.stable();
      const req = page.http.expectOne({ method: 'PUT', url: '/api/me/practice/email' });
      expect(req.request.body).toEqual({ weeklySummary: false });
      req.flush({ weeklySummary: false });
      await page.stable();
      expect(toggle().getAttribute('aria-checked')).toBe('false');
      expect(emailStatus()).toBe('Weekly practice summaries are off.');
    });
  });

  describe('notification e-mails', () => {
    const box = (kind: string) => page.el.querySelector<HTMLInputElement>(`[data-testid="email-${kind}"] input[type="checkbox"]`);
    const notice = () => textOf(page.el.querySelector('app-notification-email-settings [role="status"]'));

    it('shows one checkbox per kind a student gets, on by default, and saves a change with a confirmation', async () => {
      await open();
      const labels = Array.from(page.el.querySelectorAll('app-notification-email-settings mat-checkbox')).map((el) => textOf(el as HTMLElement));
      expect(labels).toEqual(['When a teacher answers my submission', 'When someone answers my discussion thread']);
      expect(box('submission-answered')!.checked).toBe(true);

      box('submission-answered')!.click();
      await page.stable();
      const req = page.http.expectOne({ method: 'PUT', url: '/api/me/notification-settings' });
      expect(req.request.body).toEqual({ email: { ...ALL_ON, 'submission-answered': false } });
      req.flush({ email: { ...ALL_ON, 'submission-answered': false } });
      await page.stable();
      expect(box('submission-answered')!.checked).toBe(false);
      expect(notice()).toBe('Saved: no more e-mails when a teacher answers my submission.');
    });

    it("adds teachers' kind for administrators, and shows the server's value again when saving fails", async () => {
      await open(aUser({ role: 'admin' }), false, { ...ALL_ON, 'thread-answered': false });
      expect(box('submission-received')).not.toBeNull();
      expect(box('thread-answered')!.checked).toBe(false);

      box('thread-answered')!.click();
      await page.stable();
      page.http.expectOne({ method: 'PUT', url: '/api/me/notification-settings' }).flush({ error: 'down', code: 'Internal' }, { status: 500, statusText: 'Server Error' });
      await page.stable();
      expect(box('thread-answered')!.checked).toBe(false);
      expect(textOf(page.el.querySelector('app-notification-email-settings [role="alert"]'))).toBeTruthy();
      expect(notice()).toBeFalsy();
    });
  });
});
