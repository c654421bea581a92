import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { TeacherProfile } from '@lessonstage/shared';
import { acceptedFormats, isAcceptedType, readableMaxSize, UPLOAD_RULES } from '@lessonstage/shared/authoring-rules';
import { firstValueFrom } from 'rxjs';

import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { adminErrorMessage } from '../data/admin-error-message';
import { TeacherProfileApi } from '../data/teacher-profile.api';
import { FilePicker } from '../uploads/file-picker';
import { ACCEPT, contentTypeOf } from '../uploads/file-types';
import { UploadTransfer, UploadTransferError } from '../../../shared/uploads/upload-transfer';

/** The photo follows the course cover's rules (same formats and size). */
const PHOTO_KIND = 'thumbnail';

/** The teacher's photo: shown round, uploaded straight to storage like a cover, checked before it goes. */
@Component({
  selector: 'app-teacher-photo',
  imports: [FilePicker, FormAlert],
  template: `
    <div class="photo-row">
      @if (photoUrl(); as url) {
        <img class="photo" [src]="url" alt="Your photo" width="96" height="96" data-testid="teacher-photo" />
      } @else {
        <div class="photo photo--empty" aria-hidden="true">{{ initial() }}</div>
      }
      <div class="photo-actions">
        <app-file-picker [accept]="accept" testId="teacher-photo-input" [disabled]="uploading()" (files)="upload($event[0])">
          {{ uploading() ? 'Uploading…' : photoUrl() ? 'Replace photo' : 'Upload photo' }}
        </app-file-picker>
        <p class="hint">{{ hint }}</p>
      </div>
    </div>
    <app-form-alert [message]="error()" />
  `,
  styles: `
    .photo-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
    }

    .photo {
      width: 96px;
      height: 96px;
      border-radius: 50%;
      object-fit: cover;
    }

    .photo--empty {
      display: grid;
      place-items: center;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font: var(--mat-sys-headline-medium);
    }

    .hint {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeacherPhoto {
  readonly photoUrl = input.required<string>();
  readonly initial = input('');
  /** The profile with the new photo, once it is recorded. */
  readonly uploaded = output<TeacherProfile>();

  private readonly api = inject(TeacherProfileApi);
  private readonly transfer = inject(UploadTransfer);
  protected readonly accept = ACCEPT.thumbnail;
  protected readonly hint = `${acceptedFormats(PHOTO_KIND)}, at most ${readableMaxSize(PHOTO_KIND)}. Shown round on your course pages.`;
  protected readonly uploading = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async upload(file: File | undefined): Promise<void> {
    if (!file || this.uploading()) {
      return;
    }
    const contentType = contentTypeOf(file);
    if (!isAcceptedType(PHOTO_KIND, contentType) || file.size > UPLOAD_RULES[PHOTO_KIND].maxBytes) {
      this.error.set(`${file.name} can't be used as your photo: use ${acceptedFormats(PHOTO_KIND)}, at most ${readableMaxSize(PHOTO_KIND)}.`);
      return;
    }
    this.uploading.set(true);
    this.error.set(null);
    try {
      const ticket = await firstValueFrom(this.api.photoTicket(contentType, file.size));
      await this.transfer.send(ticket, file, () => undefined, new AbortController().signal);
      this.uploaded.emit(await firstValueFrom(this.api.completePhoto(ticket.key)));
    } catch (error) {
      this.error.set(error instanceof UploadTransferError ? error.message : adminErrorMessage(error));
    } finally {
      this.uploading.set(false);
    }
  }
}
