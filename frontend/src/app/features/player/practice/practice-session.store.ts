import { computed, DestroyRef, inject, Injectable, signal, untracked } from '@angular/core';

import { LoopMarks, loopRange, LoopRange, markA, markB, NO_MARKS, outsideLoop, reachedLoopEnd } from './loop/loop-range';
import { countInClicks } from './metronome/click-schedule';
import { ClickPlayer } from './metronome/click-player';
import { Metronome } from './metronome/metronome';
import { BarTimeline } from './timing/bar-timeline';
import { watchFrames } from './video-frames';

const DEFAULT_BEAT_MS = 500;
const SEEK_S = 5;

/**
 * One lesson's practice state around its `<video>`: the A–B loop (checked on every video frame,
 * so the jump back lands within half a frame of B), repetitions, the count-in, the metronome and
 * bar-wise seeking. Provided by the practice panel; its parts inject it.
 */
@Injectable()
export class PracticeSession {
  private readonly clicks = inject(ClickPlayer);
  readonly metronome = inject(Metronome);

  readonly video = signal<HTMLVideoElement | null>(null);
  readonly timeline = signal<BarTimeline | null>(null);
  readonly marks = signal<LoopMarks>(NO_MARKS);
  readonly range = computed(() => loopRange(this.marks()));
  readonly looping = signal(false);
  /** Passes of the loop completed since it was set or turned on. */
  readonly repetitions = signal(0);
  readonly countIn = signal(false);
  readonly countingIn = signal(false);
  /** The playback speed; the page owns it (and remembers it), so changes go out through `speedHandler`. */
  readonly speed = signal(1);
  speedHandler: (speed: number) => void = () => undefined;

  private readonly repetitionListeners = new Set<() => void>();
  private detach: (() => void) | null = null;
  private countInTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.detach?.();
      this.cancelCountIn();
    });
  }

  attach(video: HTMLVideoElement | null): void {
    this.detach?.();
    this.detach = null;
    this.video.set(video);
    this.metronome.follow(video, untracked(this.timeline));
    if (video) this.detach = this.listen(video);
  }

  setTimeline(timeline: BarTimeline | null): void {
    this.timeline.set(timeline);
    this.metronome.follow(untracked(this.video), timeline);
  }

  /** Called after each completed pass (the speed trainer counts them). */
  onRepetition(listener: () => void): () => void {
    this.repetitionListeners.add(listener);
    return () => this.repetitionListeners.delete(listener);
  }

  /** Taken at once (two quick "-" presses must both count), then handed to the page. */
  setSpeed(speed: number): void {
    this.speed.set(speed);
    this.speedHandler(speed);
  }

  nowMs(): number {
    return (this.video()?.currentTime ?? 0) * 1000;
  }

  setA(atMs = this.nowMs()): void {
    this.marks.update((marks) => markA(marks, atMs));
    this.repetitions.set(0);
  }

  setB(atMs = this.nowMs()): void {
    const duration = (this.video()?.duration ?? Number.NaN) * 1000;
    const before = this.marks();
    this.marks.set(markB(before, atMs, duration));
    if (this.marks() !== before) {
      this.repetitions.set(0);
      this.looping.set(true); // B closes the loop: start practising it
    }
  }

  /** Sets both marks at once (a saved loop, bars picked on the score) and loops them from A. */
  setRange(range: LoopRange): void {
    this.marks.set({ a: range.startMs, b: range.endMs });
    this.repetitions.set(0);
    this.looping.set(true);
    this.seekMs(range.startMs);
  }

  clearLoop(): void {
    this.marks.set(NO_MARKS);
    this.looping.set(false);
    this.repetitions.set(0);
    this.cancelCountIn();
  }

  toggleLooping(): void {
    const range = this.range();
    if (!range) return;
    const on = !this.looping();
    this.looping.set(on);
    this.repetitions.set(0);
    if (on && outsideLoop(this.nowMs(), range)) this.seekMs(range.startMs);
    if (!on) this.cancelCountIn();
  }

  togglePlay(): void {
    const video = this.video();
    if (!video) return;
    if (video.paused) void video.play()?.catch(() => undefined);
    else video.pause();
  }

  seekBy(seconds: number): void {
    this.seekMs(this.nowMs() + seconds * 1000);
  }

  /** One bar back or on, or 5 s without a known tempo. */
  seekBar(direction: -1 | 1): void {
    const timeline = this.timeline();
    if (timeline) this.seekMs(timeline.neighbourBarMs(this.nowMs(), direction));
    else this.seekBy(direction * SEEK_S);
  }

  seekMs(ms: number): void {
    const video = this.video();
    if (!video) return;
    const end = Number.isFinite(video.duration) ? video.duration : Infinity;
    video.currentTime = Math.min(end, Math.max(0, ms / 1000));
  }

  private listen(video: HTMLVideoElement): () => void {
    const restartClicks = () => this.metronome.restart();
    const events = ['play', 'pause', 'seeked', 'ratechange'] as const;
    for (const name of events) video.addEventListener(name, restartClicks);
    const onEnded = () => this.onEnded(video);
    video.addEventListener('ended', onEnded);
    const stopFrames = watchFrames(video, (prevMs, nowMs) => this.onFrame(prevMs, nowMs));
    return () => {
      for (const name of events) video.removeEventListener(name, restartClicks);
      video.removeEventListener('ended', onEnded);
      stopFrames();
    };
  }

  private onFrame(prevMs: number | null, nowMs: number): void {
    const range = this.range();
    if (this.looping() && range && !this.countingIn() && reachedLoopEnd(prevMs, nowMs, range)) this.repeat(range);
  }

  /** A loop whose B is the video's end never sees a frame past B: the end event is its seam. */
  private onEnded(video: HTMLVideoElement): void {
    const range = this.range();
    if (this.looping() && range && range.endMs >= video.duration * 1000 - 100) {
      this.repeat(range);
      void video.play()?.catch(() => undefined);
    }
  }

  private repeat(range: LoopRange): void {
    this.repetitions.update((count) => count + 1);
    for (const listener of this.repetitionListeners) listener();
    if (this.countIn()) this.startCountIn(range);
    else this.seekMs(range.startMs);
  }

  /** One bar of clicks with the video paused at A, then play on the downbeat. */
  private startCountIn(range: LoopRange): void {
    const video = this.video();
    const context = this.clicks.audio();
    if (!video) return;
    video.pause();
    this.seekMs(range.startMs);
    if (!context) {
      void video.play()?.catch(() => undefined);
      return;
    }
    const timeline = this.timeline();
    const beats = timeline?.beatsPerBar ?? 4;
    const beatMs = timeline?.beatMsAt(range.startMs) ?? DEFAULT_BEAT_MS;
    const speed = video.playbackRate || 1;
    const startAt = context.currentTime + 0.05;
    for (const click of countInClicks(startAt, beats, beatMs, speed)) this.clicks.click(click.at, click.accent, 'count-in');
    this.countingIn.set(true);
    const downbeatInMs = (startAt - context.currentTime) * 1000 + (beats * beatMs) / speed;
    this.countInTimer = setTimeout(() => {
      this.countingIn.set(false);
      this.countInTimer = null;
      void video.play()?.catch(() => undefined);
    }, downbeatInMs);
  }

  private cancelCountIn(): void {
    if (this.countInTimer !== null) clearTimeout(this.countInTimer);
    this.countInTimer = null;
    this.countingIn.set(false);
    this.clicks.cancel('count-in');
  }
}
