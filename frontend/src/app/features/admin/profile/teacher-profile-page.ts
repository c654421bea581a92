import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { TeacherProfile } from '@lessonstage/shared';
import { TEACHER_BIO_MAX_LENGTH, TEACHER_NAME_MAX_LENGTH } from '@lessonstage/shared/authoring-rules';

import { apiErrorMessage } from '../../../core/http/api-error-message';
import { checkForm } from '../../../shared/forms/check-form';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { notBlank } from '../course-form/title-validators';
import { adminErrorMessage } from '../data/admin-error-message';
import { TeacherProfileApi } from '../data/teacher-profile.api';
import { TeacherPhoto } from './teacher-photo';

/**
 * /admin/profile: the name, short bio and photo students see on the teacher's course pages
 * ("Taught by …"). Saving copies them onto every course the teacher created.
 */
@Component({
  selector: 'app-teacher-profile-page',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatHint, MatError, ErrorState, FormAlert, LoadingState, PendingButton, TeacherPhoto],
  providers: [FORM_FIELD_DEFAULTS],
  templateUrl: './teacher-profile-page.html',
  styleUrl: './teacher-profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeacherProfilePage {
  private readonly api = inject(TeacherProfileApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly nameMax = TEACHER_NAME_MAX_LENGTH;
  protected readonly bioMax = TEACHER_BIO_MAX_LENGTH;
  protected readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly loadError = signal('');
  protected readonly profile = signal<TeacherProfile | null>(null);
  protected readonly saving = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly tone = signal<'error' | 'info'>('info');
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, notBlank, Validators.maxLength(TEACHER_NAME_MAX_LENGTH)]],
    bio: ['', Validators.maxLength(TEACHER_BIO_MAX_LENGTH)],
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly bioLength = computed(() => this.value().bio?.length ?? 0);
  /** What students will read under "Taught by", as typed. */
  protected readonly previewName = computed(() => this.value().displayName?.trim() || this.profile()?.displayName || '');

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.api
      .get()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (profile) => this.show(profile),
        error: (error: unknown) => {
          this.loadError.set(apiErrorMessage(error));
          this.status.set('error');
        },
      });
  }

  protected save(): void {
    if (this.saving() || !checkForm(this.form, this.host)) {
      return;
    }
    this.saving.set(true);
    this.message.set(null);
    this.api
      .save(this.form.getRawValue())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (profile) => {
          this.show(profile);
          this.saving.set(false);
          this.tone.set('info');
          this.message.set('Saved. Your courses now show this profile.');
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.tone.set('error');
          this.message.set(adminErrorMessage(error));
        },
      });
  }

  protected photoUploaded(profile: TeacherProfile): void {
    this.profile.set(profile);
    this.tone.set('info');
    this.message.set('Photo saved. Your courses now show it.');
  }

  private show(profile: TeacherProfile): void {
    this.profile.set(profile);
    this.form.reset({ displayName: profile.displayName, bio: profile.bio });
    this.status.set('ready');
  }
}
