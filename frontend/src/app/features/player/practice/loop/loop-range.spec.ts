import { loopRange, markA, markB, NO_MARKS, outsideLoop, reachedLoopEnd } from './loop-range';

describe('A–B marks', () => {
  it('sets A then B, rounding to whole milliseconds', () => {
    const marks = markB(markA(NO_MARKS, 1000.4), 3000.6, 12_000);
    expect(marks).toEqual({ a: 1000, b: 3001 });
    expect(loopRange(marks)).toEqual({ startMs: 1000, endMs: 3001 });
  });

  it('takes B alone as a loop from the start, and swaps a B set before A', () => {
    expect(markB(NO_MARKS, 4000, 12_000)).toEqual({ a: 0, b: 4000 });
    expect(markB({ a: 5000, b: null }, 2000, 12_000)).toEqual({ a: 2000, b: 5000 });
  });

  it('ignores a B too close to A and clamps B to the video', () => {
    const marks = { a: 5000, b: null };
    expect(markB(marks, 5100, 12_000)).toBe(marks);
    expect(markB(marks, 20_000, 12_000)).toEqual({ a: 5000, b: 12_000 });
  });

  it('drops B when a new A is not before it', () => {
    expect(markA({ a: 1000, b: 3000 }, 2000)).toEqual({ a: 2000, b: 3000 });
    expect(markA({ a: 1000, b: 3000 }, 2900)).toEqual({ a: 2900, b: null });
    expect(loopRange({ a: 2900, b: null })).toBeNull();
  });
});

describe('the loop seam', () => {
  const range = { startMs: 2000, endMs: 4000 };

  it('jumps when B falls within half a frame of the next one', () => {
    expect(reachedLoopEnd(3950, 3966, range)).toBe(false); // next frame ~3982
    expect(reachedLoopEnd(3966, 3983, range)).toBe(false); // B is 17 ms on, half a frame is 8.5
    expect(reachedLoopEnd(3983, 3995, range)).toBe(true);
    expect(reachedLoopEnd(3990, 4010, range)).toBe(true); // already past B: jump at once
    expect(reachedLoopEnd(4010, 4030, range)).toBe(true); // B just set at the playhead
  });

  it('scales with the frame step (slow playback moves less per frame)', () => {
    expect(reachedLoopEnd(3990, 3995, range)).toBe(false); // 0.25×: 5 ms a frame, 5 ms left
    expect(reachedLoopEnd(3995, 3999, range)).toBe(true);
  });

  it('never jumps after a seek, a seek backwards, or from beyond B', () => {
    expect(reachedLoopEnd(null, 4000, range)).toBe(false);
    expect(reachedLoopEnd(3999, 2000, range)).toBe(false);
    expect(reachedLoopEnd(4500, 4520, range)).toBe(false);
  });

  it('knows when turning looping on should start at A', () => {
    expect(outsideLoop(1000, range)).toBe(true);
    expect(outsideLoop(3000, range)).toBe(false);
    expect(outsideLoop(4000, range)).toBe(true);
  });
});
