import { TestBed } from '@angular/core/testing';

import { ClickPlayer } from './click-player';
import { SCHEDULER_INTERVAL_MS } from './click-schedule';
import { beatSeconds, FreeClickTrack, freeClicks, lessonClickTempo } from './free-click-track';
import { FakeClickPlayer } from './testing/fake-click-player';

describe('free click track', () => {
  let audio: FakeClickPlayer;
  let track: FreeClickTrack;

  beforeEach(() => {
    vi.useFakeTimers();
    TestBed.configureTestingModule({ providers: [FreeClickTrack, { provide: ClickPlayer, useClass: FakeClickPlayer }] });
    audio = TestBed.inject(ClickPlayer) as unknown as FakeClickPlayer;
    track = TestBed.inject(FreeClickTrack);
  });

  afterEach(() => vi.useRealTimers());

  /** Moves the audio clock and the timers together, one scheduler pass at a time. */
  function run(seconds: number): void {
    const steps = Math.round((seconds * 1000) / SCHEDULER_INTERVAL_MS);
    for (let i = 0; i < steps; i++) {
      audio.time += SCHEDULER_INTERVAL_MS / 1000;
      vi.advanceTimersByTime(SCHEDULER_INTERVAL_MS);
    }
  }

  it("takes the lesson's tempo, or the one its synced bars imply, counting quarters", () => {
    expect(lessonClickTempo({ tempoBpm: 96, timeSignature: [6, 8], firstDownbeatMs: 0, syncPoints: [] })).toEqual({ bpm: 96, signature: [6, 8] });
    const synced = { tempoBpm: null, timeSignature: [3, 4] as [number, number], firstDownbeatMs: 1000, syncPoints: [{ bar: 0, timeMs: 1000 }, { bar: 1, timeMs: 3000 }] };
    expect(lessonClickTempo(synced)).toEqual({ bpm: 90, signature: [3, 4] }); // 3 beats in 2 s
    expect(lessonClickTempo({ tempoBpm: null, timeSignature: null, firstDownbeatMs: null, syncPoints: [] })).toBeNull();
    expect(lessonClickTempo(null)).toBeNull();
    expect(beatSeconds({ bpm: 120, signature: [6, 8] })).toBe(0.25);
  });

  it('numbers clicks from a start, the first of each bar accented', () => {
    expect(freeClicks(10, 0.5, 3, 2, 11.6)).toEqual([
      { index: 2, at: 11, accent: false },
      { index: 3, at: 11.5, accent: true },
    ]);
  });

  it('books each click once, ahead on the audio clock, after a one-bar count-in at 120 BPM', () => {
    audio.time = 5;
    const downbeat = track.start({ bpm: 120, signature: [4, 4] }, 1);
    expect(downbeat).toBeCloseTo(7.1, 9); // first click at 5.1, four beats of 0.5 s
    expect(audio.booked.map((click) => click.at)).toEqual([5.1]); // the start's own pass books what the lookahead reaches

    run(2.5);
    const times = audio.booked.map((click) => Number(click.at.toFixed(3)));
    expect(times).toEqual([5.1, 5.6, 6.1, 6.6, 7.1, 7.6]);
    expect(audio.booked.map((click) => click.accent)).toEqual([true, false, false, false, true, false]);
    expect(audio.booked.every((click) => click.at >= 5 && click.group === 'free')).toBe(true);
    expect(track.booked()).toBe(6);
    expect(track.beat()).toBe(0); // 7.5 s: the count-in's bar is over, bar 2's downbeat was heard
  });

  it('skips clicks already due after a late pass instead of sounding them at once', () => {
    track.start({ bpm: 60, signature: [4, 4] });
    run(0.05);
    audio.time += 3; // a throttled tab: no pass for 3 s
    run(0.025);
    expect(audio.booked.map((click) => Number(click.at.toFixed(3)))).toEqual([0.1, 3.1]);
  });

  it('stops: what was booked ahead is silenced and no pass books more', () => {
    track.start({ bpm: 240, signature: [4, 4] });
    run(0.3);
    const heard = audio.booked.filter((click) => click.at <= audio.time).length;
    track.stop();
    run(1);
    expect(audio.booked).toHaveLength(heard);
    expect(track.running()).toBe(false);
    expect(track.beat()).toBeNull();
  });

  it('answers null and starts nothing without Web Audio', () => {
    audio.hasAudio = false;
    expect(track.start({ bpm: 120, signature: [4, 4] }, 1)).toBeNull();
    expect(track.running()).toBe(false);
  });
});
