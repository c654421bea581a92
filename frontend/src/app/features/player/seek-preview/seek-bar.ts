import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { of } from 'rxjs';
import { catchError, map, switchMap } from 'rxjs/operators';

import { formatDuration } from '../../../shared/format/format-duration';
import { parseThumbnailTrack, thumbnailAt, type ThumbnailCue } from './thumbnail-track';

/**
 * A timeline under a streamed lesson's video that shows the frame at the pointer (or at the
 * slider's value while it is dragged or moved with the arrow keys) from the stream's thumbnail
 * sprites, and seeks there. A range input: keyboard-usable and read by screen readers as "Seek".
 */
@Component({
  selector: 'app-seek-bar',
  template: `
    <div class="track" (pointermove)="hover($event)" (pointerleave)="hovered.set(null)">
      <input
        type="range"
        class="slider"
        data-testid="seek-bar"
        aria-label="Seek"
        min="0"
        step="0.1"
        [max]="duration()"
        [value]="dragged() ?? position()"
        [attr.aria-valuetext]="clock(position()) + ' of ' + clock(duration())"
        (input)="dragTo($event)"
        (change)="seek($event)"
        (blur)="dragged.set(null)"
        (keydown)="byKeyboard = true"
        (pointerdown)="byKeyboard = false"
      />
      @if (preview(); as preview) {
        <div class="preview" data-testid="seek-preview" aria-hidden="true" [style.left.px]="preview.left">
          <div
            class="frame"
            [style.width.px]="preview.cue.width"
            [style.height.px]="preview.cue.height"
            [style.background-image]="'url(' + preview.cue.image + ')'"
            [style.background-position]="preview.cue.whole ? 'center' : -preview.cue.x + 'px ' + -preview.cue.y + 'px'"
            [style.background-size]="preview.cue.whole ? 'contain' : null"
          ></div>
          <span class="time">{{ clock(preview.time) }}</span>
        </div>
      }
    </div>
  `,
  styleUrl: './seek-bar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SeekBar {
  readonly video = input.required<HTMLVideoElement | null>();
  readonly thumbnailsUrl = input.required<string | null>();

  private readonly http = inject(HttpClient);
  protected readonly clock = (seconds: number) => formatDuration(Math.floor(seconds));
  protected readonly duration = signal(0);
  protected readonly position = signal(0);
  /** Pointer over the track: its time and x within the track. */
  protected readonly hovered = signal<{ time: number; x: number } | null>(null);
  /** Slider moved but not released: the time it points at. */
  protected readonly dragged = signal<number | null>(null);
  private width = 0;
  /** Moved with the arrow keys: the preview stays while focused (a pointer's goes on release). */
  protected byKeyboard = false;

  private readonly cues = toSignal(
    toObservable(this.thumbnailsUrl).pipe(
      switchMap((url) =>
        url
          ? this.http.get(url, { responseType: 'text' }).pipe(
              map((vtt) => parseThumbnailTrack(vtt, url)),
              // Without previews the timeline still seeks.
              catchError(() => of<ThumbnailCue[]>([])),
            )
          : of<ThumbnailCue[]>([]),
      ),
    ),
    { initialValue: [] as ThumbnailCue[] },
  );

  protected readonly preview = computed(() => {
    const dragged = this.dragged();
    const hovered = this.hovered();
    const duration = this.duration();
    const time = dragged ?? hovered?.time;
    if (time === undefined || !duration) return null;
    const cue = thumbnailAt(this.cues(), time);
    if (!cue) return null;
    const x = hovered && dragged === null ? hovered.x : (time / duration) * this.width;
    // Kept inside the track, so a preview at either end is not cut off on a phone.
    const left = Math.min(Math.max(x - cue.width / 2, 0), Math.max(this.width - cue.width, 0));
    return { cue, time, left };
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect((onCleanup) => {
      const video = this.video();
      if (!video) return;
      const sync = () => {
        this.duration.set(Number.isFinite(video.duration) ? video.duration : 0);
        this.position.set(video.currentTime);
      };
      const events = ['timeupdate', 'durationchange', 'loadedmetadata', 'seeked'];
      events.forEach((type) => video.addEventListener(type, sync));
      sync();
      onCleanup(() => events.forEach((type) => video.removeEventListener(type, sync)));
    });
    destroyRef.onDestroy(() => this.dragged.set(null));
  }

  protected hover(event: PointerEvent): void {
    const track = event.currentTarget as HTMLElement;
    const box = track.getBoundingClientRect();
    this.width = box.width;
    if (!box.width || !this.duration()) return;
    const x = Math.min(Math.max(event.clientX - box.left, 0), box.width);
    this.hovered.set({ time: (x / box.width) * this.duration(), x });
  }

  protected dragTo(event: Event): void {
    const slider = event.target as HTMLInputElement;
    this.width = slider.getBoundingClientRect().width;
    this.dragged.set(Number(slider.value));
  }

  protected seek(event: Event): void {
    const video = this.video();
    const time = Number((event.target as HTMLInputElement).value);
    if (video && Number.isFinite(time)) video.currentTime = time;
    this.position.set(time);
    if (!this.byKeyboard) this.dragged.set(null);
  }
}
