import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import type { CaptionTrack } from '@lessonstage/shared';

import { afterFirstFrameAndIdle } from '../../../shared/media/first-frame';
import { CAPTIONS_OFF, chooseCaptions, SavedCaptionLanguage } from './caption-choice';
import { attachCaptionTracks, showCaptions, shownCaptions } from './caption-tracks';

/** How long captions nobody asked for yet may wait for the video's first frame. */
const DEFER_MS = 3000;

/**
 * The captions button under the video: Off or one of the lesson's languages. It puts the lesson's
 * captions on the page's <video> as <track> elements and shows the chosen one; the choice is
 * remembered in the browser for the next lessons. Hidden when the lesson has no captions.
 */
@Component({
  selector: 'app-captions-menu',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger],
  template: `
    @if (tracks().length) {
      <button
        matButton="outlined"
        type="button"
        [matMenuTriggerFor]="menu"
        [attr.aria-label]="'Captions: ' + currentLabel()"
        data-testid="captions-menu"
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M19 4H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2Zm-8 7H9.5v-.5h-2v3h2V13H11v1a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v1Zm7 0h-1.5v-.5h-2v3h2V13H18v1a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v1Z"
          />
        </svg>
        Captions: {{ currentLabel() }}
      </button>
      <mat-menu #menu="matMenu" aria-label="Captions">
        <button mat-menu-item type="button" role="menuitemradio" [attr.aria-checked]="chosen() === null" (click)="choose(null)">
          Off
        </button>
        @for (track of tracks(); track track.lang) {
          <button
            mat-menu-item
            type="button"
            role="menuitemradio"
            [attr.lang]="track.lang"
            [attr.aria-checked]="chosen() === track.lang"
            [attr.data-testid]="'captions-' + track.lang"
            (click)="choose(track.lang)"
          >
            {{ track.label }}
          </button>
        }
      </mat-menu>
    }
  `,
  styles: `
    :host {
      display: contents;
    }

    svg {
      margin-inline-end: 6px;
      vertical-align: middle;
    }

    [aria-checked='true'] {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaptionsMenu {
  readonly video = input.required<HTMLVideoElement | null>();
  readonly tracks = input.required<readonly CaptionTrack[]>();

  private readonly saved = inject(SavedCaptionLanguage);
  protected readonly chosen = signal<string | null>(null);
  protected readonly currentLabel = computed(() => this.tracks().find((track) => track.lang === this.chosen())?.label ?? 'Off');
  private detach: (() => void) | null = null;

  constructor() {
    effect((onCleanup) => {
      const video = this.video();
      const tracks = this.tracks();
      let cancelled = false;
      let stopFollowing: () => void = () => undefined;
      onCleanup(() => {
        cancelled = true;
        stopFollowing();
        this.release();
      });
      const chosen = chooseCaptions(this.saved.get(), tracks);
      this.chosen.set(chosen);
      if (!video || !tracks.length) {
        return;
      }
      // Files nobody asked for yet wait until the video is on screen: they are not its first frame's.
      const ready = chosen === null ? afterFirstFrameAndIdle(video, DEFER_MS) : Promise.resolve();
      void ready.then(() => (cancelled ? () => undefined : attachCaptionTracks(video, tracks, () => cancelled))).then((detach) => {
        if (cancelled) {
          return;
        }
        this.detach = detach;
        showCaptions(video, untracked(this.chosen));
        const follow = () => this.follow(video);
        video.textTracks.addEventListener('change', follow);
        stopFollowing = () => video.textTracks.removeEventListener('change', follow);
      });
    });
    inject(DestroyRef).onDestroy(() => this.release());
  }

  /**
   * The browser changes track modes by itself too (Chromium turns on a track in the reader's
   * language when tracks are added): this menu decides, except in native fullscreen, where the
   * system's own captions menu is the only one the student sees.
   */
  private follow(video: HTMLVideoElement): void {
    const shown = shownCaptions(video);
    const chosen = untracked(this.chosen);
    if (shown === chosen) {
      return;
    }
    const fullscreen = video.ownerDocument.fullscreenElement === video || (video as { webkitDisplayingFullscreen?: boolean }).webkitDisplayingFullscreen;
    if (fullscreen && shown !== undefined) {
      this.choose(shown);
    } else {
      showCaptions(video, chosen);
    }
  }

  protected choose(lang: string | null): void {
    this.chosen.set(lang);
    this.saved.set(lang ?? CAPTIONS_OFF);
    const video = this.video();
    if (video) {
      showCaptions(video, lang);
    }
  }

  private release(): void {
    this.detach?.();
    this.detach = null;
  }
}
