import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { Submission, SubmissionDetail } from '@lessonstage/shared';
import { COMMENT_MAX_LENGTH, formatMoment } from '@lessonstage/shared/exchange-rules';
import { firstValueFrom } from 'rxjs';

import { apiErrorMessage } from '../../../core/http/api-error-message';
import { ExchangeApi } from '../../../shared/exchange/exchange.api';
import { SubmissionViewer } from '../../../shared/exchange/submission-viewer';
import { TakeRecorder } from '../../../shared/exchange/take-recorder';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';

/** One take, for a teacher: play it, comment at the moment it is at, answer with a video, delete it. */
@Component({
  selector: 'app-submission-review-page',
  imports: [MatButton, RouterLink, FormAlert, SubmissionViewer, TakeRecorder],
  templateUrl: './submission-review-page.html',
  styleUrl: './submission-review-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionReviewPage {
  /** Bound from the route. */
  readonly submissionId = input.required<string>();

  private readonly api = inject(ExchangeApi);
  private readonly router = inject(Router);

  protected readonly detail = signal<SubmissionDetail | null>(null);
  protected readonly error = signal('');
  protected readonly commentError = signal('');
  protected readonly atMs = signal(0);
  protected readonly text = signal('');
  protected readonly saving = signal(false);
  protected readonly answering = signal(false);
  protected readonly confirmingDelete = signal(false);
  protected readonly maxText = COMMENT_MAX_LENGTH;
  protected readonly moment = formatMoment;

  constructor() {
    effect(() => {
      const id = this.submissionId();
      untracked(() => void this.load(id));
    });
  }

  protected async comment(): Promise<void> {
    const text = this.text().trim();
    if (!text) {
      this.commentError.set('Write what you heard at this moment.');
      return;
    }
    this.saving.set(true);
    this.commentError.set('');
    try {
      this.merge(await firstValueFrom(this.api.comment(this.submissionId(), this.atMs(), text)));
      this.text.set('');
    } catch (error) {
      this.commentError.set(apiErrorMessage(error));
    } finally {
      this.saving.set(false);
    }
  }

  protected async onAnswered(): Promise<void> {
    this.answering.set(false);
    await this.load(this.submissionId());
  }

  protected async remove(): Promise<void> {
    try {
      await firstValueFrom(this.api.remove(this.submissionId()));
      await this.router.navigate(['/admin/exchange']);
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    }
  }

  protected setText(value: string): void {
    this.text.set(value);
  }

  /** A comment's answer carries the comments; the playback links stay those already loaded. */
  private merge(saved: Submission): void {
    const current = this.detail();
    if (current) {
      this.detail.set({ ...current, ...saved });
    }
  }

  private async load(submissionId: string): Promise<void> {
    this.error.set('');
    try {
      this.detail.set(await firstValueFrom(this.api.detail(submissionId)));
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    }
  }
}
