import { booleanAttribute, ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * What a list shows when it has nothing yet: a heading, one line on why or what to do, and any
 * action projected below (e.g. a link to the catalog). `mark` adds the product's music-note mark.
 */
@Component({
  selector: 'app-empty-state',
  template: `
    <div class="empty" data-testid="empty-state">
      @if (mark()) {
        <svg class="mark" viewBox="0 0 24 24" width="48" height="48" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 3v10.55A4 4 0 1 0 14 17V7h4V3h-6Z" />
        </svg>
      }
      <h2 class="title">{{ heading() }}</h2>
      <p class="text">{{ text() }}</p>
      <ng-content />
    </div>
  `,
  styles: `
    .empty {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 48px 16px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large, 16px);
      color: var(--mat-sys-on-surface-variant);
      text-align: center;
    }

    .mark {
      color: var(--mat-sys-primary);
    }

    .title {
      margin: 0;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-title-large);
    }

    .text {
      margin: 0 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyState {
  readonly heading = input.required<string>();
  readonly text = input.required<string>();
  readonly mark = input(false, { transform: booleanAttribute });
}
