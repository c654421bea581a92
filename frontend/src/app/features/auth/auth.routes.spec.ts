import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { aUser } from '../../core/auth/testing/auth-fixtures';
import { clearSessionHint, setSessionHint } from '../../core/auth/testing/session-hint';
import { PageTitleStrategy } from '../../core/routing/page-title-strategy';
import { inputLabelled } from '../../shared/testing/dom-queries';
import { authRoutes } from './auth.routes';

describe('authRoutes', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(authRoutes, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const settle = () => new Promise<void>((resolve) => setTimeout(resolve));
  const heading = () => harness.routeNativeElement?.querySelector('h1')?.textContent?.trim();

  it.each([
    ['/signin', 'Sign in', 'Sign in · Lessonstage'],
    ['/signup', 'Create your account', 'Sign up · Lessonstage'],
    ['/confirm', 'Confirm your e-mail address', 'Confirm your e-mail address · Lessonstage'],
    ['/forgot', 'Forgot your password?', 'Forgot password · Lessonstage'],
    ['/reset', 'Choose a new password', 'Choose a new password · Lessonstage'],
  ])('%s shows "%s"', async (url, h1, title) => {
    await harness.navigateByUrl(url);
    expect(heading()).toBe(h1);
    expect(TestBed.inject(Title).getTitle()).toBe(title);
  });

  it('binds query parameters to the page (the e-mail on /confirm)', async () => {
    await harness.navigateByUrl('/confirm?email=new@example.com');
    await harness.fixture.whenStable();
    expect(inputLabelled(harness.routeNativeElement!, 'Email').value).toBe('new@example.com');
  });

  it('guards /account', async () => {
    await harness.navigateByUrl('/account');

    expect(heading()).toBe('Sign in');
    expect(TestBed.inject(Router).url).toBe('/signin?returnUrl=%2Faccount');
  });

  it('opens /account for a signed-in user', async () => {
    setSessionHint();
    const navigation = harness.navigateByUrl('/account');
    await settle();
    clearSessionHint();
    http.expectOne('/api/auth/me').flush(aUser());
    await navigation;

    expect(heading()).toBe('Account');
    await settle();
    http.expectOne('/api/me/practice/email').flush({ weeklySummary: false });
    http.expectOne('/api/me/notification-settings').flush({ email: { 'submission-received': true, 'submission-answered': true, 'thread-answered': true } });
  });

  it('opens the weekly e-mail\'s unsubscribe link without signing in', async () => {
    await harness.navigateByUrl('/practice/unsubscribe?token=abc.def');
    await settle();
    http.expectOne((r) => r.method === 'POST' && r.url === '/api/practice/unsubscribe').flush({ weeklySummary: false });
    await settle();
    expect(heading()).toBe('Weekly practice summary');
  });
});
