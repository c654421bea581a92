import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { SUBMISSION_MAX_SECONDS } from '@lessonstage/shared/exchange-rules';

/** What MediaRecorder should make, best first: WebM where it can (Chromium, Firefox), MP4 in Safari. */
const TYPES = ['video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'];

export interface RecordedTake {
  readonly blob: Blob;
  /** Measured while recording: a recorder's WebM states no length of its own. */
  readonly durationSec: number;
}

/** The camera and microphone, and one recording at a time (stopped by itself at 10 minutes). */
@Injectable()
export class CameraRecorder {
  readonly stream = signal<MediaStream | null>(null);
  readonly elapsedMs = signal(0);

  private recorder: MediaRecorder | null = null;
  private chunks: Blob[] = [];
  private startedAt = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.close());
  }

  async open(): Promise<void> {
    if (!this.stream()) {
      this.stream.set(await navigator.mediaDevices.getUserMedia({ video: true, audio: true }));
    }
  }

  start(onLimit: () => void): void {
    const stream = this.stream();
    if (!stream) {
      return;
    }
    const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type));
    this.chunks = [];
    this.recorder = new MediaRecorder(stream, mimeType ? { mimeType } : {});
    this.recorder.ondataavailable = (event) => {
      if (event.data.size) {
        this.chunks.push(event.data);
      }
    };
    this.recorder.start(1000);
    this.startedAt = performance.now();
    this.elapsedMs.set(0);
    this.ticker = setInterval(() => {
      this.elapsedMs.set(performance.now() - this.startedAt);
      if (this.elapsedMs() >= SUBMISSION_MAX_SECONDS * 1000 - 1000) {
        onLimit();
      }
    }, 250);
  }

  stop(): Promise<RecordedTake> {
    clearInterval(this.ticker);
    const recorder = this.recorder;
    const durationSec = (performance.now() - this.startedAt) / 1000;
    return new Promise((resolve) => {
      if (!recorder || recorder.state === 'inactive') {
        resolve({ blob: new Blob(this.chunks, { type: 'video/webm' }), durationSec });
        return;
      }
      recorder.onstop = () => resolve({ blob: new Blob(this.chunks, { type: recorder.mimeType || 'video/webm' }), durationSec });
      recorder.stop();
      this.recorder = null;
    });
  }

  /** Turns the camera and microphone off. */
  close(): void {
    clearInterval(this.ticker);
    if (this.recorder && this.recorder.state !== 'inactive') {
      this.recorder.stop();
    }
    this.recorder = null;
    this.stream()?.getTracks().forEach((track) => track.stop());
    this.stream.set(null);
  }
}
