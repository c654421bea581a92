/**
 * What a media file holds, read from `ffmpeg -i FILE` (its stream summary on stderr), so no
 * ffprobe binary is needed. Dimensions are as displayed: a phone's rotation flag is applied.
 */
export interface ProbedMedia {
  readonly durationSec: number;
  /** Absent for audio files (a cover picture embedded in an MP3 is not a video). */
  readonly video?: { readonly width: number; readonly height: number; readonly fps: number };
  readonly hasAudio: boolean;
}

const DURATION = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/;
const VIDEO_STREAM = /Stream #\d+:\d+.*?: Video: (.*)/g;
const SIZE = /\b(\d{2,5})x(\d{2,5})\b/;
const FPS = /([\d.]+) fps/;
const ROTATE = /rotate\s*:\s*(-?\d+)/;
const DISPLAY_MATRIX = /rotation of (-?[\d.]+) degrees/;

function durationOf(text: string): number {
  const match = DURATION.exec(text);
  if (!match) return 0;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** The first real video stream (not an attached cover picture), its size as shown. */
function videoOf(text: string): ProbedMedia['video'] {
  for (const match of text.matchAll(VIDEO_STREAM)) {
    const line = match[1] ?? '';
    if (line.includes('(attached pic)')) continue;
    const size = SIZE.exec(line);
    if (!size) continue;
    const fps = Number(FPS.exec(line)?.[1] ?? 30);
    // Rotation metadata follows the stream line (ffmpeg 4: "rotate : 90"; newer: "displaymatrix: rotation of -90.00 degrees").
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 600);
    const nextStream = after.search(/Stream #/);
    const meta = nextStream >= 0 ? after.slice(0, nextStream) : after;
    const rotation = Math.abs(Number(ROTATE.exec(meta)?.[1] ?? DISPLAY_MATRIX.exec(meta)?.[1] ?? 0)) % 180;
    const [width, height] = [Number(size[1]), Number(size[2])];
    return rotation === 90 ? { width: height, height: width, fps } : { width, height, fps };
  }
  return undefined;
}

export function parseProbe(stderr: string): ProbedMedia {
  return { durationSec: durationOf(stderr), video: videoOf(stderr), hasAudio: /Stream #\d+:\d+.*?: Audio: /.test(stderr) };
}
