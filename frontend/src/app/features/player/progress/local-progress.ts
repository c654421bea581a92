import { DOCUMENT, inject, Injectable } from '@angular/core';

import type { ProgressUpdate } from '../../../core/courses/lesson-media.api';

const KEY_PREFIX = 'lessonstage.progress';

/**
 * Resume positions of visitors who are not signed in (free previews), kept in localStorage.
 * Silently does nothing where storage is unavailable (private mode, disabled).
 */
@Injectable({ providedIn: 'root' })
export class LocalProgress {
  private readonly storage = storageOf(inject(DOCUMENT).defaultView);

  get(courseId: string, lessonId: string): ProgressUpdate | null {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(key(courseId, lessonId)) ?? 'null');
      return isProgress(value) ? value : null;
    } catch {
      return null;
    }
  }

  save(courseId: string, lessonId: string, progress: ProgressUpdate): void {
    try {
      this.storage?.setItem(key(courseId, lessonId), JSON.stringify(progress));
    } catch {
      // full or unavailable: progress is a convenience
    }
  }
}

function key(courseId: string, lessonId: string): string {
  return `${KEY_PREFIX}.${courseId}.${lessonId}`;
}

function storageOf(view: Window | null): Storage | null {
  try {
    return view?.localStorage ?? null;
  } catch {
    return null;
  }
}

function isProgress(value: unknown): value is ProgressUpdate {
  const candidate = value as Partial<ProgressUpdate> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.positionSec === 'number' &&
    Number.isFinite(candidate.positionSec) &&
    typeof candidate.completed === 'boolean'
  );
}
