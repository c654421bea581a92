import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatSlideToggle, type MatSlideToggleChange } from '@angular/material/slide-toggle';

import { FormAlert } from '../../../../shared/ui/form-alert/form-alert';
import { FormRequest } from '../../forms/form-request';
import { PracticeEmailApi } from '../../practice-email/practice-email.api';

/** The weekly practice summary by e-mail: off until the student turns it on. */
@Component({
  selector: 'app-practice-email-settings',
  imports: [MatSlideToggle, FormAlert],
  template: `
    <app-form-alert [message]="notice()" tone="success" />
    <app-form-alert [message]="request.error()" />
    <mat-slide-toggle
      data-testid="weekly-summary-toggle"
      [checked]="on() ?? false"
      [disabled]="on() === null || request.pending()"
      (change)="toggle($event)"
    >
      E-mail me a weekly practice summary
    </mat-slide-toggle>
    <p class="hint">Every Monday: last week's practice minutes, your streak, your weekly goal and the lessons you practised. Each e-mail has a link to unsubscribe.</p>
  `,
  styles: `
    :host { display: block; }
    .hint { margin: 12px 0 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticeEmailSettings {
  private readonly api = inject(PracticeEmailApi);

  /** The setting as the server has it; null until it is known. */
  protected readonly on = signal<boolean | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly request = new FormRequest();

  constructor() {
    this.request.run(this.api.settings(), (settings) => this.on.set(settings.weeklySummary));
  }

  protected toggle(change: MatSlideToggleChange): void {
    this.notice.set(null);
    const started = this.request.run(
      this.api.setWeeklySummary(change.checked),
      (settings) => {
        this.on.set(settings.weeklySummary);
        this.notice.set(settings.weeklySummary ? 'You will get a practice summary every Monday.' : 'Weekly practice summaries are off.');
      },
      () => {
        // The toggle shows what the server has, not what was asked for.
        change.source.checked = this.on() ?? false;
        return false;
      },
    );
    if (!started) change.source.checked = this.on() ?? false;
  }
}
