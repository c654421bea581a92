import { ChangeDetectionStrategy, Component, DestroyRef, inject, LOCALE_ID, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { Currency, Purchase } from '@lessonstage/shared';
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

export const PURCHASES_PAGE_SIZE = 25;
/** After a refund request, the list is checked this often, this many times, for Stripe's confirmation. */
export const REFUND_POLL_MS = 1000;
export const REFUND_POLL_TIMES = 15;

const STATUS_LABELS: Readonly<Record<Purchase['status'], string>> = {
  paid: 'Paid',
  refunded: 'Refunded',
  disputed: 'Disputed',
};

/** `requesting`: the POST is on its way; `requested`: Stripe accepted it, its webhook is awaited. */
type RefundState = 'requesting' | 'requested';

/** /admin/purchases — every purchase, newest first, with refunds. */
@Component({
  selector: 'app-admin-purchases-page',
  imports: [MatButton, MatProgressSpinner, RouterLink, ErrorState, FormAlert, LoadingState, LoadMore],
  templateUrl: './admin-purchases-page.html',
  styleUrl: './admin-purchases-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPurchasesPage {
  private readonly api = inject(AdminPurchasesApi);
  private readonly modal = inject(Modal);
  private readonly locale = inject(LOCALE_ID);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly list = new PagedList<Purchase>(
    (cursor) => this.api.list({ limit: PURCHASES_PAGE_SIZE, cursor }),
    (purchase) => purchase.paymentId,
  );
  protected readonly refunds = signal<ReadonlyMap<string, RefundState>>(new Map());
  protected readonly refundMessage = signal<string | null>(null);
  protected readonly refundTone = signal<'error' | 'info'>('info');

  constructor() {
    this.list.loadFirstPage();
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
      message: `The buyer gets ${amount} back and loses access to “${purchase.courseTitle ?? purchase.courseId}” as soon as Stripe confirms the refund. This can't be undone.`,
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
