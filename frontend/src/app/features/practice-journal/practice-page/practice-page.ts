import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { switchMap } from 'rxjs/operators';

import { formatDurationWords } from '../../../shared/format/format-duration';
import { LOADING, LoadState, loadStateView, toLoadState } from '../../../shared/data/load-state';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { PracticeHeatMap } from '../heat-map/practice-heat-map';
import { LoopSpeedChart } from '../loop-speed-chart/loop-speed-chart';
import { WeeklyGoalForm } from '../weekly-goal/weekly-goal-form';
import { PracticeData, PracticeDataLoader } from './practice-data';

/**
 * /practice — the signed-in student's practice journal: this week against their goal, streaks,
 * a 12-month calendar, time per course and each saved loop's best speed over time.
 */
@Component({
  selector: 'app-practice-page',
  imports: [MatButton, MatProgressBar, RouterLink, EmptyState, ErrorState, LoadingState, PracticeHeatMap, LoopSpeedChart, WeeklyGoalForm],
  templateUrl: './practice-page.html',
  styleUrl: './practice-page.scss',
  providers: [PracticeDataLoader],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticePage {
  private readonly loader = inject(PracticeDataLoader);
  private readonly attempt = signal(0);

  protected readonly state = toSignal(toObservable(this.attempt).pipe(switchMap(() => this.loader.load().pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<PracticeData>,
  });
  private readonly loaded = loadStateView(this.state);
  protected readonly data = this.loaded.value;
  protected readonly errorMessage = this.loaded.errorMessage;
  protected readonly time = formatDurationWords;

  protected readonly summary = computed(() => this.data()?.summary ?? null);
  /** The goal as saved, updated by the form without reloading the page. */
  protected readonly goalSeconds = linkedSignal(() => this.summary()?.weeklyGoalSeconds ?? 0);
  protected readonly weekPercent = computed(() => {
    const goal = this.goalSeconds();
    return goal > 0 ? Math.min(100, Math.round(((this.summary()?.thisWeekSeconds ?? 0) / goal) * 100)) : 0;
  });
  protected readonly days = computed(() => new Map((this.summary()?.days ?? []).map((day) => [day.date, day.seconds])));
  protected readonly totalSeconds = computed(() => (this.summary()?.days ?? []).reduce((sum, day) => sum + day.seconds, 0));
  protected readonly practised = computed(() => {
    const summary = this.summary();
    return !!summary && (summary.days.length > 0 || summary.perCourse.length > 0);
  });
  protected readonly courses = computed(() => {
    const data = this.data();
    if (!data) return [];
    return data.summary.perCourse.map((course) => ({ ...course, title: data.courseTitles.get(course.courseId) ?? null }));
  });
  protected readonly loops = computed(() => {
    const data = this.data();
    if (!data) return [];
    return data.summary.loops
      .filter((loop) => loop.points.length > 0)
      .map((loop, i) => ({ ...loop, name: data.loopNames.get(loop.loopId) ?? `Loop ${i + 1}` }));
  });

  protected retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }
}
