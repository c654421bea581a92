import type { LessonScore, SyncPoint } from '@lessonstage/shared';

/** What a lesson says about its timing (the score answer's fields). */
export type LessonTiming = Pick<LessonScore, 'syncPoints' | 'tempoBpm' | 'timeSignature' | 'firstDownbeatMs'>;

/** One metronome beat, in video time. */
export interface Beat {
  readonly timeMs: number;
  readonly bar: number;
  /** 0-based beat within its bar; beat 0 is accented. */
  readonly beat: number;
}

const DEFAULT_SIGNATURE: readonly [number, number] = [4, 4];

/**
 * Where each bar starts in the video: piecewise linear between sync points (a teacher's tapped
 * downbeats), extended past them at the tempo, or from the tempo and first downbeat alone.
 * Tempo counts quarter notes (as Guitar Pro and MusicXML do); the beats clicked are the time
 * signature's (six eighths in 6/8).
 */
export class BarTimeline {
  private constructor(
    private readonly anchors: readonly SyncPoint[],
    /** Bar length before the first anchor and after the last one. */
    private readonly barMsBefore: number,
    private readonly barMsAfter: number,
    readonly signature: readonly [number, number],
  ) {}

  /** Null when the lesson gives neither a tempo nor two sync points. */
  static from(timing: LessonTiming): BarTimeline | null {
    const signature = timing.timeSignature ?? DEFAULT_SIGNATURE;
    const tempoBarMs = timing.tempoBpm ? (signature[0] * (4 / signature[1]) * 60_000) / timing.tempoBpm : null;
    const points = [...timing.syncPoints].sort((a, b) => a.bar - b.bar);
    if (points.length >= 2) {
      const [first, second] = [points[0]!, points[1]!];
      const [beforeLast, last] = [points.at(-2)!, points.at(-1)!];
      const firstBarMs = (second.timeMs - first.timeMs) / (second.bar - first.bar);
      const lastBarMs = (last.timeMs - beforeLast.timeMs) / (last.bar - beforeLast.bar);
      return new BarTimeline(points, tempoBarMs ?? firstBarMs, tempoBarMs ?? lastBarMs, signature);
    }
    if (!tempoBarMs) {
      return null;
    }
    const anchor = points[0] ?? { bar: 0, timeMs: timing.firstDownbeatMs ?? 0 };
    return new BarTimeline([anchor], tempoBarMs, tempoBarMs, signature);
  }

  get beatsPerBar(): number {
    return this.signature[0];
  }

  /** Video time (ms) of a bar position; fractions are positions within the bar. */
  msAt(bar: number): number {
    const anchors = this.anchors;
    const first = anchors[0]!;
    const last = anchors.at(-1)!;
    if (bar <= first.bar) return first.timeMs - (first.bar - bar) * this.barMsBefore;
    if (bar >= last.bar) return last.timeMs + (bar - last.bar) * this.barMsAfter;
    const i = anchors.findIndex((point) => point.bar > bar);
    const [a, b] = [anchors[i - 1]!, anchors[i]!];
    return a.timeMs + ((bar - a.bar) / (b.bar - a.bar)) * (b.timeMs - a.timeMs);
  }

  /** The bar position (fractional) at a video time: the inverse of `msAt`. */
  barAt(ms: number): number {
    const anchors = this.anchors;
    const first = anchors[0]!;
    const last = anchors.at(-1)!;
    if (ms <= first.timeMs) return first.bar - (first.timeMs - ms) / this.barMsBefore;
    if (ms >= last.timeMs) return last.bar + (ms - last.timeMs) / this.barMsAfter;
    const i = anchors.findIndex((point) => point.timeMs > ms);
    const [a, b] = [anchors[i - 1]!, anchors[i]!];
    return a.bar + ((ms - a.timeMs) / (b.timeMs - a.timeMs)) * (b.bar - a.bar);
  }

  /** The start of the bar `ms` falls in (a hair before a barline counts as that barline). */
  barStartAt(ms: number): number {
    return this.msAt(Math.floor(this.barAt(ms) + 1e-6));
  }

  /** The nearest barline's time. */
  snapToBar(ms: number): number {
    return this.msAt(Math.round(this.barAt(ms)));
  }

  /**
   * The barline one bar back or on from `ms`. Back from well inside a bar goes to its start
   * first (as a student means by "this bar again"); within 5 % of a barline, to the bar before.
   */
  neighbourBarMs(ms: number, direction: -1 | 1): number {
    const bar = this.barAt(ms);
    return this.msAt(direction < 0 ? Math.ceil(bar - 1.05) : Math.floor(bar + 1.0001));
  }

  /** Length of one beat around `ms`. */
  beatMsAt(ms: number): number {
    const bar = Math.floor(this.barAt(ms));
    return (this.msAt(bar + 1) - this.msAt(bar)) / this.beatsPerBar;
  }

  /** Every beat with `fromMs <= timeMs < toMs`; none before the first synced bar (an intro is not counted). */
  beatsBetween(fromMs: number, toMs: number): Beat[] {
    const beats: Beat[] = [];
    const n = this.beatsPerBar;
    fromMs = Math.max(fromMs, this.anchors[0]!.timeMs, 0);
    for (let bar = Math.floor(this.barAt(fromMs)); this.msAt(bar) < toMs; bar++) {
      for (let beat = 0; beat < n; beat++) {
        const timeMs = this.msAt(bar + beat / n);
        if (timeMs >= fromMs && timeMs < toMs) beats.push({ timeMs, bar, beat });
      }
    }
    return beats;
  }
}
