import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, Subscription } from 'rxjs';

import { apiErrorMessage } from '../../core/http/api-error-message';

/** One page of a cursor-paged list. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/**
 * A cursor-paged list: the first page (loading → ready | error, retried with `loadFirstPage`),
 * then "Load more" pages appended, skipping items already listed (matched by `keyOf`).
 * Create it in an injection context (a field initializer): requests end with the component.
 */
export class PagedList<T> {
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  readonly errorMessage = signal('');
  readonly items = signal<readonly T[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loadingMore = signal(false);
  readonly loadMoreError = signal<string | null>(null);

  private request?: Subscription;

  constructor(
    private readonly loadPage: (cursor?: string) => Observable<Page<T>>,
    private readonly keyOf: (item: T) => unknown,
    private readonly destroyRef = inject(DestroyRef),
  ) {}

  loadFirstPage(): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.items.set([]);
    this.nextCursor.set(null);
    this.loadingMore.set(false);
    this.loadMoreError.set(null);

    this.request = this.loadPage()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.items.set(page.items);
          this.nextCursor.set(page.nextCursor);
          this.status.set('ready');
        },
        error: (error: unknown) => {
          this.errorMessage.set(apiErrorMessage(error));
          this.status.set('error');
        },
      });
  }

  loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) {
      return;
    }
    this.loadingMore.set(true);
    this.loadMoreError.set(null);

    this.request = this.loadPage(cursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          const seen = new Set(this.items().map((item) => this.keyOf(item)));
          const fresh = page.items.filter((item) => !seen.has(this.keyOf(item)));
          this.items.update((current) => [...current, ...fresh]);
          this.nextCursor.set(page.nextCursor);
          this.loadingMore.set(false);
        },
        error: (error: unknown) => {
          this.loadMoreError.set(apiErrorMessage(error));
          this.loadingMore.set(false);
        },
      });
  }
}
