import { DOCUMENT, inject, Injectable } from '@angular/core';
import type { CaptionTrack } from '@lessonstage/shared';

/** What the student chose last: a language tag, or 'off'. */
export type CaptionPreference = string;
export const CAPTIONS_OFF = 'off';

/**
 * The language to show for a lesson, from the student's last choice: the same language, else one
 * of the same family ("pt" for "pt-BR"), else none (captions stay off until asked for).
 */
export function chooseCaptions(preference: CaptionPreference | null, tracks: readonly CaptionTrack[]): string | null {
  if (!preference || preference === CAPTIONS_OFF) {
    return null;
  }
  const exact = tracks.find((track) => track.lang.toLowerCase() === preference.toLowerCase());
  const family = preference.split('-')[0]!.toLowerCase();
  return (exact ?? tracks.find((track) => track.lang.split('-')[0]!.toLowerCase() === family))?.lang ?? null;
}

/** The captions language the student last chose, remembered in this browser across lessons. */
@Injectable({ providedIn: 'root' })
export class SavedCaptionLanguage {
  private readonly view = inject(DOCUMENT).defaultView;

  get(): CaptionPreference | null {
    try {
      return this.view?.localStorage.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  set(preference: CaptionPreference): void {
    try {
      this.view?.localStorage.setItem(STORAGE_KEY, preference);
    } catch {
      // storage unavailable: the choice applies to this page only
    }
  }
}

const STORAGE_KEY = 'lessonstage.captions';
