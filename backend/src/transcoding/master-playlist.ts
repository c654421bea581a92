import type { LadderPlan } from './ladder-plan';

/** What the lesson record keeps of a ready stream's renditions (the player's quality menu). */
export interface StreamRendition {
  readonly width: number;
  readonly height: number;
  readonly bandwidth: number;
}

/** x264 is told High profile, level 4.0 (enough for 1080p30, portrait too), so the codec string is known. */
export const VIDEO_CODEC = 'avc1.640028';
export const AUDIO_CODEC = 'mp4a.40.2';

/**
 * The master playlist, written here because the npm ffmpeg build crashes with -master_pl_name.
 * Variant playlists are `v<N>/index.m3u8`, lowest first (hls.js starts from the list's order
 * only when it has no bandwidth estimate; it then picks by BANDWIDTH).
 */
export function masterPlaylist(plan: LadderPlan): string {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:7', '#EXT-X-INDEPENDENT-SEGMENTS'];
  if (plan.audioOnly) {
    lines.push(`#EXT-X-STREAM-INF:BANDWIDTH=${Math.round(plan.audioKbps * 1.1) * 1000},CODECS="${AUDIO_CODEC}"`, 'v0/index.m3u8');
  } else {
    const codecs = plan.hasAudio ? `${VIDEO_CODEC},${AUDIO_CODEC}` : VIDEO_CODEC;
    plan.renditions.forEach((r, i) => {
      lines.push(`#EXT-X-STREAM-INF:BANDWIDTH=${r.bandwidth},RESOLUTION=${r.width}x${r.height},FRAME-RATE=${plan.fps.toFixed(3)},CODECS="${codecs}"`, `v${i}/index.m3u8`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The renditions a master playlist lists (any writer's: ours or MediaConvert's), lowest first;
 * audio-only variants (no RESOLUTION) are left out, so an audio-only stream gives none.
 */
export function renditionsOfMaster(text: string): StreamRendition[] {
  const renditions: StreamRendition[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('#EXT-X-STREAM-INF:')) continue;
    const bandwidth = Number(/[:,]BANDWIDTH=(\d+)/.exec(line)?.[1]);
    const size = /RESOLUTION=(\d+)x(\d+)/.exec(line);
    if (!size || !Number.isFinite(bandwidth)) continue;
    renditions.push({ width: Number(size[1]), height: Number(size[2]), bandwidth });
  }
  return renditions.sort((a, b) => a.bandwidth - b.bandwidth);
}

/** The first variant playlist a master playlist lists (its URI, relative to the master), if any. */
export function firstVariantOfMaster(text: string): string | undefined {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const at = lines.findIndex((line) => line.startsWith('#EXT-X-STREAM-INF:'));
  return at < 0 ? undefined : lines.slice(at + 1).find((line) => line && !line.startsWith('#'));
}

/** A media playlist's duration: the sum of its segments' EXTINF seconds. */
export function durationOfMediaPlaylist(text: string): number {
  let total = 0;
  for (const match of text.matchAll(/^#EXTINF:([\d.]+)/gm)) total += Number(match[1]);
  return total;
}
