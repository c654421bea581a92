import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Purchase, PurchaseList } from '@lessonstage/shared';
import { Observable, of } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';

export const ADMIN_PURCHASES_URL = '/api/admin/purchases';

/** Largest page the API serves. */
const MAX_PAGE_SIZE = 100;

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

  /**
   * One purchase as the list now shows it (there is no single-purchase endpoint): looks through
   * up to `maxPages` pages of the newest purchases. Null when not found or on failure.
   */
  find(paymentId: string, maxPages = 5, cursor: string | null = null): Observable<Purchase | null> {
    return this.list({ limit: MAX_PAGE_SIZE, cursor }).pipe(
      switchMap((page) => {
        const found = page.items.find((purchase) => purchase.paymentId === paymentId);
        if (found) {
          return of(found);
        }
        return page.nextCursor && maxPages > 1 ? this.find(paymentId, maxPages - 1, page.nextCursor) : of(null);
      }),
      catchError(() => of(null)),
    );
  }
}
