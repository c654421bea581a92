import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';

import { formatBytes } from '../../../shared/format/format-bytes';
import { UploadJob } from './upload-job';
import { UploadManager } from './upload-manager';

/**
 * One upload: file name, a determinate progress bar with percent and bytes, Cancel while it
 * runs, and on failure the reason with Dismiss, and Retry when another attempt could succeed. The row goes away once the file is
 * recorded on the course.
 */
@Component({
  selector: 'app-upload-progress',
  imports: [MatButton, MatProgressBar],
  template: `
    @let j = job();
    <div class="upload" [class.upload--failed]="failed()" data-testid="upload-progress">
      <div class="head">
        <span class="name" [id]="j.id + '-name'">{{ j.fileName }}</span>
        @if (!failed() && j.state() !== 'finishing') {
          <button matButton type="button" class="action" [attr.aria-label]="'Cancel upload of ' + j.fileName" (click)="cancel()">
            Cancel
          </button>
        }
      </div>
      <mat-progress-bar
        mode="determinate"
        [value]="j.percent()"
        [attr.aria-labelledby]="j.id + '-name'"
        [attr.aria-describedby]="j.id + '-status'"
      />
      <p class="status" [id]="j.id + '-status'" data-testid="upload-status">{{ status() }}</p>
      @if (failed()) {
        <div class="failure">
          <p class="error" role="alert" data-testid="upload-error">{{ j.error() }}</p>
          <div class="failure-actions">
            @if (j.retryable()) {
              <button matButton="tonal" type="button" [attr.aria-label]="'Retry upload of ' + j.fileName" (click)="retry()">
                Retry
              </button>
            }
            <button matButton type="button" [attr.aria-label]="'Dismiss upload of ' + j.fileName" (click)="dismiss()">
              Dismiss
            </button>
          </div>
        </div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .upload {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small, 8px);
      background: var(--mat-sys-surface-container);
    }

    .upload--failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      min-height: 40px;
    }

    .name {
      min-width: 0;
      overflow-wrap: anywhere;
      font: var(--mat-sys-body-medium);
      font-weight: 600;
    }

    .status,
    .error {
      margin: 0;
      font: var(--mat-sys-body-small);
    }

    .failure {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 8px;
    }

    .failure-actions {
      display: flex;
      gap: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UploadProgress {
  readonly job = input.required<UploadJob>();

  private readonly uploads = inject(UploadManager);

  protected readonly failed = computed(() => this.job().state() === 'failed');
  protected readonly status = computed(() => {
    const job = this.job();
    const bytes = `${formatBytes(job.sentBytes())} of ${formatBytes(job.file.size)}`;
    switch (job.state()) {
      case 'starting':
        return 'Preparing…';
      case 'uploading':
        return `${job.percent()}% · ${bytes}`;
      case 'finishing':
        return `${job.percent()}% · Saving…`;
      default:
        if (!job.retryable() && job.sentBytes() === 0) {
          return 'Not uploaded';
        }
        return `Failed at ${job.percent()}% · ${bytes}`;
    }
  });

  protected cancel(): void {
    this.uploads.cancel(this.job());
  }

  protected retry(): void {
    this.uploads.retry(this.job());
  }

  protected dismiss(): void {
    this.uploads.dismiss(this.job());
  }
}
