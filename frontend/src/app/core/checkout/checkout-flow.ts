import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { AuthStore } from '../auth/auth.store';
import { signInUrlTree } from '../auth/return-url';
import { BrowserLocation } from '../browser/browser-location';
import { apiErrorCode, httpStatusOf } from '../http/api-error-message';
import { lessonLink } from '../routing/lesson-link';
import { CheckoutApi } from './checkout.api';

/**
 * How a click on Buy ended, when it did not fail:
 * - `redirected`: the window is on its way to the checkout page;
 * - `enrolled`: a free course, enrolled at once;
 * - `already-enrolled`: the student owns the course already;
 * - `sign-in`: the visitor was sent to sign in first.
 */
export type CheckoutOutcome = 'redirected' | 'enrolled' | 'already-enrolled' | 'sign-in';

export interface BuyRequest {
  readonly courseId: string;
  /** Where a free enrollment continues (the player); without it the caller shows "You're enrolled". */
  readonly firstLessonId?: string | null;
  /** Where to come back to after signing in; defaults to the course page. */
  readonly returnUrl?: string;
}

/** Buying a course: Stripe's checkout for a paid one, straight in for a free one. */
@Injectable({ providedIn: 'root' })
export class CheckoutFlow {
  private readonly api = inject(CheckoutApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly location = inject(BrowserLocation);

  /** Rejects with the HTTP error for failures the caller should show (e.g. 404, 5xx, offline). */
  async buy({ courseId, firstLessonId, returnUrl }: BuyRequest): Promise<CheckoutOutcome> {
    const comeBackTo = returnUrl ?? `/courses/${encodeURIComponent(courseId)}`;
    if (this.auth.status() === 'signed-out') {
      return this.signIn(comeBackTo);
    }
    try {
      const response = await firstValueFrom(this.api.startCheckout(courseId));
      if (response.sessionUrl) {
        this.location.assign(response.sessionUrl);
        return 'redirected';
      }
      if (firstLessonId) {
        await this.router.navigate(lessonLink(courseId, firstLessonId));
      }
      return 'enrolled';
    } catch (error: unknown) {
      if (httpStatusOf(error) === 409 && apiErrorCode(error) === 'AlreadyEnrolled') {
        return 'already-enrolled';
      }
      if (httpStatusOf(error) === 401) {
        return this.signIn(comeBackTo);
      }
      throw error;
    }
  }

  private async signIn(returnUrl: string): Promise<CheckoutOutcome> {
    await this.router.navigateByUrl(signInUrlTree(this.router, returnUrl));
    return 'sign-in';
  }
}
