import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink } from '@angular/router';

import { AuthStore } from '../auth/auth.store';
import { PRODUCT_NAME } from '../routing/page-title-strategy';
import { NotificationBell } from './notification-bell';
import { SignInLinks } from './sign-in-links';
import { UserMenu } from './user-menu';

/**
 * Top bar of every page: the product name, then "Sign in" / "Sign up" or the notification bell
 * and the user's menu.
 * Nothing is shown on the right until the start-up session check is done, so it never flashes
 * "Sign in" at someone who is signed in. Both parts are deferred: their Material code (button,
 * menu, overlay) is loaded only once it is known which one to show.
 */
@Component({
  selector: 'app-toolbar',
  imports: [MatToolbar, RouterLink, NotificationBell, SignInLinks, UserMenu],
  templateUrl: './app-toolbar.html',
  styleUrl: './app-toolbar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppToolbar {
  private readonly auth = inject(AuthStore);

  protected readonly productName = PRODUCT_NAME;
  protected readonly status = this.auth.status;
  protected readonly userName = computed(() => this.auth.user()?.name ?? '');
}
