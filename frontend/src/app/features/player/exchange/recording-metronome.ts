import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, signal, untracked } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';

import { ClickPlayer } from '../practice/metronome/click-player';
import { type ClickTempo, FreeClickTrack, MAX_BPM, MIN_BPM } from '../practice/metronome/free-click-track';

/**
 * The lesson's metronome for a take: when on, one bar of count-in before the recording starts,
 * then clicks at the chosen tempo (the lesson's by default) for as long as it records. The
 * clicks come out of the speakers, so the microphone may catch them: a reference the student wants.
 */
@Component({
  selector: 'app-recording-metronome',
  imports: [MatSlideToggle, MatFormField, MatLabel, MatInput],
  providers: [ClickPlayer, FreeClickTrack],
  templateUrl: './recording-metronome.html',
  styleUrl: './recording-metronome.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordingMetronome {
  readonly tempo = input.required<ClickTempo>();
  /** Whether the take is being recorded (after the count-in): the clicks run while it is. */
  readonly recording = input(false);

  private readonly clicks = inject(ClickPlayer);
  protected readonly track = inject(FreeClickTrack);
  protected readonly enabled = signal(false);
  protected readonly minBpm = MIN_BPM;
  protected readonly maxBpm = MAX_BPM;
  /** The tempo field as typed; an invalid one shows its message and clicks at the last valid tempo. */
  protected readonly bpmText = linkedSignal(() => String(this.tempo().bpm));
  private readonly bpm = linkedSignal(() => this.tempo().bpm);
  protected readonly bpmInvalid = computed(() => validBpm(this.bpmText()) === null);
  protected readonly beats = computed(() => Array.from({ length: this.tempo().signature[0] }, (_, i) => i));

  /** Handed to the recorder while the metronome is on: its count-in, awaited before recording. */
  readonly countInWhenOn = computed(() => (this.enabled() ? this.countIn : null));

  private wasRecording = false;

  constructor() {
    effect(() => {
      const [on, recording] = [this.enabled(), this.recording()];
      untracked(() => this.follow(on, recording));
    });
  }

  protected setEnabled(on: boolean): void {
    if (on) this.clicks.audio(); // a user gesture: the audio may start now
    this.enabled.set(on);
  }

  protected setBpm(text: string): void {
    this.bpmText.set(text);
    const bpm = validBpm(text);
    if (bpm !== null) this.bpm.set(bpm);
  }

  /** One bar of clicks; resolves on the next bar's downbeat, at once without Web Audio or when aborted. */
  private readonly countIn = async (signal: AbortSignal): Promise<void> => {
    const downbeat = this.track.start(this.clickTempo(), 1);
    if (downbeat === null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, this.track.secondsUntil(downbeat) * 1000));
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
    if (signal.aborted) this.track.stop();
  };

  /** Clicks while on and recording; off, or the recording over, silences them. */
  private follow(on: boolean, recording: boolean): void {
    if (on && recording && !this.track.running()) this.track.start(this.clickTempo());
    else if (!on || (this.wasRecording && !recording)) this.track.stop();
    this.wasRecording = recording;
  }

  private clickTempo(): ClickTempo {
    return { bpm: this.bpm(), signature: this.tempo().signature };
  }
}

function validBpm(text: string): number | null {
  const bpm = Number(text);
  return text.trim() !== '' && Number.isInteger(bpm) && bpm >= MIN_BPM && bpm <= MAX_BPM ? bpm : null;
}
