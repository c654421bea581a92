import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { catchError } from 'rxjs/operators';

import { AuthStore } from '../../core/auth/auth.store';
import { CoursesApi } from '../../core/courses/courses.api';
import { LessonMediaApi } from '../../core/courses/lesson-media.api';
import { lessonLink } from '../../core/routing/lesson-link';
import { continueLessonId } from '../../shared/data/lesson-order';

/**
 * /courses/:courseId/continue: redirects to the player at the lesson the student worked on last
 * (the player resumes it at its saved position), or the next unfinished one when that one is
 * completed (the course page when the course has no lessons or fails to load).
 */
export const continueLearningGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const courses = inject(CoursesApi);
  const media = inject(LessonMediaApi);
  const auth = inject(AuthStore);
  const courseId = route.paramMap.get('courseId') ?? '';
  const coursePage = router.createUrlTree(['/courses', courseId]);

  await auth.restore();
  try {
    const [course, progress] = await Promise.all([
      firstValueFrom(courses.getCourse(courseId)),
      auth.isSignedIn() ? firstValueFrom(media.progress(courseId).pipe(catchError(() => of([])))) : Promise.resolve([]),
    ]);
    const lessonId = continueLessonId(course, progress);
    return lessonId ? router.createUrlTree(lessonLink(courseId, lessonId)) : coursePage;
  } catch {
    return coursePage;
  }
};
