import { ChangeDetectionStrategy, Component, ElementRef, input, output, signal, viewChild } from '@angular/core';
import type { SubmissionDetail } from '@lessonstage/shared';

import { SubmissionTimeline } from './submission-timeline';

/** A take playing (MP4/WebM through its short-lived link), its comments on the timeline, and the teacher's video answer. */
@Component({
  selector: 'app-submission-viewer',
  imports: [SubmissionTimeline],
  template: `
    <video
      #video
      class="video"
      controls
      playsinline
      preload="metadata"
      data-testid="submission-video"
      [src]="detail().videoUrl"
      [attr.aria-label]="'Take by ' + detail().studentName"
      (timeupdate)="onTime(video)"
    ></video>
    <app-submission-timeline [durationMs]="detail().durationMs" [comments]="detail().comments" [currentMs]="currentMs()" (seek)="seekTo($event)" />
    @if (detail().note) {
      <p class="note">“{{ detail().note }}”</p>
    }
    @if (detail().replyUrl; as replyUrl) {
      <h4 class="answer-title">The teacher's answer</h4>
      <video class="video" controls playsinline preload="metadata" data-testid="reply-video" [src]="replyUrl" aria-label="The teacher's video answer"></video>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .video {
      display: block;
      width: 100%;
      max-height: 60vh;
      background: #000;
      border-radius: 8px;
    }
    .note {
      margin: 8px 0;
      font-style: italic;
    }
    .answer-title {
      margin: 16px 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionViewer {
  readonly detail = input.required<SubmissionDetail>();
  /** Where the take is, in ms, as it plays (the teacher pins comments there). */
  readonly time = output<number>();

  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  protected readonly currentMs = signal(0);

  protected onTime(video: HTMLVideoElement): void {
    const ms = Math.round(video.currentTime * 1000);
    this.currentMs.set(ms);
    this.time.emit(ms);
  }

  protected seekTo(ms: number): void {
    const video = this.video()?.nativeElement;
    if (video) {
      video.currentTime = ms / 1000;
      this.currentMs.set(ms);
      this.time.emit(ms);
    }
  }
}
