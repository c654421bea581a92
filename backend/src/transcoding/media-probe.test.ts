import { describe, expect, it } from 'vitest';
import { parseProbe } from './media-probe';

const landscape = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'in.mp4':
  Duration: 00:01:00.02, start: 0.000000, bitrate: 5423 kb/s
    Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 1920x1080 [SAR 1:1 DAR 16:9], 5345 kb/s, 30 fps, 30 tbr, 15360 tbn, 60 tbc (default)
    Metadata:
      handler_name    : VideoHandler
    Stream #0:1(und): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, mono, fltp, 70 kb/s (default)
At least one output file must be specified`;

const phone = `  Duration: 00:00:12.50, start: 0.000000, bitrate: 9000 kb/s
    Stream #0:0(eng): Video: h264 (High) (avc1 / 0x31637661), yuv420p(tv, bt709), 1920x1080, 8900 kb/s, 29.97 fps, 29.97 tbr, 90k tbn, 180k tbc (default)
    Metadata:
      rotate          : 90
      handler_name    : VideoHandle
    Side data:
      displaymatrix: rotation of -90.00 degrees
    Stream #0:1(eng): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, stereo, fltp, 96 kb/s (default)`;

const mp3WithCover = `Input #0, mp3, from 'track.mp3':
  Duration: 00:03:05.12, start: 0.025057, bitrate: 192 kb/s
    Stream #0:0: Audio: mp3, 44100 Hz, stereo, fltp, 192 kb/s
    Stream #0:1: Video: mjpeg (Baseline), yuvj420p(pc, bt470bg/unknown/unknown), 500x500 [SAR 1:1 DAR 1:1], 90k tbr, 90k tbn, 90k tbc (attached pic)`;

describe('parseProbe', () => {
  it('reads duration, size, frame rate and audio of a landscape video', () => {
    expect(parseProbe(landscape)).toEqual({ durationSec: 60.02, video: { width: 1920, height: 1080, fps: 30 }, hasAudio: true });
  });

  it('applies a phone rotation flag: a portrait video stored sideways is portrait', () => {
    expect(parseProbe(phone).video).toEqual({ width: 1080, height: 1920, fps: 29.97 });
  });

  it('takes an MP3 with a cover picture for audio only', () => {
    expect(parseProbe(mp3WithCover)).toEqual({ durationSec: 185.12, video: undefined, hasAudio: true });
  });

  it('finds nothing in what ffmpeg says of a file it cannot read', () => {
    expect(parseProbe("text.mp4: Invalid data found when processing input")).toEqual({ durationSec: 0, video: undefined, hasAudio: false });
  });
});
