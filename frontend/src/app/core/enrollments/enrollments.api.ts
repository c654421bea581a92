import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MyCourse } from '@lessonstage/shared';
import { Observable } from 'rxjs';

import { LessonMediaApi } from '../courses/lesson-media.api';

export const MY_COURSES_URL = '/api/me/courses';

/** `revoked` after a refund or dispute; `none` when the student never enrolled. */
export type EnrollmentStatus = 'active' | 'revoked' | 'none';

export interface Enrollment {
  readonly courseId: string;
  readonly status: EnrollmentStatus;
}

/** The signed-in student's enrollments (GET /api/me/courses…). */
@Injectable({ providedIn: 'root' })
export class EnrollmentsApi {
  private readonly http = inject(HttpClient);
  private readonly media = inject(LessonMediaApi);

  /**
   * Courses with an active enrollment, most recently enrolled first, with lesson counts; asked
   * once pending progress saves are answered, so a lesson just completed is counted.
   */
  myCourses(): Observable<MyCourse[]> {
    return this.media.afterSaves(() => this.http.get<MyCourse[]>(MY_COURSES_URL));
  }

  /** Whether the student may open a course's lessons. */
  enrollment(courseId: string): Observable<Enrollment> {
    return this.http.get<Enrollment>(`${MY_COURSES_URL}/${encodeURIComponent(courseId)}`);
  }
}
