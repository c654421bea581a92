import { computed, DestroyRef, effect, inject, Injectable, signal } from '@angular/core';
import type { AdminLesson, TranscodeState } from '@lessonstage/shared';
import { firstValueFrom } from 'rxjs';

import { adminErrorMessage } from './admin-error-message';
import { AdminCoursesApi } from './admin-courses.api';
import { CourseEditorStore } from './course-editor.store';

/** How often the editor asks again while a lesson is queued or converting. */
export const TRANSCODE_POLL_MS = 3000;

const isActive = (state: TranscodeState | undefined) => state?.status === 'queued' || state?.status === 'running';
const newer = (a: TranscodeState | undefined, b: TranscodeState | undefined) => (!a ? b : !b ? a : a.updatedAt >= b.updatedAt ? a : b);

/**
 * Each lesson's transcode as the editor shows it: the course's own answer, or a newer state read
 * since. While any lesson is queued or converting it re-reads the course every few seconds and
 * keeps only the transcode states (the rest of the course stays the editor's), then stops.
 */
@Injectable()
export class TranscodeWatch {
  private readonly store = inject(CourseEditorStore);
  private readonly api = inject(AdminCoursesApi);
  private readonly live = signal<ReadonlyMap<string, TranscodeState>>(new Map());
  private readonly retrying = signal<ReadonlySet<string>>(new Set());
  private polling = false;

  private readonly courseId = computed(() => this.store.course()?.courseId);
  private readonly active = computed(() =>
    (this.store.course()?.sections ?? []).some((section) => section.lessons.some((lesson) => isActive(this.stateOf(lesson)))),
  );

  constructor() {
    effect((onCleanup) => {
      const courseId = this.courseId();
      if (!courseId || !this.active()) {
        return;
      }
      const timer = setInterval(() => void this.poll(courseId), TRANSCODE_POLL_MS);
      onCleanup(() => clearInterval(timer));
    });
    inject(DestroyRef).onDestroy(() => this.live.set(new Map()));
  }

  /** The newest known state of a lesson's transcode; none before its first upload. */
  stateOf(lesson: AdminLesson): TranscodeState | undefined {
    return newer(lesson.transcode, this.live().get(lesson.lessonId));
  }

  isRetrying(lessonId: string): boolean {
    return this.retrying().has(lessonId);
  }

  /** Queues the lesson's video again; a refusal shows as the editor's error. */
  async retry(lessonId: string): Promise<void> {
    const courseId = this.courseId();
    if (!courseId || this.isRetrying(lessonId)) {
      return;
    }
    this.retrying.update((ids) => new Set(ids).add(lessonId));
    try {
      this.remember(lessonId, await firstValueFrom(this.api.retryTranscode(courseId, lessonId)));
    } catch (error) {
      this.store.error.set(adminErrorMessage(error));
    } finally {
      this.retrying.update((ids) => new Set([...ids].filter((id) => id !== lessonId)));
    }
  }

  private async poll(courseId: string): Promise<void> {
    if (this.polling) {
      return;
    }
    this.polling = true;
    try {
      const course = await firstValueFrom(this.api.getCourse(courseId));
      for (const lesson of course.sections.flatMap((s) => s.lessons)) {
        if (lesson.transcode) {
          this.remember(lesson.lessonId, lesson.transcode);
        }
      }
    } catch {
      // A missed poll is retried at the next tick.
    } finally {
      this.polling = false;
    }
  }

  private remember(lessonId: string, state: TranscodeState): void {
    this.live.update((states) => new Map(states).set(lessonId, state));
  }
}
