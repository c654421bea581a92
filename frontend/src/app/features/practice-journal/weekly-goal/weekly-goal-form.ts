import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MAX_WEEKLY_GOAL_SECONDS } from '@lessonstage/shared/practice-rules';
import { firstValueFrom } from 'rxjs';

import { apiErrorMessage } from '../../../core/http/api-error-message';
import { PracticeJournalApi } from '../../../core/practice/practice-journal.api';
import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';

const MAX_MINUTES = MAX_WEEKLY_GOAL_SECONDS / 60;

/** The student's weekly goal in minutes (0: none), saved with PUT /api/me/practice/goal. */
@Component({
  selector: 'app-weekly-goal-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatHint, MatSuffix, PendingButton, FormAlert],
  providers: [FORM_FIELD_DEFAULTS],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="goal-form">
      <mat-form-field class="field">
        <mat-label>Weekly goal</mat-label>
        <input matInput id="weekly-goal-minutes" type="number" inputmode="numeric" min="0" [max]="max" step="1" formControlName="minutes" data-testid="goal-minutes" />
        <span matTextSuffix>min</span>
        <mat-hint>Minutes a week, Monday to Sunday. 0 for no goal.</mat-hint>
        <mat-error>
          @if (form.controls.minutes.hasError('required')) {
            Enter a number of minutes.
          } @else if (form.controls.minutes.hasError('max')) {
            A week has at most {{ max }} minutes.
          } @else {
            Enter whole minutes, 0 or more.
          }
        </mat-error>
      </mat-form-field>
      <app-pending-button type="submit" appearance="tonal" [pending]="saving()" data-testid="goal-save">Save goal</app-pending-button>
    </form>
    <app-form-alert [message]="message()" [tone]="error() ? 'error' : 'success'" />
  `,
  styles: `
    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 12px;
    }

    .field {
      flex: 1 1 200px;
      max-width: 320px;
    }

    app-pending-button {
      margin-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeeklyGoalForm {
  readonly goalSeconds = input.required<number>();
  readonly saved = output<number>();

  private readonly api = inject(PracticeJournalApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly max = MAX_MINUTES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    minutes: [0, [Validators.required, Validators.min(0), Validators.max(MAX_MINUTES), Validators.pattern(/^\d+$/)]],
  });
  protected readonly saving = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal(false);

  constructor() {
    effect(() => this.form.controls.minutes.setValue(Math.round(this.goalSeconds() / 60)));
  }

  protected async submit(): Promise<void> {
    if (this.saving() || !checkForm(this.form, this.host)) return;
    const weeklyGoalSeconds = Number(this.form.getRawValue().minutes) * 60;
    this.saving.set(true);
    this.message.set(null);
    try {
      const goal = await firstValueFrom(this.api.setGoal({ weeklyGoalSeconds }));
      this.error.set(false);
      this.message.set(goal.weeklyGoalSeconds ? 'Goal saved.' : 'Goal removed.');
      this.saved.emit(goal.weeklyGoalSeconds);
    } catch (failure) {
      this.error.set(true);
      this.message.set(apiErrorMessage(failure));
    } finally {
      this.saving.set(false);
    }
  }
}
