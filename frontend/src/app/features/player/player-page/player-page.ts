import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { Playback } from '@lessonstage/shared';
import { combineLatest } from 'rxjs';
import { distinctUntilChanged, filter, switchMap } from 'rxjs/operators';

import { AuthStore } from '../../../core/auth/auth.store';
import { returnUrlParams } from '../../../core/auth/return-url';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { lessonLink, lessonUrl } from '../../../core/routing/lesson-link';
import { PageTitle } from '../../../core/routing/page-title';
import { nextLesson, previousLesson } from '../../../shared/data/lesson-order';
import { LOADING, LoadState, loadStateView } from '../../../shared/data/load-state';
import { BuyButton } from '../../../shared/ui/buy-button/buy-button';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { CourseOutline } from '../course-outline/course-outline';
import { ExchangePanel } from '../exchange/exchange-panel';
import { LessonDescription } from '../lesson-description/lesson-description';
import { LessonMaterials } from '../lesson-materials/lesson-materials';
import { ProgressTracker } from '../progress/progress-tracker';
import { applyPlaybackSpeed, SavedPlaybackSpeed } from '../speed-control/playback-speed';
import type { LessonTimingRead } from '../practice/practice-panel/practice-panel';
import { PracticePanel } from '../practice/practice-panel/practice-panel';
import { CaptionsMenu } from '../captions/captions-menu';
import { QualityMenu } from '../quality-menu/quality-menu';
import { SeekBar } from '../seek-preview/seek-bar';
import { LessonStream } from '../../../shared/media/lesson-stream';
import { LessonLoader, LessonView, Viewer } from './lesson-loader';

/** Fresh links fetched after video errors before the player gives up (reset once it plays). */
const MAX_LINK_REFRESHES = 2;

/** Where to pick up after a new video link loads: the time, and whether it was playing. */
interface Resume {
  readonly at: number;
  readonly play: boolean;
}

/**
 * /courses/:courseId/lessons/:lessonId — the lesson's video with speed control, resume and
 * completion, the course outline beside it, the lesson's materials, and the locked states.
 */
@Component({
  selector: 'app-player-page',
  imports: [RouterLink, MatButton, ErrorState, LoadingState, BuyButton, CourseOutline, ExchangePanel, LessonDescription, LessonMaterials, PracticePanel, CaptionsMenu, QualityMenu, SeekBar],
  templateUrl: './player-page.html',
  styleUrl: './player-page.scss',
  providers: [LessonLoader, ProgressTracker, LessonStream],
  host: {
    '(window:pagehide)': 'saveProgress()',
    '(document:visibilitychange)': 'saveProgress()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlayerPage {
  /** Bound from the route parameters. */
  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();
  /** `?at=<ms>`: a discussion thread's moment, played from instead of the saved position (once). */
  readonly at = input<string | undefined>();
  /** `?submission=` — a take of the video exchange to open (a notification's link). */
  readonly submission = input<string | undefined>(undefined);

  protected readonly auth = inject(AuthStore);
  private readonly loader = inject(LessonLoader);
  private readonly tracker = inject(ProgressTracker);
  private readonly savedSpeed = inject(SavedPlaybackSpeed);
  private readonly pageTitle = inject(PageTitle);
  private readonly router = inject(Router);
  protected readonly stream = inject(LessonStream);

  /** Whether the video exchange is open: its chunk (recorder, list) loads only then. */
  protected readonly exchangeOpen = linkedSignal(() => !!this.submission());
  protected readonly signedIn = this.auth.isSignedIn;
  /** The lesson's timing as the practice tools read it: the recorder's metronome clicks at its tempo. */
  protected readonly timingRead = signal<LessonTimingRead | null>(null);

  private readonly attempt = signal(0);
  private readonly request = computed(() => ({
    courseId: this.courseId(),
    lessonId: this.lessonId(),
    attempt: this.attempt(),
  }));
  private readonly viewer = computed<Viewer | null>(() => {
    switch (this.auth.status()) {
      case 'unknown':
        return null;
      case 'signed-out':
        return 'anonymous';
      default:
        return this.auth.isAdmin() ? 'admin' : 'student';
    }
  });

  protected readonly state = toSignal(
    combineLatest([
      toObservable(this.request),
      toObservable(this.viewer).pipe(
        filter((viewer): viewer is Viewer => viewer !== null),
        distinctUntilChanged(),
      ),
    ]).pipe(switchMap(([request, viewer]) => this.loader.load(request, viewer))),
    { initialValue: LOADING as LoadState<LessonView> },
  );

  private readonly loaded = loadStateView(this.state);
  protected readonly view = this.loaded.value;
  protected readonly notFound = this.loaded.notFound;
  protected readonly errorMessage = this.loaded.errorMessage;
  protected readonly messageFor = apiErrorMessage;

  /** How the lesson plays: the loaded answer, replaced when its link expires mid-lesson. */
  protected readonly link = linkedSignal<Playback | null>(() => this.view()?.link ?? null);
  /** The lesson's captions per language, read once per lesson (a refreshed video link keeps them). */
  protected readonly captions = computed(() => this.view()?.link?.captions ?? []);
  protected readonly videoSrc = computed(() => this.stream.srcOf(this.link()));
  /** The stream's poster; an audio-only lesson shows the course cover. */
  protected readonly poster = computed(() => {
    const link = this.link();
    if (link?.type !== 'hls') return null;
    return link.posterUrl ?? (link.audioOnly ? (this.view()?.course.thumbnailUrl ?? null) : null);
  });
  protected readonly hls = computed(() => {
    const link = this.link();
    return link?.type === 'hls' ? link : null;
  });
  protected readonly unsupported = computed(() => !!this.hls() && this.stream.route === 'unsupported');
  protected readonly next = computed(() => {
    const view = this.view();
    return view ? nextLesson(view.course, view.lesson.lessonId) : null;
  });
  protected readonly nextLink = computed(() => {
    const next = this.next();
    return next ? lessonLink(this.courseId(), next.lessonId) : null;
  });
  protected readonly previous = computed(() => {
    const view = this.view();
    return view ? previousLesson(view.course, view.lesson.lessonId) : null;
  });
  protected readonly previousLink = computed(() => {
    const previous = this.previous();
    return previous ? lessonLink(this.courseId(), previous.lessonId) : null;
  });
  protected readonly completed = this.tracker.completed;
  protected readonly lessonCompleted = computed(() => this.completed().has(this.lessonId()));
  /** The video played to its end (resets with each lesson). */
  protected readonly ended = linkedSignal({ source: this.view, computation: () => false });
  protected readonly videoFailed = linkedSignal({ source: this.link, computation: () => false });
  protected readonly speed = signal(this.savedSpeed.get());
  protected readonly signInParams = computed(() => returnUrlParams(lessonUrl(this.courseId(), this.lessonId())));
  protected readonly returnUrl = computed(() => lessonUrl(this.courseId(), this.lessonId()));

  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  /** Handed to the practice tools, which follow and steer it. */
  protected readonly videoElement = computed(() => this.video()?.nativeElement ?? null);
  private refreshes = 0;
  /** The lesson and `at` whose moment was already played from, so a new video link does not seek there again. */
  private momentPlayed: string | null = null;
  private resume: Resume | null = null;
  private playing = false;

  constructor() {
    effect(() => {
      const view = this.view();
      this.refreshes = 0;
      this.resume = null;
      if (view) {
        this.pageTitle.set(`${view.lesson.title} · ${view.course.title}`);
      } else if (this.notFound()) {
        this.pageTitle.set('Lesson not found');
      }
    });
    effect(() => {
      const video = this.video()?.nativeElement;
      const speed = this.speed();
      if (video) {
        applyPlaybackSpeed(video, speed);
      }
    });
    inject(DestroyRef).onDestroy(() => this.tracker.stop());
    this.stream.bind({
      video: this.videoElement,
      playback: this.link,
      renew: () => {
        const { courseId, lessonId } = untracked(this.request);
        return this.loader.refreshLink(courseId, lessonId);
      },
      onFatal: () => {
        const video = this.video()?.nativeElement;
        if (video) this.onVideoError(video);
      },
    });
  }

  protected retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }

  protected setSpeed(speed: number): void {
    this.speed.set(speed);
    this.savedSpeed.set(speed);
    const video = this.video()?.nativeElement;
    if (video) {
      applyPlaybackSpeed(video, speed); // at once, not on the next render
    }
  }

  protected toggleCompleted(): void {
    const video = this.video()?.nativeElement;
    this.tracker.markCompleted(!this.lessonCompleted(), video && this.link() ? video.currentTime : undefined);
  }

  /** Pause, hidden tab, leaving: keep the position. */
  protected saveProgress(): void {
    const video = this.video()?.nativeElement;
    this.tracker.flush(video && this.link() ? video.currentTime : undefined);
  }

  protected onMetadata(video: HTMLVideoElement): void {
    applyPlaybackSpeed(video, untracked(this.speed));
    const resume = this.resume;
    this.resume = null;
    const at = resume ? resume.at : (this.linkedMoment(video.duration) ?? this.tracker.resumeAt(untracked(this.lessonId), video.duration));
    if (at > 0) {
      video.currentTime = at;
    }
    if (resume?.play) {
      video.play()?.catch(() => undefined);
    }
  }

  /** Seconds of the `?at=` moment, the first time this lesson's video loads with it. */
  private linkedMoment(duration: number): number | null {
    const raw = untracked(this.at);
    const key = `${untracked(this.lessonId)}@${raw}`;
    const ms = Number(raw);
    if (!raw || !Number.isFinite(ms) || ms < 0 || this.momentPlayed === key) return null;
    this.momentPlayed = key;
    return Number.isFinite(duration) ? Math.min(ms / 1000, duration) : ms / 1000;
  }

  /** "Ask about this moment": a new thread in the course's discussion, tied to this lesson and time. */
  protected askAboutMoment(): void {
    const video = this.video()?.nativeElement;
    const atMs = video && this.link() ? Math.floor(video.currentTime * 1000) : undefined;
    void this.router.navigate(['/courses', this.courseId(), 'discussion'], {
      queryParams: { lessonId: this.lessonId(), ...(atMs === undefined ? {} : { atMs }) },
    });
  }

  protected onPlaying(): void {
    this.playing = true;
    this.refreshes = 0;
    this.ended.set(false);
  }

  protected onTimeUpdate(video: HTMLVideoElement): void {
    this.tracker.update(video.currentTime, video.duration);
  }

  protected onPause(video: HTMLVideoElement): void {
    this.playing = false;
    this.tracker.flush(video.currentTime);
  }

  protected onEnded(video: HTMLVideoElement): void {
    this.playing = false;
    this.tracker.complete(video.currentTime);
    this.ended.set(true);
  }

  /**
   * Video links live five minutes: an error after that (typically seeking after a long pause)
   * gets a fresh link, and playback resumes at the same time. A stream that stopped (its cookies
   * lapsed while the device slept) is started again the same way.
   */
  protected onVideoError(video: HTMLVideoElement): void {
    if (this.refreshes >= MAX_LINK_REFRESHES) {
      this.videoFailed.set(true);
      return;
    }
    this.refreshes++;
    const resume: Resume = { at: video.currentTime, play: this.playing };
    const { courseId, lessonId } = untracked(this.request);
    this.loader.refreshLink(courseId, lessonId).subscribe({
      next: (link) => {
        if (courseId === untracked(this.courseId) && lessonId === untracked(this.lessonId)) {
          this.resume = resume;
          this.link.set(link);
        }
      },
      error: () => this.videoFailed.set(true),
    });
  }
}
