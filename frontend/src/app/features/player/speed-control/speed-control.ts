import { ChangeDetectionStrategy, Component, computed, model } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';

import { formatSpeed, SPEED_PRESETS, stepSpeed } from './playback-speed';

let nextId = 0;

/** Playback speed, 0.25× to 1.5×: − / + in 5 % steps, and a row of common speeds. */
@Component({
  selector: 'app-speed-control',
  imports: [MatButton, MatButtonToggle, MatButtonToggleGroup],
  template: `
    <span class="label" [id]="labelId">Speed</span>
    <span class="stepper">
      <button matButton="outlined" type="button" class="step" aria-label="Slower (5 %)" data-testid="speed-slower" [disabled]="speed() <= 0.25" (click)="step(-1)">−</button>
      <output class="value" data-testid="speed-value" [attr.aria-labelledby]="labelId" aria-live="polite">{{ label() }}</output>
      <button matButton="outlined" type="button" class="step" aria-label="Faster (5 %)" data-testid="speed-faster" [disabled]="speed() >= 1.5" (click)="step(1)">+</button>
    </span>
    <mat-button-toggle-group
      [attr.aria-labelledby]="labelId"
      data-testid="speed-control"
      hideSingleSelectionIndicator
      [value]="speed()"
      (change)="speed.set($event.value)"
    >
      @for (option of presets; track option) {
        <mat-button-toggle [value]="option" [attr.data-speed]="option">{{ option }}×</mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }

    .label {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }

    .stepper {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }

    .step {
      min-width: 40px;
      padding-inline: 8px;
    }

    .value {
      min-width: 4.5ch;
      text-align: center;
      font: var(--mat-sys-title-medium);
      font-variant-numeric: tabular-nums;
    }

    // Five toggles at Material's 12px padding need ~300px: more than a 320px phone leaves.
    @media (max-width: 380px) {
      :host ::ng-deep .mat-button-toggle .mat-button-toggle-label-content {
        padding-inline: 8px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SpeedControl {
  readonly speed = model<number>(1);
  protected readonly presets = SPEED_PRESETS;
  protected readonly labelId = `speed-control-${nextId++}`;
  protected readonly label = computed(() => formatSpeed(this.speed()));

  protected step(steps: number): void {
    this.speed.set(stepSpeed(this.speed(), steps));
  }
}
