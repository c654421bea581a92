import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AdminCourse, CourseUpdateRequest, SyncRequest } from '@lessonstage/shared';
import { EMPTY, firstValueFrom, Observable, Subject, Subscription } from 'rxjs';
import { catchError, concatMap, tap } from 'rxjs/operators';

import { applyMove, applyOutline, outlineOf, OutlineMove } from '../outline/outline-moves';
import { AdminCoursesApi } from './admin-courses.api';
import { adminErrorMessage, isVersionConflict, publishProblemsOf } from './admin-error-message';

export type EditResult =
  | { readonly ok: true; readonly course: AdminCourse }
  | { readonly ok: false; readonly error: unknown };

export type EditorLoadState = 'idle' | 'loading' | 'ready' | 'error';

/** Why a queued edit was not sent: an earlier one found the course changed elsewhere. */
export class EditDroppedError extends Error {
  constructor() {
    super('Not saved: the course was changed elsewhere. Reload it first.');
    this.name = 'EditDroppedError';
  }
}

interface QueuedEdit {
  /** What the edit is about, for showing it pending ("details", "lesson:<id>", …). */
  readonly key: string;
  /** False for changes the server records on the latest version itself (finished uploads). */
  readonly versioned: boolean;
  /** True when the caller shows failures itself (no editor-wide error message). */
  readonly quiet: boolean;
  readonly send: (courseId: string, version: number) => Observable<AdminCourse>;
  /** The change as it will look, shown until the server answers. */
  readonly optimistic?: (course: AdminCourse) => AdminCourse;
  readonly resolve: (result: EditResult) => void;
}

interface EditOptions {
  readonly versioned?: boolean;
  readonly quiet?: boolean;
  readonly optimistic?: (course: AdminCourse) => AdminCourse;
}

/**
 * The course being edited, and every change to it. Edits go out one at a time, each with the
 * version the server last answered, and the course each answers becomes the new state, so two
 * quick edits never conflict with each other. A 409 from someone else's change puts the editor
 * in the `conflict` state (edits stop until a reload). Provided by the editor page.
 */
@Injectable()
export class CourseEditorStore {
  private readonly api = inject(AdminCoursesApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly confirmed = signal<AdminCourse | null>(null);
  private readonly queued = signal<readonly QueuedEdit[]>([]);
  private readonly edits = new Subject<QueuedEdit>();
  private loading?: Subscription;

  readonly loadState = signal<EditorLoadState>('idle');
  readonly loadError = signal<unknown>(null);
  readonly reloading = signal(false);
  /** Someone else changed the course since it was loaded: edits are refused until a reload. */
  readonly conflict = signal(false);
  /** The last failed edit, worded for people. */
  readonly error = signal<string | null>(null);
  /** What keeps the course from being published, after a refused publish. */
  readonly publishProblems = signal<readonly string[] | null>(null);
  readonly deleting = signal(false);

  /** The course as shown: the server's last answer with the edits still on their way applied. */
  readonly course = computed(() => {
    const course = this.confirmed();
    return course && this.queued().reduce((shown, edit) => edit.optimistic?.(shown) ?? shown, course);
  });
  readonly saving = computed(() => this.queued().length > 0);

  constructor() {
    this.edits
      .pipe(
        concatMap((edit) => this.send(edit)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
  }

  /** Whether an edit with this key is queued or on its way. */
  isPending(key: string): boolean {
    return this.queued().some((edit) => edit.key === key);
  }

  load(courseId: string): void {
    this.confirmed.set(null);
    this.loadState.set('loading');
    this.fetch(courseId);
  }

  /** Fetches the course again, e.g. after a version conflict; the page stays as it is meanwhile. */
  reload(): void {
    const course = this.confirmed();
    if (!course) {
      return;
    }
    this.reloading.set(true);
    this.fetch(course.courseId);
  }

  /** A lesson's sync points, tempo, time signature and first downbeat. */
  saveSync(lessonId: string, sync: Omit<SyncRequest, 'version'>): Promise<EditResult> {
    return this.enqueue(`sync:${lessonId}`, (id, version) => this.api.saveSync(id, lessonId, { ...sync, version }));
  }

  saveDetails(changes: Omit<CourseUpdateRequest, 'version'>): Promise<EditResult> {
    return this.enqueue('details', (id, version) => this.api.updateCourse(id, { ...changes, version }));
  }

  async publish(): Promise<EditResult> {
    this.publishProblems.set(null);
    const result = await this.enqueue('publish', (id, version) => this.api.publish(id, version));
    if (!result.ok) {
      this.publishProblems.set(publishProblemsOf(result.error));
    }
    return result;
  }

  unpublish(): Promise<EditResult> {
    return this.enqueue('publish', (id, version) => this.api.unpublish(id, version));
  }

  addSection(title: string): Promise<EditResult> {
    return this.enqueue('add-section', (id, version) => this.api.addSection(id, title, version));
  }

  renameSection(sectionId: string, title: string): Promise<EditResult> {
    return this.enqueue(`section:${sectionId}`, (id, version) => this.api.renameSection(id, sectionId, title, version));
  }

  removeSection(sectionId: string): Promise<EditResult> {
    return this.enqueue(`section:${sectionId}`, (id, version) => this.api.removeSection(id, sectionId, version));
  }

  addLesson(sectionId: string, title: string): Promise<EditResult> {
    return this.enqueue(`add-lesson:${sectionId}`, (id, version) => this.api.addLesson(id, sectionId, title, version));
  }

  renameLesson(lessonId: string, title: string): Promise<EditResult> {
    return this.enqueue(`lesson:${lessonId}`, (id, version) => this.api.updateLesson(id, lessonId, { title }, version));
  }

  /** Markdown shown under the video; '' removes it. */
  setLessonDescription(lessonId: string, description: string): Promise<EditResult> {
    return this.enqueue(`description:${lessonId}`, (id, version) => this.api.updateLesson(id, lessonId, { description }, version));
  }

  setPreview(lessonId: string, preview: boolean): Promise<EditResult> {
    return this.enqueue(`preview:${lessonId}`, (id, version) => this.api.updateLesson(id, lessonId, { preview }, version), {
      optimistic: (course) => ({
        ...course,
        sections: course.sections.map((section) => ({
          ...section,
          lessons: section.lessons.map((lesson) => (lesson.lessonId === lessonId ? { ...lesson, preview } : lesson)),
        })),
      }),
    });
  }

  removeLesson(lessonId: string): Promise<EditResult> {
    return this.enqueue(`lesson:${lessonId}`, (id, version) => this.api.removeLesson(id, lessonId, version));
  }

  /**
   * Reorders at once on screen, then sends the whole outline. The outline is worked out when the
   * edit is sent, from the course the server last answered, so it always lists every lesson.
   */
  move(move: OutlineMove): Promise<EditResult> {
    return this.enqueue(
      'outline',
      (id, version) => this.api.reorder(id, applyMove(outlineOf(this.confirmed()!), move), version),
      { optimistic: (course) => applyOutline(course, applyMove(outlineOf(course), move)) },
    );
  }

  removeMaterial(lessonId: string, materialId: string): Promise<EditResult> {
    return this.enqueue(`material:${materialId}`, (id, version) => this.api.removeMaterial(id, lessonId, materialId, version));
  }

  removeCaptions(lessonId: string, lang: string): Promise<EditResult> {
    return this.enqueue(`captions:${lessonId}:${lang}`, (id, version) => this.api.removeCaptions(id, lessonId, lang, version));
  }

  /**
   * Records a finished upload (`complete` answers the course). It needs no version, but waits
   * its turn so that it cannot make an edit sent at the same time stale. The caller shows errors.
   */
  recordUpload(key: string, complete: () => Observable<AdminCourse>): Promise<EditResult> {
    return this.enqueue(key, () => complete(), { versioned: false, quiet: true });
  }

  /** Deletes the (draft) course; true when it is gone. */
  async deleteCourse(): Promise<boolean> {
    const course = this.confirmed();
    if (!course || this.deleting()) {
      return false;
    }
    this.deleting.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.deleteCourse(course.courseId));
      return true;
    } catch (error) {
      this.error.set(adminErrorMessage(error));
      return false;
    } finally {
      this.deleting.set(false);
    }
  }

  private fetch(courseId: string): void {
    this.loading?.unsubscribe();
    this.loading = this.api
      .getCourse(courseId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (course) => {
          this.confirmed.set(course);
          this.loadState.set('ready');
          this.reloading.set(false);
          this.conflict.set(false);
          this.error.set(null);
          this.publishProblems.set(null);
        },
        error: (error: unknown) => {
          this.reloading.set(false);
          if (this.confirmed()) {
            this.error.set(adminErrorMessage(error));
          } else {
            this.loadError.set(error);
            this.loadState.set('error');
          }
        },
      });
  }

  private enqueue(
    key: string,
    send: (courseId: string, version: number) => Observable<AdminCourse>,
    options: EditOptions = {},
  ): Promise<EditResult> {
    const quiet = options.quiet ?? false;
    if (!quiet) {
      this.error.set(null);
    }
    return new Promise<EditResult>((resolve) => {
      const edit: QueuedEdit = { key, send, resolve, quiet, versioned: options.versioned ?? true, optimistic: options.optimistic };
      this.queued.update((edits) => [...edits, edit]);
      this.edits.next(edit);
    });
  }

  private send(edit: QueuedEdit): Observable<unknown> {
    const course = this.confirmed();
    if (!course || (edit.versioned && this.conflict())) {
      this.settle(edit, { ok: false, error: new EditDroppedError() });
      return EMPTY;
    }
    return edit.send(course.courseId, course.version).pipe(
      tap((updated) => {
        // An answer about another course (the editor moved on meanwhile) is not this one's state.
        if (updated.courseId === this.confirmed()?.courseId) {
          this.confirmed.set(updated);
        }
        this.settle(edit, { ok: true, course: updated });
      }),
      catchError((error: unknown) => {
        if (isVersionConflict(error)) {
          this.conflict.set(true);
        } else if (!edit.quiet && publishProblemsOf(error) === null) {
          this.error.set(adminErrorMessage(error));
        }
        this.settle(edit, { ok: false, error });
        return EMPTY;
      }),
    );
  }

  private settle(edit: QueuedEdit, result: EditResult): void {
    this.queued.update((edits) => edits.filter((queued) => queued !== edit));
    edit.resolve(result);
  }
}
