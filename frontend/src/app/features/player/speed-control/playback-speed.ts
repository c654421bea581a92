import { DOCUMENT, inject, Injectable } from '@angular/core';

/** The speeds a student can practise at: slower to learn a passage, faster to review. */
export const PLAYBACK_SPEEDS = [0.5, 0.75, 1, 1.25, 1.5] as const;
export const NORMAL_SPEED = 1;

const STORAGE_KEY = 'lessonstage.playbackSpeed';

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
      return (PLAYBACK_SPEEDS as readonly number[]).includes(saved) ? saved : NORMAL_SPEED;
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
