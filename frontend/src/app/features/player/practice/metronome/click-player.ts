import { DestroyRef, inject, Injectable } from '@angular/core';

const CLICK_S = 0.03;

/** Who booked a click: a pause cancels the metronome's, not the count-in it caused. */
export type ClickGroup = 'metronome' | 'count-in' | 'tap-test' | 'free';

/**
 * Short clicks on one AudioContext, booked at exact audio-clock times. Created on first use
 * (browsers start an AudioContext only after a user gesture; practice controls are gestures).
 */
@Injectable()
export class ClickPlayer {
  private context: AudioContext | null = null;
  private readonly pending = new Map<OscillatorNode, ClickGroup>();

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.cancel();
      void this.context?.close();
    });
  }

  /** The audio context, started; null where Web Audio is missing (tests, old browsers). */
  audio(): AudioContext | null {
    if (!this.context && typeof AudioContext !== 'undefined') {
      this.context = new AudioContext({ latencyHint: 'interactive' });
    }
    if (this.context?.state === 'suspended') void this.context.resume();
    return this.context;
  }

  now(): number {
    return this.context?.currentTime ?? 0;
  }

  /** One click at audio time `at`; the first beat of a bar higher and louder. */
  click(at: number, accent: boolean, group: ClickGroup = 'metronome'): void {
    const context = this.audio();
    if (!context) return;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = accent ? 1760 : 1100;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(accent ? 0.9 : 0.5, at + 0.002);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + CLICK_S);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + CLICK_S);
    this.pending.set(oscillator, group);
    oscillator.onended = () => this.pending.delete(oscillator);
  }

  /** Silences the clicks of one group (all without one) booked but not yet heard. */
  cancel(group?: ClickGroup): void {
    for (const [oscillator, booked] of this.pending) {
      if (group && booked !== group) continue;
      oscillator.onended = null;
      try {
        oscillator.stop();
      } catch {
        // already stopped
      }
      this.pending.delete(oscillator);
    }
  }
}
