import { computed, inject, Injectable, signal } from '@angular/core';
import { Observable, of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';

import { LessonMediaApi, ProgressUpdate } from '../../../core/courses/lesson-media.api';
import { LocalProgress } from './local-progress';

/** While a video plays, its position is saved at most this often. */
export const SAVE_EVERY_MS = 10_000;

/** Share of a lesson's video watched that completes it (the rest is often credits or a recap). */
export const COMPLETE_AT = 0.9;

/** How close to the end a saved position counts as "watched to the end" (start again from 0). */
const END_MARGIN_SEC = 3;

const round = (seconds: number) => Math.max(0, Math.round(seconds * 10) / 10);

interface Current {
  readonly lessonId: string;
  completed: boolean;
  position: number;
  saved: number;
  savedAt: number;
  /** The student set completion by hand: playing past COMPLETE_AT no longer changes it. */
  manual: boolean;
}

/**
 * Where the viewer is in each lesson of one course, and whether they finished it: read once per
 * course, then saved while they watch (every SAVE_EVERY_MS while playing, on pause, on leaving,
 * on the end). Signed-in viewers' progress goes to the API; anonymous preview viewers' to
 * localStorage. Provided by the player page.
 */
@Injectable()
export class ProgressTracker {
  private readonly api = inject(LessonMediaApi);
  private readonly local = inject(LocalProgress);

  private courseId = '';
  private remote = false;
  private readonly lessons = signal<ReadonlyMap<string, ProgressUpdate>>(new Map());
  private current: Current | null = null;

  /** Lessons completed in this course. */
  readonly completed = computed(
    () => new Set([...this.lessons()].filter(([, progress]) => progress.completed).map(([lessonId]) => lessonId)),
  );

  /**
   * Reads a course's progress: from the API when `remote` (signed in), else from this browser for
   * `lessonIds`. Does nothing for the course already loaded; a failed read leaves the progress
   * empty rather than failing the page.
   */
  load(courseId: string, remote: boolean, lessonIds: readonly string[]): Observable<void> {
    if (courseId === this.courseId && remote === this.remote) {
      return of(undefined);
    }
    this.stop();
    this.courseId = courseId;
    this.remote = remote;
    if (!remote) {
      const saved = lessonIds.map((lessonId) => [lessonId, this.local.get(courseId, lessonId)] as const);
      this.lessons.set(new Map(saved.filter((entry): entry is [string, ProgressUpdate] => entry[1] !== null)));
      return of(undefined);
    }
    this.lessons.set(new Map());
    return this.api.progress(courseId).pipe(
      map((items) => {
        if (this.courseId === courseId) {
          this.lessons.set(new Map(items.map(({ lessonId, positionSec, completed }) => [lessonId, { positionSec, completed }])));
        }
      }),
      catchError(() => of(undefined)),
    );
  }

  /** Where to start a lesson: its saved position, or 0 when there is none or it was watched to the end. */
  resumeAt(lessonId: string, durationSec?: number): number {
    const saved = this.progressOf(lessonId);
    if (!saved || saved.positionSec < 1) {
      return 0;
    }
    if (durationSec && saved.positionSec >= durationSec - END_MARGIN_SEC) {
      return 0;
    }
    return saved.positionSec;
  }

  /** Starts following a lesson (after saving whatever the previous one had pending). */
  start(lessonId: string): void {
    this.stop();
    const saved = this.progressOf(lessonId);
    const position = round(saved?.positionSec ?? 0);
    this.current = { lessonId, completed: saved?.completed ?? false, position, saved: position, savedAt: Date.now(), manual: false };
  }

  /**
   * The position while playing; saved once SAVE_EVERY_MS have passed since the last save, and at
   * once when it first reaches COMPLETE_AT of `durationSec`, which completes the lesson.
   */
  update(positionSec: number, durationSec?: number): void {
    if (!this.current) {
      return;
    }
    this.current.position = round(positionSec);
    const watched = !!durationSec && Number.isFinite(durationSec) && positionSec >= durationSec * COMPLETE_AT;
    if (watched && !this.current.completed && !this.current.manual) {
      this.complete(positionSec);
    } else if (Date.now() - this.current.savedAt >= SAVE_EVERY_MS) {
      this.save(this.current);
    }
  }

  /** Saves now, unless nothing changed since the last save (pause, seeking away, leaving). */
  flush(positionSec?: number): void {
    if (!this.current) {
      return;
    }
    if (positionSec !== undefined) {
      this.current.position = round(positionSec);
    }
    if (this.current.position !== this.current.saved) {
      this.save(this.current);
    }
  }

  /** The video ended: the lesson is completed (and stays so when it is watched again). */
  complete(positionSec: number): void {
    if (!this.current) {
      return;
    }
    this.current.completed = true;
    this.current.position = round(positionSec);
    this.save(this.current);
  }

  /** The student marks the lesson completed, or not, by hand (saved at once, with the position). */
  markCompleted(completed: boolean, positionSec?: number): void {
    if (!this.current) {
      return;
    }
    this.current.completed = completed;
    this.current.manual = true;
    if (positionSec !== undefined) {
      this.current.position = round(positionSec);
    }
    this.save(this.current);
  }

  /** Saves what is pending and stops following the lesson. */
  stop(): void {
    this.flush();
    this.current = null;
  }

  private progressOf(lessonId: string): ProgressUpdate | null {
    return this.lessons().get(lessonId) ?? null;
  }

  private save(current: Current): void {
    const update: ProgressUpdate = { positionSec: current.position, completed: current.completed };
    current.saved = current.position;
    current.savedAt = Date.now();
    this.lessons.update((lessons) => new Map(lessons).set(current.lessonId, update));
    if (this.remote) {
      // Best effort: a lost save costs a few seconds of resume position, not worth an error.
      this.api.saveProgress(this.courseId, current.lessonId, update).subscribe({ error: () => undefined });
    } else {
      this.local.save(this.courseId, current.lessonId, update);
    }
  }
}
