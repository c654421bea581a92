import { alertText, buttonNamed, fieldErrors, inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { AuthPageHarness, renderAuthPage } from '../testing/auth-page-harness';
import { ResetPasswordPage } from './reset-password-page';

describe('ResetPasswordPage', () => {
  let page: AuthPageHarness<ResetPasswordPage>;

  beforeEach(async () => {
    page = await renderAuthPage(ResetPasswordPage, '/reset');
  });

  afterEach(() => page.done());

  const metRules = () =>
    Array.from(page.el.querySelectorAll('[data-testid="password-rules"] li')).filter((li) => li.getAttribute('data-met') === 'true')
      .length;

  it('has e-mail, code and new-password fields, the e-mail prefilled', async () => {
    await page.setInputs({ email: 'ann@example.com', sent: 'true' });

    expect(inputLabelled(page.el, 'Email').value).toBe('ann@example.com');
    expect(inputLabelled(page.el, 'Code').getAttribute('autocomplete')).toBe('one-time-code');
    const password = inputLabelled(page.el, 'New password');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    expect(password.getAttribute('aria-describedby')?.split(' ')).toContain('reset-password-rules');
    expect(page.el.querySelector('[role="status"]')?.textContent).toContain('a code is on its way');
  });

  it('shows the password rules live', async () => {
    expect(metRules()).toBe(0);
    typeInto(inputLabelled(page.el, 'New password'), 'Abcdefgh');
    await page.stable();
    expect(metRules()).toBe(3);
  });

  it('refuses a weak password inline', async () => {
    await page.setInputs({ email: 'ann@example.com' });
    typeInto(inputLabelled(page.el, 'Code'), '123456');
    typeInto(inputLabelled(page.el, 'New password'), 'short');
    buttonNamed(page.el, 'Reset password').click();
    await page.stable();

    expect(fieldErrors(page.el)).toEqual(['Password must be at least 8 characters.']);
    page.http.expectNone('/api/auth/reset');
  });

  it('resets the password and goes to sign-in', async () => {
    await page.setInputs({ email: 'ann@example.com' });
    typeInto(inputLabelled(page.el, 'Code'), '654321');
    typeInto(inputLabelled(page.el, 'New password'), 'N3w!password');
    buttonNamed(page.el, 'Reset password').click();
    await page.stable();

    const req = page.http.expectOne({ method: 'POST', url: '/api/auth/reset' });
    expect(req.request.body).toEqual({ email: 'ann@example.com', code: '654321', password: 'N3w!password' });
    req.flush({ reset: true });
    await page.stable();

    expect(page.router.url).toBe('/signin?email=ann@example.com&reset=true');
  });

  it('shows a wrong code', async () => {
    await page.setInputs({ email: 'ann@example.com' });
    typeInto(inputLabelled(page.el, 'Code'), '000000');
    typeInto(inputLabelled(page.el, 'New password'), 'N3w!password');
    buttonNamed(page.el, 'Reset password').click();
    await page.stable();
    page.http
      .expectOne('/api/auth/reset')
      .flush({ error: 'code: wrong or expired code', code: 'CodeMismatch' }, { status: 400, statusText: 'Bad Request' });
    await page.stable();

    expect(alertText(page.el)).toBe('That code is wrong or has expired. Check the latest e-mail, or send a new code.');
  });
});
