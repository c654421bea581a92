import { InjectionToken, signal } from '@angular/core';
import type Hls from 'hls.js';
import type { ErrorData, FragLoadedData, HlsConfig, LevelSwitchedData, LevelSwitchingData, ManifestParsedData } from 'hls.js';

import { seekLevel } from './seek-level';

export type HlsLibrary = typeof Hls;

/** Loads hls.js when a streamed lesson needs it: no other page, nor an MP4 lesson, fetches it. */
export const HLS_LIBRARY = new InjectionToken<() => Promise<HlsLibrary>>('hls.js', {
  providedIn: 'root',
  factory: () => () => import('hls.js/light').then((module) => module.default),
});

/** One rung of the ladder, as the quality menu lists it. */
export interface QualityLevel {
  /** hls.js's level index. */
  readonly index: number;
  readonly height: number;
  readonly bitrate: number;
}

/** Auto: hls.js picks the level from the measured bandwidth and the player's size. */
export const AUTO_LEVEL = -1;

/** Seconds fetched ahead while playing. */
const BUFFER_AHEAD_S = 30;
/**
 * Before the first play, as `preload="metadata"` asks: the first segment (its frame is ready when
 * play is pressed), not half a minute of video nobody may watch, competing with the page's own
 * requests on a phone's connection.
 */
const BUFFER_BEFORE_PLAY_S = 2;

const CONFIG: Partial<HlsConfig> = {
  // fMP4 segments need no transmuxing, and a worker would come from a blob: URL the CSP refuses.
  enableWorker: false,
  // A phone-sized player gets the small rendition however fast its network.
  capLevelToPlayerSize: true,
  // 30 s ahead at any rung: hls.js would otherwise stretch it to 60 MB's worth (160 s of 720p),
  // bytes a phone pays for whether or not the lesson is watched to the end. A minute is kept behind
  // (loops seek back into what was played).
  maxBufferLength: BUFFER_AHEAD_S,
  maxBufferSize: 0,
  backBufferLength: 60,
  // The first segment is fetched while the media element is still being set up.
  startFragPrefetch: true,
};

/**
 * A lesson's HLS stream played through Media Source Extensions by hls.js: its levels, the one chosen
 * (Auto or fixed) and the one playing. A fatal network error (the cookies expired while the tab
 * slept) is handed to `onFatal`; a media error is recovered in place once.
 */
export class HlsAttachment {
  readonly levels = signal<readonly QualityLevel[]>([]);
  readonly selected = signal(AUTO_LEVEL);
  /** The level on screen (what Auto chose), -1 until known. */
  readonly playing = signal(-1);
  /** The level segments are being fetched in: what Auto chooses now, on screen once the buffer ahead has played. */
  readonly loading = signal(-1);
  private recoveredMedia = false;
  /** The level a seek past the buffer loads its first segment in, -1 when none. */
  private seekPin = -1;

  constructor(
    private readonly hls: Hls,
    library: HlsLibrary,
    onFatal: (error: ErrorData) => void,
    private readonly video: HTMLVideoElement,
  ) {
    video.addEventListener('seeking', this.onSeeking);
    video.addEventListener('play', this.onPlay, { once: true });
    hls.on(library.Events.MANIFEST_PARSED, (_event, data: ManifestParsedData) => {
      this.levels.set(data.levels.map((level, index) => ({ index, height: level.height, bitrate: level.bitrate })));
    });
    hls.on(library.Events.LEVEL_SWITCHING, (_event, data: LevelSwitchingData) => this.loading.set(data.level));
    hls.on(library.Events.LEVEL_SWITCHED, (_event, data: LevelSwitchedData) => this.playing.set(data.level));
    hls.on(library.Events.FRAG_LOADED, (_event, data: FragLoadedData) => this.unpin(data.frag.level));
    hls.on(library.Events.ERROR, (_event, data: ErrorData) => {
      if (!data.fatal) return;
      if (data.type === library.ErrorTypes.MEDIA_ERROR && !this.recoveredMedia) {
        this.recoveredMedia = true;
        hls.recoverMediaError();
        return;
      }
      onFatal(data);
    });
  }

  /** A fixed level, or AUTO_LEVEL; a switch takes effect at the next segment, without a stall. */
  select(index: number): void {
    this.seekPin = -1;
    this.hls.nextLevel = index;
    this.selected.set(index);
  }

  destroy(): void {
    this.video.removeEventListener('seeking', this.onSeeking);
    this.video.removeEventListener('play', this.onPlay);
    this.hls.destroy();
  }

  /**
   * In Auto, the first segment after a seek past the buffer comes from a rung that arrives fast
   * (seek-level.ts): the frame waits for it. Pinned as a manual level for that one segment (hls.js's
   * one-segment `nextAutoLevel` is dropped when the seek aborts a load), then Auto again. A quality
   * the user chose, and seeks within the buffer (loops), are left alone.
   */
  private readonly onSeeking = () => {
    const { hls, video } = this;
    if (this.selected() !== AUTO_LEVEL || this.seekPin !== -1 || isBuffered(video.buffered, video.currentTime)) return;
    const current = hls.nextAutoLevel;
    const segmentSec = hls.levels[current]?.details?.targetduration ?? 0;
    const level = seekLevel({ bitrates: hls.levels.map((l) => l.bitrate), current, bandwidth: hls.bandwidthEstimate, segmentSec });
    if (level === current) return;
    this.seekPin = level;
    hls.loadLevel = level;
  };

  /** Playing: half a minute ahead (hls.js reads the buffer target on every tick, so at once). */
  private readonly onPlay = () => {
    this.hls.config.maxBufferLength = BUFFER_AHEAD_S;
  };

  private unpin(loadedLevel: number): void {
    if (this.seekPin === -1 || loadedLevel !== this.seekPin) return;
    this.seekPin = -1;
    if (this.selected() === AUTO_LEVEL) this.hls.loadLevel = AUTO_LEVEL;
  }
}

/** Whether `time` is in the buffer (hls.js's default 0.1 s hole tolerance). */
function isBuffered(ranges: TimeRanges, time: number): boolean {
  for (let i = 0; i < ranges.length; i++) {
    if (ranges.start(i) - 0.1 <= time && time < ranges.end(i)) return true;
  }
  return false;
}

/** Starts hls.js on `video` with the master playlist at `url`. */
export async function attachHls(
  loadLibrary: () => Promise<HlsLibrary>,
  video: HTMLVideoElement,
  url: string,
  onFatal: (error: ErrorData) => void,
): Promise<HlsAttachment | null> {
  const library = await loadLibrary();
  if (!library.isSupported()) return null;
  const hls = new library({ ...CONFIG, maxBufferLength: video.paused ? BUFFER_BEFORE_PLAY_S : BUFFER_AHEAD_S });
  const attachment = new HlsAttachment(hls, library, onFatal, video);
  hls.loadSource(url);
  hls.attachMedia(video);
  return attachment;
}

/**
 * How a stream plays here: hls.js where Media Source Extensions exist (Chromium, Firefox, iPadOS
 * Safari's ManagedMediaSource), the browser's own HLS elsewhere (iPhone Safari), or not at all.
 */
export function hlsRoute(video: HTMLVideoElement, scope: object = globalThis): 'hls.js' | 'native' | 'unsupported' {
  if ('MediaSource' in scope || 'ManagedMediaSource' in scope) return 'hls.js';
  return video.canPlayType('application/vnd.apple.mpegurl') ? 'native' : 'unsupported';
}
