import {
  afterNextRender,
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';

import { isMfaChallenge } from '../../../core/auth/auth.api';
import { AuthStore } from '../../../core/auth/auth.store';
import { returnUrlParams, safeReturnUrl } from '../../../core/auth/return-url';
import { apiErrorCode, httpStatusOf } from '../../../core/http/api-error-message';
import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { AuthCard } from '../auth-card/auth-card';
import { codeValidators, emailValidators } from '../forms/auth-validators';
import { CodeField } from '../forms/code-field';
import { EmailField } from '../forms/email-field';
import { FormRequest } from '../forms/form-request';
import { PasswordToggle } from '../forms/password-toggle';
import { prefillFrom } from '../forms/prefill';

type SignInStep = 'password' | 'mfa';

/**
 * /signin: e-mail and password, then — for accounts with an authenticator — the 6-digit code,
 * in place. Afterwards the user goes back to `returnUrl` (a path in this app) or home.
 * An unconfirmed account is sent to /confirm with its address filled in.
 */
@Component({
  selector: 'app-sign-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    MatSuffix,
    EmailField,
    CodeField,
    AuthCard,
    FormAlert,
    PendingButton,
    PasswordToggle,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: '../auth-form.scss',
  providers: [FORM_FIELD_DEFAULTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  /** ?email= — prefilled, e.g. after confirming the account. */
  readonly email = input<string>();
  /** ?returnUrl= — where to go once signed in. */
  readonly returnUrl = input<string>();
  /** ?confirmed=true — just confirmed the e-mail address. */
  readonly confirmed = input(false, { transform: booleanAttribute });
  /** ?reset=true — just chose a new password. */
  readonly reset = input(false, { transform: booleanAttribute });

  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly fb = inject(NonNullableFormBuilder);
  private mfaSession = '';

  protected readonly step = signal<SignInStep>('password');
  /** Set by the first attempt: "confirmed" / "password changed" no longer apply beside its outcome. */
  private readonly attempted = signal(false);
  protected readonly showPassword = signal(false);
  protected readonly request = new FormRequest();
  protected readonly credentials = this.fb.group({
    email: ['', emailValidators],
    password: ['', Validators.required],
  });
  protected readonly mfa = this.fb.group({ code: ['', codeValidators] });

  protected readonly returnParams = computed(() => returnUrlParams(this.returnUrl()));
  protected readonly notice = computed(() => {
    if (this.step() !== 'password' || this.attempted()) {
      return null;
    }
    if (this.reset()) {
      return 'Your password has been changed. Sign in with your new password.';
    }
    return this.confirmed() ? 'Your e-mail address is confirmed. Sign in to start learning.' : null;
  });

  constructor() {
    prefillFrom(this.email, this.credentials.controls.email);
  }

  protected signIn(): void {
    this.attempted.set(true);
    this.request.error.set(null);
    if (!checkForm(this.credentials, this.host)) {
      return;
    }
    const { email, password } = this.credentials.getRawValue();
    this.request.run(
      this.auth.signIn({ email, password }),
      (response) => {
        if (isMfaChallenge(response)) {
          this.mfaSession = response.session;
          this.mfa.reset();
          this.step.set('mfa');
          this.focus('#signin-code');
        } else {
          this.done();
        }
      },
      (error) => {
        if (apiErrorCode(error) !== 'UserNotConfirmed') {
          return false;
        }
        void this.router.navigate(['/confirm'], {
          queryParams: { email, unconfirmed: true, ...this.returnParams() },
        });
        return true;
      },
    );
  }

  protected verify(): void {
    this.request.error.set(null);
    if (!checkForm(this.mfa, this.host)) {
      return;
    }
    const code = this.mfa.getRawValue().code.trim();
    this.request.run(
      this.auth.answerMfa(this.mfaSession, code),
      () => this.done(),
      (error) => {
        if (httpStatusOf(error) === 401) {
          // The challenge expired (a few minutes): start again with the password.
          this.startOver();
          return false;
        }
        this.mfa.controls.code.setValue('');
        this.focus('#signin-code');
        return false;
      },
    );
  }

  protected startOver(): void {
    this.mfaSession = '';
    this.step.set('password');
    this.credentials.controls.password.setValue('');
    this.focus('#signin-password');
  }

  private done(): void {
    void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
