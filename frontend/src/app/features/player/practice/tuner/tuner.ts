import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

import { listenForPitch, microphoneErrorMessage, MIN_CLARITY } from './microphone-pitch';
import { DEFAULT_A4_HZ, hzOf, MAX_A4_HZ, MIN_A4_HZ, nearestString, noteLabel, noteOf, TUNINGS } from './pitch-note';

/** Cents within which a note counts as in tune. */
const IN_TUNE_CENTS = 5;

/** A tuner on the microphone: note and cents, A4 reference 415–466 Hz, open strings per instrument. */
@Component({
  selector: 'app-tuner',
  imports: [MatButton, MatFormField, MatLabel, MatInput],
  templateUrl: './tuner.html',
  styleUrl: './tuner.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Tuner {
  protected readonly tunings = TUNINGS;
  protected readonly minA4 = MIN_A4_HZ;
  protected readonly maxA4 = MAX_A4_HZ;
  protected readonly instrument = signal(TUNINGS[0]!.instrument);
  protected readonly a4 = signal(DEFAULT_A4_HZ);
  protected readonly hz = signal<number | null>(null);
  protected readonly listening = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly strings = computed(() => TUNINGS.find((t) => t.instrument === this.instrument())?.strings ?? []);
  protected readonly reading = computed(() => {
    const hz = this.hz();
    return hz === null ? null : noteOf(hz, this.a4());
  });
  protected readonly inTune = computed(() => Math.abs(this.reading()?.cents ?? 99) <= IN_TUNE_CENTS);
  protected readonly nearest = computed(() => {
    const hz = this.hz();
    return hz === null ? null : nearestString(hz, this.strings(), this.a4());
  });
  protected readonly label = noteLabel;
  private stop: (() => void) | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop?.());
  }

  protected stringHz(midi: number): string {
    return hzOf(midi, this.a4()).toFixed(1);
  }

  protected setA4(event: Event): void {
    const value = Math.round(Number((event.target as HTMLInputElement).value));
    if (value >= MIN_A4_HZ && value <= MAX_A4_HZ) this.a4.set(value);
  }

  protected setInstrument(event: Event): void {
    this.instrument.set((event.target as HTMLSelectElement).value);
    if (this.listening()) void this.start(); // bass needs the longer window
  }

  protected async start(): Promise<void> {
    this.stop?.();
    this.error.set(null);
    const windowSize = this.instrument() === 'Bass' ? 4096 : 2048;
    try {
      this.stop = await listenForPitch(windowSize, (sample) => {
        if (sample.clarity >= MIN_CLARITY && sample.hz > 20) this.hz.set(sample.hz);
      });
      this.listening.set(true);
    } catch (error) {
      this.listening.set(false);
      this.error.set(microphoneErrorMessage(error));
    }
  }

  protected end(): void {
    this.stop?.();
    this.stop = null;
    this.listening.set(false);
    this.hz.set(null);
  }
}
