import { alertText, blur, buttonNamed, fieldErrors, inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { AuthPageHarness, renderAuthPage } from '../testing/auth-page-harness';
import { SignUpPage } from './sign-up-page';

describe('SignUpPage', () => {
  let page: AuthPageHarness<SignUpPage>;

  beforeEach(async () => {
    page = await renderAuthPage(SignUpPage, '/signup');
  });

  afterEach(() => page.done());

  const el = () => page.el;
  const stable = () => page.stable();
  const ruleStates = () =>
    Array.from(el().querySelectorAll('[data-testid="password-rules"] li')).map((li) => [
      li.textContent?.replace('(done)', '').replace('(not yet)', '').trim(),
      li.getAttribute('data-met'),
    ]);

  async function fill(name: string, email: string, password: string) {
    typeInto(inputLabelled(el(), 'Name'), name);
    typeInto(inputLabelled(el(), 'Email'), email);
    typeInto(inputLabelled(el(), 'Password'), password);
    await stable();
  }

  it('has labelled fields with autocomplete hints, the password described by its rules', () => {
    expect(inputLabelled(el(), 'Name').getAttribute('autocomplete')).toBe('name');
    expect(inputLabelled(el(), 'Email').getAttribute('autocomplete')).toBe('email');
    const password = inputLabelled(el(), 'Password');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    expect(password.type).toBe('password');

    const rules = el().querySelector('app-password-rules')!;
    expect(rules.id).toBe('signup-password-rules');
    expect(password.getAttribute('aria-describedby')?.split(' ')).toContain('signup-password-rules');
    expect(buttonNamed(el(), 'Sign up').type).toBe('submit');
  });

  it('ticks off the shared password rules as the user types', async () => {
    expect(ruleStates()).toEqual([
      ['be at least 8 characters', 'false'],
      ['contain an uppercase letter', 'false'],
      ['contain a lowercase letter', 'false'],
      ['contain a digit', 'false'],
      ['contain a symbol', 'false'],
    ]);

    typeInto(inputLabelled(el(), 'Password'), 'abc1');
    await stable();
    expect(ruleStates().map(([, met]) => met)).toEqual(['false', 'false', 'true', 'true', 'false']);

    typeInto(inputLabelled(el(), 'Password'), 'Abcdefg1!');
    await stable();
    expect(ruleStates().every(([, met]) => met === 'true')).toBe(true);
  });

  it('names the broken rule inline and sends nothing', async () => {
    await fill('Ann', 'ann@example.com', 'Abcdefgh1');
    blur(inputLabelled(el(), 'Password'));
    buttonNamed(el(), 'Sign up').click();
    await stable();

    expect(fieldErrors(el())).toEqual(['Password must contain a symbol.']);
    expect(document.activeElement).toBe(inputLabelled(el(), 'Password'));
    page.http.expectNone('/api/auth/signup');
  });

  it('signs up and goes to the confirm page with the e-mail', async () => {
    page.fixture.componentRef.setInput('returnUrl', '/courses/c-1');
    await fill('  Ann Student ', 'ann@example.com', 'Str0ng!pw');
    buttonNamed(el(), 'Sign up').click();
    await stable();

    const req = page.http.expectOne({ method: 'POST', url: '/api/auth/signup' });
    expect(req.request.body).toEqual({ name: 'Ann Student', email: 'ann@example.com', password: 'Str0ng!pw' });
    expect(buttonNamed(el(), 'Sign up').getAttribute('aria-disabled')).toBe('true');
    req.flush({ email: 'ann@example.com', confirmed: false }, { status: 201, statusText: 'Created' });
    await stable();

    expect(page.router.url).toBe('/confirm?email=ann@example.com&returnUrl=%2Fcourses%2Fc-1');
  });

  it('shows the 409 for an existing account and offers sign-in', async () => {
    await fill('Ann', 'ann@example.com', 'Str0ng!pw');
    buttonNamed(el(), 'Sign up').click();
    await stable();
    page.http
      .expectOne('/api/auth/signup')
      .flush(
        { error: 'An account with this e-mail address already exists', code: 'UsernameExists' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();

    expect(alertText(el())).toBe('An account with this e-mail address already exists');
    const signIn = el().querySelector<HTMLAnchorElement>('[data-testid="account-exists"] a')!;
    expect(signIn.textContent).toContain('Sign in with ann@example.com');
    expect(signIn.getAttribute('href')).toBe('/signin?email=ann@example.com');
    expect(page.router.url).toBe('/signup');
  });

  it("shows the server's validation message with the field named", async () => {
    await fill('Ann', 'ann@example.com', 'Str0ng!pw');
    buttonNamed(el(), 'Sign up').click();
    await stable();
    page.http
      .expectOne('/api/auth/signup')
      .flush({ error: 'password: does not meet the password policy', code: 'ValidationError' }, { status: 400, statusText: 'Bad Request' });
    await stable();

    expect(alertText(el())).toBe('The password does not meet the password policy.');
  });
});
