import { BarTimeline, LessonTiming } from './bar-timeline';

const timing = (over: Partial<LessonTiming>): LessonTiming => ({ syncPoints: [], tempoBpm: null, timeSignature: null, firstDownbeatMs: null, ...over });

describe('BarTimeline', () => {
  it('needs a tempo or two sync points', () => {
    expect(BarTimeline.from(timing({}))).toBeNull();
    expect(BarTimeline.from(timing({ syncPoints: [{ bar: 0, timeMs: 100 }] }))).toBeNull();
    expect(BarTimeline.from(timing({ tempoBpm: 120 }))).not.toBeNull();
  });

  it('places bars and beats from the tempo, time signature and first downbeat', () => {
    const line = BarTimeline.from(timing({ tempoBpm: 120, timeSignature: [3, 4], firstDownbeatMs: 250 }))!;
    expect(line.msAt(0)).toBe(250);
    expect(line.msAt(2)).toBe(250 + 2 * 1500);
    expect(line.barAt(1750)).toBe(1);
    expect(line.beatsBetween(0, 1800).map((b) => [b.timeMs, b.bar, b.beat])).toEqual([
      [250, 0, 0],
      [750, 0, 1],
      [1250, 0, 2],
      [1750, 1, 0],
    ]);
  });

  it('counts the signature beat: six eighths at 60 quarter notes a minute are 500 ms each', () => {
    const line = BarTimeline.from(timing({ tempoBpm: 60, timeSignature: [6, 8] }))!;
    expect(line.msAt(1)).toBe(3000);
    expect(line.beatMsAt(100)).toBe(500);
  });

  it('follows sync points, interpolating beats inside each bar and extending at the last pace', () => {
    const line = BarTimeline.from(timing({ syncPoints: [{ bar: 0, timeMs: 1000 }, { bar: 2, timeMs: 5000 }, { bar: 3, timeMs: 6000 }] }))!;
    expect(line.msAt(1)).toBe(3000); // 2 s bars between the first two points
    expect(line.msAt(2.5)).toBe(5500); // 1 s bars after
    expect(line.msAt(5)).toBe(8000); // extended at the last segment's pace
    expect(line.msAt(-1)).toBe(-1000); // and before the first at the first's
    expect(line.barAt(5500)).toBe(2.5);
    expect(line.beatsBetween(5000, 6000).map((b) => b.timeMs)).toEqual([5000, 5250, 5500, 5750]);
    expect(line.beatsBetween(0, 1001).map((b) => b.timeMs)).toEqual([1000]); // nothing before the first synced bar
  });

  it('extends sync points at the tempo when there is one', () => {
    const line = BarTimeline.from(timing({ tempoBpm: 60, syncPoints: [{ bar: 4, timeMs: 10_000 }] }))!;
    expect(line.msAt(5)).toBe(14_000);
    expect(line.msAt(3)).toBe(6000);
  });

  it('snaps to the nearest barline and finds the bar a time falls in', () => {
    const line = BarTimeline.from(timing({ tempoBpm: 120 }))!; // 2 s bars
    expect(line.snapToBar(2900)).toBe(2000);
    expect(line.snapToBar(3100)).toBe(4000);
    expect(line.barStartAt(3999.9999999)).toBe(4000);
    expect(line.barStartAt(3900)).toBe(2000);
  });

  it('finds the barline a bar back or on', () => {
    const line = BarTimeline.from(timing({ tempoBpm: 120 }))!; // 2 s bars
    expect(line.neighbourBarMs(7000, -1)).toBe(6000); // inside bar 3: its start
    expect(line.neighbourBarMs(6050, -1)).toBe(4000); // just past its start: the bar before
    expect(line.neighbourBarMs(7000, 1)).toBe(8000);
    expect(line.neighbourBarMs(8000, 1)).toBe(10_000);
  });
});
