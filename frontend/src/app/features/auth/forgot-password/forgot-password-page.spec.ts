import { alertText, buttonNamed, fieldErrors, inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { AuthPageHarness, renderAuthPage } from '../testing/auth-page-harness';
import { ForgotPasswordPage } from './forgot-password-page';

describe('ForgotPasswordPage', () => {
  let page: AuthPageHarness<ForgotPasswordPage>;

  beforeEach(async () => {
    page = await renderAuthPage(ForgotPasswordPage, '/forgot');
  });

  afterEach(() => page.done());

  it('sends the code and continues to the reset page', async () => {
    await page.setInputs({ email: 'ann@example.com' });
    expect(inputLabelled(page.el, 'Email').value).toBe('ann@example.com');

    buttonNamed(page.el, 'Send code').click();
    await page.stable();
    const req = page.http.expectOne({ method: 'POST', url: '/api/auth/forgot' });
    expect(req.request.body).toEqual({ email: 'ann@example.com' });
    req.flush({ sent: true });
    await page.stable();

    expect(page.router.url).toBe('/reset?email=ann@example.com&sent=true');
  });

  it('checks the address first', async () => {
    typeInto(inputLabelled(page.el, 'Email'), 'not-an-address');
    buttonNamed(page.el, 'Send code').click();
    await page.stable();

    expect(fieldErrors(page.el)).toEqual(['Enter a valid e-mail address, like name@example.com.']);
    page.http.expectNone('/api/auth/forgot');
  });

  it('says how long to wait when rate limited', async () => {
    typeInto(inputLabelled(page.el, 'Email'), 'ann@example.com');
    buttonNamed(page.el, 'Send code').click();
    await page.stable();
    page.http
      .expectOne('/api/auth/forgot')
      .flush(
        { error: 'Too many attempts; try again later', code: 'TooManyRequests' },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '30' } },
      );
    await page.stable();

    expect(alertText(page.el)).toBe('Too many attempts. Please wait 30 seconds and try again.');
  });
});
