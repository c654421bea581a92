import { describe, expect, it } from 'vitest';
import { planLadder } from './ladder-plan';
import { masterPlaylist, renditionsOfMaster } from './master-playlist';

describe('masterPlaylist', () => {
  it('lists each rendition with BANDWIDTH, RESOLUTION, FRAME-RATE and CODECS, lowest first', () => {
    const plan = planLadder({ durationSec: 60, video: { width: 1280, height: 720, fps: 25 }, hasAudio: true });
    const text = masterPlaylist(plan);
    expect(text.split('\n').slice(0, 5)).toEqual([
      '#EXTM3U',
      '#EXT-X-VERSION:7',
      '#EXT-X-INDEPENDENT-SEGMENTS',
      `#EXT-X-STREAM-INF:BANDWIDTH=${plan.renditions[0]!.bandwidth},RESOLUTION=640x360,FRAME-RATE=25.000,CODECS="avc1.640028,mp4a.40.2"`,
      'v0/index.m3u8',
    ]);
    expect(text).toContain('RESOLUTION=1280x720');
    expect(text).toContain('v2/index.m3u8');
  });

  it('names no audio codec for a silent video, and only audio for audio-only', () => {
    expect(masterPlaylist(planLadder({ durationSec: 5, video: { width: 640, height: 360, fps: 30 }, hasAudio: false }))).toContain('CODECS="avc1.640028"\n');
    expect(masterPlaylist(planLadder({ durationSec: 5, hasAudio: true }))).toContain('BANDWIDTH=141000,CODECS="mp4a.40.2"\nv0/index.m3u8');
  });

  it('reads the renditions back from its own playlist and from another writer’s', () => {
    const plan = planLadder({ durationSec: 60, video: { width: 1080, height: 1920, fps: 30 }, hasAudio: true });
    expect(renditionsOfMaster(masterPlaylist(plan))).toEqual(plan.renditions.map(({ width, height, bandwidth }) => ({ width, height, bandwidth })));
    const mediaConvert = '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=5500000,AVERAGE-BANDWIDTH=5000000,CODECS="avc1.640028,mp4a.40.2",RESOLUTION=1920x1080\nlesson_1080.m3u8\n#EXT-X-STREAM-INF:RESOLUTION=640x360,BANDWIDTH=900000\nlesson_360.m3u8\n';
    expect(renditionsOfMaster(mediaConvert)).toEqual([
      { width: 640, height: 360, bandwidth: 900000 },
      { width: 1920, height: 1080, bandwidth: 5500000 },
    ]);
    expect(renditionsOfMaster(masterPlaylist(planLadder({ durationSec: 5, hasAudio: true })))).toEqual([]);
  });
});
