import type { LessonScore } from '@lessonstage/shared';

import type { LessonTiming } from '../timing/bar-timeline';

/** alphaTab's flat sync point (its `model.FlatSyncPoint`), kept here so this file stays free of alphaTab. */
export interface FlatSyncPoint {
  barIndex: number;
  barPosition: number;
  barOccurence: number;
  millisecondOffset: number;
}

/** What the score itself says about timing: its first tempo and time signature. */
export interface ScoreTiming {
  readonly tempoBpm: number;
  readonly timeSignature: readonly [number, number];
}

/**
 * The sync points alphaTab gets: the teacher's tapped bars, else the first downbeat alone (so
 * the score's own tempo runs from where the music starts), else none. The lesson numbers bars as
 * they are played (a teacher taps every bar heard, so a repeated bar gets a new number each time);
 * alphaTab wants the written bar and which time it is played. `played` is the written bar of each
 * bar in playback order (alphaTab's tick cache); without it, bars are taken as written.
 */
export function flatSyncPoints(score: Pick<LessonScore, 'syncPoints' | 'firstDownbeatMs'>, played?: readonly number[]): FlatSyncPoint[] {
  const points = score.syncPoints.length
    ? score.syncPoints
    : score.firstDownbeatMs !== null
      ? [{ bar: 0, timeMs: score.firstDownbeatMs }]
      : [];
  return points.map((point) => ({ ...writtenBar(point.bar, played), barPosition: 0, millisecondOffset: point.timeMs }));
}

/** Bar `playedBar` of the playback order as alphaTab names it: written bar and occurrence (0-based). */
function writtenBar(playedBar: number, played: readonly number[] | undefined): { barIndex: number; barOccurence: number } {
  const barIndex = played?.[playedBar];
  if (barIndex === undefined) return { barIndex: playedBar, barOccurence: 0 };
  const barOccurence = played!.slice(0, playedBar).filter((bar) => bar === barIndex).length;
  return { barIndex, barOccurence };
}

/** The lesson's number (playback order) for written bar `barIndex`: its first playing, as alphaTab seeks. */
export function playedBarOf(barIndex: number, played?: readonly number[]): number {
  const first = played?.indexOf(barIndex) ?? -1;
  return first >= 0 ? first : barIndex;
}

/** The lesson's timing, its gaps filled from the score (a score file always has a tempo). */
export function timingWithScore(lesson: LessonTiming, score: ScoreTiming): LessonTiming {
  return {
    syncPoints: lesson.syncPoints,
    tempoBpm: lesson.tempoBpm ?? score.tempoBpm,
    timeSignature: lesson.timeSignature ?? [score.timeSignature[0], score.timeSignature[1]],
    firstDownbeatMs: lesson.firstDownbeatMs ?? 0,
  };
}

/** The A–B loop for bars `fromBar`..`toBar` (either order), from the first's barline to the one after the last. */
export function barsToRange(fromBar: number, toBar: number, msAt: (bar: number) => number): { startMs: number; endMs: number } {
  const [first, last] = fromBar <= toBar ? [fromBar, toBar] : [toBar, fromBar];
  return { startMs: Math.round(msAt(first)), endMs: Math.round(msAt(last + 1)) };
}
