import { TestBed } from '@angular/core/testing';

import { AuthStore } from '../../../core/auth/auth.store';
import { aSession, aUser, anMfaChallenge, UNAUTHORIZED } from '../../../core/auth/testing/auth-fixtures';
import {
  alertText,
  buttonNamed,
  fieldErrors,
  inputLabelled,
  queryInputLabelled,
  typeInto,
} from '../../../shared/testing/dom-queries';
import { AuthPageHarness, renderAuthPage } from '../testing/auth-page-harness';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  let page: AuthPageHarness<SignInPage>;

  beforeEach(async () => {
    page = await renderAuthPage(SignInPage, '/signin');
  });

  afterEach(() => page.done());

  const el = () => page.el;
  const stable = () => page.stable();

  async function submitCredentials(email = 'ann@example.com', password = 'Str0ng!pw') {
    typeInto(inputLabelled(el(), 'Email'), email);
    typeInto(inputLabelled(el(), 'Password'), password);
    buttonNamed(el(), 'Sign in').click();
    await stable();
  }

  it('has labelled e-mail and password fields with autocomplete hints', () => {
    const email = inputLabelled(el(), 'Email');
    const password = inputLabelled(el(), 'Password');
    expect(email.type).toBe('email');
    expect(email.getAttribute('autocomplete')).toBe('email');
    expect(password.type).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(el().querySelector('h1')?.textContent).toContain('Sign in');
    expect(buttonNamed(el(), 'Sign in').type).toBe('submit');
  });

  it('shows inline messages and sends nothing for an empty form', async () => {
    buttonNamed(el(), 'Sign in').click();
    await stable();

    expect(fieldErrors(el())).toEqual(['Enter your e-mail address.', 'Enter your password.']);
    expect(document.activeElement).toBe(inputLabelled(el(), 'Email'));
    page.http.expectNone('/api/auth/signin');
  });

  it("shows the server's message for wrong credentials in the alert region", async () => {
    await submitCredentials('ann@example.com', 'wrong');
    const req = page.http.expectOne({ method: 'POST', url: '/api/auth/signin' });
    expect(req.request.body).toEqual({ email: 'ann@example.com', password: 'wrong' });

    // Pending: the button is busy and a second submit sends nothing.
    const button = buttonNamed(el(), 'Sign in');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.querySelector('mat-progress-spinner')).not.toBeNull();
    button.click();
    await stable();

    req.flush({ error: 'Wrong e-mail or password', code: 'InvalidCredentials' }, UNAUTHORIZED);
    await stable();

    expect(alertText(el())).toBe('Wrong e-mail or password');
    expect(buttonNamed(el(), 'Sign in').getAttribute('aria-disabled')).toBeNull();
    expect(page.router.url).toBe('/signin');
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
  });

  it('goes to the return URL after signing in', async () => {
    page.fixture.componentRef.setInput('returnUrl', '/account?tab=mfa');
    await submitCredentials();
    page.http.expectOne('/api/auth/signin').flush(aSession());
    await stable();

    expect(TestBed.inject(AuthStore).user()?.email).toBe('ann@example.com');
    expect(page.router.url).toBe('/account?tab=mfa');
  });

  it('goes home instead of to a return URL outside the app', async () => {
    page.fixture.componentRef.setInput('returnUrl', '//evil.example/steal');
    await submitCredentials();
    page.http.expectOne('/api/auth/signin').flush(aSession());
    await stable();

    expect(page.router.url).toBe('/');
  });

  it('sends an unconfirmed account to the confirm page with the e-mail filled in', async () => {
    page.fixture.componentRef.setInput('returnUrl', '/account');
    await submitCredentials('new@example.com');
    page.http
      .expectOne('/api/auth/signin')
      .flush(
        { error: 'Confirm your e-mail address before signing in', code: 'UserNotConfirmed' },
        { status: 403, statusText: 'Forbidden' },
      );
    await stable();

    const url = page.router.parseUrl(page.router.url);
    expect(url.root.children['primary'].segments.map((s) => s.path)).toEqual(['confirm']);
    expect(url.queryParams).toEqual({ email: 'new@example.com', unconfirmed: 'true', returnUrl: '/account' });
  });

  describe('with an authenticator', () => {
    async function reachCodeStep() {
      await submitCredentials();
      page.http.expectOne('/api/auth/signin').flush(anMfaChallenge('challenge-1'));
      await stable();
    }

    it('asks for the code in place, focused', async () => {
      await reachCodeStep();

      expect(queryInputLabelled(el(), 'Password')).toBeNull();
      const code = inputLabelled(el(), 'Code');
      expect(code.getAttribute('autocomplete')).toBe('one-time-code');
      expect(code.getAttribute('inputmode')).toBe('numeric');
      expect(document.activeElement).toBe(code);
      expect(buttonNamed(el(), 'Verify')).toBeTruthy();
      expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
      expect(page.router.url).toBe('/signin');
    });

    it('signs in with the challenge session and the code', async () => {
      await reachCodeStep();
      typeInto(inputLabelled(el(), 'Code'), ' 123456 ');
      buttonNamed(el(), 'Verify').click();
      await stable();

      const req = page.http.expectOne({ method: 'POST', url: '/api/auth/mfa' });
      expect(req.request.body).toEqual({ session: 'challenge-1', code: '123456' });
      req.flush(aSession(aUser({ mfaEnabled: true })));
      await stable();

      expect(TestBed.inject(AuthStore).isSignedIn()).toBe(true);
      expect(page.router.url).toBe('/');
    });

    it('refuses a malformed code without asking the server', async () => {
      await reachCodeStep();
      typeInto(inputLabelled(el(), 'Code'), '12ab');
      buttonNamed(el(), 'Verify').click();
      await stable();

      expect(fieldErrors(el())).toEqual(['Enter the 6-digit code from your authenticator app.']);
      page.http.expectNone('/api/auth/mfa');
    });

    it('shows a wrong code and lets the user try again', async () => {
      await reachCodeStep();
      typeInto(inputLabelled(el(), 'Code'), '000000');
      buttonNamed(el(), 'Verify').click();
      await stable();
      page.http
        .expectOne('/api/auth/mfa')
        .flush({ error: 'code: wrong or expired code', code: 'CodeMismatch' }, { status: 400, statusText: 'Bad Request' });
      await stable();

      expect(alertText(el())).toBe('That code is wrong or has expired. Check the latest e-mail, or send a new code.');
      expect(inputLabelled(el(), 'Code').value).toBe('');
      expect(document.activeElement).toBe(inputLabelled(el(), 'Code'));
    });

    it('goes back to the password step when the challenge expired', async () => {
      await reachCodeStep();
      typeInto(inputLabelled(el(), 'Code'), '123456');
      buttonNamed(el(), 'Verify').click();
      await stable();
      page.http
        .expectOne('/api/auth/mfa')
        .flush({ error: 'The sign-in session expired; sign in again', code: 'SessionExpired' }, UNAUTHORIZED);
      await stable();

      expect(alertText(el())).toBe('The sign-in session expired; sign in again');
      expect(inputLabelled(el(), 'Email').value).toBe('ann@example.com');
      expect(inputLabelled(el(), 'Password').value).toBe('');
    });
  });

  it('prefills the e-mail and confirms a just-confirmed account', async () => {
    page.fixture.componentRef.setInput('email', 'new@example.com');
    page.fixture.componentRef.setInput('confirmed', 'true');
    await stable();

    expect(inputLabelled(el(), 'Email').value).toBe('new@example.com');
    expect(el().querySelector('[role="status"]')?.textContent).toContain('Your e-mail address is confirmed');
  });

  it('drops the "confirmed" notice once the student tries to sign in, and an old error with a new attempt', async () => {
    page.fixture.componentRef.setInput('confirmed', 'true');
    await stable();
    await submitCredentials('ann@example.com', 'wrong');
    page.http.expectOne('/api/auth/signin').flush({ error: 'Wrong e-mail or password', code: 'InvalidCredentials' }, UNAUTHORIZED);
    await stable();
    expect(alertText(el())).toBe('Wrong e-mail or password');
    expect(el().querySelector('[role="status"]')?.textContent ?? '').not.toContain('Your e-mail address is confirmed');

    typeInto(inputLabelled(el(), 'Password'), '');
    buttonNamed(el(), 'Sign in').click();
    await stable();
    expect(fieldErrors(el())).toEqual(['Enter your password.']);
    expect(alertText(el())).toBe(''); // not the last attempt's message beside the new field error
  });

  it('toggles the password between hidden and shown', async () => {
    const password = inputLabelled(el(), 'Password');
    buttonNamed(el(), 'Show password').click();
    await stable();
    expect(password.type).toBe('text');
  });
});
