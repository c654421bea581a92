/** Longer than this between two frames is a stall or a pause, not the frame rate. */
const MAX_INTERVAL_MS = 100;
const WEIGHT = 0.1;

/**
 * A moving average of the time between animation frames, from their timestamps. A value fed
 * once a frame is held until the next one; aimed half an interval ahead it is off by at most
 * half a frame either way, instead of up to a whole frame behind.
 */
export class FrameInterval {
  private last: number | null = null;
  private average = 1000 / 60;

  /** Takes one frame's timestamp (ms) and returns the estimate, in ms. */
  tick(timestamp: number): number {
    const interval = this.last === null ? null : timestamp - this.last;
    this.last = timestamp;
    if (interval !== null && interval > 0 && interval <= MAX_INTERVAL_MS) this.average += (interval - this.average) * WEIGHT;
    return this.average;
  }

  /** After a pause: the next frame starts a new interval, the time since the last is not one. */
  restart(): void {
    this.last = null;
  }
}
