import { booleanAttribute, ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton, MatButtonAppearance } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

/**
 * A button that shows a spinner and is disabled while its request runs. It stays focusable
 * (aria-disabled rather than disabled) so keyboard focus is not lost mid-request; the click is
 * not blocked, so the handler must ignore it while pending (FormRequest does).
 * The label is projected content and does not change, so the button keeps its name.
 */
@Component({
  selector: 'app-pending-button',
  imports: [MatButton, MatProgressSpinner],
  template: `
    <button
      [matButton]="appearance()"
      [type]="type()"
      disabledInteractive
      [disabled]="pending() || disabled()"
      [attr.aria-busy]="pending() || null"
    >
      @if (pending()) {
        <mat-progress-spinner class="spinner" mode="indeterminate" diameter="18" aria-hidden="true" />
      }
      <ng-content />
    </button>
  `,
  styles: `
    :host {
      display: inline-block;
    }

    .spinner {
      display: inline-block;
      margin-inline-end: 8px;
      vertical-align: middle;
      --mat-progress-spinner-active-indicator-color: currentColor;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PendingButton {
  readonly pending = input(false, { transform: booleanAttribute });
  readonly disabled = input(false, { transform: booleanAttribute });
  readonly type = input<'submit' | 'button'>('submit');
  readonly appearance = input<MatButtonAppearance>('filled');
}
