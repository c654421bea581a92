import { describe, expect, it } from 'vitest';
import { planLadder, videoKbpsFor } from './ladder-plan';

const video = (width: number, height: number, fps = 30) => ({ durationSec: 60, video: { width, height, fps }, hasAudio: true });
const sizes = (plan: ReturnType<typeof planLadder>) => plan.renditions.map((r) => `${r.width}x${r.height}`);

describe('planLadder', () => {
  it('gives a 1080p landscape source the four rungs, bitrates rising', () => {
    const plan = planLadder(video(1920, 1080));
    expect(sizes(plan)).toEqual(['640x360', '960x540', '1280x720', '1920x1080']);
    expect(plan.renditions.map((r) => r.videoKbps)).toEqual([800, 1400, 2800, 5000]);
    expect(plan.audioOnly).toBe(false);
    expect(plan.fps).toBe(30);
  });

  it('never goes above a 4K source’s 1080 rung', () => {
    expect(sizes(planLadder(video(3840, 2160)))).toEqual(['640x360', '960x540', '1280x720', '1920x1080']);
  });

  it('keeps a portrait source portrait, with the same pixel counts and bitrates as landscape', () => {
    const plan = planLadder(video(1080, 1920));
    expect(sizes(plan)).toEqual(['360x640', '540x960', '720x1280', '1080x1920']);
    expect(plan.renditions.map((r) => r.videoKbps)).toEqual([800, 1400, 2800, 5000]);
  });

  it('does not upscale a small source: rungs below it, then its own size', () => {
    expect(sizes(planLadder(video(854, 480)))).toEqual(['640x360', '854x480']);
    expect(sizes(planLadder(video(320, 240)))).toEqual(['320x240']);
    expect(sizes(planLadder(video(1280, 720)))).toEqual(['640x360', '960x540', '1280x720']);
  });

  it('scales bitrate by pixel count for other shapes (4:3 360p gets less than 16:9)', () => {
    const [fourThree] = planLadder(video(640, 480)).renditions;
    expect(fourThree?.videoKbps).toBeLessThan(videoKbpsFor(960 * 540));
    expect(videoKbpsFor(480 * 360)).toBe(600);
  });

  it('caps the frame rate at 30', () => {
    expect(planLadder(video(1920, 1080, 60)).fps).toBe(30);
    expect(planLadder(video(1920, 1080, 25)).fps).toBe(25);
  });

  it('plans audio-only HLS for a file with sound and no picture', () => {
    expect(planLadder({ durationSec: 185, hasAudio: true })).toEqual({ audioOnly: true, renditions: [], hasAudio: true, audioKbps: 128, fps: 0 });
  });

  it('states BANDWIDTH as peak video plus audio with container overhead', () => {
    const [low] = planLadder(video(640, 360)).renditions;
    expect(low?.bandwidth).toBe(Math.round((880 + 128) * 1.1) * 1000);
  });
});
