import { Routes } from '@angular/router';

import { authGuard } from '../../core/auth/auth.guard';

/** The account pages, each its own lazy chunk. Query parameters bind to page inputs. */
export const authRoutes: Routes = [
  {
    path: 'signin',
    title: 'Sign in',
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'signup',
    title: 'Sign up',
    loadComponent: () => import('./sign-up/sign-up-page').then((m) => m.SignUpPage),
  },
  {
    path: 'confirm',
    title: 'Confirm your e-mail address',
    loadComponent: () => import('./confirm/confirm-page').then((m) => m.ConfirmPage),
  },
  {
    path: 'forgot',
    title: 'Forgot password',
    loadComponent: () => import('./forgot-password/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset',
    title: 'Choose a new password',
    loadComponent: () => import('./reset-password/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'account',
    title: 'Account',
    canActivate: [authGuard],
    loadComponent: () => import('./account/account-page').then((m) => m.AccountPage),
  },
  {
    // The weekly practice e-mail's unsubscribe link: no sign-in, the token is the proof.
    path: 'practice/unsubscribe',
    title: 'Unsubscribe',
    loadComponent: () => import('./practice-email/unsubscribe-page').then((m) => m.UnsubscribePage),
  },
];
