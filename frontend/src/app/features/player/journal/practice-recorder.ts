import { DestroyRef, DOCUMENT, effect, inject, Injectable, untracked } from '@angular/core';
import type { PracticeSession, PractisedLoop } from '@lessonstage/shared';

import { AuthStore } from '../../../core/auth/auth.store';
import { PracticeOutbox } from '../../../core/practice/practice-outbox';
import { PlayClock } from './play-clock';

/** Played time is sent in sessions of about this much play (and whenever the lesson is left or hidden). */
export const BATCH_PLAY_MS = 60_000;
/** How often the played time is looked at while the page is open. */
export const CHECK_EVERY_MS = 5_000;

export interface LessonRef {
  readonly courseId: string;
  readonly lessonId: string;
}

/** A loop pass: the range, the speed it was played at, and the saved loop's id when it is one. */
export type LoopPass = Omit<PractisedLoop, 'repetitions'>;

const VIDEO_PLAYING = ['playing'] as const;
const VIDEO_STOPPED = ['pause', 'ended', 'waiting', 'emptied'] as const;

/** A UUID v4 (the API's idempotency key); randomUUID is missing only outside secure contexts. */
function newSessionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Records a signed-in student's practice on one lesson at a time: the time the video actually
 * plays (PlayClock) and the loop passes, cut into sessions of about a minute of play, on leaving
 * the lesson and when the page is hidden or closed. Each session gets its own UUID and goes
 * through the PracticeOutbox, which keeps it until the API has it. Provided by the practice panel.
 */
@Injectable()
export class PracticeRecorder {
  private readonly outbox = inject(PracticeOutbox);
  private readonly auth = inject(AuthStore);
  private readonly document = inject(DOCUMENT);
  private readonly clock = new PlayClock();
  private lesson: LessonRef | null = null;
  private startedAt: number | null = null;
  private loops = new Map<string, PractisedLoop>();
  private detachVideo: (() => void) | null = null;

  constructor() {
    const view = this.document.defaultView;
    const onVisibility = () => this.onVisibility();
    const onPageHide = () => this.cut(true);
    this.document.addEventListener('visibilitychange', onVisibility);
    view?.addEventListener('pagehide', onPageHide);
    const timer = setInterval(() => this.check(), CHECK_EVERY_MS);
    if (this.document.visibilityState === 'hidden') this.clock.hide();
    inject(DestroyRef).onDestroy(() => {
      this.document.removeEventListener('visibilitychange', onVisibility);
      view?.removeEventListener('pagehide', onPageHide);
      clearInterval(timer);
      this.follow(null);
      this.cut(false);
    });
    // Sessions left over from an earlier visit (offline, closed mid-request) go once the session is known.
    let drained = false;
    effect(() => {
      if (drained || !this.auth.isSignedIn()) return;
      drained = true;
      untracked(() => void this.outbox.flush());
    });
  }

  /** Follows a `<video>`'s playing and stopping (null: stops following). */
  follow(video: HTMLVideoElement | null): void {
    this.detachVideo?.();
    this.detachVideo = null;
    this.stop();
    if (!video) return;
    const onPlay = () => this.start();
    const onStop = () => this.stop();
    VIDEO_PLAYING.forEach((name) => video.addEventListener(name, onPlay));
    VIDEO_STOPPED.forEach((name) => video.addEventListener(name, onStop));
    if (!video.paused && !video.ended && video.readyState > 2) this.start();
    this.detachVideo = () => {
      VIDEO_PLAYING.forEach((name) => video.removeEventListener(name, onPlay));
      VIDEO_STOPPED.forEach((name) => video.removeEventListener(name, onStop));
    };
  }

  /** The lesson being practised; a change sends what the previous one had. */
  setLesson(lesson: LessonRef | null): void {
    if (lesson?.courseId === this.lesson?.courseId && lesson?.lessonId === this.lesson?.lessonId) return;
    this.cut(false);
    this.loops.clear();
    this.clock.takeSeconds(); // a fraction of a second left over belongs to the old lesson
    this.lesson = lesson;
  }

  /** One pass of a loop completed. */
  repeated(pass: LoopPass): void {
    const key = `${pass.loopId ?? ''}|${pass.startMs}|${pass.endMs}|${pass.speed}`;
    const known = this.loops.get(key);
    this.loops.set(key, { ...pass, repetitions: (known?.repetitions ?? 0) + 1 });
  }

  /** Sends what has been played now (on leaving the page: in a keepalive request). */
  cut(keepalive: boolean): void {
    const session = this.takeSession();
    if (session) this.outbox.add(session);
    if (session || keepalive) void this.outbox.flush(keepalive);
  }

  private start(): void {
    this.startedAt ??= Date.now();
    this.clock.play();
  }

  private stop(): void {
    this.clock.pause();
  }

  private check(): void {
    if (this.clock.playedMs() >= BATCH_PLAY_MS) this.cut(false);
  }

  private onVisibility(): void {
    if (this.document.visibilityState === 'hidden') {
      this.clock.hide();
      this.cut(true);
    } else {
      this.clock.show();
    }
  }

  /** The session played since the last one, if a whole second or more was played by a signed-in student. */
  private takeSession(): PracticeSession | null {
    const lesson = this.lesson;
    const startedAt = this.startedAt;
    if (!lesson || startedAt === null || !this.auth.isSignedIn()) return null;
    const seconds = this.clock.takeSeconds();
    if (seconds < 1) return null;
    const loops = [...this.loops.values()];
    this.loops.clear();
    this.startedAt = this.clock.counting() ? Date.now() : null;
    return { sessionId: newSessionId(), ...lesson, startedAt: new Date(startedAt).toISOString(), seconds, ...(loops.length ? { loops } : {}) };
  }
}
