import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

import type { PagedList } from '../../data/paged-list';
import { ErrorState } from '../error-state/error-state';

/** What the foot needs of a PagedList, whatever its item type. */
export type MorePages = Pick<PagedList<unknown>, 'loadMoreError' | 'nextCursor' | 'loadingMore' | 'loadMore'>;

/**
 * The foot of a paged list: a "Load more" button while there is a next page (busy, not
 * disabled for focus, while loading), or the error of the last attempt with Retry.
 */
@Component({
  selector: 'app-load-more',
  imports: [ErrorState, MatButton, MatProgressSpinner],
  template: `
    @if (list().loadMoreError(); as message) {
      <app-error-state [heading]="errorHeading()" [message]="message" (retry)="list().loadMore()" />
    } @else if (list().nextCursor()) {
      <div class="more">
        <button
          mat-stroked-button
          type="button"
          data-testid="load-more"
          disabledInteractive
          [disabled]="list().loadingMore()"
          [attr.aria-busy]="list().loadingMore() || null"
          (click)="list().loadMore()"
        >
          @if (list().loadingMore()) {
            <mat-progress-spinner class="more-spinner" mode="indeterminate" diameter="18" aria-hidden="true" />
            Loading…
          } @else {
            {{ label() }}
          }
        </button>
      </div>
    }
  `,
  styles: `
    .more {
      display: flex;
      justify-content: center;
      margin-top: 24px;
    }

    .more-spinner {
      display: inline-block;
      margin-inline-end: 8px;
      vertical-align: middle;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadMore {
  readonly list = input.required<MorePages>();
  readonly errorHeading = input.required<string>();
  /** The button's words ("Show more" where the list is the user's own). */
  readonly label = input('Load more');
}
