import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { LessonScore } from '@lessonstage/shared';
import { Observable, of } from 'rxjs';
import { catchError } from 'rxjs/operators';

/** The lesson's current timing and score link, as students get it (404: none yet → null). */
@Injectable({ providedIn: 'root' })
export class LessonTimingApi {
  private readonly http = inject(HttpClient);

  timing(courseId: string, lessonId: string): Observable<LessonScore | null> {
    const url = `/api/courses/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lessonId)}/score`;
    return this.http.get<LessonScore>(url).pipe(catchError(() => of(null)));
  }
}
