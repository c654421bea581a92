import type { LadderPlan } from './ladder-plan';
import { SEGMENT_SECONDS } from './hls-layout';
import { THUMB } from './thumbnails-vtt';

/**
 * ffmpeg command lines of a transcode, as argument arrays (no shell). One pass decodes the source
 * once for every rendition and the thumbnail sprite; `-xerror` makes that pass the decode check
 * too (a truncated or corrupt file stops it with exit 1, where a probe alone would pass it).
 */

/** `ffmpeg -i FILE` with no output: exits 1, its stderr describes the streams (see media-probe). */
export function probeArgs(input: string): string[] {
  return ['-hide_banner', '-nostdin', '-i', input];
}

const COMMON = ['-hide_banner', '-nostdin', '-y', '-v', 'error', '-xerror', '-nostats', '-progress', 'pipe:1'];
const AUDIO = (kbps: number) => ['-c:a', 'aac', '-b:a', `${kbps}k`, '-ac', '2', '-ar', '48000'];
/** fMP4 segments of SEGMENT_SECONDS; ffmpeg names each rendition's init file init_<N>.mp4 (renamed to init.mp4 after). */
const HLS = (outDir: string) => [
  '-f', 'hls', '-hls_time', String(SEGMENT_SECONDS), '-hls_playlist_type', 'vod', '-hls_segment_type', 'fmp4', '-hls_flags', 'independent_segments',
  '-hls_fmp4_init_filename', 'init.mp4', '-hls_segment_filename', `${outDir}/v%v/seg_%03d.m4s`,
];

function videoFilter(plan: LadderPlan): string {
  const n = plan.renditions.length;
  const splits = Array.from({ length: n + 1 }, (_, i) => `[s${i}]`).join('');
  const scales = plan.renditions.map((r, i) => `[s${i}]scale=${r.width}:${r.height}[v${i}]`);
  const { width, height, everySec, columns, rows } = THUMB;
  const sprite = `[s${n}]fps=1/${everySec},scale=${width}:${height}:force_original_aspect_ratio=decrease,pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2,tile=${columns}x${rows}[th]`;
  return [`[0:v]fps=${plan.fps},split=${n + 1}${splits}`, ...scales, sprite].join(';');
}

/** The whole ladder + sprite sheets (into `outDir/thumbs/`), progress as key=value lines on stdout. */
export function hlsArgs(plan: LadderPlan, input: string, outDir: string): string[] {
  if (plan.audioOnly) {
    return [...COMMON, '-i', input, '-map', '0:a:0', '-vn', ...AUDIO(plan.audioKbps), ...HLS(outDir), '-var_stream_map', 'a:0', `${outDir}/v%v/index.m3u8`];
  }
  const maps = plan.renditions.flatMap((_, i) => ['-map', `[v${i}]`, ...(plan.hasAudio ? ['-map', '0:a:0'] : [])]);
  const rates = plan.renditions.flatMap((r, i) => [`-b:v:${i}`, `${r.videoKbps}k`, `-maxrate:v:${i}`, `${r.maxrateKbps}k`, `-bufsize:v:${i}`, `${r.bufsizeKbps}k`]);
  const streamMap = plan.renditions.map((_, i) => (plan.hasAudio ? `v:${i},a:${i}` : `v:${i}`)).join(' ');
  return [
    ...COMMON, '-i', input,
    '-filter_complex', videoFilter(plan),
    ...maps,
    // Keyframes every 2 s by time (any frame rate), none elsewhere: segments and seeks line up across renditions.
    '-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'high', '-level:v', '4.0', '-pix_fmt', 'yuv420p',
    '-force_key_frames', 'expr:gte(t,n_forced*2)', '-sc_threshold', '0',
    ...rates,
    ...(plan.hasAudio ? AUDIO(plan.audioKbps) : []),
    ...HLS(outDir), '-var_stream_map', streamMap, `${outDir}/v%v/index.m3u8`,
    '-map', '[th]', '-vsync', 'vfr', '-q:v', '4', `${outDir}/thumbs/sprite-%03d.jpg`,
  ];
}

/** One 720p-at-most JPEG of the frame at `atSec` (input seeking: fast), or of a still image. */
export function posterArgs(input: string, output: string, atSec?: number): string[] {
  const seek = atSec === undefined ? [] : ['-ss', atSec.toFixed(2)];
  return ['-hide_banner', '-nostdin', '-y', '-v', 'error', ...seek, '-i', input, '-frames:v', '1', '-vf', "scale=-2:'min(720,ih)'", '-q:v', '3', output];
}
