import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { LessonMediaApi } from '../courses/lesson-media.api';
import { EnrollmentsApi } from './enrollments.api';

describe('EnrollmentsApi', () => {
  it('reads the student’s courses and one enrollment', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const api = TestBed.inject(EnrollmentsApi);

    api.myCourses().subscribe();
    http.expectOne({ method: 'GET', url: '/api/me/courses' }).flush({ items: [], nextCursor: null });
    api.myCourses({ limit: 100, cursor: 'abc' }).subscribe();
    http.expectOne({ method: 'GET', url: '/api/me/courses?limit=100&cursor=abc' }).flush({ items: [], nextCursor: null });
    let ids: ReadonlySet<string> | undefined;
    api.myCourseIds().subscribe((answer) => (ids = answer));
    http.expectOne({ method: 'GET', url: '/api/me/course-ids' }).flush({ courseIds: ['c1', 'c2'] });
    expect(ids).toEqual(new Set(['c1', 'c2']));
    api.enrollment('a b').subscribe();
    http.expectOne({ method: 'GET', url: '/api/me/courses/a%20b' }).flush({ courseId: 'a b', status: 'none' });
    http.verify();
  });

  it('asks for My courses only once the progress saves in flight are answered', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const media = TestBed.inject(LessonMediaApi);
    media.saveProgress('c1', 'l1', { positionSec: 185, completed: true }).subscribe();
    media.saveProgress('c1', 'l2', { positionSec: 3, completed: false }).subscribe({ error: () => undefined });
    const [first, second] = http.match({ method: 'PUT' });

    TestBed.inject(EnrollmentsApi).myCourses().subscribe();
    media.progress('c1').subscribe();
    first!.flush({});
    await Promise.resolve();
    http.expectNone('/api/me/courses');
    second!.flush({ error: 'down' }, { status: 503, statusText: 'Unavailable' }); // a failed save ends the wait too
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/me/courses').flush({ items: [], nextCursor: null });
    http.expectOne('/api/courses/c1/progress').flush([]);
    http.verify();
  });
});
