/**
 * What the first segment after a seek past the buffer may take to arrive (s): the frame shows only
 * once it has, and a seek should feel instant (p95 ≤ 500 ms at 5 Mbit/s, with the request and
 * the decoding on top).
 */
export const SEEK_LOAD_BUDGET_SEC = 0.3;

export interface SeekLevelInput {
  /** Each level's peak bit rate (bit/s), by hls.js level index. */
  readonly bitrates: readonly number[];
  /** The level Auto is loading in. */
  readonly current: number;
  /** The measured bandwidth (bit/s). */
  readonly bandwidth: number;
  /** Length of a segment (s). */
  readonly segmentSec: number;
}

/**
 * The level for the first segment after a seek past the buffer: the best one, not above Auto's
 * current choice, whose segment arrives within the budget at the measured bandwidth, else the
 * smallest; Auto climbs back from there with the next segments. Unknown figures keep `current`.
 */
export function seekLevel({ bitrates, current, bandwidth, segmentSec }: SeekLevelInput): number {
  const ceiling = bitrates[current];
  if (ceiling === undefined || !(bandwidth > 0) || !(segmentSec > 0)) return current;
  let best = -1;
  let smallest = current;
  for (const [index, bitrate] of bitrates.entries()) {
    if (bitrate > ceiling) continue;
    if (bitrate < bitrates[smallest]!) smallest = index;
    const fits = (bitrate * segmentSec) / bandwidth <= SEEK_LOAD_BUDGET_SEC;
    if (fits && (best === -1 || bitrate > bitrates[best]!)) best = index;
  }
  return best === -1 ? smallest : best;
}
