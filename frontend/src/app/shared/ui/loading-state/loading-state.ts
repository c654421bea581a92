import { booleanAttribute, ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

/** Indeterminate spinner with a text label, announced politely to screen readers. */
@Component({
  selector: 'app-loading-state',
  imports: [MatProgressSpinner],
  template: `
    <div class="loading" [class.loading--inline]="inline()" role="status" data-testid="loading-state">
      <mat-progress-spinner
        mode="indeterminate"
        [diameter]="inline() ? 24 : 48"
        [attr.aria-label]="label()"
      />
      <span class="label" aria-hidden="true">{{ label() }}</span>
    </div>
  `,
  styleUrl: './loading-state.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadingState {
  readonly label = input('Loading…');
  /** Smaller, single-row variant for use next to other content. */
  readonly inline = input(false, { transform: booleanAttribute });
}
