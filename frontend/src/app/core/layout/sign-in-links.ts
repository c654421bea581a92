import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/**
 * "Sign in" and "Sign up" for anonymous visitors. Links, not buttons: they navigate.
 * The toolbar loads it lazily (@defer), keeping Material's button code out of the initial bundle.
 */
@Component({
  selector: 'app-sign-in-links',
  imports: [MatButton, RouterLink],
  template: `
    <a matButton routerLink="/signin" data-testid="signin-link">Sign in</a>
    <a matButton="filled" routerLink="/signup" data-testid="signup-link">Sign up</a>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInLinks {}
