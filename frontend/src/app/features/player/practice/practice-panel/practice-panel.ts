import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, Injector, input, output, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { LessonScore } from '@lessonstage/shared';
import { Subscription } from 'rxjs';

import { AuthStore } from '../../../../core/auth/auth.store';
import { Modal } from '../../../../shared/ui/modal/modal';
import { PracticeRecorder } from '../../journal/practice-recorder';
import { SpeedControl } from '../../speed-control/speed-control';
import { stepSpeed } from '../../speed-control/playback-speed';
import { commandFor, focusOwnsKey, PracticeCommand } from '../keys/practice-keys';
import { ShortcutsDialog } from '../keys/shortcuts-dialog';
import { LoopControls } from '../loop/loop-controls';
import { SavedLoops } from '../loops/saved-loops';
import { SavedLoopsStore } from '../loops/saved-loops.store';
import { ClickPlayer } from '../metronome/click-player';
import { Metronome } from '../metronome/metronome';
import { TapTestDialog } from '../metronome/tap-test-dialog';
import { PracticeSession } from '../practice-session.store';
import { LessonScoreApi } from '../score/lesson-score.api';
import { ScoreView } from '../score/score-view';
import { BarTimeline } from '../timing/bar-timeline';
import { SpeedTrainerPanel } from '../trainer/speed-trainer-panel';
import { SpeedTrainerStore } from '../trainer/speed-trainer.store';
import { Tuner } from '../tuner/tuner';

/** A lesson's timing as read for the practice tools; `lessonId` says which lesson it belongs to. */
export interface LessonTimingRead {
  readonly lessonId: string;
  readonly timing: LessonScore | null;
}

/**
 * Practice tools under a lesson's video: speed, A–B loop, metronome, keyboard shortcuts, saved
 * loops and the speed trainer. The page hands over its `<video>` and owns the speed (it remembers
 * it), so speed changes go out through `speedChange`.
 */
@Component({
  selector: 'app-practice-panel',
  imports: [MatButton, SpeedControl, LoopControls, SavedLoops, SpeedTrainerPanel, ScoreView, Tuner],
  templateUrl: './practice-panel.html',
  styleUrl: './practice-panel.scss',
  providers: [PracticeSession, Metronome, ClickPlayer, SavedLoopsStore, SpeedTrainerStore, PracticeRecorder],
  host: { '(document:keydown)': 'onKey($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticePanel {
  readonly video = input.required<HTMLVideoElement | null>();
  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();
  readonly speed = input.required<number>();
  /** Whether the lesson has a score or a tempo (the course says so): without, nothing to ask for. */
  readonly timed = input(true);
  readonly speedChange = output<number>();
  /** The lesson's score and timing once read (null without): the page hands them to the recorder's metronome. */
  readonly timingChange = output<LessonTimingRead>();

  protected readonly session = inject(PracticeSession);
  protected readonly metronome = inject(Metronome);
  protected readonly auth = inject(AuthStore);
  private readonly scores = inject(LessonScoreApi);
  private readonly modal = inject(Modal);
  private readonly injector = inject(Injector);
  private readonly clicks = inject(ClickPlayer);
  private readonly recorder = inject(PracticeRecorder);
  private readonly savedLoops = inject(SavedLoopsStore);
  protected readonly score = signal<LessonScore | null>(null);
  protected readonly tunerOpen = signal(false);
  /** A score to show (alphaTab loads only then). */
  protected readonly scoreFile = computed(() => (this.score()?.url ? this.score() : null));
  private scoreRequest?: Subscription;

  constructor() {
    this.session.speedHandler = (speed) => this.speedChange.emit(speed);
    effect(() => this.session.speed.set(this.speed()));
    effect(() => {
      const video = this.video();
      untracked(() => {
        this.session.attach(video);
        this.recorder.follow(video);
      });
    });
    effect(() => {
      const lesson = { courseId: this.courseId(), lessonId: this.lessonId() };
      untracked(() => this.recorder.setLesson(lesson));
    });
    const stopCounting = this.session.onRepetition(() => this.recordPass());
    effect(() => {
      const [courseId, lessonId, timed] = [this.courseId(), this.lessonId(), this.timed()];
      untracked(() => this.loadScore(courseId, lessonId, timed));
    });
    inject(DestroyRef).onDestroy(() => {
      this.scoreRequest?.unsubscribe();
      stopCounting();
    });
  }

  protected onKey(event: KeyboardEvent): void {
    const command = commandFor(event);
    if (!command || event.defaultPrevented || focusOwnsKey(event.target, command)) return;
    event.preventDefault();
    this.run(command);
  }

  protected showShortcuts(): void {
    void this.modal.open(ShortcutsDialog, undefined, this.injector);
  }

  protected openTapTest(): void {
    void this.modal.open(TapTestDialog, this.clicks, this.injector);
  }

  private run(command: PracticeCommand): void {
    const session = this.session;
    const actions: Record<PracticeCommand, () => void> = {
      'play-pause': () => session.togglePlay(),
      'back-5s': () => session.seekBy(-5),
      'forward-5s': () => session.seekBy(5),
      'back-bar': () => session.seekBar(-1),
      'forward-bar': () => session.seekBar(1),
      'set-a': () => session.setA(),
      'set-b': () => session.setB(),
      'toggle-loop': () => session.toggleLooping(),
      slower: () => session.setSpeed(stepSpeed(session.speed(), -1)),
      faster: () => session.setSpeed(stepSpeed(session.speed(), 1)),
      'toggle-metronome': () => this.metronome.toggle(),
      'show-keys': () => this.showShortcuts(),
    };
    actions[command]();
  }

  /** A loop pass for the practice journal, with the saved loop's id when the range is one. */
  private recordPass(): void {
    const range = this.session.range();
    if (!range) return;
    const [startMs, endMs] = [Math.round(range.startMs), Math.round(range.endMs)];
    const saved = this.savedLoops.items().find((loop) => Math.round(loop.startMs) === startMs && Math.round(loop.endMs) === endMs);
    this.recorder.repeated({ ...(saved ? { loopId: saved.loopId } : {}), startMs, endMs, speed: this.session.speed() });
  }

  private loadScore(courseId: string, lessonId: string, timed: boolean): void {
    this.scoreRequest?.unsubscribe();
    this.score.set(null);
    this.session.setTimeline(null);
    this.timingChange.emit({ lessonId, timing: null });
    if (!timed) return;
    this.scoreRequest = this.scores.score(courseId, lessonId).subscribe((score) => {
      this.score.set(score);
      this.session.setTimeline(score ? BarTimeline.from(score) : null);
      this.timingChange.emit({ lessonId, timing: score });
    });
  }
}
