import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { AdminLesson, CaptionTrack } from '@lessonstage/shared';
import { CAPTION_LABEL_MAX_LENGTH, canonicalLanguageTag, languageName } from '@lessonstage/shared/authoring-rules';

import { checkForm } from '../../../shared/forms/check-form';
import { confirmAction } from '../../../shared/ui/modal/confirm-dialog';
import { Modal } from '../../../shared/ui/modal/modal';
import { CourseEditorStore } from '../data/course-editor.store';
import { Icon } from '../ui/icon';
import { FilePicker } from '../uploads/file-picker';
import { ACCEPT } from '../uploads/file-types';
import { fileProblem, UploadManager } from '../uploads/upload-manager';
import { UploadJob } from '../uploads/upload-job';
import { UploadProgress } from '../uploads/upload-progress';

function languageTag(control: AbstractControl<string>): ValidationErrors | null {
  return !control.value.trim() || canonicalLanguageTag(control.value) ? null : { languageTag: true };
}

/**
 * A lesson's captions: one file per language (WebVTT or SRT, which the API converts), listed with
 * Delete, and a form to add one (file, language, label). A file the API refuses shows its reason,
 * with the line of the file that is wrong, in the upload row.
 */
@Component({
  selector: 'app-lesson-captions',
  imports: [ReactiveFormsModule, MatButton, MatIconButton, MatFormField, MatLabel, MatInput, MatHint, MatError, FilePicker, UploadProgress, Icon],
  templateUrl: './lesson-captions.html',
  styleUrl: './lesson-captions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonCaptions {
  readonly lesson = input.required<AdminLesson>();

  protected readonly store = inject(CourseEditorStore);
  private readonly uploads = inject(UploadManager);
  private readonly modal = inject(Modal);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly accept = ACCEPT.captions;
  protected readonly maxLabel = CAPTION_LABEL_MAX_LENGTH;
  protected readonly lang = new FormControl('', { nonNullable: true, validators: [Validators.required, languageTag] });
  protected readonly label = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(CAPTION_LABEL_MAX_LENGTH)] });
  protected readonly form = new FormGroup({ lang: this.lang, label: this.label });
  /** Its submitted state is what shows the messages: reset with the values. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly jobs = computed(() => this.uploads.jobsFor('captions', this.lesson().lessonId));
  /** The upload this form started: the form empties once it is recorded, and keeps its values if it fails. */
  private readonly started = signal<UploadJob | null>(null);
  private readonly langValue = toSignal(this.lang.valueChanges, { initialValue: '' });
  /** The language already has captions: uploading replaces them. */
  protected readonly replaces = computed(() => {
    const tag = canonicalLanguageTag(this.langValue());
    return this.lesson().captions?.find((track) => track.lang === tag) ?? null;
  });

  constructor() {
    // A label the teacher has not written follows the language: "pt-BR" → "Português (Brasil)".
    this.lang.valueChanges.subscribe((value) => {
      const tag = canonicalLanguageTag(value);
      if (tag && !this.label.dirty) {
        this.label.setValue(this.replaces()?.label ?? languageName(tag));
      }
    });
    effect(() => {
      const job = this.started();
      if (job && !this.jobs().includes(job)) {
        untracked(() => {
          if (job.state() !== 'failed') {
            this.formDirective().resetForm();
          }
          this.started.set(null);
        });
      }
    });
  }

  protected pick(files: File[]): void {
    const file = files[0] ?? null;
    this.file.set(file);
    this.fileError.set(file && fileProblem('captions', file));
  }

  protected upload(): void {
    const file = this.file();
    if (!file) {
      this.fileError.set('Choose a WebVTT (.vtt) or SRT (.srt) file.');
    }
    if (!checkForm(this.form, this.host) || !file || this.fileError()) {
      return;
    }
    const lang = canonicalLanguageTag(this.lang.value)!;
    this.started.set(this.uploads.start({ kind: 'captions', lessonId: this.lesson().lessonId, captions: { lang, label: this.label.value.trim() } }, file));
    this.file.set(null);
  }

  protected async remove(track: CaptionTrack): Promise<void> {
    const confirmed = await confirmAction(this.modal, {
      title: 'Delete captions?',
      message: `The ${track.label} (${track.lang}) captions will be deleted from “${this.lesson().title}”.`,
      confirmLabel: 'Delete captions',
    });
    if (confirmed) {
      void this.store.removeCaptions(this.lesson().lessonId, track.lang);
    }
  }
}
