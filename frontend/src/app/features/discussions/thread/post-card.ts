import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { PostAuthor, ReportReason } from '@lessonstage/shared';
import { MAX_POST_TEXT_LENGTH } from '@lessonstage/shared/discussion-rules';

import { formatDate } from '../../../shared/format/format-date';
import { PostText } from '../post-text/post-text';

/** What a card shows of a thread's opening post or a reply. */
export interface PostView {
  readonly postId: string;
  readonly author: PostAuthor;
  readonly text: string;
  readonly createdAt: string;
  readonly editedAt?: string;
  readonly teacherAnswer?: boolean;
}

const REASONS: readonly { value: ReportReason; label: string }[] = [
  { value: 'spam', label: 'Spam' },
  { value: 'abuse', label: 'Abusive or rude' },
  { value: 'off-topic', label: 'Off-topic' },
  { value: 'other', label: 'Something else' },
];

/** One post: its author, its Markdown, and what the viewer may do with it (edit, delete, report). */
@Component({
  selector: 'app-post-card',
  imports: [FormsModule, MatButton, PostText],
  templateUrl: './post-card.html',
  styleUrl: './post-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PostCard {
  readonly post = input.required<PostView>();
  readonly canEdit = input(false);
  readonly canDelete = input(false);
  /** Set by the page while its request runs, and the message if it failed. */
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly edited = output<string>();
  readonly deleted = output<void>();
  readonly reported = output<ReportReason>();

  protected readonly reasons = REASONS;
  protected readonly textMax = MAX_POST_TEXT_LENGTH;
  protected readonly mode = signal<'view' | 'edit' | 'report'>('view');
  protected readonly draft = signal('');
  protected readonly reason = signal<ReportReason>('spam');
  protected readonly draftProblem = computed(() => {
    const text = this.draft().trim();
    if (!text) return 'Write something, or cancel.';
    return text.length > MAX_POST_TEXT_LENGTH ? `Use at most ${MAX_POST_TEXT_LENGTH} characters.` : null;
  });
  protected readonly touched = signal(false);
  protected readonly date = (iso: string) => formatDate(iso, 'dateTime');

  protected startEdit(): void {
    this.draft.set(this.post().text);
    this.touched.set(false);
    this.mode.set('edit');
  }

  protected saveEdit(): void {
    this.touched.set(true);
    if (this.draftProblem()) return;
    this.edited.emit(this.draft().trim());
    this.mode.set('view');
  }

  protected sendReport(): void {
    this.reported.emit(this.reason());
    this.mode.set('view');
  }
}
