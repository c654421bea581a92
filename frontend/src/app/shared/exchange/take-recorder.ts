import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { Submission } from '@lessonstage/shared';
import { formatMoment, SUBMISSION_MAX_SECONDS, SUBMISSION_NOTE_MAX_LENGTH } from '@lessonstage/shared/exchange-rules';
import { firstValueFrom } from 'rxjs';

import { apiErrorMessage } from '../../core/http/api-error-message';
import { FormAlert } from '../ui/form-alert/form-alert';
import { isAbortError, UploadTransferError } from '../uploads/upload-transfer';
import { VIDEO_DURATION_READER } from '../uploads/video-duration';
import { ExchangeApi } from './exchange.api';
import { baseContentType, takeProblem } from './take-check';
import { CameraRecorder } from './camera-recorder';
import { TakeUpload } from './take-upload';

type Step = 'choose' | 'camera' | 'count-in' | 'recording' | 'ready' | 'sending';

interface Take {
  readonly file: Blob;
  readonly fileName: string;
  readonly durationSec: number;
  readonly url: string;
}

/**
 * Records a take in the browser (camera and microphone, a preview, re-take) or takes a video
 * file, then uploads it straight to storage with a progress bar and sends it: as a student's
 * take on the lesson, or as the teacher's answer to `answerTo`.
 */
@Component({
  selector: 'app-take-recorder',
  imports: [MatButton, MatProgressBar, FormAlert],
  providers: [CameraRecorder],
  templateUrl: './take-recorder.html',
  styleUrl: './take-recorder.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TakeRecorder {
  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();
  /** The submission this video answers (a teacher's reply); a student's new take when unset. */
  readonly answerTo = input<string | null>(null);
  /** Awaited between "Start recording" and the recording (a metronome's count-in); aborted by Cancel. */
  readonly countIn = input<((signal: AbortSignal) => Promise<void>) | null>(null);
  readonly sent = output<Submission>();
  /** True when the camera starts recording, false when it stops. */
  readonly recordingChange = output<boolean>();

  private readonly api = inject(ExchangeApi);
  private readonly uploads = inject(TakeUpload);
  private readonly readDuration = inject(VIDEO_DURATION_READER);
  protected readonly camera = inject(CameraRecorder);

  protected readonly step = signal<Step>('choose');
  protected readonly take = signal<Take | null>(null);
  protected readonly note = signal('');
  protected readonly error = signal('');
  protected readonly percent = signal(0);
  protected readonly maxNote = SUBMISSION_NOTE_MAX_LENGTH;
  protected readonly maxLength = formatMoment(SUBMISSION_MAX_SECONDS * 1000);
  protected readonly elapsed = () => formatMoment(this.camera.elapsedMs());

  private readonly live = viewChild<ElementRef<HTMLVideoElement>>('live');
  private sending: AbortController | null = null;
  private counting: AbortController | null = null;

  constructor() {
    effect(() => {
      const video = this.live()?.nativeElement;
      if (video) {
        video.srcObject = this.camera.stream();
      }
    });
    inject(DestroyRef).onDestroy(() => {
      this.sending?.abort();
      this.counting?.abort();
      this.discardTake();
    });
  }

  protected async openCamera(): Promise<void> {
    this.error.set('');
    try {
      await this.camera.open();
      this.step.set('camera');
    } catch {
      this.error.set("We couldn't use your camera and microphone. Allow them in the browser, or choose a video file instead.");
    }
  }

  protected async startRecording(): Promise<void> {
    const countIn = this.countIn();
    if (countIn) {
      const counting = (this.counting = new AbortController());
      this.step.set('count-in');
      await countIn(counting.signal);
      this.counting = null;
      if (counting.signal.aborted) return;
    }
    this.camera.start(() => void this.stopRecording());
    this.step.set('recording');
    this.recordingChange.emit(true);
  }

  protected cancelCountIn(): void {
    this.counting?.abort();
    this.step.set('camera');
  }

  protected async stopRecording(): Promise<void> {
    this.recordingChange.emit(false);
    const recorded = await this.camera.stop();
    const extension = recorded.blob.type.includes('mp4') ? 'mp4' : 'webm';
    this.useTake(recorded.blob, `take.${extension}`, recorded.durationSec);
  }

  protected retake(): void {
    this.discardTake();
    this.step.set(this.camera.stream() ? 'camera' : 'choose');
  }

  protected async chooseFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      return;
    }
    this.error.set('');
    const durationSec = await this.readDuration(file);
    const problem = takeProblem({ type: baseContentType(file.type), size: file.size }, durationSec);
    if (problem) {
      this.error.set(problem);
      return;
    }
    this.camera.close();
    this.useTake(file, file.name, durationSec!);
  }

  protected async send(): Promise<void> {
    const take = this.take();
    if (!take) {
      return;
    }
    const contentType = baseContentType(take.file.type);
    const problem = takeProblem({ type: contentType, size: take.file.size }, take.durationSec);
    if (problem) {
      this.error.set(problem);
      return;
    }
    this.error.set('');
    this.step.set('sending');
    this.percent.set(0);
    this.sending = new AbortController();
    try {
      const file = take.file.type === contentType ? take.file : new Blob([take.file], { type: contentType });
      const uploaded = await this.uploads.upload(
        file,
        { courseId: this.courseId(), lessonId: this.lessonId(), fileName: take.fileName, contentType, sizeBytes: file.size },
        (bytes) => this.percent.set(Math.min(100, Math.floor((bytes / Math.max(1, file.size)) * 100))),
        this.sending.signal,
      );
      const video = { ...uploaded, parts: uploaded.parts ? [...uploaded.parts] : undefined, fileName: take.fileName, durationSec: Math.max(0.1, take.durationSec) };
      const answerTo = this.answerTo();
      const saved = await firstValueFrom(
        answerTo ? this.api.reply(answerTo, video) : this.api.send(this.courseId(), this.lessonId(), { ...video, note: this.note().trim() || undefined }),
      );
      this.discardTake();
      this.camera.close();
      this.note.set('');
      this.step.set('choose');
      this.sent.emit(saved);
    } catch (error) {
      if (!isAbortError(error)) {
        this.error.set(error instanceof UploadTransferError ? error.message : apiErrorMessage(error));
      }
      this.step.set('ready');
    } finally {
      this.sending = null;
    }
  }

  protected cancel(): void {
    this.sending?.abort();
  }

  protected setNote(value: string): void {
    this.note.set(value.slice(0, SUBMISSION_NOTE_MAX_LENGTH));
  }

  private useTake(file: Blob, fileName: string, durationSec: number): void {
    this.discardTake();
    this.take.set({ file, fileName, durationSec, url: URL.createObjectURL(file) });
    this.step.set('ready');
  }

  private discardTake(): void {
    const take = this.take();
    if (take) {
      URL.revokeObjectURL(take.url);
      this.take.set(null);
    }
  }
}
