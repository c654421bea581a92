import { computed, effect, inject, Injectable, signal, type Signal } from '@angular/core';
import type { Playback } from '@lessonstage/shared';
import type { Observable } from 'rxjs';

import { afterPosterOrPlay } from './first-frame';
import { AUTO_LEVEL, attachHls, HLS_LIBRARY, HlsAttachment, hlsRoute, type HlsLibrary, type QualityLevel } from './hls-attachment';
import { renewalDelayMs } from './stream-renewal';

/** How long hls.js waits at most for the poster to be on screen. */
const POSTER_WAIT_MS = 1500;

export interface LessonStreamBinding {
  readonly video: Signal<HTMLVideoElement | null>;
  readonly playback: Signal<Playback | null>;
  /** A fresh answer of the playback route (its cookies renew the stream's). */
  readonly renew: () => Observable<Playback>;
  /** The stream stopped for good (cookies gone after a sleep, network): the page gets a new one. */
  readonly onFatal: () => void;
}

/**
 * Plays a transcoded lesson: hls.js (loaded on first use) on `video` where Media Source Extensions
 * exist, else the browser's own HLS through `src`; keeps the stream's cookies fresh while the page
 * is open by asking for playback again before they expire, without touching the video. Provided
 * by each page that plays a lesson (the player, the sync editor); an MP4 lesson leaves it idle.
 */
@Injectable()
export class LessonStream {
  private readonly loadLibrary = inject(HLS_LIBRARY);
  /** Decided once: what this browser can do does not change. */
  readonly route = hlsRoute(document.createElement('video'));
  private readonly attachment = signal<HlsAttachment | null>(null);
  readonly levels = computed<readonly QualityLevel[]>(() => this.attachment()?.levels() ?? []);
  readonly selected = computed(() => this.attachment()?.selected() ?? AUTO_LEVEL);
  readonly playing = computed(() => this.attachment()?.playing() ?? -1);
  /** Height of the level being fetched (Auto's current choice), null until known. */
  readonly loadingHeight = computed(() => this.levels().find((level) => level.index === this.attachment()?.loading())?.height ?? null);
  /** Renewals answered while this page was open (for tests and the benchmark). */
  readonly renewals = signal(0);
  private library?: Promise<HlsLibrary>;

  private libraryOnce(): Promise<HlsLibrary> {
    this.library ??= this.loadLibrary().catch((error: unknown) => {
      this.library = undefined; // a failed fetch (offline) is tried again next time
      throw error;
    });
    return this.library;
  }

  /** The `src` the video element gets: the file, a natively played stream, or none (hls.js feeds it). */
  srcOf(playback: Playback | null): string | null {
    if (!playback) return null;
    if (playback.type === 'mp4' || this.route === 'native') return playback.url;
    return null;
  }

  /** Call once from the page's constructor. */
  bind(binding: LessonStreamBinding): void {
    effect((onCleanup) => {
      const video = binding.video();
      const playback = binding.playback();
      if (!video || playback?.type !== 'hls' || this.route !== 'hls.js') return;
      let live = true;
      let attached: HlsAttachment | null = null;
      // The poster is the page's largest paint: hls.js (its largest script) comes after it.
      const posterFirst = playback.posterUrl ? afterPosterOrPlay(video, POSTER_WAIT_MS) : Promise.resolve();
      posterFirst.then(() => (live ? attachHls(() => this.libraryOnce(), video, playback.url, () => binding.onFatal()) : null)).then(
        (attachment) => {
          if (!live) return attachment?.destroy();
          attached = attachment;
          this.attachment.set(attachment);
          if (!attachment) binding.onFatal();
        },
        () => live && binding.onFatal(),
      );
      onCleanup(() => {
        live = false;
        attached?.destroy();
        this.attachment.set(null);
      });
    });
    effect((onCleanup) => {
      const playback = binding.playback();
      if (playback?.type !== 'hls') return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = (expiresAt: string) => {
        timer = setTimeout(() => {
          subscription = binding.renew().subscribe({
            next: (fresh) => {
              this.renewals.update((n) => n + 1);
              schedule(fresh.expiresAt);
            },
            // Try again soon; if the cookies do lapse, the stream's own error gets a new one.
            error: () => schedule(new Date(Date.now() + 90_000).toISOString()),
          });
        }, renewalDelayMs(expiresAt));
      };
      let subscription: { unsubscribe(): void } | undefined;
      schedule(playback.expiresAt);
      onCleanup(() => {
        clearTimeout(timer);
        subscription?.unsubscribe();
      });
    });
  }

  select(index: number): void {
    this.attachment()?.select(index);
  }
}
