import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';

import { MODAL_DATA, ModalRef } from '../../../../shared/ui/modal/modal';
import { ModalFrame } from '../../../../shared/ui/modal/modal-frame';
import { ClickPlayer } from './click-player';
import { OutputOffset, outputOffsetFromTaps } from './output-offset';

const CLICKS = 12;
const GAP_S = 0.6;

/**
 * The tap test: twelve clicks; the student taps along (button, Space or any key) and the median
 * lateness of the taps is how late this device plays sound. Opened with the panel's ClickPlayer.
 */
@Component({
  selector: 'app-tap-test-dialog',
  imports: [MatButton, ModalFrame],
  template: `
    <app-modal-frame heading="Sound delay test">
      <p class="note">Press Start, then tap the big button (or any key) exactly with each click you hear.</p>
      <button
        matButton="filled"
        type="button"
        class="tap"
        data-testid="tap-button"
        (pointerdown)="tap($event)"
        (keydown)="tap($event)"
        (click)="running() ? null : start()"
      >
        {{ running() ? 'Tap' : 'Start' }}
      </button>
      <p role="status" class="result" data-testid="tap-result">{{ result() }}</p>
      <div class="actions">
        <button matButton type="button" (click)="ref.close()">Close</button>
        <button matButton="filled" type="button" [disabled]="measured() === null" (click)="save()">Save</button>
      </div>
    </app-modal-frame>
  `,
  styles: `
    .note {
      margin: 0 0 16px;
    }

    .tap {
      width: 100%;
      height: 96px;
      font-size: 1.5rem;
    }

    .result {
      min-height: 1.5em;
    }

    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TapTestDialog {
  protected readonly ref = inject(ModalRef);
  private readonly clicks = inject(MODAL_DATA) as ClickPlayer;
  private readonly offset = inject(OutputOffset);
  protected readonly running = signal(false);
  protected readonly measured = signal<number | null>(null);
  protected readonly result = signal(`Current setting: ${this.offset.ms()} ms.`);
  private clickTimes: number[] = [];
  private taps: number[] = [];

  constructor() {
    inject(DestroyRef).onDestroy(() => this.clicks.cancel('tap-test'));
  }

  protected start(): void {
    const context = this.clicks.audio();
    if (!context) {
      this.result.set('This browser cannot play the test clicks.');
      return;
    }
    const first = context.currentTime + 1;
    this.clickTimes = Array.from({ length: CLICKS }, (_, i) => first + i * GAP_S);
    this.clickTimes.forEach((at, i) => this.clicks.click(at, i % 4 === 0, 'tap-test'));
    this.taps = [];
    this.running.set(true);
    this.result.set('Listening…');
    setTimeout(() => this.finish(), (1 + CLICKS * GAP_S) * 1000);
  }

  /** The tap's audio-clock time: the event's own timestamp, moved onto the audio clock. */
  protected tap(event: Event): void {
    const context = this.clicks.audio();
    if (!this.running() || !context) return;
    event.preventDefault();
    this.taps.push(context.currentTime - (performance.now() - event.timeStamp) / 1000);
  }

  private finish(): void {
    this.running.set(false);
    const ms = outputOffsetFromTaps(this.taps, this.clickTimes);
    this.measured.set(ms);
    this.result.set(ms === null ? 'Not enough taps with the clicks: try again.' : `Your sound arrives about ${ms} ms late.`);
  }

  protected save(): void {
    const ms = this.measured();
    if (ms !== null) this.offset.set(ms);
    this.ref.close();
  }
}
