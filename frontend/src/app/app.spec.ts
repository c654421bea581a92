import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy, withComponentInputBinding } from '@angular/router';

import { App } from './app';
import { routes } from './app.routes';
import { anAdmin } from './core/auth/testing/auth-fixtures';
import { signInAs } from './core/auth/testing/sign-in-as';
import { PageTitleStrategy } from './core/routing/page-title-strategy';

describe('App shell', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
      ],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function renderAt(url: string) {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return fixture;
  }

  it('has a skip link, a toolbar with the product name, and a main landmark', async () => {
    const el = (await renderAt('/nowhere')).nativeElement as HTMLElement;

    const skip = el.querySelector('app-skip-link a')!;
    expect(skip.getAttribute('href')).toBe('#main-content');
    expect(el.querySelector('header mat-toolbar')?.textContent).toContain('Lessonstage');
    const main = el.querySelector('main')!;
    expect(main.id).toBe('main-content');
    expect(main.getAttribute('tabindex')).toBe('-1');
    // The skip link comes before the toolbar in tab order.
    expect(skip.compareDocumentPosition(el.querySelector('header')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('has a footer linking the dev mailbox', async () => {
    const el = (await renderAt('/nowhere')).nativeElement as HTMLElement;

    const link = el.querySelector<HTMLAnchorElement>('footer a[data-testid="dev-mailbox-link"]')!;
    expect(link.textContent).toBe('Dev mailbox');
    expect(link.getAttribute('href')).toBe('/dev/mailbox');
    // The footer comes after the main landmark.
    expect(el.querySelector('main')!.compareDocumentPosition(el.querySelector('footer')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens the sign-in page without loading the catalog', async () => {
    const el = (await renderAt('/signin')).nativeElement as HTMLElement;

    expect(el.querySelector('main h1')?.textContent).toContain('Sign in');
    expect(TestBed.inject(Title).getTitle()).toBe('Sign in · Lessonstage');
    TestBed.inject(HttpTestingController).expectNone('/api/courses');
  });

  it('sends anonymous visitors of /admin to sign-in', async () => {
    const fixture = TestBed.createComponent(App);
    // Never signed in here (no session hint): the guard asks the API nothing.
    await TestBed.inject(Router).navigateByUrl('/admin');
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/signin?returnUrl=%2Fadmin');
    expect((fixture.nativeElement as HTMLElement).querySelector('main h1')?.textContent).toContain('Sign in');
  });

  it("opens the Purchases tab inside the admin area's shell for an administrator", async () => {
    await signInAs(anAdmin());
    const el = (await renderAt('/admin/purchases')).nativeElement as HTMLElement;

    expect(el.querySelector('app-admin-shell app-admin-purchases-page')).not.toBeNull();
    TestBed.inject(HttpTestingController).match(() => true);
  });

  it('shows the not-found page for unknown URLs', async () => {
    const el = (await renderAt('/no/such/page')).nativeElement as HTMLElement;

    expect(el.querySelector('main h1')?.textContent).toContain('Page not found');
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found · Lessonstage');
  });

  it('shows the catalog at the root URL', async () => {
    const el = (await renderAt('/')).nativeElement as HTMLElement;

    expect(el.querySelector('main h1')?.textContent).toContain('Courses');
    expect(TestBed.inject(Title).getTitle()).toBe('Courses · Lessonstage');
    TestBed.inject(HttpTestingController)
      .expectOne((req) => req.url === '/api/courses')
      .flush({ items: [], nextCursor: null });
  });

  it('binds the course id from the URL into the course page', async () => {
    const fixture = await renderAt('/courses/abc-123');

    TestBed.inject(HttpTestingController).expectOne('/api/courses/abc-123').flush(
      { error: 'Course not found' },
      { status: 404, statusText: 'Not Found' },
    );
    await fixture.whenStable();

    const main = (fixture.nativeElement as HTMLElement).querySelector('main')!;
    expect(main.querySelector('[data-testid="error-state"]')?.textContent).toContain('Course not found');
    expect(TestBed.inject(Title).getTitle()).toBe('Course not found · Lessonstage');
  });
});
