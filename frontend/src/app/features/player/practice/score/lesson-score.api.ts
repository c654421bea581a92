import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { LessonScore } from '@lessonstage/shared';
import { Observable, of } from 'rxjs';
import { catchError } from 'rxjs/operators';

/** A lesson's score and timing. */
@Injectable({ providedIn: 'root' })
export class LessonScoreApi {
  private readonly http = inject(HttpClient);

  /**
   * The lesson's score link (5 minutes) and timing; null when it has neither a score nor a
   * tempo (404), or when it cannot be read: practice works without it, only less.
   */
  score(courseId: string, lessonId: string): Observable<LessonScore | null> {
    const url = `/api/courses/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lessonId)}/score`;
    return this.http.get<LessonScore>(url).pipe(catchError(() => of(null)));
  }
}
