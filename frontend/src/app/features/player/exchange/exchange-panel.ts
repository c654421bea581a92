import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { Submission, SubmissionDetail } from '@lessonstage/shared';
import { formatMoment } from '@lessonstage/shared/exchange-rules';
import { firstValueFrom } from 'rxjs';

import { apiErrorMessage } from '../../../core/http/api-error-message';
import { ExchangeApi } from '../../../shared/exchange/exchange.api';
import { SubmissionViewer } from '../../../shared/exchange/submission-viewer';
import { TakeRecorder } from '../../../shared/exchange/take-recorder';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { lessonClickTempo } from '../practice/metronome/free-click-track';
import type { LessonTiming } from '../practice/timing/bar-timeline';
import { RecordingMetronome } from './recording-metronome';

/**
 * The video exchange under a lesson (loaded only when the student opens it): record or choose a
 * take and send it, the student's own takes and the class's shared ones, each playable with the
 * teacher's comments on its timeline; the student shares or deletes their own.
 */
@Component({
  selector: 'app-exchange-panel',
  imports: [MatButton, FormAlert, RecordingMetronome, SubmissionViewer, TakeRecorder],
  templateUrl: './exchange-panel.html',
  styleUrl: './exchange-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExchangePanel {
  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();
  /** A take to open at once (the link of a notification). */
  readonly openSubmission = input<string | null>(null);
  /** The lesson's timing (the practice tools read it): with a tempo, the recorder offers a metronome. */
  readonly timing = input<LessonTiming | null>(null);

  private readonly api = inject(ExchangeApi);

  protected readonly items = signal<readonly Submission[]>([]);
  protected readonly loaded = signal(false);
  protected readonly notEnrolled = signal(false);
  protected readonly error = signal('');
  protected readonly recording = signal(false);
  protected readonly open = signal<SubmissionDetail | null>(null);
  protected readonly confirmingDelete = signal<string | null>(null);
  protected readonly moment = formatMoment;
  protected readonly clickTempo = computed(() => lessonClickTempo(this.timing()));
  protected readonly takeRecording = signal(false);
  private readonly metronome = viewChild(RecordingMetronome);
  protected readonly countIn = computed(() => this.metronome()?.countInWhenOn() ?? null);

  constructor() {
    effect(() => {
      const [courseId, lessonId, first] = [this.courseId(), this.lessonId(), this.openSubmission()];
      untracked(() => void this.load(courseId, lessonId, first));
    });
  }

  protected async watch(submissionId: string): Promise<void> {
    this.error.set('');
    try {
      this.open.set(await firstValueFrom(this.api.detail(submissionId)));
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    }
  }

  protected onSent(submission: Submission): void {
    this.recording.set(false);
    this.takeRecording.set(false);
    this.items.update((items) => [submission, ...items]);
  }

  protected async toggleShared(submission: Submission): Promise<void> {
    this.error.set('');
    try {
      const saved = await firstValueFrom(this.api.setShared(submission.submissionId, !submission.shared));
      this.items.update((items) => items.map((item) => (item.submissionId === saved.submissionId ? saved : item)));
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    }
  }

  protected async remove(submission: Submission): Promise<void> {
    this.error.set('');
    try {
      await firstValueFrom(this.api.remove(submission.submissionId));
      this.items.update((items) => items.filter((item) => item.submissionId !== submission.submissionId));
      if (this.open()?.submissionId === submission.submissionId) {
        this.open.set(null);
      }
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    } finally {
      this.confirmingDelete.set(null);
    }
  }

  private async load(courseId: string, lessonId: string, first: string | null): Promise<void> {
    try {
      this.items.set((await firstValueFrom(this.api.lessonSubmissions(courseId, lessonId))).items);
      this.notEnrolled.set(false);
      if (first) {
        await this.watch(first);
      }
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 403) {
        this.notEnrolled.set(true);
      } else {
        this.error.set(apiErrorMessage(error));
      }
    } finally {
      this.loaded.set(true);
    }
  }
}
