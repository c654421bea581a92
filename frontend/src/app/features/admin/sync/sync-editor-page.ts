import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { AdminLesson, Playback, SyncRequest } from '@lessonstage/shared';
import { MAX_TEMPO_BPM, MIN_TEMPO_BPM } from '@lessonstage/shared/practice-rules';

import { LessonMediaApi } from '../../../core/courses/lesson-media.api';
import { LessonStream } from '../../../shared/media/lesson-stream';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { CourseEditorStore } from '../data/course-editor.store';
import { adminErrorMessage } from '../data/admin-error-message';
import { type PointMove, SyncPointStrip } from './sync-point-strip';
import { clearPoints, moveTo, nudge, NUDGE_MS, removePoint, setFirstBar, SyncTaps, syncTaps, tap, undo } from './sync-taps';

const SIGNATURE_UNITS = [2, 4, 8, 16] as const;

/** Keys of the tapping screen, unless focus is in a field. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

/**
 * /admin/courses/:courseId/lessons/:lessonId/sync: sync a lesson's score to its video. Play the
 * video and tap T on each bar's first beat; drag points on the strip or nudge them by 10 ms, play
 * from them, undo, save.
 * Without a score, set the tempo, time signature and first downbeat instead (the metronome and
 * bar-wise seeking use them).
 */
@Component({
  selector: 'app-sync-editor-page',
  imports: [RouterLink, SyncPointStrip, MatButton, MatFormField, MatLabel, MatInput],
  templateUrl: './sync-editor-page.html',
  styleUrl: './sync-editor-page.scss',
  providers: [CourseEditorStore, FORM_FIELD_DEFAULTS, LessonStream],
  host: { '(document:keydown)': 'onKey($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SyncEditorPage {
  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();

  protected readonly store = inject(CourseEditorStore);
  private readonly media = inject(LessonMediaApi);
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');

  protected readonly lesson = computed(() =>
    this.store.course()?.sections.flatMap((section) => section.lessons).find((lesson) => lesson.lessonId === this.lessonId()) ?? null,
  );
  protected readonly link = signal<Playback | null>(null);
  private readonly stream = inject(LessonStream);
  protected readonly videoSrc = computed(() => this.stream.srcOf(this.link()));
  protected readonly taps = signal<SyncTaps>(syncTaps());
  protected readonly tempo = signal<number | null>(null);
  protected readonly beats = signal(4);
  protected readonly unit = signal<number>(4);
  protected readonly firstDownbeatMs = signal<number | null>(null);
  protected readonly message = signal<string | null>(null);
  /** The video's time, for the strip of points around it. */
  protected readonly videoMs = signal(0);
  protected readonly units = SIGNATURE_UNITS;
  protected readonly minTempo = MIN_TEMPO_BPM;
  protected readonly maxTempo = MAX_TEMPO_BPM;
  protected readonly nudgeMs = NUDGE_MS;

  constructor() {
    effect(() => {
      const [courseId, lessonId] = [this.courseId(), this.lessonId()];
      untracked(() => this.load(courseId, lessonId));
    });
    // A transcoded lesson streams here too (hls.js, its cookies renewed while the page is open).
    this.stream.bind({
      video: computed(() => this.video()?.nativeElement ?? null),
      playback: this.link,
      renew: () => this.media.playback(untracked(this.courseId), untracked(this.lessonId)),
      onFatal: () => this.message.set('The video stopped playing. Reload the page to go on.'),
    });
    // The saved timing, once the course arrives (later answers are this page's own saves).
    let started = false;
    effect(() => {
      const lesson = this.lesson();
      if (lesson && !started) {
        started = true;
        untracked(() => this.start(lesson));
      }
    });
  }

  protected onKey(event: KeyboardEvent): void {
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 't' || event.key === 'T') this.tapNow();
    else if (event.key === 'u' || event.key === 'U') this.edit(undo);
    else return;
    event.preventDefault();
  }

  protected tapNow(): void {
    const video = this.video()?.nativeElement;
    if (video) this.edit((taps) => tap(taps, video.currentTime * 1000));
  }

  protected edit(change: (taps: SyncTaps) => SyncTaps): void {
    this.taps.update(change);
    this.message.set(null);
  }

  protected nudge(index: number, delta: number): void {
    this.edit((taps) => nudge(taps, index, delta));
  }

  protected move({ index, timeMs }: PointMove): void {
    this.edit((taps) => moveTo(taps, index, timeMs));
  }

  protected remove(index: number): void {
    this.edit((taps) => removePoint(taps, index));
  }

  protected clear(): void {
    this.edit(clearPoints);
  }

  protected undo(): void {
    this.edit(undo);
  }

  protected setFirstBar(event: Event): void {
    const bar = Number((event.target as HTMLInputElement).value) - 1;
    this.edit((taps) => setFirstBar(taps, bar));
  }

  /** Preview: play from a second before the point, to hear whether it lands on the beat. */
  protected playFrom(timeMs: number): void {
    const video = this.video()?.nativeElement;
    if (!video) return;
    video.currentTime = Math.max(0, timeMs - 1000) / 1000;
    void video.play()?.catch(() => undefined);
  }

  protected useCurrentTime(): void {
    const video = this.video()?.nativeElement;
    if (video) this.firstDownbeatMs.set(Math.round(video.currentTime * 1000));
  }

  protected numberFrom(event: Event): number | null {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    return value === '' ? null : Number(value);
  }

  protected async save(): Promise<void> {
    const tempo = this.tempo();
    const request: Omit<SyncRequest, 'version'> = {
      syncPoints: [...this.taps().points],
      ...(tempo !== null ? { tempoBpm: tempo } : {}),
      timeSignature: [this.beats(), this.unit() as 1 | 2 | 4 | 8 | 16 | 32],
      ...(this.firstDownbeatMs() !== null ? { firstDownbeatMs: this.firstDownbeatMs()! } : {}),
    };
    const result = await this.store.saveSync(this.lessonId(), request);
    this.message.set(result.ok ? 'Saved. Students see the new timing from their next visit.' : adminErrorMessage(result.error));
  }

  protected clock(ms: number): string {
    const seconds = ms / 1000;
    return `${Math.floor(seconds / 60)}:${(seconds % 60).toFixed(3).padStart(6, '0')}`;
  }

  private load(courseId: string, lessonId: string): void {
    this.store.load(courseId);
    this.media.playback(courseId, lessonId).subscribe({ next: (link) => this.link.set(link), error: (error: unknown) => this.message.set(adminErrorMessage(error)) });
  }

  private start(lesson: AdminLesson): void {
    const sync = lesson.sync;
    if (!sync) return;
    this.taps.set(syncTaps(sync.syncPoints));
    this.tempo.set(sync.tempoBpm ?? null);
    if (sync.timeSignature) [this.beats, this.unit].forEach((field, i) => field.set(sync.timeSignature![i]!));
    this.firstDownbeatMs.set(sync.firstDownbeatMs ?? null);
  }
}
