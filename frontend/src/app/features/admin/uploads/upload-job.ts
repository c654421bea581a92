import { computed, signal } from '@angular/core';
import type { UploadTicket } from '@lessonstage/shared';
import type { UploadKind } from '@lessonstage/shared/authoring-rules';

/** Where a file goes: the course's thumbnail, or a lesson's video or materials. */
export interface UploadTarget {
  readonly kind: UploadKind;
  readonly lessonId?: string;
  /** For captions: their language (BCP 47) and what the player's captions menu calls them. */
  readonly captions?: { readonly lang: string; readonly label: string };
}

/**
 * starting: asking the API for upload URLs · uploading: bytes going to storage ·
 * finishing: recording the file on the course · failed: stopped with `error` (Retry starts over).
 * A finished or cancelled upload is no longer listed.
 */
export type UploadState = 'starting' | 'uploading' | 'finishing' | 'failed';

let nextId = 0;

/** One file on its way to storage, as the progress rows show it. */
export class UploadJob {
  readonly id = `upload-${++nextId}`;
  readonly sentBytes = signal(0);
  readonly state = signal<UploadState>('starting');
  readonly error = signal<string | null>(null);
  /** Whether trying again could help: not for a file of the wrong type or size, which would be refused again. */
  readonly retryable = signal(true);
  readonly percent = computed(() =>
    this.file.size > 0 ? Math.min(100, Math.floor((this.sentBytes() / this.file.size) * 100)) : 0,
  );

  /** The running attempt's cancel switch and ticket. */
  controller: AbortController | null = null;
  ticket: UploadTicket | null = null;

  constructor(
    readonly target: UploadTarget,
    readonly file: File,
    /** An object URL of the file, to preview a thumbnail while it uploads. */
    readonly previewUrl: string | null = null,
  ) {}

  get fileName(): string {
    return this.file.name;
  }

  isFor(kind: UploadKind, lessonId?: string): boolean {
    return this.target.kind === kind && this.target.lessonId === lessonId;
  }
}
