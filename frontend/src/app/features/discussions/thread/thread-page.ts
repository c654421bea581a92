import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { DiscussionReply, DiscussionThread, ReportReason } from '@lessonstage/shared';
import { MAX_POST_TEXT_LENGTH } from '@lessonstage/shared/discussion-rules';
import type { Observable } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth.store';
import { apiErrorMessage, httpStatusOf } from '../../../core/http/api-error-message';
import { PageTitle } from '../../../core/routing/page-title';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { confirmAction } from '../../../shared/ui/modal/confirm-dialog';
import { Modal } from '../../../shared/ui/modal/modal';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { DiscussionsApi, momentLink } from '../discussions.api';
import { formatMoment, postErrorMessage } from '../post-error';
import { PostCard } from './post-card';

/** /courses/:courseId/discussion/:threadId — a thread, its replies (oldest first, paged) and a reply form. */
@Component({
  selector: 'app-thread-page',
  imports: [FormsModule, MatButton, RouterLink, ErrorState, FormAlert, LoadingState, PendingButton, PostCard],
  templateUrl: './thread-page.html',
  styleUrl: './thread-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThreadPage {
  readonly courseId = input.required<string>();
  readonly threadId = input.required<string>();

  private readonly api = inject(DiscussionsApi);
  private readonly auth = inject(AuthStore);
  private readonly modal = inject(Modal);
  private readonly router = inject(Router);
  private readonly pageTitle = inject(PageTitle);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly loadError = signal('');
  protected readonly notFound = signal(false);
  protected readonly thread = signal<DiscussionThread | null>(null);
  protected readonly replies = signal<readonly DiscussionReply[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  /** The post whose request runs, and the last failure per post. */
  protected readonly busyPost = signal<string | null>(null);
  protected readonly postErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly notice = signal<string | null>(null);

  protected readonly replyText = signal('');
  protected readonly replyTouched = signal(false);
  protected readonly sending = signal(false);
  protected readonly replyError = signal<string | null>(null);
  protected readonly textMax = MAX_POST_TEXT_LENGTH;
  protected readonly replyProblem = computed(() => {
    const text = this.replyText().trim();
    if (!text) return 'Write your reply first.';
    return text.length > MAX_POST_TEXT_LENGTH ? `Use at most ${MAX_POST_TEXT_LENGTH} characters.` : null;
  });

  private readonly me = computed(() => this.auth.user()?.userId);
  protected readonly isAdmin = this.auth.isAdmin;
  protected readonly momentLink = momentLink;
  protected readonly moment = formatMoment;
  protected readonly mine = (authorId: string) => authorId === this.me();
  protected readonly errorOf = (postId: string): string | null => this.postErrors()[postId] ?? null;

  constructor() {
    effect(() => {
      const threadId = this.threadId();
      untracked(() => this.load(threadId));
    });
  }

  protected load(threadId = this.threadId()): void {
    this.status.set('loading');
    this.api.thread(threadId).subscribe({
      next: ({ thread, replies }) => {
        this.thread.set(thread);
        this.replies.set(replies.items);
        this.nextCursor.set(replies.nextCursor);
        this.pageTitle.set(`${thread.title} · Discussion`);
        this.status.set('ready');
      },
      error: (error: unknown) => {
        this.notFound.set(httpStatusOf(error) === 404);
        this.loadError.set(apiErrorMessage(error));
        this.status.set('error');
      },
    });
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.api.thread(this.threadId(), cursor).subscribe({
      next: ({ replies }) => {
        const seen = new Set(this.replies().map((r) => r.postId));
        this.replies.update((current) => [...current, ...replies.items.filter((r) => !seen.has(r.postId))]);
        this.nextCursor.set(replies.nextCursor);
        this.loadingMore.set(false);
      },
      error: (error: unknown) => {
        this.notice.set(apiErrorMessage(error));
        this.loadingMore.set(false);
      },
    });
  }

  protected sendReply(): void {
    this.replyTouched.set(true);
    if (this.sending()) return;
    if (this.replyProblem()) {
      this.host.querySelector<HTMLElement>('#reply-text')?.focus();
      return;
    }
    this.sending.set(true);
    this.replyError.set(null);
    this.api.reply(this.threadId(), this.replyText().trim()).subscribe({
      next: (reply) => {
        this.sending.set(false);
        this.replyText.set('');
        this.replyTouched.set(false);
        // Replies are oldest first: a new one belongs at the end once every page is loaded.
        if (!this.nextCursor()) this.replies.update((current) => [...current, reply]);
        this.thread.update((thread) => thread && { ...thread, replyCount: thread.replyCount + 1, answered: thread.answered || reply.teacherAnswer });
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.replyError.set(postErrorMessage(error));
      },
    });
  }

  protected edit(postId: string, text: string): void {
    this.run(postId, this.api.edit(postId, { text }), (updated) => {
      const thread = this.thread();
      if (thread && postId === thread.postId) this.thread.set({ ...thread, text: updated.text, ...(updated.editedAt ? { editedAt: updated.editedAt } : {}) });
      else this.replies.update((list) => list.map((r) => (r.postId === postId ? { ...r, text: updated.text, ...(updated.editedAt ? { editedAt: updated.editedAt } : {}) } : r)));
    });
  }

  protected async remove(postId: string): Promise<void> {
    const isThread = postId === this.thread()?.postId;
    const confirmed = await confirmAction(this.modal, {
      title: isThread ? 'Delete this thread?' : 'Delete this reply?',
      message: isThread ? 'The thread and all its replies will be gone for everyone.' : 'The reply will be gone for everyone.',
      confirmLabel: 'Delete',
    });
    if (!confirmed) return;
    this.run(postId, this.api.delete(postId), () => {
      if (isThread) void this.router.navigate(['/courses', this.courseId(), 'discussion']);
      else {
        this.replies.update((list) => list.filter((r) => r.postId !== postId));
        this.thread.update((thread) => thread && { ...thread, replyCount: Math.max(0, thread.replyCount - 1) });
      }
    });
  }

  protected report(postId: string, reason: ReportReason): void {
    this.run(postId, this.api.report(postId, reason), () => this.notice.set('Thanks: a teacher will look at it.'));
  }

  protected togglePin(): void {
    const thread = this.thread();
    if (!thread) return;
    this.run(thread.postId, this.api.pin(thread.threadId, !thread.pinned), (summary) => this.thread.set({ ...thread, pinned: summary.pinned }));
  }

  private run<T>(postId: string, request: Observable<T>, done: (value: T) => void): void {
    this.busyPost.set(postId);
    this.postErrors.update(({ [postId]: _, ...rest }) => rest);
    request.subscribe({
      next: (value) => {
        this.busyPost.set(null);
        done(value);
      },
      error: (error: unknown) => {
        this.busyPost.set(null);
        this.postErrors.update((errors) => ({ ...errors, [postId]: apiErrorMessage(error) }));
      },
    });
  }
}
