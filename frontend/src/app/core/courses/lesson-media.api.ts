import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { LessonProgress, Playback, SignedLink } from '@lessonstage/shared';
import { defer, from, Observable } from 'rxjs';
import { finalize, switchMap } from 'rxjs/operators';

import { COURSES_URL } from './courses.api';

export interface ProgressUpdate {
  readonly positionSec: number;
  readonly completed: boolean;
}

function lessonUrl(courseId: string, lessonId: string): string {
  return `${COURSES_URL}/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lessonId)}`;
}

/** A lesson's video and materials (short-lived signed links) and the student's progress. */
@Injectable({ providedIn: 'root' })
export class LessonMediaApi {
  private readonly http = inject(HttpClient);
  private saving = 0;
  private waiting: (() => void)[] = [];

  /**
   * How to play the lesson: its HLS stream once transcoded (the answer sets the cookies that open
   * it, until `expiresAt`), else a 5-minute link to the original file. For anyone on a free
   * preview, otherwise for an admin or an enrolled student. 401 anonymous, 403 `NotEnrolled`,
   * 404 unknown or no video yet.
   */
  playback(courseId: string, lessonId: string): Observable<Playback> {
    return this.http.get<Playback>(`${lessonUrl(courseId, lessonId)}/playback`);
  }

  /** A short-lived download link to one of the lesson's materials (same access rules). */
  material(courseId: string, lessonId: string, materialId: string): Observable<SignedLink> {
    return this.http.get<SignedLink>(`${lessonUrl(courseId, lessonId)}/materials/${encodeURIComponent(materialId)}`);
  }

  /** The signed-in student's resume positions and completions in a course. */
  progress(courseId: string): Observable<LessonProgress[]> {
    return this.afterSaves(() => this.http.get<LessonProgress[]>(`${COURSES_URL}/${encodeURIComponent(courseId)}/progress`));
  }

  /**
   * Saves a position. The API stores `completed` as sent, so send true again once completed.
   * Reads of progress (here and in My courses) wait until it is answered: see `afterSaves`.
   */
  saveProgress(courseId: string, lessonId: string, update: ProgressUpdate): Observable<LessonProgress> {
    return defer(() => {
      this.saving++;
      return this.http.put<LessonProgress>(`${lessonUrl(courseId, lessonId)}/progress`, update).pipe(finalize(() => this.saveEnded()));
    });
  }

  /**
   * Sends `read` once every progress save sent so far has been answered (or failed), so a page
   * opened right after finishing a lesson never reads the progress from before it.
   */
  afterSaves<T>(read: () => Observable<T>): Observable<T> {
    return defer(() =>
      this.saving === 0 ? read() : from(new Promise<void>((resolve) => this.waiting.push(resolve))).pipe(switchMap(read)),
    );
  }

  private saveEnded(): void {
    this.saving--;
    if (this.saving === 0) {
      this.waiting.splice(0).forEach((resolve) => resolve());
    }
  }
}
