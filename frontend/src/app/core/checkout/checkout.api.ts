import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CheckoutResponse } from '@lessonstage/shared';
import { Observable } from 'rxjs';

export const CHECKOUT_URL = '/api/payments/checkout';

/** HTTP access to checkout: starting a purchase of a course. */
@Injectable({ providedIn: 'root' })
export class CheckoutApi {
  private readonly http = inject(HttpClient);

  /**
   * A Stripe Checkout page to send the buyer to, or `{ sessionUrl: null, enrolled: true }` for a
   * free course (enrolled at once). 409 `AlreadyEnrolled`; 401 when not signed in; 404 unknown course.
   */
  startCheckout(courseId: string): Observable<CheckoutResponse> {
    return this.http.post<CheckoutResponse>(CHECKOUT_URL, { courseId });
  }
}
