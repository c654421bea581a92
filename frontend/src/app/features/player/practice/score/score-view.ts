import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type * as AlphaTab from '@coderline/alphatab';
import type { LessonScore } from '@lessonstage/shared';

import { PracticeSession } from '../practice-session.store';
import { BarTimeline } from '../timing/bar-timeline';
import { followVideo } from './alphatab-follower';
import { untruncateSynthTimes } from './exact-synth-times';
import { afterFirstFrameAndIdle, yieldToPage } from '../../../../shared/media/first-frame';
import { useBundledWorker } from './alphatab-worker';
import { barsToRange, flatSyncPoints, playedBarOf, timingWithScore } from './score-sync';
import { whenScoreWanted } from './score-wanted';

/** Where angular.json copies alphaTab's font (versioned: assets are served as immutable). */
export const ALPHATAB_FONT_DIRECTORY = '/alphatab/1.8.4/font/';
const PHONE_QUERY = '(max-width: 599px)';
const SCROLL_MARGIN_PX = 96;
/** How long the score waits at most for the video's first frame, and then for an idle moment. */
const START_WAIT_MS = 3000;

type Api = AlphaTab.AlphaTabApi;
type Beat = AlphaTab.model.Beat;

/**
 * The lesson's score, following the video: alphaTab (loaded only here, on first use) in
 * external-media mode. A click on a bar seeks to it; dragging across bars loops them. On a phone
 * the score is one line that scrolls sideways with the cursor.
 */
@Component({
  selector: 'app-score-view',
  imports: [MatFormField, MatLabel, MatInput],
  templateUrl: './score-view.html',
  styleUrl: './score-view.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScoreView {
  readonly score = input.required<LessonScore>();
  private readonly session = inject(PracticeSession);
  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private readonly scroller = viewChild.required<ElementRef<HTMLElement>>('scroller');

  protected readonly status = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly tracks = signal<readonly { index: number; name: string }[]>([]);
  protected readonly track = signal(0);
  private api: Api | null = null;
  private unfollow: (() => void) | null = null;
  private pressedBar: number | null = null;
  /** The written bar of each bar in playback order (repeats unrolled), once alphaTab has made its MIDI. */
  private played: readonly number[] | undefined;
  private destroyed = false;
  private readonly phone = matchMedia(PHONE_QUERY).matches;

  constructor() {
    afterNextRender(() => void this.start());
    effect(() => {
      const video = this.session.video();
      untracked(() => this.follow(video));
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.unfollow?.();
      this.api?.destroy();
    });
  }

  protected chooseTrack(event: Event): void {
    const index = Number((event.target as HTMLSelectElement).value);
    const track = this.api?.score?.tracks[index];
    if (!track || !this.api) return;
    this.track.set(index);
    this.api.renderTracks([track]);
  }

  private async start(): Promise<void> {
    try {
      // alphaTab's loading and first layout block the page's thread: the video's frame goes first,
      // and on a phone the student's first move (the score is below the video there).
      // Once the student has touched the page its largest paint is no longer reported: no wait then.
      const wanted = await whenScoreWanted(this.scroller().nativeElement, this.phone);
      if (wanted !== 'by-student') await afterFirstFrameAndIdle(untracked(this.session.video), START_WAIT_MS);
      const alphaTab = await import('@coderline/alphatab');
      // Each step below is a long task on a slow phone: separate tasks keep the page responsive.
      await yieldToPage();
      if (this.destroyed) return;
      useBundledWorker(alphaTab);
      const score = this.score();
      const api = new alphaTab.AlphaTabApi(this.host().nativeElement, this.settings(alphaTab));
      this.api = api;
      api.scoreLoaded.on((loaded) => this.onScoreLoaded(loaded));
      // Both fire inside alphaTab's MIDI load, which then hands the player its own sync points:
      // ours go after it.
      api.playerReady.on(() => queueMicrotask(() => this.updateSyncPoints(alphaTab, api)));
      api.midiLoaded.on(() => queueMicrotask(() => this.onPlaybackOrder(alphaTab, api)));
      api.renderFinished.on(() => this.status.set('ready'));
      api.error.on(() => this.status.set('failed'));
      api.beatMouseDown.on((beat) => (this.pressedBar = beat.voice.bar.index));
      api.beatMouseUp.on((beat) => this.onBarsPicked(beat));
      this.follow(untracked(this.session.video));
      const response = await fetch(score.url!);
      if (!response.ok) throw new Error(`score ${response.status}`);
      if (score.format === 'alphatex') api.tex(await response.text());
      else api.load(new Uint8Array(await response.arrayBuffer()));
    } catch {
      this.status.set('failed');
    }
  }

  private settings(alphaTab: typeof AlphaTab): AlphaTab.Settings {
    const settings = new alphaTab.Settings();
    const phone = this.phone;
    settings.core.fontDirectory = ALPHATAB_FONT_DIRECTORY;
    // Layout and drawing in a worker, off the page's thread (it downloads alphaTab a second time).
    settings.core.useWorkers = true;
    settings.player.playerMode = alphaTab.PlayerMode.EnabledExternalMedia;
    settings.player.enableCursor = true;
    settings.player.enableUserInteraction = true;
    settings.player.scrollElement = phone ? this.scroller().nativeElement : 'html,body';
    settings.player.scrollOffsetY = phone ? 0 : -SCROLL_MARGIN_PX; // clear of the sticky toolbar
    settings.display.layoutMode = phone ? alphaTab.LayoutMode.Horizontal : alphaTab.LayoutMode.Page;
    settings.display.scale = phone ? 0.8 : 1;
    return settings;
  }

  private follow(video: HTMLVideoElement | null): void {
    this.unfollow?.();
    this.unfollow = this.api && video ? followVideo(this.api, video) : null;
  }

  private onScoreLoaded(score: AlphaTab.model.Score): void {
    const lesson = this.score();
    score.applyFlatSyncPoints(flatSyncPoints(lesson));
    this.tracks.set(score.tracks.map((track) => ({ index: track.index, name: track.name || `Track ${track.index + 1}` })));
    if (!this.session.timeline()) {
      const first = score.masterBars[0];
      const signature: [number, number] = first ? [first.timeSignatureNumerator, first.timeSignatureDenominator] : [4, 4];
      this.session.setTimeline(BarTimeline.from(timingWithScore(lesson, { tempoBpm: score.tempo, timeSignature: signature })));
    }
  }

  /** The playback order is known (repeats unrolled): sync points go on the bars as played. */
  private onPlaybackOrder(alphaTab: typeof AlphaTab, api: Api): void {
    this.played = api.tickCache?.masterBars.map((lookup) => lookup.masterBar.index);
    api.score?.applyFlatSyncPoints(flatSyncPoints(this.score(), this.played));
    this.updateSyncPoints(alphaTab, api);
  }

  /** What `api.updateSyncPoints()` does, with the points' times not truncated to whole ms. */
  private updateSyncPoints(alphaTab: typeof AlphaTab, api: Api): void {
    const score = api.score;
    if (!score || !api.player) return;
    const points = alphaTab.midi.MidiFileGenerator.generateSyncPoints(score);
    untruncateSynthTimes(points, score.tempo);
    api.player.updateSyncPoints(points);
  }

  /** One bar clicked: play from its barline. Several: loop them, snapped to barlines. */
  private onBarsPicked(beat: Beat | null): void {
    const timeline = this.session.timeline();
    const pressed = this.pressedBar;
    this.pressedBar = null;
    if (!timeline || pressed === null || !beat) return;
    const [from, to] = [playedBarOf(pressed, this.played), playedBarOf(beat.voice.bar.index, this.played)];
    if (from === to) {
      this.session.seekMs(timeline.msAt(from));
      return;
    }
    this.session.setRange(barsToRange(from, to, (bar) => timeline.msAt(bar)));
    if (this.api) this.api.playbackRange = null; // the A–B loop plays it, not alphaTab
  }
}
