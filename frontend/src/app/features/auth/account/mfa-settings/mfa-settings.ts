import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { MfaSetup } from '@lessonstage/shared';

import { AuthApi } from '../../../../core/auth/auth.api';
import { AuthStore } from '../../../../core/auth/auth.store';
import { apiErrorCode } from '../../../../core/http/api-error-message';
import { checkForm } from '../../../../shared/forms/check-form';
import { FormAlert } from '../../../../shared/ui/form-alert/form-alert';
import { PendingButton } from '../../../../shared/ui/pending-button/pending-button';
import { codeValidators } from '../../forms/auth-validators';
import { CodeField } from '../../forms/code-field';
import { FormRequest } from '../../forms/form-request';

/**
 * Two-step sign-in with an authenticator app (TOTP): set it up — QR code or key, then a code
 * to prove it works — or turn it off.
 */
@Component({
  selector: 'app-mfa-settings',
  imports: [ReactiveFormsModule, MatButton, CodeField, FormAlert, PendingButton],
  templateUrl: './mfa-settings.html',
  styleUrls: ['../../auth-form.scss', './mfa-settings.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaSettings {
  private readonly api = inject(AuthApi);
  private readonly auth = inject(AuthStore);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly enabled = computed(() => this.auth.user()?.mfaEnabled ?? false);
  /** The secret being set up; null when not setting up. */
  protected readonly setup = signal<MfaSetup | null>(null);
  /** The key in groups of four, easier to copy by eye (the text itself has no spaces). */
  protected readonly secretGroups = computed(() => this.setup()?.secret.match(/.{1,4}/g) ?? []);
  protected readonly request = new FormRequest();
  protected readonly notice = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({ code: ['', codeValidators] });

  protected startSetup(): void {
    this.notice.set(null);
    this.request.run(this.api.startMfaSetup(), (setup) => {
      this.form.reset();
      this.setup.set(setup);
      this.focus('#mfa-code');
    });
  }

  protected verify(): void {
    if (!checkForm(this.form, this.host)) {
      return;
    }
    const code = this.form.getRawValue().code.trim();
    this.request.run(
      this.api.verifyMfa(code),
      () => {
        this.auth.setMfaEnabled(true);
        this.setup.set(null);
        this.notice.set('Two-step sign-in is on. Next time you sign in, enter the code from your authenticator app.');
        this.focus('[data-testid="mfa-status"]');
      },
      (error) => {
        if (apiErrorCode(error) === 'CodeMismatch') {
          this.form.reset();
          this.focus('#mfa-code');
        }
        return false;
      },
    );
  }

  protected cancel(): void {
    this.setup.set(null);
    this.request.error.set(null);
    this.focus('[data-testid="mfa-status"]');
  }

  protected turnOff(): void {
    this.notice.set(null);
    this.request.run(this.api.disableMfa(), () => {
      this.auth.setMfaEnabled(false);
      this.notice.set('Two-step sign-in is off. Signing in needs only your password.');
    });
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
