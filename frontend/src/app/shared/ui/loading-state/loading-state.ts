import { booleanAttribute, ChangeDetectionStrategy, Component, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

/**
 * How long a wait stays blank before the spinner shows. Most loads (the catalog's early request,
 * a cached course) finish sooner, and a spinner that flashes for a few frames is noise to the eye
 * and a long task of its own to render (docs/decisions.md).
 */
export const SPINNER_DELAY_MS = 300;

/**
 * Indeterminate spinner with a text label, announced politely to screen readers. The region
 * keeps its size from the start, so the spinner appearing moves nothing.
 */
@Component({
  selector: 'app-loading-state',
  imports: [MatProgressSpinner],
  template: `
    <div class="loading" [class.loading--inline]="inline()" role="status" data-testid="loading-state">
      @if (shown()) {
        <mat-progress-spinner
          mode="indeterminate"
          [diameter]="inline() ? 24 : 48"
          [attr.aria-label]="label()"
        />
        <span class="label" aria-hidden="true">{{ label() }}</span>
      }
    </div>
  `,
  styleUrl: './loading-state.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadingState implements OnInit {
  private readonly destroyRef = inject(DestroyRef);

  readonly label = input('Loading…');
  /** Smaller, single-row variant for use next to other content. */
  readonly inline = input(false, { transform: booleanAttribute });
  /** Milliseconds before the spinner shows; 0 shows it at once. */
  readonly delay = input(SPINNER_DELAY_MS);

  protected readonly shown = signal(false);

  ngOnInit(): void {
    if (this.delay() <= 0) {
      this.shown.set(true);
      return;
    }
    const timer = setTimeout(() => this.shown.set(true), this.delay());
    this.destroyRef.onDestroy(() => clearTimeout(timer));
  }
}
