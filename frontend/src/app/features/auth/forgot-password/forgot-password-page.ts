import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { AuthApi } from '../../../core/auth/auth.api';
import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { AuthCard } from '../auth-card/auth-card';
import { emailValidators } from '../forms/auth-validators';
import { EmailField } from '../forms/email-field';
import { FormRequest } from '../forms/form-request';
import { prefillFrom } from '../forms/prefill';

/** /forgot: sends a reset code by e-mail (the API answers alike for unknown addresses); then /reset. */
@Component({
  selector: 'app-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, EmailField, AuthCard, FormAlert, PendingButton],
  template: `
    <app-auth-card
      heading="Forgot your password?"
      lede="Enter the e-mail address of your account and we'll send you a code to choose a new password."
    >
      <app-form-alert [message]="request.error()" />
      <form class="form" [formGroup]="form" (ngSubmit)="sendCode()">
        <app-email-field inputId="forgot-email" [control]="form.controls.email" />
        <div class="actions">
          <app-pending-button [pending]="request.pending()">Send code</app-pending-button>
        </div>
      </form>
      <p class="switch">Remembered it? <a routerLink="/signin">Sign in</a></p>
    </app-auth-card>
  `,
  styleUrl: '../auth-form.scss',
  providers: [FORM_FIELD_DEFAULTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  /** ?email= — prefilled from the sign-in form. */
  readonly email = input<string>();

  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly request = new FormRequest();
  protected readonly form = inject(NonNullableFormBuilder).group({ email: ['', emailValidators] });

  constructor() {
    prefillFrom(this.email, this.form.controls.email);
  }

  protected sendCode(): void {
    this.request.error.set(null); // a new attempt clears the last one's message
    if (!checkForm(this.form, this.host)) {
      return;
    }
    const { email } = this.form.getRawValue();
    this.request.run(this.api.forgotPassword(email), () => {
      void this.router.navigate(['/reset'], { queryParams: { email, sent: true } });
    });
  }
}
