import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';

import { AuthApi } from '../../../core/auth/auth.api';
import { returnUrlParams } from '../../../core/auth/return-url';
import { apiErrorCode } from '../../../core/http/api-error-message';
import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { AuthCard } from '../auth-card/auth-card';
import { emailValidators, nameValidators, newPasswordValidators } from '../forms/auth-validators';
import { EmailField } from '../forms/email-field';
import { FormRequest } from '../forms/form-request';
import { NewPasswordField } from '../forms/new-password-field';

/** /signup: name, e-mail and a password checked live against the policy; then /confirm. */
@Component({
  selector: 'app-sign-up-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    EmailField,
    AuthCard,
    FormAlert,
    PendingButton,
    NewPasswordField,
  ],
  templateUrl: './sign-up-page.html',
  styleUrl: '../auth-form.scss',
  providers: [FORM_FIELD_DEFAULTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignUpPage {
  /** ?returnUrl= — carried through confirmation to sign-in. */
  readonly returnUrl = input<string>();

  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly request = new FormRequest();
  /** Set when the e-mail address already has an account (409): offer sign-in instead. */
  protected readonly existingEmail = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', nameValidators],
    email: ['', emailValidators],
    password: ['', newPasswordValidators],
  });
  protected readonly returnParams = computed(() => returnUrlParams(this.returnUrl()));

  protected signUp(): void {
    this.request.error.set(null); // a new attempt clears the last one's message
    if (!checkForm(this.form, this.host)) {
      return;
    }
    const { name, email, password } = this.form.getRawValue();
    this.existingEmail.set(null);
    this.request.run(
      this.api.signUp({ name: name.trim(), email, password }),
      (account) => {
        void this.router.navigate(['/confirm'], {
          queryParams: { email: account.email, ...this.returnParams() },
        });
      },
      (error) => {
        if (apiErrorCode(error) === 'UsernameExists') {
          this.existingEmail.set(email);
        }
        return false;
      },
    );
  }
}
