import type { Beat } from '../timing/bar-timeline';

/** How far ahead (audio seconds) the scheduler books clicks, and how often it wakes. */
export const LOOKAHEAD_S = 0.12;
export const SCHEDULER_INTERVAL_MS = 25;

/** Where the video is, and how fast it goes, against the audio clock at one instant. */
export interface ClockPair {
  readonly mediaMs: number;
  readonly contextTime: number;
  readonly speed: number;
}

export interface ScheduledClick {
  readonly at: number;
  readonly accent: boolean;
  readonly beat: Beat;
}

/**
 * The audio time a beat at video time `beatMs` sounds: the video runs `speed` times the audio
 * clock, and the click is sent `outputOffsetMs` early so it leaves the speakers with the picture.
 */
export function audioTimeOf(beatMs: number, clock: ClockPair, outputOffsetMs: number): number {
  return clock.contextTime + (beatMs - clock.mediaMs) / clock.speed / 1000 - outputOffsetMs / 1000;
}

/**
 * The video-time window the next scheduler pass must cover: from the later of now and what was
 * already booked, to `LOOKAHEAD_S` of audio time ahead (more video time at a faster speed).
 */
export function videoWindow(clock: ClockPair, bookedUntilMs: number | null, outputOffsetMs: number): [number, number] {
  const ahead = (LOOKAHEAD_S * 1000 + outputOffsetMs) * clock.speed;
  const from = bookedUntilMs === null ? clock.mediaMs : Math.max(clock.mediaMs, bookedUntilMs);
  return [from, clock.mediaMs + ahead];
}

/** The clicks for `beats`, in audio time; any already late (before `contextTime`) are dropped. */
export function clicksFor(beats: readonly Beat[], clock: ClockPair, outputOffsetMs: number): ScheduledClick[] {
  return beats
    .map((beat) => ({ at: audioTimeOf(beat.timeMs, clock, outputOffsetMs), accent: beat.beat === 0, beat }))
    .filter((click) => click.at >= clock.contextTime);
}

/** A count-in: `beats` clicks `beatMs` (video time) apart at `speed`, the first accented, from `startAt`. */
export function countInClicks(startAt: number, beats: number, beatMs: number, speed: number): { at: number; accent: boolean }[] {
  const gap = beatMs / speed / 1000;
  return Array.from({ length: beats }, (_, i) => ({ at: startAt + i * gap, accent: i === 0 }));
}
