import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatIconButton } from '@angular/material/button';

/**
 * The eye button in a password field. A toggle (aria-pressed) named "Show password" by hidden
 * text, not aria-label, so it never matches a lookup of the field by its "Password" label.
 */
@Component({
  selector: 'app-password-toggle',
  imports: [MatIconButton],
  template: `
    <button
      mat-icon-button
      type="button"
      [attr.aria-controls]="controls() || null"
      [attr.aria-pressed]="visible()"
      (click)="visible.set(!visible())"
    >
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        @if (visible()) {
          <path
            fill="currentColor"
            d="M12 7a5 5 0 0 1 5 5c0 .65-.13 1.26-.36 1.83l2.92 2.92A11.8 11.8 0 0 0 22.99 12 11.83 11.83 0 0 0 12 4.5c-1.4 0-2.74.25-3.98.7l2.16 2.16A4.85 4.85 0 0 1 12 7ZM2 4.27l2.28 2.28.46.46A11.8 11.8 0 0 0 1 12a11.82 11.82 0 0 0 15.38 6.8l.42.42L19.73 22 21 20.73 3.27 3 2 4.27ZM7.53 9.8l1.55 1.55A2.82 2.82 0 0 0 9 12a3 3 0 0 0 3 3c.22 0 .44-.03.65-.08l1.55 1.55A4.97 4.97 0 0 1 7 12c0-.79.2-1.53.53-2.2Zm4.31-.78 3.15 3.15.02-.16a3 3 0 0 0-3-3l-.17.01Z"
          />
        } @else {
          <path
            fill="currentColor"
            d="M12 4.5A11.83 11.83 0 0 0 1 12a11.82 11.82 0 0 0 22 0 11.83 11.83 0 0 0-11-7.5ZM12 17a5 5 0 1 1 0-10 5 5 0 0 1 0 10Zm0-8a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z"
          />
        }
      </svg>
      <span class="visually-hidden">Show password</span>
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordToggle {
  /** Whether the password is shown as text; two-way bindable. */
  readonly visible = model(false);
  /** Id of the input it shows and hides. */
  readonly controls = input<string>();
}
