import { seekLevel } from './seek-level';

describe('seekLevel', () => {
  // The bench's ladder: 360/540/720/1080p peaks, 2 s segments.
  const bitrates = [890_000, 1_530_000, 3_030_000, 5_270_000];

  it('drops to the smallest rung when no segment arrives within the budget (5 Mbit/s)', () => {
    expect(seekLevel({ bitrates, current: 2, bandwidth: 5_000_000, segmentSec: 2 })).toBe(0);
  });

  it('keeps the best rung that fits, never above the current one', () => {
    expect(seekLevel({ bitrates, current: 3, bandwidth: 12_000_000, segmentSec: 2 })).toBe(1);
    expect(seekLevel({ bitrates, current: 1, bandwidth: 100_000_000, segmentSec: 2 })).toBe(1);
  });

  it('leaves a fast network alone (loopback)', () => {
    expect(seekLevel({ bitrates, current: 3, bandwidth: 400_000_000, segmentSec: 2 })).toBe(3);
  });

  it('finds the smallest rung whatever the order of the levels', () => {
    expect(seekLevel({ bitrates: [3_030_000, 890_000, 1_530_000], current: 0, bandwidth: 2_000_000, segmentSec: 2 })).toBe(1);
  });

  it('keeps the current level when the bandwidth or the segment length is unknown', () => {
    expect(seekLevel({ bitrates, current: 2, bandwidth: Number.NaN, segmentSec: 2 })).toBe(2);
    expect(seekLevel({ bitrates, current: 2, bandwidth: 5_000_000, segmentSec: 0 })).toBe(2);
    expect(seekLevel({ bitrates, current: -1, bandwidth: 5_000_000, segmentSec: 2 })).toBe(-1);
  });
});
