import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';

import { AuthStore } from '../auth/auth.store';

/**
 * The signed-in user's name, opening a menu: My courses, Certificates, Account, Admin (administrators only), Sign out.
 * The toolbar loads it lazily (@defer), so anonymous visitors never download the menu code.
 */
@Component({
  selector: 'app-user-menu',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink],
  template: `
    @if (user(); as user) {
      <button matButton class="trigger" type="button" [matMenuTriggerFor]="menu" data-testid="user-menu">
        <svg class="avatar" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 4a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7Zm0 14a8 8 0 0 1-6.2-2.95C7.1 15.4 9.4 14.5 12 14.5s4.9.9 6.2 2.55A8 8 0 0 1 12 20Z"
          />
        </svg>
        <span class="name" data-testid="user-name">{{ user.name }}</span>
        <svg class="caret" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="m7 10 5 5 5-5H7Z" />
        </svg>
      </button>
      <mat-menu #menu="matMenu" xPosition="before">
        <a mat-menu-item routerLink="/my-courses" data-testid="my-courses-link">My courses</a>
        <a mat-menu-item routerLink="/certificates" data-testid="certificates-link">Certificates</a>
        <a mat-menu-item routerLink="/account">Account</a>
        @if (isAdmin()) {
          <a mat-menu-item routerLink="/admin" data-testid="admin-link">Admin</a>
        }
        <button mat-menu-item type="button" (click)="signOut()">Sign out</button>
      </mat-menu>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      min-width: 0;
    }

    .trigger {
      max-width: min(40vw, 280px);
      padding-inline: 8px 4px;
    }

    .trigger ::ng-deep .mdc-button__label {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-width: 0;
    }

    .avatar {
      flex: none;
    }

    .name {
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    .caret {
      flex: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly user = this.auth.user;
  protected readonly isAdmin = this.auth.isAdmin;

  protected signOut(): void {
    this.auth.signOut().subscribe(() => void this.router.navigateByUrl('/'));
  }
}
