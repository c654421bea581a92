import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { SpeedTrainer } from '@lessonstage/shared';

import { formatSpeed, PLAYBACK_SPEEDS } from '../../speed-control/playback-speed';
import { PracticeSession } from '../practice-session.store';
import { SpeedTrainerStore } from './speed-trainer.store';

const STEPS = [0.05, 0.1, 0.15, 0.2, 0.25];
const REPETITIONS = Array.from({ length: 10 }, (_, i) => i + 1);

/** Speed trainer settings, start/stop, and where it is (speed, pass). */
@Component({
  selector: 'app-speed-trainer-panel',
  imports: [MatButton, MatFormField, MatLabel, MatInput],
  template: `
    <h2 class="heading">Speed trainer</h2>
    <div class="fields">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Start at</mat-label>
        <select matNativeControl data-testid="trainer-start" [value]="settings().startSpeed" (change)="set('startSpeed', $event)">
          @for (speed of speeds; track speed) {
            <option [value]="speed" [selected]="speed === settings().startSpeed">{{ label(speed) }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Step</mat-label>
        <select matNativeControl data-testid="trainer-step" (change)="set('step', $event)">
          @for (step of steps; track step) {
            <option [value]="step" [selected]="step === settings().step">+{{ step * 100 }} %</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Passes per step</mat-label>
        <select matNativeControl data-testid="trainer-reps" (change)="set('repetitionsPerStep', $event)">
          @for (count of repetitions; track count) {
            <option [value]="count" [selected]="count === settings().repetitionsPerStep">{{ count }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Target</mat-label>
        <select matNativeControl data-testid="trainer-target" (change)="set('targetSpeed', $event)">
          @for (speed of speeds; track speed) {
            <option [value]="speed" [selected]="speed === settings().targetSpeed">{{ label(speed) }}</option>
          }
        </select>
      </mat-form-field>
    </div>
    <div class="run">
      @if (trainer.progress(); as progress) {
        <button matButton="outlined" type="button" data-testid="trainer-stop" (click)="trainer.stop()">Stop trainer</button>
        <p class="status" role="status" data-testid="trainer-status">
          @if (progress.done) {
            Target reached: {{ label(progress.speed) }}.
          } @else {
            {{ label(progress.speed) }}, pass {{ progress.repetition + 1 }} of {{ settings().repetitionsPerStep }}
          }
        </p>
      } @else {
        <button matButton="filled" type="button" data-testid="trainer-start-button" [disabled]="!session.range()" (click)="trainer.start()">Start trainer</button>
        @if (!session.range()) {
          <p class="status">Set a loop first.</p>
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }

    .heading {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }

    .fields,
    .run {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }

    mat-form-field {
      width: 130px;
    }

    .status {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SpeedTrainerPanel {
  protected readonly session = inject(PracticeSession);
  protected readonly trainer = inject(SpeedTrainerStore);
  protected readonly settings = this.trainer.settings;
  protected readonly speeds = PLAYBACK_SPEEDS;
  protected readonly steps = STEPS;
  protected readonly repetitions = REPETITIONS;
  protected readonly label = formatSpeed;

  protected set(field: keyof SpeedTrainer, event: Event): void {
    const value = Number((event.target as HTMLSelectElement).value);
    this.settings.update((settings) => ({ ...settings, [field]: value }));
  }
}
