import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { Lesson } from '@lessonstage/shared';

import { BrowserLocation } from '../../../core/browser/browser-location';
import { LessonMediaApi } from '../../../core/courses/lesson-media.api';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { formatBytes } from '../../../shared/format/format-bytes';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';

type Material = NonNullable<Lesson['materials']>[number];

/** A lesson's downloads (sheet music, tabs, backing tracks): each button fetches a signed link. */
@Component({
  selector: 'app-lesson-materials',
  imports: [MatButton, FormAlert],
  template: `
    <section class="materials" aria-labelledby="materials-heading">
      <h2 class="heading" id="materials-heading">Materials</h2>
      <app-form-alert [message]="error()" />
      <ul class="list">
        @for (material of materials(); track material.materialId) {
          <li>
            <button
              matButton="tonal"
              type="button"
              data-testid="material-download"
              disabledInteractive
              [disabled]="pending() === material.materialId"
              [attr.aria-busy]="pending() === material.materialId || null"
              (click)="download(material)"
            >
              <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M5 20h14v-2H5v2Zm7-18-1.4 1.4L11 4v9.2l-3.6-3.6L6 11l6 6 6-6-1.4-1.4-3.6 3.6V4l.4-.6L12 2Z" />
              </svg>
              {{ material.fileName }}
              <span class="size">({{ size(material.sizeBytes) }})</span>
            </button>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }

    .heading {
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
      font-weight: 600;
    }

    .list {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .icon {
      margin-inline-end: 6px;
      vertical-align: middle;
    }

    .size {
      margin-inline-start: 4px;
      font-weight: 400;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonMaterials {
  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();
  readonly materials = input.required<readonly Material[]>();

  private readonly api = inject(LessonMediaApi);
  private readonly browser = inject(BrowserLocation);

  protected readonly pending = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly size = formatBytes;

  protected download(material: Material): void {
    if (this.pending()) {
      return;
    }
    this.pending.set(material.materialId);
    this.error.set(null);
    this.api.material(this.courseId(), this.lessonId(), material.materialId).subscribe({
      next: (link) => {
        this.browser.download(link.url, material.fileName);
        this.pending.set(null);
      },
      error: (error: unknown) => {
        this.error.set(apiErrorMessage(error));
        this.pending.set(null);
      },
    });
  }
}
