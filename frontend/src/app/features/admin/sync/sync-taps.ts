import type { SyncPoint } from '@lessonstage/shared';
import { MAX_SYNC_POINTS } from '@lessonstage/shared/practice-rules';

/** Taps closer than this to a point already there are a double tap, not a new bar. */
export const DOUBLE_TAP_MS = 80;
export const NUDGE_MS = 10;

/** The tapped downbeats and what came before each edit (for undo). */
export interface SyncTaps {
  readonly points: readonly SyncPoint[];
  readonly history: readonly (readonly SyncPoint[])[];
}

export function syncTaps(points: readonly SyncPoint[] = []): SyncTaps {
  return { points, history: [] };
}

/** Bars in the order tapped: the first tap is bar `firstBar`, each later one the next bar. */
function numbered(times: readonly number[], firstBar: number): SyncPoint[] {
  return times.map((timeMs, i) => ({ bar: firstBar + i, timeMs }));
}

function edit(taps: SyncTaps, points: readonly SyncPoint[]): SyncTaps {
  return { points, history: [...taps.history, taps.points] };
}

/**
 * A tap on a bar's first beat at video time `atMs`. Taps land in time order (a tap after seeking
 * back slots in between), bars are renumbered from the first point's, and a double tap is ignored.
 */
export function tap(taps: SyncTaps, atMs: number): SyncTaps {
  const at = Math.max(0, Math.round(atMs));
  const times = taps.points.map((point) => point.timeMs);
  if (times.some((time) => Math.abs(time - at) < DOUBLE_TAP_MS) || times.length >= MAX_SYNC_POINTS) return taps;
  const firstBar = taps.points[0]?.bar ?? 0;
  return edit(taps, numbered([...times, at].sort((a, b) => a - b), firstBar));
}

/** Moves one point by `deltaMs`, never onto or past its neighbours (times stay strictly increasing). */
export function nudge(taps: SyncTaps, index: number, deltaMs: number): SyncTaps {
  const point = taps.points[index];
  if (!point) return taps;
  const low = index > 0 ? taps.points[index - 1]!.timeMs + 1 : 0;
  const high = index < taps.points.length - 1 ? taps.points[index + 1]!.timeMs - 1 : Infinity;
  const timeMs = Math.min(high, Math.max(low, point.timeMs + deltaMs));
  if (timeMs === point.timeMs) return taps;
  return edit(taps, taps.points.map((p, i) => (i === index ? { ...p, timeMs } : p)));
}

/** Moves one point to `timeMs` (a drop after dragging), within its neighbours as `nudge` does. */
export function moveTo(taps: SyncTaps, index: number, timeMs: number): SyncTaps {
  const point = taps.points[index];
  return point ? nudge(taps, index, Math.round(timeMs) - point.timeMs) : taps;
}

/** Removes one point; later bars move up one (each tap is the next bar). */
export function removePoint(taps: SyncTaps, index: number): SyncTaps {
  if (!taps.points[index]) return taps;
  const times = taps.points.filter((_, i) => i !== index).map((point) => point.timeMs);
  return edit(taps, numbered(times, taps.points[0]!.bar));
}

/** Which bar the first tap is (a piece may start with a pickup, or the video mid-piece). */
export function setFirstBar(taps: SyncTaps, firstBar: number): SyncTaps {
  if (!taps.points.length || taps.points[0]!.bar === firstBar || firstBar < 0) return taps;
  return edit(taps, numbered(taps.points.map((point) => point.timeMs), Math.round(firstBar)));
}

export function clearPoints(taps: SyncTaps): SyncTaps {
  return taps.points.length ? edit(taps, []) : taps;
}

export function undo(taps: SyncTaps): SyncTaps {
  const previous = taps.history.at(-1);
  return previous ? { points: previous, history: taps.history.slice(0, -1) } : taps;
}
