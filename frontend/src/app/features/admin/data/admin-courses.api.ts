import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AdminCourse, AdminCourseList, CourseDraftRequest, CourseUpdateRequest, SyncRequest, TranscodeState } from '@lessonstage/shared';
import { Observable } from 'rxjs';

export const ADMIN_COURSES_URL = '/api/admin/courses';

/** One section's lessons in their new order, for PUT …/outline. */
export interface OutlineEntry {
  readonly sectionId: string;
  readonly lessonIds: readonly string[];
}

export interface LessonChanges {
  readonly title?: string;
  readonly preview?: boolean;
  /** Markdown; '' removes it. */
  readonly description?: string;
}

function courseUrl(courseId: string, ...rest: string[]): string {
  return [ADMIN_COURSES_URL, courseId, ...rest].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');
}

function versionParams(version: number): HttpParams {
  return new HttpParams().set('version', version);
}

/**
 * HTTP access to course authoring (administrators only). Every edit names the `version` it was
 * made against and answers the whole course with its new version; a stale version is a 409
 * with code VersionConflict.
 */
@Injectable({ providedIn: 'root' })
export class AdminCoursesApi {
  private readonly http = inject(HttpClient);

  listCourses(options: { limit?: number; cursor?: string | null } = {}): Observable<AdminCourseList> {
    let params = new HttpParams();
    if (options.limit !== undefined) {
      params = params.set('limit', options.limit);
    }
    if (options.cursor) {
      params = params.set('cursor', options.cursor);
    }
    return this.http.get<AdminCourseList>(ADMIN_COURSES_URL, { params });
  }

  createCourse(draft: CourseDraftRequest): Observable<AdminCourse> {
    return this.http.post<AdminCourse>(ADMIN_COURSES_URL, draft);
  }

  getCourse(courseId: string): Observable<AdminCourse> {
    return this.http.get<AdminCourse>(courseUrl(courseId));
  }

  /** Converts the lesson's video for streaming again (after a failure): the new job's state. */
  retryTranscode(courseId: string, lessonId: string): Observable<TranscodeState> {
    return this.http.post<TranscodeState>(courseUrl(courseId, 'lessons', lessonId, 'transcode'), {});
  }

  updateCourse(courseId: string, changes: CourseUpdateRequest): Observable<AdminCourse> {
    return this.http.patch<AdminCourse>(courseUrl(courseId), changes);
  }

  deleteCourse(courseId: string): Observable<void> {
    return this.http.delete<void>(courseUrl(courseId));
  }

  publish(courseId: string, version: number): Observable<AdminCourse> {
    return this.http.post<AdminCourse>(courseUrl(courseId, 'publish'), { version });
  }

  unpublish(courseId: string, version: number): Observable<AdminCourse> {
    return this.http.post<AdminCourse>(courseUrl(courseId, 'unpublish'), { version });
  }

  addSection(courseId: string, title: string, version: number): Observable<AdminCourse> {
    return this.http.post<AdminCourse>(courseUrl(courseId, 'sections'), { title, version });
  }

  renameSection(courseId: string, sectionId: string, title: string, version: number): Observable<AdminCourse> {
    return this.http.patch<AdminCourse>(courseUrl(courseId, 'sections', sectionId), { title, version });
  }

  removeSection(courseId: string, sectionId: string, version: number): Observable<AdminCourse> {
    return this.http.delete<AdminCourse>(courseUrl(courseId, 'sections', sectionId), { params: versionParams(version) });
  }

  addLesson(courseId: string, sectionId: string, title: string, version: number): Observable<AdminCourse> {
    return this.http.post<AdminCourse>(courseUrl(courseId, 'sections', sectionId, 'lessons'), { title, version });
  }

  updateLesson(courseId: string, lessonId: string, changes: LessonChanges, version: number): Observable<AdminCourse> {
    return this.http.patch<AdminCourse>(courseUrl(courseId, 'lessons', lessonId), { ...changes, version });
  }

  removeLesson(courseId: string, lessonId: string, version: number): Observable<AdminCourse> {
    return this.http.delete<AdminCourse>(courseUrl(courseId, 'lessons', lessonId), { params: versionParams(version) });
  }

  /** The full new order: every section and lesson exactly once. */
  reorder(courseId: string, sections: readonly OutlineEntry[], version: number): Observable<AdminCourse> {
    return this.http.put<AdminCourse>(courseUrl(courseId, 'outline'), { version, sections });
  }

  removeMaterial(courseId: string, lessonId: string, materialId: string, version: number): Observable<AdminCourse> {
    return this.http.delete<AdminCourse>(courseUrl(courseId, 'lessons', lessonId, 'materials', materialId), {
      params: versionParams(version),
    });
  }

  /** The lesson's sync points and timing, replaced whole (PUT …/lessons/:lessonId/sync). */
  saveSync(courseId: string, lessonId: string, sync: SyncRequest): Observable<AdminCourse> {
    return this.http.put<AdminCourse>(courseUrl(courseId, 'lessons', lessonId, 'sync'), sync);
  }
}
