import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { AuthUser } from '@lessonstage/shared';

import { AuthStore } from '../../../../core/auth/auth.store';
import { checkForm } from '../../../../shared/forms/check-form';
import { FormAlert } from '../../../../shared/ui/form-alert/form-alert';
import { PendingButton } from '../../../../shared/ui/pending-button/pending-button';
import { nameValidators } from '../../forms/auth-validators';
import { FormRequest } from '../../forms/form-request';

/** The account's display name, editable, and its e-mail address (not editable). */
@Component({
  selector: 'app-profile-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, FormAlert, PendingButton],
  template: `
    <app-form-alert [message]="saved()" tone="success" />
    <app-form-alert [message]="request.error()" />
    <dl class="facts">
      <dt>E-mail address</dt>
      <dd data-testid="account-email">{{ user().email }}</dd>
    </dl>
    <form class="form" [formGroup]="form" (ngSubmit)="save()">
      <mat-form-field class="field">
        <mat-label>Name</mat-label>
        <input matInput id="profile-name" formControlName="name" autocomplete="name" />
        <mat-error>
          @if (form.controls.name.hasError('maxlength')) {
            Use at most 100 characters.
          } @else {
            Enter your name.
          }
        </mat-error>
      </mat-form-field>
      <div class="actions">
        <app-pending-button [pending]="request.pending()">Save</app-pending-button>
      </div>
    </form>
  `,
  styleUrls: ['../../auth-form.scss', './profile-form.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileForm {
  readonly user = input.required<AuthUser>();

  private readonly auth = inject(AuthStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly request = new FormRequest();
  protected readonly saved = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({ name: ['', nameValidators] });

  constructor() {
    // Show the current name, unless the user is in the middle of editing it.
    effect(() => {
      const name = this.user().name;
      untracked(() => {
        if (this.form.pristine) {
          this.form.reset({ name });
        }
      });
    });
  }

  protected save(): void {
    this.saved.set(null);
    if (!checkForm(this.form, this.host)) {
      return;
    }
    const name = this.form.getRawValue().name.trim();
    this.request.run(this.auth.updateName(name), (user) => {
      this.form.reset({ name: user.name });
      this.saved.set('Your name has been saved.');
    });
  }
}
