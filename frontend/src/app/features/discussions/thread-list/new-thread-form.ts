import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { DiscussionThread } from '@lessonstage/shared';
import { MAX_POST_TEXT_LENGTH, MAX_THREAD_TITLE_LENGTH } from '@lessonstage/shared/discussion-rules';

import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { DiscussionsApi } from '../discussions.api';
import { formatMoment, postErrorMessage } from '../post-error';

const blankIsEmpty = Validators.pattern(/\S/);

/** Starting a thread, optionally about a moment of a lesson (prefilled from "Ask about this moment"). */
@Component({
  selector: 'app-new-thread-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatHint, MatError, MatButton, FormAlert, PendingButton],
  providers: [FORM_FIELD_DEFAULTS],
  template: `
    <form class="new-thread" [formGroup]="form" (ngSubmit)="submit()" aria-labelledby="new-thread-heading" data-testid="new-thread-form">
      <h2 id="new-thread-heading" class="heading">Start a thread</h2>
      @if (lessonId(); as lessonId) {
        <p class="moment" data-testid="new-thread-moment">
          About {{ lessonTitle() || 'a lesson' }}@if (atMs() !== undefined) { at {{ moment() }}}.
          <button matButton type="button" (click)="dropMoment()">Not about this moment</button>
        </p>
      }
      <mat-form-field>
        <mat-label>Title</mat-label>
        <input matInput formControlName="title" [maxlength]="titleMax" data-testid="thread-title-input" />
        <mat-error>Give your thread a title (at most {{ titleMax }} characters).</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Your question or idea</mat-label>
        <textarea matInput formControlName="text" rows="5" data-testid="thread-text-input"></textarea>
        <mat-hint>Markdown works: **bold**, lists, [links](https://…).</mat-hint>
        <mat-hint align="end">{{ textLength() }} / {{ textMax }}</mat-hint>
        <mat-error>Write something (at most {{ textMax }} characters).</mat-error>
      </mat-form-field>
      <app-form-alert [message]="error()" />
      <app-pending-button [pending]="sending()" data-testid="thread-submit">Post thread</app-pending-button>
    </form>
  `,
  styles: `
    .new-thread {
      display: grid;
      gap: 8px;
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }

    .heading {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }

    .moment {
      margin: 0;
    }

    app-pending-button {
      justify-self: start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewThreadForm {
  readonly courseId = input.required<string>();
  readonly lessonId = input<string | undefined>();
  readonly lessonTitle = input<string | undefined>();
  readonly atMs = input<number | undefined>();
  readonly created = output<DiscussionThread>();
  /** The thread should not be tied to the prefilled moment after all. */
  readonly momentDropped = output<void>();

  private readonly api = inject(DiscussionsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly titleMax = MAX_THREAD_TITLE_LENGTH;
  protected readonly textMax = MAX_POST_TEXT_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, blankIsEmpty, Validators.maxLength(MAX_THREAD_TITLE_LENGTH)]],
    text: ['', [Validators.required, blankIsEmpty, Validators.maxLength(MAX_POST_TEXT_LENGTH)]],
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly textLength = computed(() => this.value().text?.length ?? 0);
  protected readonly moment = computed(() => formatMoment(this.atMs() ?? 0));
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected dropMoment(): void {
    this.momentDropped.emit();
  }

  protected submit(): void {
    if (this.sending() || !checkForm(this.form, this.host)) return;
    const { title, text } = this.form.getRawValue();
    const lessonId = this.lessonId();
    const atMs = this.atMs();
    this.sending.set(true);
    this.error.set(null);
    this.api.createThread(this.courseId(), { title, text, ...(lessonId ? { lessonId, ...(atMs === undefined ? {} : { atMs }) } : {}) }).subscribe({
      next: (thread) => {
        this.sending.set(false);
        this.form.reset();
        this.created.emit(thread);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.error.set(postErrorMessage(error));
      },
    });
  }
}
