import { barsToRange, flatSyncPoints, playedBarOf, timingWithScore } from './score-sync';

describe('score sync', () => {
  it('hands alphaTab the tapped bars, else the first downbeat', () => {
    expect(flatSyncPoints({ syncPoints: [{ bar: 0, timeMs: 500 }, { bar: 4, timeMs: 8500 }], firstDownbeatMs: 250 })).toEqual([
      { barIndex: 0, barPosition: 0, barOccurence: 0, millisecondOffset: 500 },
      { barIndex: 4, barPosition: 0, barOccurence: 0, millisecondOffset: 8500 },
    ]);
    expect(flatSyncPoints({ syncPoints: [], firstDownbeatMs: 250 })).toEqual([{ barIndex: 0, barPosition: 0, barOccurence: 0, millisecondOffset: 250 }]);
    expect(flatSyncPoints({ syncPoints: [], firstDownbeatMs: null })).toEqual([]);
  });

  it('puts bars numbered as played on the written bar and its occurrence (a repeat)', () => {
    // Bars 0–1 written with a repeat, then bar 2: played 0, 1, 0, 1, 2.
    const played = [0, 1, 0, 1, 2];
    const syncPoints = played.map((_, bar) => ({ bar, timeMs: 1000 + bar * 2000 }));
    expect(flatSyncPoints({ syncPoints, firstDownbeatMs: null }, played).map((p) => [p.barIndex, p.barOccurence, p.millisecondOffset])).toEqual([
      [0, 0, 1000],
      [1, 0, 3000],
      [0, 1, 5000],
      [1, 1, 7000],
      [2, 0, 9000],
    ]);
    // Beyond the known order (or without one) bars are taken as written.
    expect(flatSyncPoints({ syncPoints: [{ bar: 6, timeMs: 5 }], firstDownbeatMs: null }, played)[0]).toMatchObject({ barIndex: 6, barOccurence: 0 });
    // A click on a written bar goes to its first playing.
    expect([0, 1, 2].map((bar) => playedBarOf(bar, played))).toEqual([0, 1, 4]);
    expect(playedBarOf(3)).toBe(3);
  });

  it("fills the lesson's missing timing from the score", () => {
    const lesson = { syncPoints: [], tempoBpm: null, timeSignature: null, firstDownbeatMs: null };
    expect(timingWithScore(lesson, { tempoBpm: 90, timeSignature: [3, 4] })).toEqual({ syncPoints: [], tempoBpm: 90, timeSignature: [3, 4], firstDownbeatMs: 0 });
    expect(timingWithScore({ ...lesson, tempoBpm: 120, firstDownbeatMs: 40 }, { tempoBpm: 90, timeSignature: [3, 4] })).toMatchObject({ tempoBpm: 120, firstDownbeatMs: 40 });
  });

  it('loops whole bars, whichever way they were picked', () => {
    const msAt = (bar: number) => 1000 + bar * 2000;
    expect(barsToRange(2, 3, msAt)).toEqual({ startMs: 5000, endMs: 9000 });
    expect(barsToRange(3, 2, msAt)).toEqual({ startMs: 5000, endMs: 9000 });
    expect(barsToRange(4, 4, msAt)).toEqual({ startMs: 9000, endMs: 11_000 });
  });
});
