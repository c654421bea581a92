import { alertText, buttonNamed, fieldErrors, inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { AuthPageHarness, renderAuthPage } from '../testing/auth-page-harness';
import { ConfirmPage } from './confirm-page';

describe('ConfirmPage', () => {
  let page: AuthPageHarness<ConfirmPage>;

  beforeEach(async () => {
    page = await renderAuthPage(ConfirmPage, '/confirm');
  });

  afterEach(() => page.done());

  const status = () => page.el.querySelector('[role="status"]')?.textContent?.trim() ?? '';

  it('prefills the e-mail from the query string and asks for the code', async () => {
    await page.setInputs({ email: 'new@example.com' });

    expect(inputLabelled(page.el, 'Email').value).toBe('new@example.com');
    const code = inputLabelled(page.el, 'Code');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(buttonNamed(page.el, 'Confirm').type).toBe('submit');
    expect(buttonNamed(page.el, 'Resend code').type).toBe('button');
  });

  it('explains why when sign-in sent the user here', async () => {
    await page.setInputs({ email: 'new@example.com', unconfirmed: 'true' });
    expect(page.el.querySelector('.lede')?.textContent).toContain("isn't confirmed yet");
  });

  it('confirms and goes to sign-in with the e-mail', async () => {
    await page.setInputs({ email: 'new@example.com', returnUrl: '/account' });
    typeInto(inputLabelled(page.el, 'Code'), '123456');
    buttonNamed(page.el, 'Confirm').click();
    await page.stable();

    const req = page.http.expectOne({ method: 'POST', url: '/api/auth/confirm' });
    expect(req.request.body).toEqual({ email: 'new@example.com', code: '123456' });
    req.flush({ email: 'new@example.com', confirmed: true });
    await page.stable();

    expect(page.router.url).toBe('/signin?email=new@example.com&confirmed=true&returnUrl=%2Faccount');
  });

  it('shows a wrong code in the alert region', async () => {
    await page.setInputs({ email: 'new@example.com' });
    typeInto(inputLabelled(page.el, 'Code'), '000000');
    buttonNamed(page.el, 'Confirm').click();
    await page.stable();
    page.http
      .expectOne('/api/auth/confirm')
      .flush({ error: 'code: wrong or expired code', code: 'CodeMismatch' }, { status: 400, statusText: 'Bad Request' });
    await page.stable();

    expect(alertText(page.el)).toBe('That code is wrong or has expired. Check the latest e-mail, or send a new code.');
    expect(page.router.url).toBe('/confirm');
  });

  it('clears the last error when a new attempt has a field error of its own', async () => {
    await page.setInputs({ email: 'new@example.com' });
    typeInto(inputLabelled(page.el, 'Code'), '000000');
    buttonNamed(page.el, 'Confirm').click();
    await page.stable();
    page.http
      .expectOne('/api/auth/confirm')
      .flush({ error: 'code: wrong or expired code', code: 'CodeMismatch' }, { status: 400, statusText: 'Bad Request' });
    await page.stable();
    typeInto(inputLabelled(page.el, 'Code'), '12');
    buttonNamed(page.el, 'Confirm').click();
    await page.stable();
    expect(fieldErrors(page.el)).toHaveLength(1);
    expect(alertText(page.el)).toBe('');
  });

  it('treats an already confirmed account as done', async () => {
    await page.setInputs({ email: 'new@example.com' });
    typeInto(inputLabelled(page.el, 'Code'), '123456');
    buttonNamed(page.el, 'Confirm').click();
    await page.stable();
    page.http
      .expectOne('/api/auth/confirm')
      .flush({ error: 'This account is already confirmed', code: 'AlreadyConfirmed' }, { status: 400, statusText: 'Bad Request' });
    await page.stable();

    expect(page.router.url).toBe('/signin?email=new@example.com&confirmed=true');
  });

  it('resends the code to the address in the form', async () => {
    await page.setInputs({ email: 'new@example.com' });
    buttonNamed(page.el, 'Resend code').click();
    await page.stable();

    const req = page.http.expectOne({ method: 'POST', url: '/api/auth/resend' });
    expect(req.request.body).toEqual({ email: 'new@example.com' });
    expect(buttonNamed(page.el, 'Resend code').getAttribute('aria-disabled')).toBe('true');
    req.flush({ sent: true });
    await page.stable();

    expect(status()).toBe('A new code is on its way to new@example.com.');
    page.http.expectNone('/api/auth/confirm');
  });

  it('needs an e-mail address before resending', async () => {
    buttonNamed(page.el, 'Resend code').click();
    await page.stable();

    expect(fieldErrors(page.el)).toEqual(['Enter your e-mail address.']);
    expect(document.activeElement).toBe(inputLabelled(page.el, 'Email'));
    page.http.expectNone('/api/auth/resend');
  });
});
