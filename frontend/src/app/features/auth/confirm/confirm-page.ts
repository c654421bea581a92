import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { AuthApi } from '../../../core/auth/auth.api';
import { returnUrlParams } from '../../../core/auth/return-url';
import { apiErrorCode } from '../../../core/http/api-error-message';
import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { AuthCard } from '../auth-card/auth-card';
import { codeValidators, emailValidators } from '../forms/auth-validators';
import { CodeField } from '../forms/code-field';
import { EmailField } from '../forms/email-field';
import { FormRequest } from '../forms/form-request';
import { prefillFrom } from '../forms/prefill';

/** /confirm?email=: the 6-digit code from the sign-up e-mail, and "Resend code". Then sign-in. */
@Component({
  selector: 'app-confirm-page',
  imports: [ReactiveFormsModule, RouterLink, EmailField, CodeField, AuthCard, FormAlert, PendingButton],
  templateUrl: './confirm-page.html',
  styleUrl: '../auth-form.scss',
  providers: [FORM_FIELD_DEFAULTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmPage {
  /** ?email= — the address just signed up with. */
  readonly email = input<string>();
  /** ?unconfirmed=true — sent here by sign-in because the account is not confirmed yet. */
  readonly unconfirmed = input(false, { transform: booleanAttribute });
  readonly returnUrl = input<string>();

  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly confirmRequest = new FormRequest();
  protected readonly resendRequest = new FormRequest();
  protected readonly resent = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', emailValidators],
    code: ['', codeValidators],
  });
  protected readonly error = computed(() => this.confirmRequest.error() ?? this.resendRequest.error());
  protected readonly lede = computed(() =>
    this.unconfirmed()
      ? "Your account isn't confirmed yet. Enter the 6-digit code we e-mailed you, or ask for a new one."
      : 'We e-mailed you a 6-digit code. Enter it below to confirm your address.',
  );

  constructor() {
    prefillFrom(this.email, this.form.controls.email);
  }

  protected confirm(): void {
    this.clearMessages(); // a new attempt: earlier banners would sit beside its field errors
    if (!checkForm(this.form, this.host)) {
      return;
    }
    const { email, code } = this.form.getRawValue();
    this.confirmRequest.run(
      this.api.confirm(email, code.trim()),
      () => this.goToSignIn(email),
      (error) => {
        if (apiErrorCode(error) === 'AlreadyConfirmed') {
          this.goToSignIn(email);
          return true;
        }
        return false;
      },
    );
  }

  protected resend(): void {
    const email = this.form.controls.email;
    this.clearMessages();
    if (!checkForm(email, this.host)) {
      return;
    }
    this.resendRequest.run(this.api.resendCode(email.value), () =>
      this.resent.set(`A new code is on its way to ${email.value}.`),
    );
  }

  private clearMessages(): void {
    this.resent.set(null);
    this.confirmRequest.error.set(null);
    this.resendRequest.error.set(null);
  }

  private goToSignIn(email: string): void {
    void this.router.navigate(['/signin'], {
      queryParams: { email, confirmed: true, ...returnUrlParams(this.returnUrl()) },
    });
  }
}
