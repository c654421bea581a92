import { untruncateSynthTimes } from './exact-synth-times';

describe('untruncateSynthTimes', () => {
  it("undoes alphaTab's whole-ms bar lengths: bar k starts at k × 2666.67 ms at 90 BPM, not k × 2666", () => {
    // What alphaTab 1.8.4 made for the blues demo: a point a bar (3840 ticks), each 2666 ms on.
    const points = [0, 1, 2, 3, 4].map((bar) => ({ synthTick: bar * 3840, synthTime: bar * 2666, synthBpm: 90 }));
    untruncateSynthTimes(points, 90);
    points.forEach((point, bar) => expect(point.synthTime).toBeCloseTo((bar * 8000) / 3, 6));
  });

  it('follows the tempo each point starts at, and keeps a step with a tempo change inside as it was', () => {
    const points = [
      { synthTick: 3840, synthTime: 2666, synthBpm: 120 }, // 90 BPM up to here, 120 from here
      { synthTick: 7680, synthTime: 4666, synthBpm: 120 }, // 2000 ms at 120
      { synthTick: 11520, synthTime: 6166, synthBpm: 120 }, // 1500 ms: a tempo change alphaTab knew of, kept
    ];
    untruncateSynthTimes(points, 90);
    expect(points.map((point) => point.synthTime)).toEqual([8000 / 3, 8000 / 3 + 2000, 8000 / 3 + 3500]);
  });
});
