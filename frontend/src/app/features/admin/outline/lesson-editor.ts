import { CdkDragHandle } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MatSlideToggle, MatSlideToggleChange } from '@angular/material/slide-toggle';
import type { AdminLesson, Material } from '@lessonstage/shared';
import type { ScoreFormat } from '@lessonstage/shared/practice-rules';

import { DurationPipe } from '../../../shared/format/duration.pipe';
import { formatBytes } from '../../../shared/format/format-bytes';
import { confirmAction } from '../../../shared/ui/modal/confirm-dialog';
import { Modal } from '../../../shared/ui/modal/modal';
import { CourseEditorStore } from '../data/course-editor.store';
import { fileKindLabel } from '../format/file-kind-label';
import { Icon } from '../ui/icon';
import { promptForText } from '../ui/text-prompt-dialog';
import { FilePicker } from '../uploads/file-picker';
import { ACCEPT } from '../uploads/file-types';
import { UploadManager } from '../uploads/upload-manager';
import { UploadProgress } from '../uploads/upload-progress';
import { TranscodeWatch } from '../data/transcode-watch';
import { LessonDescriptionField } from './lesson-description-field';
import { TranscodeStatus } from './transcode-status';
import { RowActions } from './row-actions';

/**
 * One lesson in the outline: title with move/rename/delete, the "free preview" switch, its description, its video
 * (file, size, duration, upload) and its materials (list, delete, add). Sits inside the
 * outline's draggable item; the drag handle is here.
 */
@Component({
  selector: 'app-lesson-editor',
  imports: [MatButton, MatIconButton, MatSlideToggle, RouterLink, CdkDragHandle, DurationPipe, FilePicker, UploadProgress, RowActions, Icon, LessonDescriptionField, TranscodeStatus],
  templateUrl: './lesson-editor.html',
  styleUrl: './lesson-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonEditor {
  readonly lesson = input.required<AdminLesson>();
  /** Its number in the course (1-based), as students see it. */
  readonly number = input.required<number>();
  readonly canMoveUp = input(true);
  readonly canMoveDown = input(true);

  /** Move one step up (-1) or down (+1); the outline works out where that is. */
  readonly step = output<-1 | 1>();

  protected readonly store = inject(CourseEditorStore);
  private readonly uploads = inject(UploadManager);
  private readonly modal = inject(Modal);
  protected readonly transcodes = inject(TranscodeWatch);

  protected readonly accept = ACCEPT;
  protected readonly formatBytes = formatBytes;
  protected readonly fileKindLabel = fileKindLabel;
  protected readonly scoreFormats: Record<ScoreFormat, string> = { 'guitar-pro': 'Guitar Pro', musicxml: 'MusicXML', alphatex: 'alphaTex' };
  protected readonly videoJobs = computed(() => this.uploads.jobsFor('video', this.lesson().lessonId));
  protected readonly materialJobs = computed(() => this.uploads.jobsFor('material', this.lesson().lessonId));
  protected readonly scoreJobs = computed(() => this.uploads.jobsFor('score', this.lesson().lessonId));
  /** One video at a time: a second pick would only replace the first. */
  protected readonly videoUploading = computed(() => this.videoJobs().some((job) => job.state() !== 'failed'));
  /** Its video's conversion for streaming (HLS), polled while under way. */
  protected readonly transcode = computed(() => this.transcodes.stateOf(this.lesson()));
  protected readonly busy = computed(() => this.store.isPending(`lesson:${this.lesson().lessonId}`));

  protected setPreview(change: MatSlideToggleChange): void {
    void this.store.setPreview(this.lesson().lessonId, change.checked);
  }

  protected async rename(): Promise<void> {
    const lesson = this.lesson();
    const title = await promptForText(this.modal, {
      title: 'Rename lesson',
      label: 'Lesson title',
      value: lesson.title,
      confirmLabel: 'Rename',
    });
    if (title !== null && title !== lesson.title) {
      void this.store.renameLesson(lesson.lessonId, title);
    }
  }

  protected async remove(): Promise<void> {
    const lesson = this.lesson();
    const confirmed = await confirmAction(this.modal, {
      title: 'Delete lesson?',
      message: `“${lesson.title}” will be deleted with its video and materials. This cannot be undone.`,
      confirmLabel: 'Delete lesson',
    });
    if (confirmed) {
      void this.store.removeLesson(lesson.lessonId);
    }
  }

  protected retryTranscode(): void {
    void this.transcodes.retry(this.lesson().lessonId);
  }

  protected uploadVideo(files: File[]): void {
    this.uploads.start({ kind: 'video', lessonId: this.lesson().lessonId }, files[0]);
  }

  /** A Guitar Pro, MusicXML or alphaTex file: the player shows it in time with the video. */
  protected uploadScore(files: File[]): void {
    this.uploads.start({ kind: 'score', lessonId: this.lesson().lessonId }, files[0]);
  }

  protected uploadMaterials(files: File[]): void {
    for (const file of files) {
      this.uploads.start({ kind: 'material', lessonId: this.lesson().lessonId }, file);
    }
  }

  protected async removeMaterial(material: Material): Promise<void> {
    const confirmed = await confirmAction(this.modal, {
      title: 'Delete material?',
      message: `“${material.fileName}” will be deleted from “${this.lesson().title}”.`,
      confirmLabel: 'Delete file',
    });
    if (confirmed) {
      void this.store.removeMaterial(this.lesson().lessonId, material.materialId);
    }
  }
}
