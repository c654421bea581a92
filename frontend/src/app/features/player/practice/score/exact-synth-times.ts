/** The fields of alphaTab's `synth.BackingTrackSyncPoint` this file reads and writes. */
export interface SynthSyncPoint {
  synthTick: number;
  synthTime: number;
  synthBpm: number;
}

/** alphaTab's MIDI ticks a quarter note (`MidiUtils.QuarterTime`). */
const TICKS_PER_QUARTER = 960;

/**
 * alphaTab 1.8.4 places sync points at score times summed in whole milliseconds (its
 * `MidiUtils.ticksToMillis` truncates) but turns time back into ticks exactly, so with a point on
 * every bar its cursor falls a bar's fraction of a ms further behind each bar (0.67 ms at 90 BPM),
 * and on a barline it shows the bar before. This recomputes each point's time from its tick, for
 * every step that is that truncation alone (under a millisecond short at the tempo it started
 * at); a step with a tempo change inside keeps alphaTab's length. `startBpm` is the score's
 * first tempo. The points are sorted by tick and changed in place.
 */
export function untruncateSynthTimes(points: SynthSyncPoint[], startBpm: number): void {
  points.sort((a, b) => a.synthTick - b.synthTick);
  let [tick, bpm, alphaTabTime, exactTime] = [0, startBpm, 0, 0];
  for (const point of points) {
    const exactStep = ((point.synthTick - tick) * 60_000) / (bpm * TICKS_PER_QUARTER);
    const alphaTabStep = point.synthTime - alphaTabTime;
    const truncatedOnly = exactStep - alphaTabStep >= 0 && exactStep - alphaTabStep < 1;
    [tick, bpm, alphaTabTime] = [point.synthTick, point.synthBpm, point.synthTime];
    exactTime += truncatedOnly ? exactStep : alphaTabStep;
    point.synthTime = exactTime;
  }
}
