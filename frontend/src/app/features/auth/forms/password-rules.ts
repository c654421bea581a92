import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PASSWORD_RULES } from '@lessonstage/shared/password-policy';

export interface PasswordRuleState {
  /** "be at least 8 characters": the API's message without its leading "must". */
  readonly label: string;
  readonly met: boolean;
}

/** Each rule of the shared password policy, and whether `password` meets it. */
export function passwordRuleStates(password: string): PasswordRuleState[] {
  return PASSWORD_RULES.map((rule) => ({
    label: rule.message.replace(/^must /, ''),
    met: rule.test(password),
  }));
}

/**
 * The password policy as a checklist that ticks off as the user types. The rules are the API's
 * own (shared/src/auth/password-policy.ts). Not a live region: give the element an id and point
 * the field's aria-describedby at it, so it is read when the field is focused rather than on
 * every keystroke.
 */
@Component({
  selector: 'app-password-rules',
  template: `
    <div class="rules" data-testid="password-rules">
      <p class="title">Your password must:</p>
      <ul class="list">
        @for (rule of rules(); track rule.label) {
          <li class="rule" [class.rule--met]="rule.met" [attr.data-met]="rule.met">
            <svg class="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
              @if (rule.met) {
                <path fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2Z" />
              } @else {
                <circle cx="12" cy="12" r="5" fill="none" stroke="currentColor" stroke-width="2" />
              }
            </svg>
            <span>{{ rule.label }}</span>
            <span class="visually-hidden">{{ rule.met ? '(done)' : '(not yet)' }}</span>
          </li>
        }
      </ul>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .rules {
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium, 12px);
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-body-medium);
    }

    .title {
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface);
    }

    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .rule {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 2px 0;
      color: var(--mat-sys-on-surface-variant);
    }

    .rule--met {
      color: var(--mat-sys-on-surface);

      .icon {
        color: var(--mat-sys-primary);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordRules {
  readonly password = input('');

  protected readonly rules = computed(() => passwordRuleStates(this.password()));
}
