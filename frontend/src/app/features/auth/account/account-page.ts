import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';

import { AuthStore } from '../../../core/auth/auth.store';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { MfaSettings } from './mfa-settings/mfa-settings';
import { NotificationEmailSettings } from './notification-email-settings/notification-email-settings';
import { PracticeEmailSettings } from './practice-email-settings/practice-email-settings';
import { ProfileForm } from './profile-form/profile-form';

/** /account (signed-in only): name, e-mail, two-step sign-in, the weekly practice e-mail, notification e-mails and signing out. */
@Component({
  selector: 'app-account-page',
  imports: [PendingButton, ProfileForm, MfaSettings, PracticeEmailSettings, NotificationEmailSettings],
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
  providers: [FORM_FIELD_DEFAULTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly user = this.auth.user;
  protected readonly signingOut = signal(false);

  protected signOut(): void {
    if (this.signingOut()) {
      return;
    }
    this.signingOut.set(true);
    this.auth.signOut().subscribe(() => void this.router.navigateByUrl('/'));
  }
}
