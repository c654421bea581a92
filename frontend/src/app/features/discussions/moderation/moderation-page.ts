import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ReportedPost } from '@lessonstage/shared';
import type { Observable } from 'rxjs';

import { apiErrorMessage } from '../../../core/http/api-error-message';
import { PagedList } from '../../../shared/data/paged-list';
import { formatDate } from '../../../shared/format/format-date';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadMore } from '../../../shared/ui/load-more/load-more';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { confirmAction } from '../../../shared/ui/modal/confirm-dialog';
import { Modal } from '../../../shared/ui/modal/modal';
import { DiscussionsApi, threadLink } from '../discussions.api';
import { PostText } from '../post-text/post-text';

/** /admin/reports — reported discussion posts, oldest report first: keep one (dismiss) or delete it. */
@Component({
  selector: 'app-moderation-page',
  imports: [MatButton, RouterLink, EmptyState, ErrorState, LoadMore, LoadingState, PostText],
  template: `
    <section class="moderation" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading" class="heading">Reported posts</h2>
      @switch (list.status()) {
        @case ('loading') {
          <app-loading-state label="Loading reports…" />
        }
        @case ('error') {
          <app-error-state heading="We couldn't load the reports" [message]="list.errorMessage()" (retry)="list.loadFirstPage()" />
        }
        @case ('ready') {
          @if (list.items().length) {
            <ul class="reports" data-testid="report-list">
              @for (post of list.items(); track post.postId) {
                <li class="report" data-testid="report-item">
                  <p class="meta">
                    <a [routerLink]="threadLink(post.courseId, post.threadId)">{{ post.threadTitle }}</a> ·
                    {{ post.author.name }} · reported {{ post.reportCount }}× ({{ post.reasons.join(', ') }}) since {{ date(post.firstReportedAt) }}
                  </p>
                  <app-post-text [markdown]="post.text" />
                  @if (errors()[post.postId]; as error) {
                    <p class="problem" role="alert">{{ error }}</p>
                  }
                  <div class="actions">
                    <button matButton="outlined" type="button" [disabled]="busy() === post.postId" (click)="dismiss(post)" data-testid="report-dismiss">Keep the post</button>
                    <button matButton="filled" type="button" [disabled]="busy() === post.postId" (click)="remove(post)" data-testid="report-delete">Delete the post</button>
                  </div>
                </li>
              }
            </ul>
            <app-load-more [list]="list" errorHeading="We couldn't load more reports" />
          } @else {
            <app-empty-state heading="Nothing reported" text="Posts that students report show here." />
          }
        }
      }
    </section>
  `,
  styles: `
    .moderation {
      display: grid;
      gap: 16px;
    }

    .heading {
      margin: 0;
      font: var(--mat-sys-title-large);
    }

    .reports {
      display: grid;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .report {
      display: grid;
      gap: 8px;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }

    .meta {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }

    .problem {
      margin: 0;
      color: var(--mat-sys-error);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationPage {
  private readonly api = inject(DiscussionsApi);
  private readonly modal = inject(Modal);
  protected readonly list = new PagedList<ReportedPost>((cursor) => this.api.reports(cursor), (post) => post.postId);
  protected readonly busy = signal<string | null>(null);
  protected readonly errors = signal<Readonly<Record<string, string>>>({});
  protected readonly threadLink = threadLink;
  protected readonly date = (iso: string) => formatDate(iso, 'dateTime');

  constructor() {
    this.list.loadFirstPage();
  }

  protected dismiss(post: ReportedPost): void {
    this.resolve(post, this.api.dismiss(post.postId));
  }

  protected async remove(post: ReportedPost): Promise<void> {
    const thread = post.postId === post.threadId;
    const confirmed = await confirmAction(this.modal, {
      title: thread ? 'Delete this thread?' : 'Delete this reply?',
      message: thread ? 'The thread and all its replies will be gone for everyone.' : 'The reply will be gone for everyone.',
      confirmLabel: 'Delete',
    });
    if (confirmed) this.resolve(post, this.api.delete(post.postId));
  }

  /** Either way the post leaves the queue. */
  private resolve(post: ReportedPost, request: Observable<void>): void {
    this.busy.set(post.postId);
    request.subscribe({
      next: () => {
        this.busy.set(null);
        this.list.items.update((items) => items.filter((item) => item.postId !== post.postId));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.errors.update((errors) => ({ ...errors, [post.postId]: apiErrorMessage(error) }));
      },
    });
  }
}
