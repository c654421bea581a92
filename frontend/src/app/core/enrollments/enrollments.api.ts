import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MyCourseIds, MyCourseList } from '@lessonstage/shared';
import { Observable } from 'rxjs';
import { map } from 'rxjs/operators';

import { LessonMediaApi } from '../courses/lesson-media.api';

export const MY_COURSES_URL = '/api/me/courses';
export const MY_COURSE_IDS_URL = '/api/me/course-ids';

export interface MyCoursesOptions {
  /** Page size, 1..100; the API defaults to 24. */
  readonly limit?: number;
  /** `nextCursor` of the previous page; omit for the first page. */
  readonly cursor?: string | null;
}

/** `revoked` after a refund or dispute; `none` when the student never enrolled. */
export type EnrollmentStatus = 'active' | 'revoked' | 'none';

export interface Enrollment {
  readonly courseId: string;
  readonly status: EnrollmentStatus;
}

/** The signed-in student's enrollments (GET /api/me/courses…, /api/me/course-ids). */
@Injectable({ providedIn: 'root' })
export class EnrollmentsApi {
  private readonly http = inject(HttpClient);
  private readonly media = inject(LessonMediaApi);

  /**
   * One page of the courses with an active enrollment, most recently enrolled first, with lesson
   * counts; asked once pending progress saves are answered, so a lesson just completed is counted.
   */
  myCourses(options: MyCoursesOptions = {}): Observable<MyCourseList> {
    let params = new HttpParams();
    if (options.limit !== undefined) params = params.set('limit', options.limit);
    if (options.cursor) params = params.set('cursor', options.cursor);
    return this.media.afterSaves(() => this.http.get<MyCourseList>(MY_COURSES_URL, { params }));
  }

  /** The ids of every course the student is actively enrolled in, however many. */
  myCourseIds(): Observable<ReadonlySet<string>> {
    return this.http.get<MyCourseIds>(MY_COURSE_IDS_URL).pipe(map(({ courseIds }) => new Set(courseIds)));
  }

  /** Whether the student may open a course's lessons. */
  enrollment(courseId: string): Observable<Enrollment> {
    return this.http.get<Enrollment>(`${MY_COURSES_URL}/${encodeURIComponent(courseId)}`);
  }
}
