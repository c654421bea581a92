import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';

import { PLAYBACK_SPEEDS } from './playback-speed';

let nextId = 0;

/** Playback speed, 0.5× to 1.5×, as a row of toggle buttons. */
@Component({
  selector: 'app-speed-control',
  imports: [MatButtonToggle, MatButtonToggleGroup],
  template: `
    <span class="label" [id]="labelId">Speed</span>
    <mat-button-toggle-group
      [attr.aria-labelledby]="labelId"
      data-testid="speed-control"
      hideSingleSelectionIndicator
      [value]="speed()"
      (change)="speed.set($event.value)"
    >
      @for (option of speeds; track option) {
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
  protected readonly speeds = PLAYBACK_SPEEDS;
  protected readonly labelId = `speed-control-${nextId++}`;
}
