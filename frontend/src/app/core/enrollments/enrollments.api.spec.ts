import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { EnrollmentsApi } from './enrollments.api';

describe('EnrollmentsApi', () => {
  it('reads the student’s courses and one enrollment', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const api = TestBed.inject(EnrollmentsApi);

    api.myCourses().subscribe();
    http.expectOne({ method: 'GET', url: '/api/me/courses' }).flush([]);
    api.enrollment('a b').subscribe();
    http.expectOne({ method: 'GET', url: '/api/me/courses/a%20b' }).flush({ courseId: 'a b', status: 'none' });
    http.verify();
  });
});
