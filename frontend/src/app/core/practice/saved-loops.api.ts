import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { LoopCreateRequest, LoopList, LoopUpdateRequest, SavedLoop } from '@lessonstage/shared';
import { Observable } from 'rxjs';

const LOOPS_URL = '/api/me/loops';

/** The signed-in student's saved loops, per lesson (the player edits them, the Practice page names them). */
@Injectable({ providedIn: 'root' })
export class SavedLoopsApi {
  private readonly http = inject(HttpClient);

  list(courseId: string, lessonId: string): Observable<LoopList> {
    return this.http.get<LoopList>(LOOPS_URL, { params: new HttpParams().set('courseId', courseId).set('lessonId', lessonId) });
  }

  create(loop: LoopCreateRequest): Observable<SavedLoop> {
    return this.http.post<SavedLoop>(LOOPS_URL, loop);
  }

  /** Replaces the loop's fields (name, range, speed, trainer, best speed). */
  update(loopId: string, loop: LoopUpdateRequest): Observable<SavedLoop> {
    return this.http.put<SavedLoop>(`${LOOPS_URL}/${encodeURIComponent(loopId)}`, loop);
  }

  remove(loopId: string): Observable<void> {
    return this.http.delete<void>(`${LOOPS_URL}/${encodeURIComponent(loopId)}`);
  }
}
