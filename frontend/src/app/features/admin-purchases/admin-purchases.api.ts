import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Purchase, PurchaseList } from '@lessonstage/shared';
import { Observable, of } from 'rxjs';
import { catchError } from 'rxjs/operators';

export const ADMIN_PURCHASES_URL = '/api/admin/purchases';

export interface ListPurchasesOptions {
  /** 1..100; the API defaults to 50. */
  readonly limit?: number;
  readonly cursor?: string | null;
}

/** Purchases for administrators: the list, newest first, and refunds. */
@Injectable({ providedIn: 'root' })
export class AdminPurchasesApi {
  private readonly http = inject(HttpClient);

  list(options: ListPurchasesOptions = {}): Observable<PurchaseList> {
    let params = new HttpParams();
    if (options.limit !== undefined) {
      params = params.set('limit', options.limit);
    }
    if (options.cursor) {
      params = params.set('cursor', options.cursor);
    }
    return this.http.get<PurchaseList>(ADMIN_PURCHASES_URL, { params });
  }

  /**
   * Asks Stripe to refund: 202 `{ refundRequested: true }`. Access ends, and the purchase turns
   * `refunded`, when Stripe's charge.refunded event arrives. 409 `NotRefundable` unless `paid`.
   */
  refund(paymentId: string): Observable<unknown> {
    return this.http.post(`${ADMIN_PURCHASES_URL}/${encodeURIComponent(paymentId)}/refund`, {});
  }

  /** One purchase, read consistently. Null when there is none, or when the read fails (a poll tries again at its next tick). */
  find(paymentId: string): Observable<Purchase | null> {
    return this.http.get<Purchase>(`${ADMIN_PURCHASES_URL}/${encodeURIComponent(paymentId)}`).pipe(catchError(() => of(null)));
  }
}
