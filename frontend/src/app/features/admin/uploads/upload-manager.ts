import { HttpErrorResponse } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { acceptedFormats, isAcceptedType, readableMaxSize, UPLOAD_RULES, type UploadKind } from '@lessonstage/shared/authoring-rules';
import { firstValueFrom } from 'rxjs';

import { AdminUploadsApi } from '../data/admin-uploads.api';
import { adminErrorMessage } from '../data/admin-error-message';
import { CourseEditorStore } from '../data/course-editor.store';
import { contentTypeOf } from './file-types';
import { UploadJob, UploadTarget } from './upload-job';
import { UploadTransfer, UploadTransferError } from '../../../shared/uploads/upload-transfer';
import { VIDEO_DURATION_READER } from '../../../shared/uploads/video-duration';

const KIND_NAMES: Readonly<Record<UploadKind, string>> = { video: 'a lesson video', material: 'a lesson material', thumbnail: 'a course thumbnail', score: 'a lesson score', captions: 'lesson captions' };

/** Why `file` cannot be uploaded as `kind` (wrong type, too large), in words; null when it can. */
export function fileProblem(kind: UploadKind, file: File): string | null {
  if (!isAcceptedType(kind, contentTypeOf(file))) {
    return `${file.name} can't be used as ${KIND_NAMES[kind]}. Accepted: ${acceptedFormats(kind)}.`;
  }
  if (file.size > UPLOAD_RULES[kind].maxBytes) {
    return `${file.name} is too large: ${KIND_NAMES[kind].replace(/^an? /, '')} files may be at most ${readableMaxSize(kind)}.`;
  }
  return null;
}

/**
 * Failures another attempt may get past: the network, storage or the API having a bad moment,
 * a conflicting edit. A refusal of the request itself (400, 403, 404, 413) would only repeat.
 */
function isRetryable(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) {
    return true;
  }
  return error.status === 0 || error.status >= 500 || [408, 409, 429].includes(error.status);
}

/**
 * The editor's uploads: ticket from the API → bytes straight to storage → "complete", whose
 * answer (the course with the new file) becomes the editor's state. Cancel stops the transfer
 * (and drops an unfinished multipart upload in storage); Retry starts over with a new ticket.
 * Leaving the editor cancels what is still running. Provided by the editor page.
 */
@Injectable()
export class UploadManager {
  private readonly store = inject(CourseEditorStore);
  private readonly api = inject(AdminUploadsApi);
  private readonly transfer = inject(UploadTransfer);
  private readonly readDuration = inject(VIDEO_DURATION_READER);

  readonly jobs = signal<readonly UploadJob[]>([]);
  /** Whether any upload is still running (failed ones are not). */
  readonly busy = computed(() => this.jobs().some((job) => job.state() !== 'failed'));
  /** The last finished or cancelled upload, for a polite live region. */
  readonly announcement = signal('');

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      for (const job of this.jobs()) {
        this.stop(job);
        this.release(job);
      }
    });
  }

  /** The uploads going to one place (a lesson's video, its materials, the thumbnail). */
  jobsFor(kind: UploadKind, lessonId?: string): UploadJob[] {
    return this.jobs().filter((job) => job.isFor(kind, lessonId));
  }

  start(target: UploadTarget, file: File): UploadJob {
    const preview = target.kind === 'thumbnail' ? URL.createObjectURL(file) : null;
    const job = new UploadJob(target, file, preview);
    this.jobs.update((jobs) => [...jobs, job]);
    const problem = fileProblem(target.kind, file);
    if (problem) {
      // Checked here so a file the API would refuse is never sent; Retry could not help it.
      job.error.set(problem);
      job.retryable.set(false);
      job.state.set('failed');
    } else {
      void this.run(job);
    }
    return job;
  }

  /** Starts a failed upload over, with a new ticket. */
  retry(job: UploadJob): void {
    if (job.state() === 'failed' && job.retryable()) {
      void this.run(job);
    }
  }

  cancel(job: UploadJob): void {
    if (job.state() === 'finishing') {
      return;
    }
    this.stop(job);
    this.remove(job);
    this.announcement.set(`Upload of ${job.fileName} cancelled.`);
  }

  /** Stops every upload (the editor is about to show another course). */
  cancelAll(): void {
    for (const job of this.jobs()) {
      this.stop(job);
      this.remove(job);
    }
  }

  /** Removes a failed upload's row. */
  dismiss(job: UploadJob): void {
    if (job.state() === 'failed') {
      this.remove(job);
    }
  }

  private async run(job: UploadJob): Promise<void> {
    const course = this.store.course();
    if (!course) {
      return;
    }
    const controller = new AbortController();
    job.controller = controller;
    job.ticket = null;
    job.sentBytes.set(0);
    job.error.set(null);
    job.state.set('starting');
    const { kind, lessonId } = job.target;
    const courseId = course.courseId;

    try {
      const duration = kind === 'video' ? this.readDuration(job.file) : Promise.resolve(undefined);
      const ticket = await firstValueFrom(
        this.api.requestTicket({
          courseId,
          lessonId,
          kind,
          fileName: job.fileName,
          contentType: contentTypeOf(job.file),
          sizeBytes: job.file.size,
        }),
      );
      job.ticket = ticket;
      if (controller.signal.aborted) {
        this.abortMultipart(courseId, job);
        return;
      }
      job.state.set('uploading');
      const parts = await this.transfer.send(ticket, job.file, (bytes) => job.sentBytes.set(bytes), controller.signal);
      const durationSec = await duration;
      job.state.set('finishing');
      const recorded = await this.store.recordUpload(`upload:${job.id}`, () =>
        this.api.complete({
          courseId,
          lessonId,
          kind,
          key: ticket.key,
          fileName: job.fileName,
          multipartUploadId: ticket.multipart?.uploadId,
          parts,
          durationSec,
          captions: job.target.captions,
        }),
      );
      if (!recorded.ok) {
        throw recorded.error;
      }
      this.remove(job);
      this.announcement.set(`${job.fileName} uploaded.`);
    } catch (error) {
      if (controller.signal.aborted) {
        return;
      }
      if (job.state() === 'uploading') {
        // Retry starts over with a new ticket: the parts stored so far are of no use.
        this.abortMultipart(courseId, job);
      }
      job.error.set(error instanceof UploadTransferError ? error.message : adminErrorMessage(error));
      job.retryable.set(isRetryable(error));
      job.state.set('failed');
    } finally {
      if (job.controller === controller) {
        job.controller = null;
      }
    }
  }

  private stop(job: UploadJob): void {
    const course = this.store.course();
    job.controller?.abort();
    if (course && job.state() === 'uploading') {
      this.abortMultipart(course.courseId, job);
    }
  }

  private abortMultipart(courseId: string, job: UploadJob): void {
    const multipart = job.ticket?.multipart;
    if (multipart && job.ticket) {
      // Best effort: storage also expires unfinished multipart uploads by itself.
      this.api.abort(courseId, job.ticket.key, multipart.uploadId).subscribe({ error: () => undefined });
    }
  }

  private remove(job: UploadJob): void {
    this.jobs.update((jobs) => jobs.filter((listed) => listed !== job));
    this.release(job);
  }

  private release(job: UploadJob): void {
    if (job.previewUrl) {
      URL.revokeObjectURL(job.previewUrl);
    }
  }
}
