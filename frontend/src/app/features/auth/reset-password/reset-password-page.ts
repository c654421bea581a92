import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { AuthApi } from '../../../core/auth/auth.api';
import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { AuthCard } from '../auth-card/auth-card';
import { codeValidators, emailValidators, newPasswordValidators } from '../forms/auth-validators';
import { CodeField } from '../forms/code-field';
import { EmailField } from '../forms/email-field';
import { FormRequest } from '../forms/form-request';
import { NewPasswordField } from '../forms/new-password-field';
import { prefillFrom } from '../forms/prefill';

/** /reset?email=: the e-mailed code and a new password (checked live); then sign-in. */
@Component({
  selector: 'app-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    EmailField,
    CodeField,
    AuthCard,
    FormAlert,
    PendingButton,
    NewPasswordField,
  ],
  templateUrl: './reset-password-page.html',
  styleUrl: '../auth-form.scss',
  providers: [FORM_FIELD_DEFAULTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  readonly email = input<string>();
  /** ?sent=true — arriving from /forgot, which just sent the code. */
  readonly sent = input(false, { transform: booleanAttribute });

  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly request = new FormRequest();
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', emailValidators],
    code: ['', codeValidators],
    password: ['', newPasswordValidators],
  });
  protected readonly notice = computed(() =>
    this.sent() && this.email()
      ? `If ${this.email()} has an account, a code is on its way. It can take a minute to arrive.`
      : null,
  );

  constructor() {
    prefillFrom(this.email, this.form.controls.email);
  }

  protected resetPassword(): void {
    this.request.error.set(null); // a new attempt clears the last one's message
    if (!checkForm(this.form, this.host)) {
      return;
    }
    const { email, code, password } = this.form.getRawValue();
    this.request.run(this.api.resetPassword(email, code.trim(), password), () => {
      void this.router.navigate(['/signin'], { queryParams: { email, reset: true } });
    });
  }
}
