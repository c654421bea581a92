import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, LOCALE_ID, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { Currency, Purchase, PurchaseFilters as Filters } from '@lessonstage/shared';
import { timer } from 'rxjs';
import { exhaustMap, filter, take } from 'rxjs/operators';

import { apiErrorCode, apiErrorMessage } from '../../../core/http/api-error-message';
import { PagedList } from '../../../shared/data/paged-list';
import { formatDate } from '../../../shared/format/format-date';
import { formatPrice } from '../../../shared/format/format-price';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { LoadMore } from '../../../shared/ui/load-more/load-more';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { confirmAction } from '../../../shared/ui/modal/confirm-dialog';
import { Modal } from '../../../shared/ui/modal/modal';
import { AdminPurchasesApi } from '../admin-purchases.api';
import { PurchaseFilters, STATUS_LABELS } from './purchase-filters';
import { downloadCsv, purchasesCsv } from './purchases-csv';

export const PURCHASES_PAGE_SIZE = 25;
/** After a refund request, the list is checked this often, this many times, for Stripe's confirmation. */
export const REFUND_POLL_MS = 1000;
export const REFUND_POLL_TIMES = 15;

/** `requesting`: the POST is on its way; `requested`: Stripe accepted it, its webhook is awaited. */
type RefundState = 'requesting' | 'requested';

/**
 * /admin/purchases — every purchase, newest first: who bought what, searchable and filtered,
 * exported as CSV, with refunds. Below 600 px each row is a card (the stylesheet), so nothing scrolls sideways.
 */
@Component({
  selector: 'app-admin-purchases-page',
  imports: [MatButton, MatProgressSpinner, RouterLink, ErrorState, FormAlert, LoadingState, LoadMore, PurchaseFilters],
  templateUrl: './admin-purchases-page.html',
  styleUrl: './admin-purchases-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPurchasesPage {
  private readonly api = inject(AdminPurchasesApi);
  private readonly modal = inject(Modal);
  private readonly locale = inject(LOCALE_ID);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly filters = signal<Filters>({});
  protected readonly list = new PagedList<Purchase>(
    (cursor) => this.api.list({ limit: PURCHASES_PAGE_SIZE, cursor, filters: this.filters() }),
    (purchase) => purchase.paymentId,
  );
  protected readonly refunds = signal<ReadonlyMap<string, RefundState>>(new Map());
  protected readonly refundMessage = signal<string | null>(null);
  protected readonly refundTone = signal<'error' | 'info'>('info');

  protected readonly filtered = computed(() => Object.values(this.filters()).some(Boolean));
  protected readonly exporting = signal(false);
  protected readonly exportError = signal<string | null>(null);

  constructor() {
    this.list.loadFirstPage();
  }

  protected applyFilters(filters: Filters): void {
    this.filters.set(filters);
    this.list.loadFirstPage();
  }

  /** Every purchase the filters match (not just the pages shown), as a CSV download. */
  protected exportCsv(): void {
    if (this.exporting()) {
      return;
    }
    this.exporting.set(true);
    this.exportError.set(null);
    this.api
      .listAll(this.filters())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (purchases) => {
          downloadCsv(purchasesCsv(purchases), `purchases-${new Date().toISOString().slice(0, 10)}.csv`);
          this.exporting.set(false);
        },
        error: (error: unknown) => {
          this.exportError.set(`The export failed: ${apiErrorMessage(error)}`);
          this.exporting.set(false);
        },
      });
  }

  /** Who bought: the name, or for a purchase whose buyer is unknown, a hint with the id's start. */
  protected buyerName(purchase: Purchase): string {
    return purchase.buyerName || (purchase.buyerEmail ? '' : `Unknown buyer (${this.shortId(purchase.userId)})`);
  }

  protected date(iso: string): string {
    return formatDate(iso, 'dateTime', this.locale);
  }

  protected amount(purchase: Purchase): string {
    return formatPrice(purchase.amountCents, purchase.currency.toUpperCase() as Currency, this.locale);
  }

  protected statusLabel(purchase: Purchase): string {
    return this.refunds().get(purchase.paymentId) === 'requested' ? 'Refund requested…' : STATUS_LABELS[purchase.status];
  }

  /** The buyer in one phrase, for the refund confirmation. */
  protected buyerLabel(purchase: Purchase): string {
    if (purchase.buyerName && purchase.buyerEmail) {
      return `${purchase.buyerName} (${purchase.buyerEmail})`;
    }
    return purchase.buyerEmail ?? purchase.buyerName ?? 'The buyer';
  }

  protected shortId(id: string): string {
    return id.length > 10 ? `${id.slice(0, 8)}…` : id;
  }

  protected async refund(purchase: Purchase): Promise<void> {
    if (this.refunds().has(purchase.paymentId)) {
      return;
    }
    const amount = this.amount(purchase);
    const confirmed = await confirmAction(this.modal, {
      title: `Refund ${amount}?`,
      message: `${this.buyerLabel(purchase)} gets ${amount} back and loses access to “${purchase.courseTitle ?? purchase.courseId}” as soon as Stripe confirms the refund. This can't be undone.`,
      confirmLabel: 'Refund',
    });
    if (confirmed) {
      this.requestRefund(purchase);
    }
  }

  private requestRefund(purchase: Purchase): void {
    this.setRefund(purchase.paymentId, 'requesting');
    this.refundMessage.set(null);
    this.api
      .refund(purchase.paymentId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.setRefund(purchase.paymentId, 'requested');
          this.refundTone.set('info');
          this.refundMessage.set(`Refund of ${this.amount(purchase)} requested. Access ends when Stripe confirms it.`);
          this.awaitRefund(purchase.paymentId);
        },
        error: (error: unknown) => {
          this.setRefund(purchase.paymentId, null);
          this.refundTone.set('error');
          this.refundMessage.set(apiErrorMessage(error));
          if (apiErrorCode(error) === 'NotRefundable') {
            this.refreshRow(purchase.paymentId); // refunded or disputed meanwhile: show it
          }
        },
      });
  }

  /** Stripe's charge.refunded webhook turns the purchase `refunded`, usually within seconds. */
  private awaitRefund(paymentId: string): void {
    timer(REFUND_POLL_MS, REFUND_POLL_MS)
      .pipe(
        take(REFUND_POLL_TIMES),
        exhaustMap(() => this.api.find(paymentId)),
        filter((purchase): purchase is Purchase => purchase !== null && purchase.status !== 'paid'),
        take(1),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((purchase) => {
        this.replaceRow(purchase);
        this.setRefund(paymentId, null);
        this.refundMessage.set(null);
      });
  }

  private refreshRow(paymentId: string): void {
    this.api
      .find(paymentId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((purchase) => purchase && this.replaceRow(purchase));
  }

  private replaceRow(purchase: Purchase): void {
    this.list.items.update((rows) => rows.map((row) => (row.paymentId === purchase.paymentId ? purchase : row)));
  }

  private setRefund(paymentId: string, state: RefundState | null): void {
    this.refunds.update((refunds) => {
      const next = new Map(refunds);
      if (state) {
        next.set(paymentId, state);
      } else {
        next.delete(paymentId);
      }
      return next;
    });
  }
}
