import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output, signal } from '@angular/core';
import type { SyncPoint } from '@lessonstage/shared';

/** A point moved to a new time (by dragging, or by arrow keys on a focused point). */
export interface PointMove {
  readonly index: number;
  readonly timeMs: number;
}

/** Milliseconds of video the strip shows: 8 s across ~800 px is ~10 ms a pixel. */
export const STRIP_WINDOW_MS = 8000;

/**
 * The tapped downbeats around the video's time, as marks on a strip. A mark is dragged with the
 * pointer, or focused and moved with the arrow keys (Shift for 100 ms); only the drop is an edit,
 * so one drag is one undo step.
 */
@Component({
  selector: 'app-sync-point-strip',
  template: `
    <div class="strip" data-testid="sync-strip" (pointermove)="drag($event)" (pointerup)="drop()" (pointercancel)="cancel()">
      <span class="playhead" aria-hidden="true" [style.left.%]="percent(atMs())"></span>
      @for (mark of marks(); track mark.point.bar) {
        <span
          class="mark"
          role="slider"
          tabindex="0"
          data-testid="sync-mark"
          [class.dragging]="dragged()?.index === mark.index"
          [style.left.%]="percent(mark.timeMs)"
          [attr.aria-label]="'Bar ' + (mark.point.bar + 1)"
          [attr.aria-valuenow]="mark.timeMs"
          [attr.aria-valuetext]="(mark.timeMs / 1000).toFixed(3) + ' s'"
          (pointerdown)="grab($event, mark.index)"
          (keydown)="key($event, mark.index, mark.point.timeMs)"
          >{{ mark.point.bar + 1 }}</span
        >
      }
    </div>
  `,
  styleUrl: './sync-point-strip.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SyncPointStrip {
  readonly points = input.required<readonly SyncPoint[]>();
  /** The video's time: the middle of the strip. */
  readonly atMs = input.required<number>();
  readonly nudgeMs = input(10);
  readonly moved = output<PointMove>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** The point under the pointer and where it would land, until the drop. */
  protected readonly dragged = signal<{ index: number; timeMs: number; startX: number; startMs: number } | null>(null);
  private readonly fromMs = computed(() => this.atMs() - STRIP_WINDOW_MS / 2);

  protected readonly marks = computed(() => {
    const dragged = this.dragged();
    const [from, to] = [this.fromMs(), this.fromMs() + STRIP_WINDOW_MS];
    return this.points()
      .map((point, index) => ({ point, index, timeMs: dragged?.index === index ? dragged.timeMs : point.timeMs }))
      .filter((mark) => mark.timeMs >= from && mark.timeMs <= to);
  });

  protected percent(timeMs: number): number {
    return ((timeMs - this.fromMs()) / STRIP_WINDOW_MS) * 100;
  }

  protected grab(event: PointerEvent, index: number): void {
    const timeMs = this.points()[index]!.timeMs;
    (event.target as HTMLElement).setPointerCapture?.(event.pointerId);
    this.dragged.set({ index, timeMs, startX: event.clientX, startMs: timeMs });
    event.preventDefault();
  }

  protected drag(event: PointerEvent): void {
    const dragged = this.dragged();
    const width = this.host.nativeElement.getBoundingClientRect().width;
    if (!dragged || !width) return;
    const timeMs = Math.round(dragged.startMs + ((event.clientX - dragged.startX) / width) * STRIP_WINDOW_MS);
    this.dragged.set({ ...dragged, timeMs: Math.max(0, timeMs) });
  }

  protected drop(): void {
    const dragged = this.dragged();
    this.dragged.set(null);
    if (dragged && dragged.timeMs !== dragged.startMs) this.moved.emit({ index: dragged.index, timeMs: dragged.timeMs });
  }

  protected cancel(): void {
    this.dragged.set(null);
  }

  protected key(event: KeyboardEvent, index: number, timeMs: number): void {
    const step = (event.shiftKey ? 10 : 1) * this.nudgeMs();
    const delta = event.key === 'ArrowLeft' ? -step : event.key === 'ArrowRight' ? step : 0;
    if (!delta) return;
    event.preventDefault();
    event.stopPropagation();
    this.moved.emit({ index, timeMs: timeMs + delta });
  }
}
