import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { SubmissionComment } from '@lessonstage/shared';
import { formatMoment } from '@lessonstage/shared/exchange-rules';

interface Mark {
  readonly comment: SubmissionComment;
  readonly label: string;
  /** Percent of the take's length. */
  readonly left: number;
}

/**
 * A take's comments as marks on its timeline and as a list ("0:42 — relax the thumb"); either
 * seeks the player to that moment.
 */
@Component({
  selector: 'app-submission-timeline',
  template: `
    <div class="track" aria-hidden="false">
      <div class="played" [style.width.%]="playedPercent()"></div>
      @for (mark of marks(); track mark.comment.commentId) {
        <button
          type="button"
          class="mark"
          data-testid="comment-mark"
          [style.left.%]="mark.left"
          [attr.aria-label]="'Go to ' + mark.label"
          [title]="mark.label"
          (click)="seek.emit(mark.comment.atMs)"
        ></button>
      }
    </div>
    @if (marks().length) {
      <ol class="comments" aria-label="Teacher's comments">
        @for (mark of marks(); track mark.comment.commentId) {
          <li data-testid="submission-comment">
            <button type="button" class="moment" (click)="seek.emit(mark.comment.atMs)">{{ mark.label }}</button>
            <span class="author">{{ mark.comment.authorName }}</span>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .track {
      position: relative;
      height: 12px;
      margin: 8px 6px;
      border-radius: 6px;
      background: var(--mat-sys-surface-container-highest);
    }
    .played {
      height: 100%;
      border-radius: 6px;
      background: var(--mat-sys-primary-container);
    }
    .mark {
      position: absolute;
      top: -4px;
      width: 12px;
      height: 20px;
      margin-left: -6px;
      padding: 0;
      border: 2px solid var(--mat-sys-surface);
      border-radius: 4px;
      background: var(--mat-sys-tertiary);
      cursor: pointer;
    }
    .mark:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
    }
    .comments {
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 4px;
    }
    .moment {
      border: 0;
      background: none;
      padding: 4px 0;
      color: var(--mat-sys-on-surface);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .moment:hover {
      text-decoration: underline;
    }
    .author {
      margin-inline-start: 8px;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.85em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionTimeline {
  readonly durationMs = input.required<number>();
  readonly comments = input<readonly SubmissionComment[]>([]);
  readonly currentMs = input(0);
  readonly seek = output<number>();

  protected readonly marks = computed<Mark[]>(() => {
    const duration = Math.max(1, this.durationMs());
    return [...this.comments()]
      .sort((a, b) => a.atMs - b.atMs)
      .map((comment) => ({ comment, label: `${formatMoment(comment.atMs)} — ${comment.text}`, left: Math.min(100, (comment.atMs / duration) * 100) }));
  });

  protected readonly playedPercent = computed(() => Math.min(100, (this.currentMs() / Math.max(1, this.durationMs())) * 100));
}
