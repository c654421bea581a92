/** A–B marks in video milliseconds; either may be unset while the student places them. */
export interface LoopMarks {
  readonly a: number | null;
  readonly b: number | null;
}

export interface LoopRange {
  readonly startMs: number;
  readonly endMs: number;
}

export const NO_MARKS: LoopMarks = { a: null, b: null };

/** Shorter loops than this are refused: a mis-tap, not a passage. */
export const MIN_LOOP_MS = 250;

/** Sets A; a B that would no longer be after it is dropped. */
export function markA(marks: LoopMarks, atMs: number): LoopMarks {
  const a = Math.max(0, Math.round(atMs));
  return { a, b: marks.b !== null && marks.b - a >= MIN_LOOP_MS ? marks.b : null };
}

/** Sets B (A defaults to the start); B before A swaps them; too close to A changes nothing. */
export function markB(marks: LoopMarks, atMs: number, durationMs: number): LoopMarks {
  const at = Math.round(Number.isFinite(durationMs) ? Math.min(atMs, durationMs) : atMs);
  const a = marks.a ?? 0;
  if (Math.abs(at - a) < MIN_LOOP_MS) return marks;
  return at > a ? { a, b: at } : { a: at, b: a };
}

export function loopRange(marks: LoopMarks): LoopRange | null {
  return marks.a !== null && marks.b !== null ? { startMs: marks.a, endMs: marks.b } : null;
}

/** Playback this little past B still counts as inside the loop (B was just set at the playhead). */
export const SEAM_GRACE_MS = 250;

/**
 * Whether playback reached B between two frames and must go back to A. The next frame is
 * expected one step (`nowMs - prevMs`) later: jumping once B is within half a step of it ends
 * the pass at most half a frame early or late, instead of up to 250 ms late on `timeupdate`.
 * A null `prevMs` (after a seek) never jumps, nor does playback that was already well past B
 * (the student seeked out of the loop).
 */
export function reachedLoopEnd(prevMs: number | null, nowMs: number, range: LoopRange): boolean {
  if (prevMs === null || nowMs < prevMs || prevMs > range.endMs + SEAM_GRACE_MS) return false;
  const step = Math.min(nowMs - prevMs, 100);
  return nowMs + step / 2 >= range.endMs;
}

/** Whether a time is outside the loop, so turning looping on should start at A. */
export function outsideLoop(nowMs: number, range: LoopRange): boolean {
  return nowMs < range.startMs || nowMs >= range.endMs;
}
