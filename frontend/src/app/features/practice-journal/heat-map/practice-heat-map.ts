import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { heatMapGrid, LEVEL_MINUTES } from './heat-map-grid';

const CELL = 12;
const STEP = 15;
const TOP = 16;
const LEFT = 28;

/**
 * Minutes practised per day over the last 12 months, a square a day (weeks as columns, Monday on
 * top), drawn as one SVG that scales to the width: on a phone it shrinks rather than scroll. The
 * picture is summarised in its label; the figures are in the page's other sections.
 */
@Component({
  selector: 'app-practice-heat-map',
  template: `
    <svg
      class="map"
      role="img"
      data-testid="heat-map"
      [attr.viewBox]="viewBox()"
      [attr.aria-label]="label()"
      preserveAspectRatio="xMinYMin meet"
    >
      @for (month of grid().months; track month.week) {
        <text class="month" [attr.x]="left + month.week * step" y="10" aria-hidden="true">{{ month.label }}</text>
      }
      @for (day of weekdayLabels; track day.row) {
        <text class="weekday" x="0" [attr.y]="top + day.row * step + 10" aria-hidden="true">{{ day.label }}</text>
      }
      @for (week of grid().weeks; track $index; let w = $index) {
        @for (cell of week; track $index; let d = $index) {
          @if (cell) {
            <rect
              [attr.class]="'day level-' + cell.level"
              [attr.x]="left + w * step"
              [attr.y]="top + d * step"
              [attr.width]="cell_"
              [attr.height]="cell_"
              rx="2"
            >
              <title>{{ cell.date }}: {{ cell.minutes }} min</title>
            </rect>
          }
        }
      }
    </svg>
    <p class="legend" aria-hidden="true">
      Less
      @for (level of levels; track level) {
        <span [class]="'swatch level-' + level"></span>
      }
      More
    </p>
  `,
  styles: `
    :host {
      display: block;
    }

    .map {
      display: block;
      width: 100%;
      height: auto;
      max-width: 820px;
    }

    .month,
    .weekday {
      font-size: 9px;
      fill: var(--mat-sys-on-surface-variant);
    }

    .level-0 {
      fill: var(--mat-sys-surface-container-highest);
      background: var(--mat-sys-surface-container-highest);
    }

    .level-1 {
      fill: color-mix(in srgb, var(--mat-sys-primary) 30%, transparent);
      background: color-mix(in srgb, var(--mat-sys-primary) 30%, transparent);
    }

    .level-2 {
      fill: color-mix(in srgb, var(--mat-sys-primary) 55%, transparent);
      background: color-mix(in srgb, var(--mat-sys-primary) 55%, transparent);
    }

    .level-3 {
      fill: color-mix(in srgb, var(--mat-sys-primary) 80%, transparent);
      background: color-mix(in srgb, var(--mat-sys-primary) 80%, transparent);
    }

    .level-4 {
      fill: var(--mat-sys-primary);
      background: var(--mat-sys-primary);
    }

    .legend {
      display: flex;
      align-items: center;
      gap: 4px;
      margin: 8px 0 0;
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .swatch {
      display: inline-block;
      width: 12px;
      height: 12px;
      border-radius: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticeHeatMap {
  /** Seconds practised per local day (YYYY-MM-DD). */
  readonly days = input.required<ReadonlyMap<string, number>>();
  readonly today = input(new Date());

  protected readonly grid = computed(() => heatMapGrid(this.days(), this.today()));
  protected readonly viewBox = computed(() => `0 0 ${LEFT + this.grid().weeks.length * STEP} ${TOP + 7 * STEP}`);
  protected readonly label = computed(() => {
    const cells = this.grid().weeks.flat();
    const practised = cells.filter((cell) => cell && cell.minutes > 0);
    const minutes = practised.reduce((sum, cell) => sum + (cell?.minutes ?? 0), 0);
    return `Practice calendar, last 12 months: ${minutes} minutes on ${practised.length} days.`;
  });
  protected readonly weekdayLabels = [
    { row: 0, label: 'Mon' },
    { row: 2, label: 'Wed' },
    { row: 4, label: 'Fri' },
  ];
  protected readonly levels = [0, ...LEVEL_MINUTES.map((_, i) => i + 1)];
  protected readonly left = LEFT;
  protected readonly top = TOP;
  protected readonly step = STEP;
  protected readonly cell_ = CELL;
}
