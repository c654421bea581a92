import { clearPoints, moveTo, nudge, removePoint, setFirstBar, syncTaps, tap, undo } from './sync-taps';

const tapAll = (...times: number[]) => times.reduce((taps, time) => tap(taps, time), syncTaps());
const pairs = (taps: ReturnType<typeof syncTaps>) => taps.points.map((p) => [p.bar, p.timeMs]);

describe('sync taps', () => {
  it('numbers taps as consecutive bars, in time order, rounded to whole ms', () => {
    expect(pairs(tapAll(500.4, 2500, 4510.6))).toEqual([[0, 500], [1, 2500], [2, 4511]]);
    expect(pairs(tapAll(500, 4500, 2500))).toEqual([[0, 500], [1, 2500], [2, 4500]]); // seeked back and tapped the gap
  });

  it('ignores a double tap', () => {
    const taps = tapAll(500, 2500);
    expect(tap(taps, 2550)).toBe(taps);
  });

  it('nudges a point by 10 ms without passing its neighbours', () => {
    const taps = tapAll(500, 2500, 4500);
    expect(pairs(nudge(taps, 1, 10))).toEqual([[0, 500], [1, 2510], [2, 4500]]);
    expect(nudge(tapAll(500, 505 + 80), 1, -100).points[1]!.timeMs).toBe(501);
    expect(nudge(tapAll(0, 2000), 0, -10)).toEqual(tapAll(0, 2000)); // nothing below 0
  });

  it('moves a dropped point to its new time, within its neighbours', () => {
    const taps = tapAll(500, 2500, 4500);
    expect(pairs(moveTo(taps, 1, 2731.6))).toEqual([[0, 500], [1, 2732], [2, 4500]]);
    expect(moveTo(taps, 1, 9000).points[1]!.timeMs).toBe(4499);
    expect(moveTo(taps, 1, 2731.6).history).toHaveLength(taps.history.length + 1);
  });

  it('undoes each edit in turn', () => {
    const tapped = tapAll(500, 2500, 4500);
    const edited = removePoint(nudge(tapped, 2, 10), 0);
    expect(pairs(edited)).toEqual([[0, 2500], [1, 4510]]);
    expect(pairs(undo(edited))).toEqual([[0, 500], [1, 2500], [2, 4510]]);
    expect(pairs(undo(undo(edited)))).toEqual(pairs(tapped));
    expect(pairs(undo(undo(undo(undo(edited)))))).toEqual([[0, 500]]);
    expect(undo(syncTaps())).toEqual(syncTaps());
  });

  it('starts numbering at a chosen bar, and clears', () => {
    const taps = setFirstBar(tapAll(500, 2500), 2);
    expect(pairs(taps)).toEqual([[2, 500], [3, 2500]]);
    expect(pairs(tap(taps, 4500))).toEqual([[2, 500], [3, 2500], [4, 4500]]);
    expect(clearPoints(taps).points).toEqual([]);
    expect(pairs(undo(clearPoints(taps)))).toEqual(pairs(taps));
  });
});
