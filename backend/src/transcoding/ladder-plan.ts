import type { ProbedMedia } from './media-probe';

/** One video rendition of the ladder: its size and x264 rate control, in kbit/s. */
export interface Rendition {
  readonly width: number;
  readonly height: number;
  readonly videoKbps: number;
  readonly maxrateKbps: number;
  readonly bufsizeKbps: number;
  /** Peak bits per second of video and audio together, as the master playlist's BANDWIDTH. */
  readonly bandwidth: number;
}

export interface LadderPlan {
  /** No picture: one audio rendition, the course cover as poster. */
  readonly audioOnly: boolean;
  /** Lowest first; empty when audio-only. */
  readonly renditions: readonly Rendition[];
  readonly hasAudio: boolean;
  readonly audioKbps: number;
  /** Output frame rate: the source's, at most 30. */
  readonly fps: number;
}

/** Rungs named by the picture's short side (360p landscape is 640x360, portrait 360x640). */
export const RUNGS = [360, 540, 720, 1080] as const;
export const AUDIO_KBPS = 128;
const MAX_FPS = 30;
const TOP_RUNG = 1080;

/** Video kbit/s of landscape 16:9 rungs at ≤30 fps; other shapes scale by pixel count between them. */
const REFERENCE: readonly (readonly [pixels: number, kbps: number])[] = [
  [640 * 360, 800],
  [960 * 540, 1400],
  [1280 * 720, 2800],
  [1920 * 1080, 5000],
];

/** Bitrate by pixel count: linear between reference rungs, proportional below the first and above the last. */
export function videoKbpsFor(pixels: number): number {
  const [first, last] = [REFERENCE[0]!, REFERENCE[REFERENCE.length - 1]!];
  if (pixels <= first[0]) return Math.max(100, Math.round((first[1] * pixels) / first[0]));
  if (pixels >= last[0]) return Math.round((last[1] * pixels) / last[0]);
  const upper = REFERENCE.findIndex(([p]) => p >= pixels);
  const [p0, k0] = REFERENCE[upper - 1]!;
  const [p1, k1] = REFERENCE[upper]!;
  return Math.round(k0 + ((k1 - k0) * (pixels - p0)) / (p1 - p0));
}

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2));

function rendition(width: number, height: number, hasAudio: boolean): Rendition {
  const videoKbps = videoKbpsFor(width * height);
  const maxrateKbps = Math.round(videoKbps * 1.1);
  // Peak video + audio, plus ~10 % for the fMP4 container.
  const bandwidth = Math.round((maxrateKbps + (hasAudio ? AUDIO_KBPS : 0)) * 1.1) * 1000;
  return { width, height, videoKbps, maxrateKbps, bufsizeKbps: videoKbps * 2, bandwidth };
}

/**
 * The ladder for a source: every rung below its short side, plus the source's own size when it
 * is below 1080 (a rung at or above it would only repeat it), never upscaled, aspect ratio kept.
 */
export function planLadder(source: ProbedMedia): LadderPlan {
  const audio = { hasAudio: source.hasAudio, audioKbps: AUDIO_KBPS };
  if (!source.video) return { audioOnly: true, renditions: [], fps: 0, ...audio };
  const { width, height, fps } = source.video;
  const portrait = height > width;
  const shortSide = Math.min(width, height);
  const longSide = Math.max(width, height);
  const sides = [...RUNGS.filter((rung) => rung < shortSide), Math.min(shortSide, TOP_RUNG)];
  const renditions = [...new Set(sides)].map((side) => {
    const other = even((longSide * side) / shortSide);
    const short = even(side);
    return portrait ? rendition(short, other, source.hasAudio) : rendition(other, short, source.hasAudio);
  });
  return { audioOnly: false, renditions, fps: Math.min(MAX_FPS, fps > 0 ? fps : MAX_FPS), ...audio };
}
