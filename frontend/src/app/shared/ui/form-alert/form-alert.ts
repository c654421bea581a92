import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type FormAlertTone = 'error' | 'success' | 'info';

/**
 * A message about a form as a whole: the server's error (announced at once, role="alert"), or
 * a confirmation such as "We sent you a new code" (announced politely, role="status").
 * The live region is always in the page, so screen readers notice when its text changes.
 */
@Component({
  selector: 'app-form-alert',
  template: `
    <div
      class="form-alert"
      [class]="'form-alert--' + tone()"
      [class.form-alert--empty]="!message()"
      [attr.role]="tone() === 'error' ? 'alert' : 'status'"
      [attr.data-testid]="tone() === 'error' ? 'form-error' : 'form-status'"
    >
      @if (message()) {
        <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          @if (tone() === 'error') {
            <path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z" />
          } @else {
            <path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8l-9 9Z" />
          }
        </svg>
        <span class="text">{{ message() }}</span>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .form-alert {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium, 12px);
      font: var(--mat-sys-body-medium);
    }

    .form-alert--empty {
      display: none;
    }

    .form-alert--error {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .form-alert--success,
    .form-alert--info {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }

    .icon {
      flex: none;
      margin-top: 1px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormAlert {
  readonly message = input<string | null>(null);
  readonly tone = input<FormAlertTone>('error');
}
