import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CourseDetail, CourseList } from '@lessonstage/shared';

import { CoursesApi } from './courses.api';
import { aCourseDetail, aCourseList, someCourses } from './testing/course-fixtures';

describe('CoursesApi', () => {
  let api: CoursesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(CoursesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the first page without limit or cursor by default', () => {
    let result: CourseList | undefined;
    api.listCourses().subscribe((page) => (result = page));

    const req = http.expectOne((r) => r.url === '/api/courses');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.keys()).toEqual([]);
    const body = aCourseList(someCourses(2), 'next-1');
    req.flush(body);

    expect(result).toEqual(body);
  });

  it('sends limit and cursor as query parameters', () => {
    const cursor = 'eyJ0IjoiMjAyNSJ9+a/b==';
    api.listCourses({ limit: 12, cursor }).subscribe();

    const req = http.expectOne((r) => r.url === '/api/courses');
    expect(req.request.params.get('limit')).toBe('12');
    expect(req.request.params.get('cursor')).toBe(cursor);
    // What the server will read back from the URL:
    const query = new URLSearchParams(req.request.urlWithParams.split('?')[1]);
    expect(query.get('limit')).toBe('12');
    expect(query.get('cursor')).toBe(cursor);
    req.flush(aCourseList([]));
  });

  it('leaves out a null cursor', () => {
    api.listCourses({ limit: 5, cursor: null }).subscribe();

    const req = http.expectOne((r) => r.url === '/api/courses');
    expect(req.request.params.has('cursor')).toBe(false);
    expect(req.request.params.get('limit')).toBe('5');
    req.flush(aCourseList([]));
  });

  it('fetches one course by id, encoding the id', () => {
    let result: CourseDetail | undefined;
    api.getCourse('a b/c').subscribe((course) => (result = course));

    const req = http.expectOne('/api/courses/a%20b%2Fc');
    expect(req.request.method).toBe('GET');
    const body = aCourseDetail();
    req.flush(body);

    expect(result).toEqual(body);
  });

  it('passes a 404 on as an error with its status', () => {
    let status: number | undefined;
    api.getCourse('missing').subscribe({ error: (error: { status: number }) => (status = error.status) });

    http
      .expectOne('/api/courses/missing')
      .flush({ error: 'Course not found' }, { status: 404, statusText: 'Not Found' });

    expect(status).toBe(404);
  });
});
