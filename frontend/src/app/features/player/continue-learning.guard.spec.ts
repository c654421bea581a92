import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aUser } from '../../core/auth/testing/auth-fixtures';
import { signInAs } from '../../core/auth/testing/sign-in-as';
import { aCourseDetail } from '../../core/courses/testing/course-fixtures';
import { continueRoutes } from './continue.routes';

@Component({ template: '' })
class Blank {}

describe('continueLearningGuard', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'courses/:courseId/continue', children: continueRoutes },
          { path: 'courses/:courseId/lessons/:lessonId', component: Blank },
          { path: 'courses/:courseId', component: Blank },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
    await signInAs(aUser());
  });

  afterEach(() => http.verify());

  const settle = () => new Promise<void>((resolve) => setTimeout(resolve));

  it('opens the lesson worked on last, not the first unfinished one', async () => {
    const navigation = router.navigateByUrl('/courses/course-1/continue');
    await settle();
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    http.expectOne('/api/courses/course-1/progress').flush([
      { lessonId: 'lesson-1', positionSec: 40, completed: false, updatedAt: '2026-01-01T10:00:00.000Z' },
      { lessonId: 'lesson-3', positionSec: 65, completed: false, updatedAt: '2026-01-02T10:00:00.000Z' },
    ]);
    await navigation;
    expect(router.url).toBe('/courses/course-1/lessons/lesson-3');
  });

  it('opens the first lesson not completed yet', async () => {
    const navigation = router.navigateByUrl('/courses/course-1/continue');
    await settle();
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    http.expectOne('/api/courses/course-1/progress').flush([
      { lessonId: 'lesson-1', positionSec: 185, completed: true, updatedAt: 'x' },
      { lessonId: 'lesson-2', positionSec: 30, completed: false, updatedAt: 'x' },
    ]);
    await navigation;
    expect(router.url).toBe('/courses/course-1/lessons/lesson-2');
  });

  it('falls back to the course page when the course fails to load', async () => {
    const navigation = router.navigateByUrl('/courses/course-1/continue');
    await settle();
    http.expectOne('/api/courses/course-1').flush({ error: 'x' }, { status: 500, statusText: 'Error' });
    http.expectOne('/api/courses/course-1/progress').flush([]);
    await navigation;
    expect(router.url).toBe('/courses/course-1');
  });
});
