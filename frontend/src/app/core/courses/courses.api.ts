import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CourseDetail, CourseList, Instrument, Level } from '@lessonstage/shared';
import { Observable } from 'rxjs';

export const COURSES_URL = '/api/courses';

export interface ListCoursesOptions {
  /** Page size, 1..50; the API defaults to 20. */
  readonly limit?: number;
  /** `nextCursor` of the previous page; omit for the first page. */
  readonly cursor?: string | null;
  /** Only courses for this instrument / at this level. */
  readonly instrument?: Instrument | null;
  readonly level?: Level | null;
}

/** HTTP access to the public course catalog. */
@Injectable({ providedIn: 'root' })
export class CoursesApi {
  private readonly http = inject(HttpClient);

  /** One page of courses, newest first. */
  listCourses(options: ListCoursesOptions = {}): Observable<CourseList> {
    let params = new HttpParams();
    if (options.limit !== undefined) {
      params = params.set('limit', options.limit);
    }
    if (options.cursor) {
      params = params.set('cursor', options.cursor);
    }
    if (options.instrument) {
      params = params.set('instrument', options.instrument);
    }
    if (options.level) {
      params = params.set('level', options.level);
    }
    return this.http.get<CourseList>(COURSES_URL, { params });
  }

  /** A course with its sections and lessons; errors with status 404 when it does not exist. */
  getCourse(courseId: string): Observable<CourseDetail> {
    return this.http.get<CourseDetail>(`${COURSES_URL}/${encodeURIComponent(courseId)}`);
  }
}
