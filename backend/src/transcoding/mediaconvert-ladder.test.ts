import { describe, expect, it } from 'vitest';
import { mediaConvertLadder } from './mediaconvert-ladder';

const sizes = (size: { width: number; height: number } | null) => mediaConvertLadder(size).map((r) => `${r.width}x${r.height}`);

describe('mediaConvertLadder', () => {
  it('never goes above the source: rungs below its short side plus its own size, like the local runner', () => {
    expect(sizes({ width: 1920, height: 1080 })).toEqual(['640x360', '960x540', '1280x720', '1920x1080']);
    expect(sizes({ width: 1280, height: 720 })).toEqual(['640x360', '960x540', '1280x720']);
    expect(sizes({ width: 854, height: 480 })).toEqual(['640x360', '854x480']);
    expect(sizes({ width: 640, height: 360 })).toEqual(['640x360']);
    expect(sizes({ width: 3840, height: 2160 })).toEqual(['640x360', '960x540', '1280x720', '1920x1080']);
  });

  it('keeps portrait videos portrait and gives each rung a ceiling by its pixel count', () => {
    expect(sizes({ width: 1080, height: 1920 })).toEqual(['360x640', '540x960', '720x1280', '1080x1920']);
    const [low, , , high] = mediaConvertLadder({ width: 1920, height: 1080 });
    expect(low!.maxBitrate).toBe(880_000);
    expect(high!.maxBitrate).toBe(5_500_000);
  });

  it('falls back to square boxes (fit by the short side, FIT_NO_UPSCALE in the template) when the size is unknown', () => {
    expect(sizes(null)).toEqual(['640x640', '960x960', '1280x1280', '1920x1920']);
  });
});
