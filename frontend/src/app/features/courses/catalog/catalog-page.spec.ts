import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aUser } from '../../../core/auth/testing/auth-fixtures';
import { signInAs } from '../../../core/auth/testing/sign-in-as';
import { aCourseList, someCourses } from '../../../core/courses/testing/course-fixtures';
import { CATALOG_PAGE_SIZE, CatalogPage, FIRST_CARDS } from './catalog-page';

/** Lets the page settle, cards included: they render one per task after the first (renderInSteps). */
async function settle(fixture: ComponentFixture<CatalogPage>): Promise<void> {
  await fixture.whenStable();
  const cardsToCome = () => (fixture.nativeElement as HTMLElement).querySelector('.card-placeholder') !== null;
  for (let step = 0; cardsToCome() && step < 3 * CATALOG_PAGE_SIZE; step++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}

describe('CatalogPage', () => {
  let fixture: ComponentFixture<CatalogPage>;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [CatalogPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CatalogPage);
  });

  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const cards = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="course-card"]'));
  const byTestId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const loadMoreButton = () => byTestId('load-more') as HTMLButtonElement | null;

  function expectPageRequest(cursor: string | null): TestRequest {
    const req = http.expectOne((r) => r.url === '/api/courses');
    expect(req.request.params.get('limit')).toBe(String(CATALOG_PAGE_SIZE));
    expect(req.request.params.get('cursor')).toBe(cursor);
    return req;
  }

  const render = () => settle(fixture);

  it('shows a loading state, then one card per course', async () => {
    await render();
    expect(byTestId('loading-state')).not.toBeNull();
    expect(cards()).toHaveLength(0);

    expectPageRequest(null).flush(aCourseList(someCourses(3)));
    await render();

    expect(byTestId('loading-state')).toBeNull();
    expect(cards()).toHaveLength(3);
    expect(cards()[0].querySelector('a')?.getAttribute('href')).toBe('/courses/course-1');
    expect(cards()[2].textContent).toContain('Course number 3');
    expect(el().querySelector('h1')?.textContent).toContain('Courses');
  });

  it('hides "Load more" when there is no next page', async () => {
    await render();
    expectPageRequest(null).flush(aCourseList(someCourses(2), null));
    await render();

    expect(cards()).toHaveLength(2);
    expect(loadMoreButton()).toBeNull();
  });

  it('appends the next page when "Load more" is clicked, passing the cursor', async () => {
    await render();
    expectPageRequest(null).flush(aCourseList(someCourses(2), 'cursor-2'));
    await render();

    loadMoreButton()!.click();
    await render();

    // While loading: still there, marked busy/disabled, and a second click sends nothing.
    expect(loadMoreButton()!.getAttribute('aria-disabled')).toBe('true');
    expect(loadMoreButton()!.textContent).toContain('Loading');
    loadMoreButton()!.click();
    const req = expectPageRequest('cursor-2');

    req.flush(aCourseList(someCourses(2, 3), null));
    await render();

    expect(cards()).toHaveLength(4);
    expect(cards()[3].textContent).toContain('Course number 4');
    expect(cards()[0].textContent).toContain('Course number 1');
    expect(loadMoreButton()).toBeNull();
  });

  it('keeps loaded courses when a later page fails, and retries it', async () => {
    await render();
    expectPageRequest(null).flush(aCourseList(someCourses(2), 'cursor-2'));
    await render();

    loadMoreButton()!.click();
    await render();
    expectPageRequest('cursor-2').flush(
      { error: 'Upstream timeout' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await render();

    expect(cards()).toHaveLength(2);
    const error = byTestId('error-state')!;
    expect(error).not.toBeNull();
    expect(error.textContent).toContain("couldn't load more courses");

    (error.querySelector('button') as HTMLButtonElement).click();
    await render();
    expectPageRequest('cursor-2').flush(aCourseList(someCourses(1, 3), null));
    await render();

    expect(byTestId('error-state')).toBeNull();
    expect(cards()).toHaveLength(3);
  });

  it('shows an error with Retry when the first page fails, and recovers on retry', async () => {
    await render();
    expectPageRequest(null).error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await render();

    const error = byTestId('error-state')!;
    expect(error).not.toBeNull();
    expect(error.textContent).toContain("couldn't reach Lessonstage");
    expect(cards()).toHaveLength(0);

    const retry = error.querySelector('button') as HTMLButtonElement;
    expect(retry.textContent).toContain('Retry');
    retry.click();
    await render();
    expect(byTestId('loading-state')).not.toBeNull();

    expectPageRequest(null).flush(aCourseList(someCourses(1)));
    await render();

    expect(byTestId('error-state')).toBeNull();
    expect(cards()).toHaveLength(1);
  });

  it('shows an empty state when there are no courses', async () => {
    await render();
    expectPageRequest(null).flush(aCourseList([]));
    await render();

    expect(cards()).toHaveLength(0);
    expect(byTestId('empty-state')?.textContent).toContain('No courses yet');
    expect(loadMoreButton()).toBeNull();
  });

  it('renders the first cards with the page and the others one per task; thumbnails of the first row load at once', async () => {
    await render();
    expectPageRequest(null).flush(aCourseList(someCourses(6)));
    await fixture.whenStable();
    expect(cards()).toHaveLength(FIRST_CARDS);
    expect(el().querySelectorAll('.card-placeholder')).toHaveLength(6 - FIRST_CARDS);

    await render();
    expect(el().querySelectorAll('.card-placeholder')).toHaveLength(0);
    expect(cards().map((card) => card.textContent)).toEqual(someCourses(6).map((course) => expect.stringContaining(course.title)));
    const loading = Array.from(el().querySelectorAll('img')).map((img) => img.getAttribute('loading'));
    expect(loading).toEqual(['eager', 'eager', 'eager', 'eager', 'lazy', 'lazy']);
  });
});

describe('CatalogPage for a signed-in student', () => {
  it('marks the courses the student owns', async () => {
    TestBed.configureTestingModule({
      imports: [CatalogPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(aUser());
    const fixture = TestBed.createComponent(CatalogPage);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/courses').flush(aCourseList(someCourses(3)));
    http.expectOne('/api/me/course-ids').flush({ courseIds: ['course-2', 'course-not-on-this-page'] });
    await settle(fixture);

    const owned = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="course-card"]')).map(
      (card) => card.querySelector('[data-testid="owned-badge"]') !== null,
    );
    expect(owned).toEqual([false, true, false]);
    http.verify();
  });
});
