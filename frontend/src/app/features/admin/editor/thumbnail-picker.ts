import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { CourseEditorStore } from '../data/course-editor.store';
import { ACCEPT } from '../uploads/file-types';
import { FilePicker } from '../uploads/file-picker';
import { UploadManager } from '../uploads/upload-manager';
import { UploadProgress } from '../uploads/upload-progress';
import { Icon } from '../ui/icon';

/** The course's cover image: a preview (the picked file's while it uploads), and a picker. */
@Component({
  selector: 'app-thumbnail-picker',
  imports: [FilePicker, UploadProgress, Icon],
  template: `
    <div class="preview">
      @if (previewSrc(); as src) {
        <img class="image" [src]="src" alt="Course thumbnail" width="640" height="360" data-testid="thumbnail-preview" />
      } @else {
        <div class="empty" data-testid="thumbnail-empty">
          <app-icon name="image" [size]="32" />
          <span>No thumbnail yet</span>
        </div>
      }
    </div>
    <p class="hint">A JPEG, PNG or WebP image, 16:9 (e.g. 1280 × 720), at most 5 MB.</p>
    <app-file-picker [accept]="accept" testId="thumbnail-input" (files)="upload($event)">
      {{ hasThumbnail() ? 'Replace image' : 'Choose image' }}
    </app-file-picker>
    <div class="uploads">
      @for (job of jobs(); track job.id) {
        <app-upload-progress [job]="job" />
      }
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }

    .preview {
      overflow: hidden;
      max-width: 480px;
      aspect-ratio: 16 / 9;
      border-radius: var(--mat-sys-corner-medium, 12px);
      background: var(--mat-sys-surface-container-high);
    }

    .image {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }

    .empty {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 8px;
      height: 100%;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }

    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }

    .uploads {
      display: flex;
      flex-direction: column;
      gap: 8px;

      &:empty {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThumbnailPicker {
  private readonly store = inject(CourseEditorStore);
  private readonly uploads = inject(UploadManager);

  protected readonly accept = ACCEPT.thumbnail;
  protected readonly jobs = computed(() => this.uploads.jobsFor('thumbnail'));
  protected readonly hasThumbnail = computed(() => Boolean(this.store.course()?.hasThumbnail));
  /** The newest picked image while it uploads, else the course's own. */
  protected readonly previewSrc = computed(
    () => this.jobs().at(-1)?.previewUrl ?? (this.store.course()?.thumbnailUrl || null),
  );

  protected upload(files: File[]): void {
    this.uploads.start({ kind: 'thumbnail' }, files[0]);
  }
}
