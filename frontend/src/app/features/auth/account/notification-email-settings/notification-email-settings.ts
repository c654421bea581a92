import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatCheckbox, type MatCheckboxChange } from '@angular/material/checkbox';
import type { NotificationKind, NotificationSettings } from '@lessonstage/shared';

import { AuthStore } from '../../../../core/auth/auth.store';
import { NotificationsApi } from '../../../../core/notifications/notifications.api';
import { FormAlert } from '../../../../shared/ui/form-alert/form-alert';
import { FormRequest } from '../../forms/form-request';

interface KindChoice {
  readonly kind: NotificationKind;
  readonly label: string;
  /** Only teachers (administrators) receive it. */
  readonly teachersOnly?: boolean;
}

const CHOICES: readonly KindChoice[] = [
  { kind: 'submission-answered', label: 'When a teacher answers my submission' },
  { kind: 'thread-answered', label: 'When someone answers my discussion thread' },
  { kind: 'submission-received', label: 'When a student sends me a submission', teachersOnly: true },
];

/** Which notifications also come by e-mail: one checkbox per kind, each saved as it changes. The bell shows them all regardless. */
@Component({
  selector: 'app-notification-email-settings',
  imports: [MatCheckbox, FormAlert],
  template: `
    <app-form-alert [message]="notice()" tone="success" />
    <app-form-alert [message]="request.error()" />
    <fieldset class="choices">
      <legend class="legend">E-mail me a notification</legend>
      @for (choice of choices(); track choice.kind) {
        <mat-checkbox
          [attr.data-testid]="'email-' + choice.kind"
          [checked]="settings()?.email?.[choice.kind] ?? false"
          [disabled]="settings() === null || request.pending()"
          (change)="toggle(choice, $event)"
        >
          {{ choice.label }}
        </mat-checkbox>
      }
    </fieldset>
    <p class="hint">You always see these under the bell at the top of the page. Each e-mail has a link back here.</p>
  `,
  styles: `
    :host { display: block; }
    .choices { display: flex; flex-direction: column; align-items: flex-start; margin: 0; padding: 0; border: 0; }
    .legend { margin-bottom: 4px; padding: 0; font: var(--mat-sys-title-small); }
    .hint { margin: 8px 0 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationEmailSettings {
  private readonly api = inject(NotificationsApi);
  private readonly isAdmin = inject(AuthStore).isAdmin;

  protected readonly choices = computed(() => CHOICES.filter((choice) => !choice.teachersOnly || this.isAdmin()));
  /** The settings as the server has them; null until they are known. */
  protected readonly settings = signal<NotificationSettings | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly request = new FormRequest();

  constructor() {
    this.request.run(this.api.settings(), (settings) => this.settings.set(settings));
  }

  protected toggle(choice: KindChoice, change: MatCheckboxChange): void {
    const current = this.settings();
    this.notice.set(null);
    const showServerValue = () => {
      // The box shows what the server has, not what was asked for.
      change.source.checked = this.settings()?.email[choice.kind] ?? false;
      return false;
    };
    if (!current) {
      showServerValue();
      return;
    }
    const wanted: NotificationSettings = { email: { ...current.email, [choice.kind]: change.checked } };
    const started = this.request.run(
      this.api.saveSettings(wanted),
      (saved) => {
        this.settings.set(saved);
        this.notice.set(`Saved: ${saved.email[choice.kind] ? 'we will e-mail you' : 'no more e-mails'} ${choice.label.charAt(0).toLowerCase()}${choice.label.slice(1)}.`);
      },
      showServerValue,
    );
    if (!started) showServerValue();
  }
}
