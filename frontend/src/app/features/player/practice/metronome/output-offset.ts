import { DOCUMENT, inject, Injectable, signal } from '@angular/core';

const STORAGE_KEY = 'lessonstage.audioOutputOffsetMs';
export const MAX_OUTPUT_OFFSET_MS = 500;

/**
 * The tap test's answer: how late this device's clicks are heard, from taps made along with
 * clicks. Each tap is paired with the nearest click; the median ignores a stray tap or two.
 * Null with fewer than four usable taps.
 */
export function outputOffsetFromTaps(tapTimes: readonly number[], clickTimes: readonly number[]): number | null {
  const gaps = tapTimes
    .map((tap) => clickTimes.reduce((best, click) => (Math.abs(tap - click) < Math.abs(best) ? tap - click : best), Infinity))
    .filter((gap) => Number.isFinite(gap) && gap > -0.1 && gap < MAX_OUTPUT_OFFSET_MS / 1000)
    .sort((a, b) => a - b);
  if (gaps.length < 4) return null;
  const mid = gaps.length / 2;
  const median = gaps.length % 2 ? gaps[Math.floor(mid)]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
  return Math.round(Math.min(MAX_OUTPUT_OFFSET_MS, Math.max(0, median * 1000)));
}

/** The measured offset, remembered in this browser (it belongs to the device, not a lesson). */
@Injectable({ providedIn: 'root' })
export class OutputOffset {
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage;
  readonly ms = signal(this.read());

  set(ms: number): void {
    this.ms.set(ms);
    try {
      this.storage?.setItem(STORAGE_KEY, String(ms));
    } catch {
      // storage unavailable: kept for this page only
    }
  }

  private read(): number {
    try {
      const saved = Number(this.storage?.getItem(STORAGE_KEY));
      return Number.isFinite(saved) && saved >= 0 && saved <= MAX_OUTPUT_OFFSET_MS ? saved : 0;
    } catch {
      return 0;
    }
  }
}
