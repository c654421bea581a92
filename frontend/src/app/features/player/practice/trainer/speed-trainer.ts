import type { SpeedTrainer } from '@lessonstage/shared';

import { snapSpeed } from '../../speed-control/playback-speed';

export interface TrainerProgress {
  readonly speed: number;
  /** Passes completed at `speed`. */
  readonly repetition: number;
  readonly done: boolean;
  /** The fastest speed whose passes were all completed, if any yet. */
  readonly completedSpeed: number | null;
}

export const DEFAULT_TRAINER: SpeedTrainer = { startSpeed: 0.6, step: 0.05, repetitionsPerStep: 3, targetSpeed: 1 };

export function startTrainer(settings: SpeedTrainer): TrainerProgress {
  return { speed: snapSpeed(settings.startSpeed), repetition: 0, done: false, completedSpeed: null };
}

/**
 * One more pass of the loop completed. After `repetitionsPerStep` passes the speed goes up by
 * `step` (never past the target); once the passes at the target are done the trainer stops.
 */
export function afterRepetition(settings: SpeedTrainer, progress: TrainerProgress): TrainerProgress {
  if (progress.done) return progress;
  const repetition = progress.repetition + 1;
  if (repetition < settings.repetitionsPerStep) return { ...progress, repetition };
  const target = snapSpeed(settings.targetSpeed);
  const completedSpeed = Math.max(progress.speed, progress.completedSpeed ?? 0);
  if (progress.speed >= target) return { ...progress, repetition, done: true, completedSpeed };
  return { speed: Math.min(target, snapSpeed(progress.speed + settings.step)), repetition: 0, done: false, completedSpeed };
}

/** A saved loop's best speed after a trainer step: the higher of the two. */
export function bestSpeedAfter(previous: number | null, completed: number | null): number | null {
  if (completed === null) return previous;
  return previous === null ? completed : Math.max(previous, completed);
}
