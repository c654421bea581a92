import type { MediaStorage } from '../lib/storage/media-storage';
import { POSTER_FILE, THUMBNAILS_VTT } from './hls-layout';
import { THUMB, vttClock } from './thumbnails-vtt';

/**
 * MediaConvert's frame captures turned into what players read. Its FRAME_CAPTURE outputs are
 * named `<basename>.NNNNNNN.jpg`, N the 0-based capture number padded to 7 digits (the API's
 * FrameCaptureSettings), so a job's folder holds `poster.0000000.jpg` (0 s), `poster.0000001.jpg`
 * (POSTER_SECONDS in infrastructure's transcode-job-settings.ts) and `thumbs/thumb.0000000.jpg`…,
 * one every THUMB.everySec (the template's THUMBNAIL_SECONDS), not `poster.jpg` and a sprite index.
 */
const POSTER_CAPTURE = /^poster\.(\d{7})\.jpg$/;
const THUMB_CAPTURE = /^thumbs\/(thumb\.(\d{7})\.jpg)$/;

export interface MediaConvertCaptures {
  /** The poster frame to use (relative to the job folder): the later one, past a black opening. */
  readonly poster?: string;
  /** Preview frames' file names in `thumbs/`, in capture order (frame i shows i × THUMB.everySec). */
  readonly thumbs: readonly string[];
}

/** Sorts out a job folder's frame captures from its keys (relative to the folder). */
export function capturesOf(relativeKeys: readonly string[]): MediaConvertCaptures {
  const posters = relativeKeys.flatMap((key) => (POSTER_CAPTURE.test(key) ? [key] : [])).sort();
  const thumbs = relativeKeys
    .flatMap((key) => {
      const match = THUMB_CAPTURE.exec(key);
      return match ? [{ name: match[1]!, n: Number(match[2]) }] : [];
    })
    .sort((a, b) => a.n - b.n)
    .map((thumb) => thumb.name);
  return { poster: posters.at(-1), thumbs };
}

/**
 * The seek-preview index over single frames: cue i from i × everySec, its image the frame's own
 * file (no `#xywh`: the whole image), the last cue ending at the stream's end when known.
 */
export function framesThumbnailsVtt(thumbs: readonly string[], durationSec?: number): string {
  const cues = thumbs.map((name, i) => {
    const start = i * THUMB.everySec;
    const end = i === thumbs.length - 1 && durationSec && durationSec > start ? durationSec : start + THUMB.everySec;
    return `${vttClock(start)} --> ${vttClock(end)}\n${name}`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/**
 * Gives a MediaConvert job folder (`prefix`, ending in "/") the local runner's `poster.jpg` and
 * `thumbs/thumbnails.vtt`: copies the poster frame, writes the index over the preview frames.
 * Answers which of the two the folder has now.
 */
export async function placeMediaConvertStills(storage: MediaStorage, prefix: string, durationSec?: number): Promise<{ poster: boolean; thumbnails: boolean }> {
  const captures = capturesOf((await storage.listKeys(prefix)).map((key) => key.slice(prefix.length)));
  if (captures.poster) await storage.copyObject(`${prefix}${captures.poster}`, `${prefix}${POSTER_FILE}`);
  if (captures.thumbs.length) {
    await storage.putObject(`${prefix}${THUMBNAILS_VTT}`, new TextEncoder().encode(framesThumbnailsVtt(captures.thumbs, durationSec)), 'text/vtt');
  }
  return { poster: Boolean(captures.poster), thumbnails: captures.thumbs.length > 0 };
}
