import { BarTimeline } from '../timing/bar-timeline';
import { audioTimeOf, clicksFor, countInClicks, videoWindow } from './click-schedule';

describe('click scheduling', () => {
  it('maps video time to audio time at the playback speed, early by the output offset', () => {
    const clock = { mediaMs: 10_000, contextTime: 50, speed: 0.5 };
    expect(audioTimeOf(10_500, clock, 0)).toBe(51); // 500 ms of video at half speed: 1 s
    expect(audioTimeOf(10_500, clock, 40)).toBeCloseTo(50.96, 9);
    expect(audioTimeOf(10_300, { ...clock, speed: 1.5 }, 0)).toBeCloseTo(50.2, 9);
  });

  it('covers the lookahead in video time, never booking a stretch twice', () => {
    const clock = { mediaMs: 1000, contextTime: 3, speed: 1 };
    expect(videoWindow(clock, null, 0)).toEqual([1000, 1120]);
    expect(videoWindow(clock, 1100, 0)).toEqual([1100, 1120]);
    expect(videoWindow({ ...clock, speed: 0.5 }, null, 30)).toEqual([1000, 1075]);
  });

  it('books each beat of a window with the downbeat accented, at 120 BPM and 0.5×', () => {
    const line = BarTimeline.from({ tempoBpm: 120, timeSignature: [4, 4], firstDownbeatMs: 0, syncPoints: [] })!;
    const clock = { mediaMs: 1900, contextTime: 10, speed: 0.5 };
    const clicks = clicksFor(line.beatsBetween(1900, 2600), clock, 0);
    expect(clicks.map((c) => [Number(c.at.toFixed(3)), c.accent])).toEqual([
      [10.2, true], // bar 1's downbeat at 2000 ms: 100 ms of video = 200 ms of audio
      [11.2, false],
    ]);
  });

  it('drops clicks whose time has passed (the offset can move them before now)', () => {
    const clicks = clicksFor([{ timeMs: 1000, bar: 0, beat: 0 }], { mediaMs: 1000, contextTime: 5, speed: 1 }, 20);
    expect(clicks).toEqual([]);
  });

  it('counts in one bar at the playback speed', () => {
    expect(countInClicks(2, 3, 500, 0.5)).toEqual([
      { at: 2, accent: true },
      { at: 3, accent: false },
      { at: 4, accent: false },
    ]);
  });
});
