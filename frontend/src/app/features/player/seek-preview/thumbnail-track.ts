/** One cue of a thumbnails WebVTT: from `start` to `end` seconds, this rectangle of this sprite (or this whole frame). */
export interface ThumbnailCue {
  readonly start: number;
  readonly end: number;
  /** Absolute URL of the sprite image. */
  readonly image: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The cue names a whole image (no `#xywh`): shown scaled into width × height. */
  readonly whole?: boolean;
}

/** The box a whole-frame cue is shown in: the size both transcoders capture previews at. */
export const WHOLE_FRAME = { width: 160, height: 90 } as const;

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}(?:\.\d{1,3})?)\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}(?:\.\d{1,3})?)/;

function seconds(clock: string): number {
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * Reads a thumbnails index (`00:00:05.000 --> 00:00:10.000` then `sprite-001.jpg#xywh=160,0,160,90`
 * from the local transcoder's sprites, or a whole frame `thumb.0000001.jpg` from MediaConvert's);
 * image URLs are resolved against the index's own URL. Cues it cannot read are left out.
 */
export function parseThumbnailTrack(vtt: string, trackUrl: string): ThumbnailCue[] {
  const cues: ThumbnailCue[] = [];
  const lines = vtt.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const timing = TIMING.exec(lines[i]!);
    if (!timing) continue;
    const target = lines[i + 1]!.trim();
    if (!target) continue;
    const hash = target.indexOf('#xywh=');
    const [x, y, width, height] = hash < 0 ? [0, 0, WHOLE_FRAME.width, WHOLE_FRAME.height] : target.slice(hash + 6).split(',').map(Number);
    if ([x, y, width, height].some((n) => n === undefined || !Number.isFinite(n))) continue;
    cues.push({
      start: seconds(timing[1]!),
      end: seconds(timing[2]!),
      image: new URL(hash < 0 ? target : target.slice(0, hash), new URL(trackUrl, globalThis.location?.href ?? 'http://localhost/')).href,
      x: x!,
      y: y!,
      width: width!,
      height: height!,
      ...(hash < 0 ? { whole: true } : {}),
    });
  }
  return cues;
}

/** The cue showing `time` (cues are in time order), or null past the last one. */
export function thumbnailAt(cues: readonly ThumbnailCue[], time: number): ThumbnailCue | null {
  let low = 0;
  let high = cues.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const cue = cues[mid]!;
    if (time < cue.start) high = mid - 1;
    else if (time >= cue.end) low = mid + 1;
    else return cue;
  }
  return null;
}
