import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';

import { aCourseDetail, aLesson, aSection } from '../testing/course-fixtures';
import { CoursePage } from './course-page';

describe('CoursePage', () => {
  let fixture: ComponentFixture<CoursePage>;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [CoursePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CoursePage);
  });

  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const allByTestId = (id: string) => Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));

  async function open(courseId: string): Promise<void> {
    fixture.componentRef.setInput('courseId', courseId);
    await fixture.whenStable();
  }

  it('shows a loading state, then the course with its sections and lessons', async () => {
    await open('course-1');
    expect(byTestId('loading-state')).not.toBeNull();

    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    await fixture.whenStable();

    expect(byTestId('loading-state')).toBeNull();
    const title = byTestId('course-title')!;
    expect(title.tagName).toBe('H1');
    expect(title.textContent).toContain('Blues Guitar from Zero');
    expect(byTestId('course-price')?.textContent?.trim()).toBe('$29.99');
    expect(el().textContent).toContain('Ana Lima');
    expect(byTestId('course-instrument')?.textContent).toContain('Guitar');
    expect(byTestId('course-level')?.textContent).toContain('Beginner');

    const sections = allByTestId('course-section');
    expect(sections).toHaveLength(2);
    expect(sections[0].querySelector('h2')?.textContent).toContain('Getting started');
    expect(sections[1].querySelector('h2')?.textContent).toContain('The shuffle');

    const lessons = allByTestId('lesson-item');
    expect(lessons).toHaveLength(3);
    expect(lessons[0].textContent).toContain('Welcome');
    expect(lessons[0].textContent).toContain('03:05');
    expect(lessons[0].textContent).toContain('Free preview');
    expect(lessons[1].textContent).not.toContain('Free preview');
    expect(lessons[2].textContent).toContain('1:02:05');
    expect(sections[0].querySelectorAll('[data-testid="lesson-item"]')).toHaveLength(2);

    // 185 + 427 + 3725 = 4337 s
    expect(byTestId('course-stats')?.textContent).toContain('3 lessons');
    expect(byTestId('course-stats')?.textContent).toContain('1:12:17');
  });

  it('links back to the catalog', async () => {
    await open('course-1');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    await fixture.whenStable();

    const back = el().querySelector('a.back-link');
    expect(back?.getAttribute('href')).toBe('/');
    expect(back?.textContent).toContain('All courses');
  });

  it('sets the document title to the course name', async () => {
    await open('course-1');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail({ title: 'Funk Bass' }));
    await fixture.whenStable();

    expect(TestBed.inject(Title).getTitle()).toBe('Funk Bass · Lessonstage');
  });

  it('shows "Course not found" with a link home for a 404', async () => {
    await open('nope');
    http
      .expectOne('/api/courses/nope')
      .flush({ error: 'Course not found', code: 'NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    const error = byTestId('error-state')!;
    expect(error.querySelector('[role="heading"]')?.textContent).toContain('Course not found');
    expect(error.querySelector('[role="heading"]')?.getAttribute('aria-level')).toBe('1');
    expect(error.querySelector('a')?.getAttribute('href')).toBe('/');
    expect(error.querySelector('button')).toBeNull();
    expect(byTestId('course-title')).toBeNull();
  });

  it('offers Retry for other errors and loads the course again', async () => {
    await open('course-1');
    http
      .expectOne('/api/courses/course-1')
      .flush({ error: 'Database down' }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();

    const error = byTestId('error-state')!;
    expect(error.textContent).toContain('Something went wrong on our side');
    expect(error.textContent).not.toContain('Database down');
    (error.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();

    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    await fixture.whenStable();
    expect(byTestId('error-state')).toBeNull();
    expect(byTestId('course-title')).not.toBeNull();
  });

  it('loads the new course when the route parameter changes', async () => {
    await open('course-1');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    await fixture.whenStable();

    await open('course-2');
    expect(byTestId('loading-state')).not.toBeNull();
    http.expectOne('/api/courses/course-2').flush(
      aCourseDetail({
        courseId: 'course-2',
        title: 'Drum Fills',
        sections: [aSection({ lessons: [aLesson({ title: 'Fill one' })] })],
      }),
    );
    await fixture.whenStable();

    expect(byTestId('course-title')?.textContent).toContain('Drum Fills');
    expect(allByTestId('course-section')).toHaveLength(1);
    expect(allByTestId('lesson-item')).toHaveLength(1);
  });

  it('says so when a course has no sections', async () => {
    await open('course-1');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail({ sections: [] }));
    await fixture.whenStable();

    expect(allByTestId('course-section')).toHaveLength(0);
    expect(el().textContent).toContain("doesn't have any lessons yet");
  });
});
