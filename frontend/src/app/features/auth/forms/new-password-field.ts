import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { startWith, switchMap } from 'rxjs/operators';

import { PasswordRules } from './password-rules';
import { PasswordToggle } from './password-toggle';

/**
 * A password being chosen (sign-up, reset): the field with its show/hide toggle and messages,
 * and below it the policy's rules, ticked off live as the user types.
 */
@Component({
  selector: 'app-new-password-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatSuffix, PasswordRules, PasswordToggle],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [id]="inputId()"
        [type]="visible() ? 'text' : 'password'"
        [formControl]="control()"
        autocomplete="new-password"
        [attr.aria-describedby]="rulesId()"
      />
      <app-password-toggle matSuffix [(visible)]="visible" [controls]="inputId()" />
      <mat-error>
        @if (control().hasError('required')) {
          {{ requiredMessage() }}
        } @else if (control().getError('passwordPolicy'); as rule) {
          Password {{ rule }}.
        } @else {
          Use at most 256 characters.
        }
      </mat-error>
    </mat-form-field>
    <app-password-rules [id]="rulesId()" [password]="password()" />
  `,
  styleUrl: './auth-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordField {
  /** The form's password control (with newPasswordValidators). */
  readonly control = input.required<FormControl<string>>();
  /** Id of the input, unique on the page; the rules list gets `<inputId>-rules`. */
  readonly inputId = input.required<string>();
  readonly label = input('Password');
  readonly requiredMessage = input('Choose a password.');

  protected readonly visible = signal(false);
  protected readonly rulesId = computed(() => `${this.inputId()}-rules`);
  protected readonly password = toSignal(
    toObservable(this.control).pipe(switchMap((control) => control.valueChanges.pipe(startWith(control.value)))),
    { initialValue: '' },
  );
}
