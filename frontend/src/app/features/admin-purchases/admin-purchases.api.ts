import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Purchase, PurchaseFilters, PurchaseList } from '@lessonstage/shared';
import { EMPTY, Observable, of } from 'rxjs';
import { catchError, expand, map, reduce, take } from 'rxjs/operators';

export const ADMIN_PURCHASES_URL = '/api/admin/purchases';

export interface ListPurchasesOptions {
  /** 1..100; the API defaults to 50. */
  readonly limit?: number;
  readonly cursor?: string | null;
  /** Search text (buyer's e-mail or name, course), status, days (YYYY-MM-DD); empty ones are not sent. */
  readonly filters?: PurchaseFilters;
}

/** The most rows an export reads (100 a request): enough for any teacher's history, bounded all the same. */
export const EXPORT_MAX_ROWS = 10_000;

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
    for (const [name, value] of Object.entries(options.filters ?? {})) {
      if (typeof value === 'string' && value.trim()) {
        params = params.set(name, value.trim());
      }
    }
    return this.http.get<PurchaseList>(ADMIN_PURCHASES_URL, { params });
  }

  /** Every purchase matching `filters`, page after page (up to EXPORT_MAX_ROWS), for the CSV export. */
  listAll(filters: PurchaseFilters): Observable<Purchase[]> {
    const pageSize = 100;
    return this.list({ limit: pageSize, filters }).pipe(
      expand((page) => (page.nextCursor ? this.list({ limit: pageSize, filters, cursor: page.nextCursor }) : EMPTY)),
      take(EXPORT_MAX_ROWS / pageSize),
      map((page) => page.items),
      reduce((all: Purchase[], items) => [...all, ...items], []),
    );
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
