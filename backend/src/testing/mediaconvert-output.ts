import type { MediaStorage } from '../lib/storage/media-storage';

/**
 * A job folder as MediaConvert leaves it with the video template (CMAF HLS, FRAME_CAPTURE posters
 * and previews named `<basename>.NNNNNNN.jpg`), written by hand: tests of the finish step run
 * without MediaConvert. Two rungs, `durationSec` in 4 s segments, a preview frame every 5 s.
 */
export async function writeMediaConvertOutput(storage: MediaStorage, prefix: string, durationSec: number): Promise<void> {
  const text = (body: string) => new TextEncoder().encode(body);
  const m3u8 = 'application/vnd.apple.mpegurl';
  const master = '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1100000,RESOLUTION=640x360\nmaster_v0.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=5500000,RESOLUTION=1920x1080\nmaster_v1.m3u8\n';
  const segments = Array.from({ length: Math.ceil(durationSec / 4) }, (_, i) => `#EXTINF:${Math.min(4, durationSec - i * 4).toFixed(5)},\nmaster_v0_${String(i + 1).padStart(5, '0')}.cmfv`);
  await storage.putObject(`${prefix}master.m3u8`, text(master), m3u8);
  await storage.putObject(`${prefix}master_v0.m3u8`, text(`#EXTM3U\n#EXT-X-TARGETDURATION:4\n${segments.join('\n')}\n#EXT-X-ENDLIST\n`), m3u8);
  for (const n of [0, 1]) await storage.putObject(`${prefix}poster.${String(n).padStart(7, '0')}.jpg`, text(`poster frame ${n}`), 'image/jpeg');
  for (let n = 0; n * 5 < durationSec; n++) await storage.putObject(`${prefix}thumbs/thumb.${String(n).padStart(7, '0')}.jpg`, text(`frame ${n}`), 'image/jpeg');
}
