import { DestroyRef, inject, Injectable, signal } from '@angular/core';

import type { BarTimeline } from '../timing/bar-timeline';
import { clicksFor, SCHEDULER_INTERVAL_MS, videoWindow } from './click-schedule';
import { ClickPlayer } from './click-player';
import { OutputOffset } from './output-offset';

/**
 * Clicks on the lesson's beats while its video plays: a lookahead scheduler wakes every 25 ms
 * and books the beats of the next ~120 ms on the audio clock, so timer jitter never reaches
 * the clicks. The video time is read against the audio clock on each pass; a seek, a pause or
 * a speed change throws away what was booked and starts again from the video's time.
 */
@Injectable()
export class Metronome {
  private readonly clicks = inject(ClickPlayer);
  private readonly offset = inject(OutputOffset);
  readonly enabled = signal(false);

  private video: HTMLVideoElement | null = null;
  private timeline: BarTimeline | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private bookedUntilMs: number | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  follow(video: HTMLVideoElement | null, timeline: BarTimeline | null): void {
    this.video = video;
    this.timeline = timeline;
    this.restart();
  }

  toggle(): void {
    this.enabled.update((on) => !on);
    this.restart();
  }

  /** Forget what was booked: call on seek, pause, play and speed changes. */
  restart(): void {
    this.clicks.cancel('metronome');
    this.bookedUntilMs = null;
    const run = this.enabled() && this.video && this.timeline && !this.video.paused;
    if (run && this.timer === null) {
      this.clicks.audio();
      this.timer = setInterval(() => this.schedule(), SCHEDULER_INTERVAL_MS);
      this.schedule();
    } else if (!run) {
      this.stop();
    }
  }

  private schedule(): void {
    const { video, timeline } = this;
    if (!video || !timeline || video.paused || video.seeking) return;
    const clock = { mediaMs: video.currentTime * 1000, contextTime: this.clicks.now(), speed: video.playbackRate };
    const offsetMs = this.offset.ms();
    const [from, to] = videoWindow(clock, this.bookedUntilMs, offsetMs);
    for (const click of clicksFor(timeline.beatsBetween(from, to), clock, offsetMs)) {
      this.clicks.click(click.at, click.accent);
    }
    this.bookedUntilMs = to;
  }

  private stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
