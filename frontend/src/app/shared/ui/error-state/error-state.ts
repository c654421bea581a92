import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';

/**
 * A failed-to-load message with an optional Retry button.
 * Extra actions (e.g. a "Back to courses" link) can be projected as content.
 */
@Component({
  selector: 'app-error-state',
  imports: [MatButton],
  templateUrl: './error-state.html',
  styleUrl: './error-state.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorState {
  readonly heading = input('Something went wrong');
  readonly message = input('');
  /** Heading level for the heading text (use 1 when the error replaces a whole page). */
  readonly headingLevel = input<1 | 2 | 3>(2);
  readonly retryable = input(true);

  readonly retry = output<void>();
}
