import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { buttonNamed, inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { anAdminCourse, anAdminCourseList, anOutlinedCourse } from '../testing/admin-course-fixtures';
import { ADMIN_PAGE_SIZE, AdminCourseListPage } from './admin-course-list-page';

@Component({ template: '' })
class Blank {}

describe('AdminCourseListPage', () => {
  let fixture: ComponentFixture<AdminCourseListPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AdminCourseListPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', component: Blank }])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AdminCourseListPage);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    fixture.nativeElement.remove();
    document.querySelectorAll('app-new-course-dialog').forEach((dialog) => dialog.remove());
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const rows = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="admin-course-row"]'));
  const stable = () => fixture.whenStable();

  function expectPage(cursor: string | null): TestRequest {
    const req = http.expectOne((r) => r.url === '/api/admin/courses' && r.method === 'GET');
    expect(req.request.params.get('limit')).toBe(String(ADMIN_PAGE_SIZE));
    expect(req.request.params.get('cursor')).toBe(cursor);
    return req;
  }

  it('lists drafts and published courses with status, lessons, price and date', async () => {
    expect(el().querySelector('[data-testid="loading-state"]')).not.toBeNull();
    expectPage(null).flush(
      anAdminCourseList([
        anOutlinedCourse({ courseId: 'c-1', title: 'Fingerstyle', thumbnailUrl: '/media/t.png', updatedAt: '2026-02-03T10:00:00Z' }),
        anAdminCourse({ courseId: 'c-2', title: 'Jazz', status: 'published', priceCents: 0 }),
      ]),
    );
    await stable();

    expect(rows()).toHaveLength(2);
    const [first, second] = rows();
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/admin/courses/c-1');
    expect(first.querySelector('[data-testid="course-status"]')?.textContent).toBe('Draft');
    expect(first.textContent).toContain('3 lessons');
    expect(first.textContent).toContain('$39.00');
    expect(first.textContent).toContain('Feb 3, 2026');
    expect(first.querySelector('img')?.getAttribute('src')).toBe('/media/t.png');
    expect(second.querySelector('[data-testid="course-status"]')?.textContent).toBe('Published');
    expect(second.textContent).toContain('Free');
    expect(second.querySelector('img')).toBeNull();
  });

  it('shows an empty state', async () => {
    expectPage(null).flush(anAdminCourseList([]));
    await stable();
    expect(el().querySelector('[data-testid="empty-state"]')?.textContent).toContain('No courses yet');
  });

  it('pages with "Load more"', async () => {
    expectPage(null).flush(anAdminCourseList([anAdminCourse({ courseId: 'c-1' })], 'next'));
    await stable();
    buttonNamed(el(), 'Load more').click();
    expectPage('next').flush(anAdminCourseList([anAdminCourse({ courseId: 'c-2' })]));
    await stable();

    expect(rows()).toHaveLength(2);
    expect(el().querySelector('[data-testid="load-more"]')).toBeNull();
  });

  it('offers Retry when the list cannot be loaded', async () => {
    expectPage(null).flush({ error: 'boom' }, { status: 500, statusText: 'Server Error' });
    await stable();
    buttonNamed(el(), 'Retry').click();
    expectPage(null).flush(anAdminCourseList([anAdminCourse()]));
    await stable();
    expect(rows()).toHaveLength(1);
  });

  describe('New course', () => {
    async function openDialog(): Promise<HTMLElement> {
      expectPage(null).flush(anAdminCourseList([]));
      await stable();
      el().querySelector<HTMLButtonElement>('[data-testid="new-course"]')!.click();
      await stable();
      return document.querySelector<HTMLElement>('app-new-course-dialog')!;
    }

    function select(dialog: HTMLElement, id: string, label: string): void {
      const element = dialog.querySelector<HTMLSelectElement>(`#${id}`)!;
      element.selectedIndex = Array.from(element.options).findIndex((o) => o.textContent?.trim() === label);
      element.dispatchEvent(new Event('change'));
    }

    it('asks for the details in a labelled dialog, showing what is missing', async () => {
      const dialog = await openDialog();
      expect(dialog.querySelector('dialog')?.getAttribute('aria-labelledby')).toBeTruthy();
      expect(dialog.querySelector('h2')?.textContent).toBe('New course');
      expect(dialog.querySelector('label[for="new-course-instrument"]')?.textContent).toContain('Instrument');

      buttonNamed(dialog, 'Create course').click();
      await stable();

      const errors = Array.from(dialog.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
      expect(errors).toEqual(['Enter a title.', 'Choose an instrument.', 'Choose a level.', 'Enter a price (0 for free).']);
      expect(document.activeElement).toBe(inputLabelled(dialog, 'Title'));
      http.expectNone((r) => r.method === 'POST');
    });

    it('creates the course with the price in cents and opens its editor', async () => {
      const dialog = await openDialog();
      typeInto(inputLabelled(dialog, 'Title'), '  Slide Guitar  ');
      typeInto(dialog.querySelector<HTMLTextAreaElement>('#new-course-description') as unknown as HTMLInputElement, 'Open tunings and a glass slide.');
      select(dialog, 'new-course-instrument', 'Guitar');
      select(dialog, 'new-course-level', 'Intermediate');
      typeInto(inputLabelled(dialog, 'Price'), '24.5');
      select(dialog, 'new-course-currency', 'Euro (EUR)');
      buttonNamed(dialog, 'Create course').click();
      await stable();

      const req = http.expectOne({ method: 'POST', url: '/api/admin/courses' });
      expect(req.request.body).toEqual({
        title: 'Slide Guitar',
        description: 'Open tunings and a glass slide.',
        instrument: 'guitar',
        level: 'intermediate',
        priceCents: 2450,
        currency: 'EUR',
      });
      req.flush(anAdminCourse({ courseId: 'slide-guitar-x1' }), { status: 201, statusText: 'Created' });
      await stable();
      await stable();

      expect(document.querySelector('app-new-course-dialog')).toBeNull();
      expect(TestBed.inject(Router).url).toBe('/admin/courses/slide-guitar-x1');
    });

    it("shows the API's refusal in the dialog", async () => {
      const dialog = await openDialog();
      typeInto(inputLabelled(dialog, 'Title'), 'X');
      select(dialog, 'new-course-instrument', 'Piano');
      select(dialog, 'new-course-level', 'Beginner');
      typeInto(inputLabelled(dialog, 'Price'), '10');
      buttonNamed(dialog, 'Create course').click();
      http
        .expectOne({ method: 'POST', url: '/api/admin/courses' })
        .flush({ error: 'priceCents: is too high', code: 'ValidationError' }, { status: 400, statusText: 'Bad Request' });
      await stable();

      expect(dialog.querySelector('[role="alert"]')?.textContent).toContain('Price: is too high');
      buttonNamed(dialog, 'Cancel').click();
      await stable();
      expect(document.querySelector('app-new-course-dialog')).toBeNull();
    });
  });
});
