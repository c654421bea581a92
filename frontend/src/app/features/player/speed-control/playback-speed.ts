import { DOCUMENT, inject, Injectable } from '@angular/core';
import { MAX_SPEED, MIN_SPEED, SPEED_STEP } from '@lessonstage/shared/practice-rules';

export const NORMAL_SPEED = 1;

/** Whole 5 % steps: speeds are kept as step counts so 0.85 never becomes 0.8500000001. */
const toSteps = (speed: number) => Math.round(speed / SPEED_STEP);
const fromSteps = (steps: number) => Math.round(steps * SPEED_STEP * 100) / 100;

/** Every speed a student can practise at: 0.25× to 1.5× in 5 % steps. */
export const PLAYBACK_SPEEDS: readonly number[] = Array.from(
  { length: toSteps(MAX_SPEED) - toSteps(MIN_SPEED) + 1 },
  (_, i) => fromSteps(toSteps(MIN_SPEED) + i),
);

/** The one-click choices; the others are reached with − / + (or the keyboard). */
export const SPEED_PRESETS = [0.5, 0.75, 1, 1.25, 1.5] as const;

/** The nearest offered speed (clamped to 0.25–1.5×, rounded to a 5 % step). */
export function snapSpeed(speed: number): number {
  if (!Number.isFinite(speed)) {
    return NORMAL_SPEED;
  }
  return fromSteps(Math.min(toSteps(MAX_SPEED), Math.max(toSteps(MIN_SPEED), toSteps(speed))));
}

/** `steps` 5 % steps faster (negative: slower), kept within the offered range. */
export function stepSpeed(speed: number, steps: number): number {
  return snapSpeed(fromSteps(toSteps(speed) + steps));
}

export function isOfferedSpeed(speed: number): boolean {
  return PLAYBACK_SPEEDS.includes(speed);
}

/** "0.85×", "1×". */
export function formatSpeed(speed: number): string {
  return `${Number(speed.toFixed(2))}×`;
}

/**
 * Plays `video` at `speed` with its pitch kept (a slowed-down chord still sounds in tune).
 * The default rate is set too, as loading a new source resets the rate to it.
 */
export function applyPlaybackSpeed(video: HTMLVideoElement, speed: number): void {
  video.preservesPitch = true;
  video.defaultPlaybackRate = speed;
  video.playbackRate = speed;
}

/** The speed the student last chose, remembered in this browser across lessons. */
@Injectable({ providedIn: 'root' })
export class SavedPlaybackSpeed {
  private readonly view = inject(DOCUMENT).defaultView;

  get(): number {
    try {
      const saved = Number(this.view?.localStorage.getItem(STORAGE_KEY));
      return isOfferedSpeed(saved) ? saved : NORMAL_SPEED;
    } catch {
      return NORMAL_SPEED;
    }
  }

  set(speed: number): void {
    try {
      this.view?.localStorage.setItem(STORAGE_KEY, String(speed));
    } catch {
      // storage unavailable: the speed applies to this page only
    }
  }
}

const STORAGE_KEY = 'lessonstage.playbackSpeed';
