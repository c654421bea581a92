import { inject, Injectable, signal } from '@angular/core';
import type { LoopUpdateRequest, SavedLoop, SpeedTrainer } from '@lessonstage/shared';
import { firstValueFrom } from 'rxjs';

import { apiErrorMessage } from '../../../../core/http/api-error-message';
import type { LoopRange } from '../loop/loop-range';
import { SavedLoopsApi } from '../../../../core/practice/saved-loops.api';

export interface LoopDraft extends LoopRange {
  readonly name: string;
  readonly speed: number;
  readonly trainer: SpeedTrainer | null;
}

/** The fields PUT takes, from a loop as the list holds it. */
export function updateOf(loop: SavedLoop): LoopUpdateRequest {
  return { name: loop.name, startMs: loop.startMs, endMs: loop.endMs, speed: loop.speed, trainer: loop.trainer, bestSpeed: loop.bestSpeed };
}

/** One lesson's saved loops, kept in order of saving; every change goes through the API first. */
@Injectable()
export class SavedLoopsStore {
  private readonly api = inject(SavedLoopsApi);
  private lesson: { courseId: string; lessonId: string } | null = null;

  readonly items = signal<readonly SavedLoop[]>([]);
  readonly error = signal<string | null>(null);
  readonly busy = signal(false);

  async load(courseId: string, lessonId: string): Promise<void> {
    this.lesson = { courseId, lessonId };
    this.items.set([]);
    await this.run(async () => {
      const list = await firstValueFrom(this.api.list(courseId, lessonId));
      if (this.lesson?.courseId === courseId && this.lesson.lessonId === lessonId) this.items.set(list.items);
    });
  }

  async save(draft: LoopDraft): Promise<SavedLoop | null> {
    const lesson = this.lesson;
    if (!lesson) return null;
    return this.run(async () => {
      const saved = await firstValueFrom(this.api.create({ ...lesson, ...draft, name: draft.name.trim() }));
      this.items.update((items) => [...items, saved]);
      return saved;
    });
  }

  async change(loop: SavedLoop, changes: Partial<LoopUpdateRequest>): Promise<SavedLoop | null> {
    return this.run(async () => {
      const saved = await firstValueFrom(this.api.update(loop.loopId, { ...updateOf(loop), ...changes }));
      this.items.update((items) => items.map((item) => (item.loopId === saved.loopId ? saved : item)));
      return saved;
    });
  }

  async remove(loop: SavedLoop): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.api.remove(loop.loopId), { defaultValue: undefined });
      this.items.update((items) => items.filter((item) => item.loopId !== loop.loopId));
    });
  }

  find(loopId: string | null): SavedLoop | null {
    return this.items().find((item) => item.loopId === loopId) ?? null;
  }

  private async run<T>(work: () => Promise<T>): Promise<T | null> {
    this.busy.set(true);
    this.error.set(null);
    try {
      return await work();
    } catch (error) {
      this.error.set(apiErrorMessage(error));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
