import { FrameInterval } from './frame-interval';

const ticks = (frames: FrameInterval, from: number, step: number, count: number) => {
  let estimate = 0;
  for (let i = 0; i < count; i++) estimate = frames.tick(from + i * step);
  return estimate;
};

describe('FrameInterval', () => {
  it('starts at 60 Hz and follows a 30 Hz display', () => {
    const frames = new FrameInterval();
    expect(frames.tick(0)).toBeCloseTo(16.7, 1);
    expect(ticks(frames, 1000 / 30, 1000 / 30, 120)).toBeCloseTo(33.3, 1);
  });

  it('does not count a stall or the time across a restart as a frame interval', () => {
    const frames = new FrameInterval();
    ticks(frames, 0, 16, 120);
    expect(frames.tick(16 * 120 + 500)).toBeCloseTo(16, 1);
    frames.restart();
    expect(frames.tick(16 * 120 + 550)).toBeCloseTo(16, 1);
  });
});
