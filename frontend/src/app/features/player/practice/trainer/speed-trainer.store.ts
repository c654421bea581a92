import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { SpeedTrainer } from '@lessonstage/shared';

import { PracticeSession } from '../practice-session.store';
import { afterRepetition, DEFAULT_TRAINER, startTrainer, TrainerProgress } from './speed-trainer';

/**
 * The speed trainer while it runs: counts the loop's passes, raises the speed a step after each
 * set, stops at the target. `stepCompleted` hears each speed whose passes were all done.
 */
@Injectable()
export class SpeedTrainerStore {
  private readonly session = inject(PracticeSession);
  readonly settings = signal<SpeedTrainer>(DEFAULT_TRAINER);
  readonly progress = signal<TrainerProgress | null>(null);
  stepCompleted: (speed: number) => void = () => undefined;

  constructor() {
    const stop = this.session.onRepetition(() => this.onRepetition());
    inject(DestroyRef).onDestroy(stop);
  }

  start(): void {
    const range = this.session.range();
    if (!range) return;
    const progress = startTrainer(this.settings());
    this.progress.set(progress);
    this.session.setSpeed(progress.speed);
    this.session.setRange(range);
    void this.session.video()?.play()?.catch(() => undefined);
  }

  stop(): void {
    this.progress.set(null);
  }

  private onRepetition(): void {
    const before = this.progress();
    if (!before || before.done) return;
    const after = afterRepetition(this.settings(), before);
    this.progress.set(after);
    if (after.speed !== before.speed) this.session.setSpeed(after.speed);
    if (after.completedSpeed !== null && after.completedSpeed !== before.completedSpeed) this.stepCompleted(after.completedSpeed);
    if (after.done) this.session.video()?.pause();
  }
}
