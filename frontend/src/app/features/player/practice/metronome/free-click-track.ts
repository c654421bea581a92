import { DestroyRef, inject, Injectable, signal } from '@angular/core';

import { BarTimeline, type LessonTiming } from '../timing/bar-timeline';
import { ClickPlayer } from './click-player';
import { LOOKAHEAD_S, SCHEDULER_INTERVAL_MS } from './click-schedule';

export const MIN_BPM = 20;
export const MAX_BPM = 400;
/** The first click comes this long after the start, so it is never booked in the past. */
const START_DELAY_S = 0.1;

/** A tempo to click at: `bpm` counts quarter notes; the clicks are the signature's beats. */
export interface ClickTempo {
  readonly bpm: number;
  readonly signature: readonly [number, number];
}

export interface FreeClick {
  readonly index: number;
  readonly at: number;
  readonly accent: boolean;
}

/** The lesson's tempo: as stated, else as its synced bars imply; null without either. */
export function lessonClickTempo(timing: LessonTiming | null): ClickTempo | null {
  const line = timing ? BarTimeline.from(timing) : null;
  if (!timing || !line) return null;
  const signature = line.signature;
  const bpm = timing.tempoBpm ?? (60_000 * 4) / signature[1] / line.beatMsAt(timing.firstDownbeatMs ?? 0);
  return { bpm: Math.min(MAX_BPM, Math.max(MIN_BPM, Math.round(bpm))), signature };
}

/** Seconds between clicks (an eighth in 6/8, a quarter in 4/4). */
export function beatSeconds(tempo: ClickTempo): number {
  return ((60 / tempo.bpm) * 4) / tempo.signature[1];
}

/** The clicks numbered `from` on of a track whose click 0 is at `startAt`, that sound before `until`. */
export function freeClicks(startAt: number, beatS: number, beatsPerBar: number, from: number, until: number): FreeClick[] {
  const clicks: FreeClick[] = [];
  for (let index = from; startAt + index * beatS < until; index++) {
    clicks.push({ index, at: startAt + index * beatS, accent: index % beatsPerBar === 0 });
  }
  return clicks;
}

/**
 * Clicks that follow no video (a take being recorded): like the lesson's metronome, a lookahead
 * loop books the next ~120 ms on the audio clock, so timer jitter never reaches the clicks; a
 * pass woken late (a throttled tab) skips the clicks already due rather than piling them up.
 */
@Injectable()
export class FreeClickTrack {
  private readonly clicks = inject(ClickPlayer);
  /** Clicks booked since the start, count-in included. */
  readonly booked = signal(0);
  /** The beat of the bar heard last (0 is the downbeat); null before the first click and when stopped. */
  readonly beat = signal<number | null>(null);

  private timer: ReturnType<typeof setInterval> | null = null;
  private startAt = 0;
  private beatS = 0.5;
  private beatsPerBar = 4;
  private next = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /**
   * Starts clicking at `tempo`, the first beat of each bar accented. Answers the audio time
   * `countInBars` bars after the first click (where the playing starts), null without Web Audio.
   */
  start(tempo: ClickTempo, countInBars = 0): number | null {
    this.stop();
    if (!this.clicks.audio()) return null;
    this.beatS = beatSeconds(tempo);
    this.beatsPerBar = tempo.signature[0];
    this.startAt = this.clicks.now() + START_DELAY_S;
    this.next = 0;
    this.booked.set(0);
    this.timer = setInterval(() => this.schedule(), SCHEDULER_INTERVAL_MS);
    this.schedule();
    return this.startAt + countInBars * this.beatsPerBar * this.beatS;
  }

  /** Silences what was booked and not yet heard. */
  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.clicks.cancel('free');
    this.beat.set(null);
  }

  running(): boolean {
    return this.timer !== null;
  }

  /** Audio seconds from now to `at` (negative once past). */
  secondsUntil(at: number): number {
    return at - this.clicks.now();
  }

  private schedule(): void {
    const now = this.clicks.now();
    const due = Math.ceil((now - this.startAt) / this.beatS);
    for (const click of freeClicks(this.startAt, this.beatS, this.beatsPerBar, Math.max(this.next, due), now + LOOKAHEAD_S)) {
      this.clicks.click(click.at, click.accent, 'free');
      this.booked.update((count) => count + 1);
      this.next = click.index + 1;
    }
    const heard = Math.floor((now - this.startAt) / this.beatS);
    this.beat.set(heard >= 0 ? heard % this.beatsPerBar : null);
  }
}
