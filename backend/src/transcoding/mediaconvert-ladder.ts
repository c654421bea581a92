import type { MediaStorage } from '../lib/storage/media-storage';
import { planLadder, RUNGS } from './ladder-plan';
import { readMp4VideoSize, type VideoSize } from './mp4-video-size';

/** One rung of MediaConvert's ladder: the box the picture is fitted into (never upscaled) and its QVBR ceiling. */
export interface MediaConvertRung {
  readonly width: number;
  readonly height: number;
  readonly maxBitrate: number;
}

const even = (n: number) => 2 * Math.round(n / 2);

/**
 * The local runner's ladder (planLadder: rungs below the short side plus the source's own size,
 * aspect kept, bitrates by pixel count) as MediaConvert sizes, from the original's picture size.
 * Unknown size (not an MP4/MOV, damaged header): every rung as a square box of its 16:9 long
 * side, which fits landscape and portrait by the short side; the template's FIT_NO_UPSCALE keeps
 * a rung above the source at the source's size (a repeat, never an upscale).
 */
export function mediaConvertLadder(size: VideoSize | null): MediaConvertRung[] {
  if (size) {
    return planLadder({ durationSec: 0, video: { ...size, fps: 30 }, hasAudio: false }).renditions.map((r) => ({ width: r.width, height: r.height, maxBitrate: r.maxrateKbps * 1000 }));
  }
  const reference = planLadder({ durationSec: 0, video: { width: 1920, height: 1080, fps: 30 }, hasAudio: false }).renditions;
  return RUNGS.map((rung, i) => {
    const side = even((rung * 16) / 9);
    return { width: side, height: side, maxBitrate: reference[i]!.maxrateKbps * 1000 };
  });
}

/** The ladder of a lesson original in the bucket, its size read from a few ranged reads of its header. */
export async function mediaConvertLadderOf(storage: MediaStorage, sourceKey: string): Promise<MediaConvertRung[]> {
  const stored = await storage.head(sourceKey);
  const size = stored ? await readMp4VideoSize((offset, length) => storage.readRange(sourceKey, offset, length), stored.sizeBytes) : null;
  return mediaConvertLadder(size);
}
