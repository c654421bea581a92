import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, effect, ElementRef, inject, input, signal, viewChild } from '@angular/core';

import { formatSpeed } from '../practice-format';

export interface SpeedPoint {
  readonly date: string;
  readonly bestSpeed: number;
}

type ChartModule = typeof import('chart.js');
type LineChart = import('chart.js').Chart<'line', number[], string>;

let chartModule: Promise<ChartModule> | null = null;

/** chart.js, fetched the first time a chart is drawn (it is in no other page's code) and registered once. */
function loadChartJs(): Promise<ChartModule> {
  chartModule ??= import('chart.js').then((module) => {
    const { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip } = module;
    Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);
    return module;
  });
  return chartModule;
}

/**
 * One saved loop's best speed per day as a line chart. The canvas is hidden from screen readers:
 * the caption says the figures that matter and a table under "Show values" holds them all.
 */
@Component({
  selector: 'app-loop-speed-chart',
  template: `
    <figure class="figure" data-testid="loop-speed-chart">
      <figcaption class="caption" [id]="captionId()" data-testid="loop-speed-summary">
        <strong>{{ name() }}</strong>: best {{ best() }}, latest {{ latest() }} ({{ points().length }} {{ points().length === 1 ? 'day' : 'days' }})
      </figcaption>
      <div class="canvas-box">
        <canvas #canvas aria-hidden="true"></canvas>
        @if (failed()) {
          <p class="note">The chart couldn't load; the values are below.</p>
        }
      </div>
      <details class="values">
        <summary>Show values</summary>
        <table class="table" [attr.aria-describedby]="captionId()">
          <thead>
            <tr><th scope="col">Day</th><th scope="col">Best speed</th></tr>
          </thead>
          <tbody>
            @for (point of points(); track point.date) {
              <tr data-testid="loop-speed-row"><td>{{ point.date }}</td><td>{{ speed(point.bestSpeed) }}</td></tr>
            }
          </tbody>
        </table>
      </details>
    </figure>
  `,
  styles: `
    .figure {
      margin: 0;
    }

    .caption {
      margin-bottom: 8px;
      overflow-wrap: anywhere;
    }

    .canvas-box {
      position: relative;
      height: 180px;
      max-width: 100%;
    }

    canvas {
      color: var(--mat-sys-primary);
    }

    .note {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }

    .values summary {
      cursor: pointer;
      padding: 8px 0;
    }

    .table {
      border-collapse: collapse;
    }

    .table th,
    .table td {
      padding: 4px 12px 4px 0;
      text-align: left;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoopSpeedChart {
  readonly loopId = input.required<string>();
  readonly name = input.required<string>();
  readonly points = input.required<readonly SpeedPoint[]>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: LineChart | null = null;
  protected readonly failed = signal(false);
  protected readonly captionId = computed(() => `loop-speed-${this.loopId()}`);
  protected readonly best = computed(() => formatSpeed(Math.max(...this.points().map((point) => point.bestSpeed), 0)));
  protected readonly latest = computed(() => formatSpeed(this.points().at(-1)?.bestSpeed ?? 0));
  protected readonly speed = formatSpeed;
  private readonly ready = signal(false);

  constructor() {
    afterNextRender(() => this.ready.set(true));
    effect(() => {
      const points = this.points();
      if (this.ready()) void this.draw(points);
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private async draw(points: readonly SpeedPoint[]): Promise<void> {
    try {
      const { Chart } = await loadChartJs();
      const labels = points.map((point) => point.date);
      const data = points.map((point) => point.bestSpeed);
      if (this.chart) {
        this.chart.data.labels = labels;
        this.chart.data.datasets[0].data = data;
        this.chart.update();
        return;
      }
      // The canvas's CSS colour is the theme's primary; computed, it is plain rgb() a canvas can use.
      const color = getComputedStyle(this.canvas().nativeElement).color || '#3f51b5';
      this.chart = new Chart(this.canvas().nativeElement, {
        type: 'line',
        data: { labels, datasets: [{ label: 'Best speed', data, borderColor: color, backgroundColor: color, tension: 0.2 }] },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { suggestedMin: 0.5, suggestedMax: 1, ticks: { callback: (value) => formatSpeed(Number(value)) } } },
          plugins: { tooltip: { callbacks: { label: (item) => `Best ${formatSpeed(item.parsed.y ?? 0)}` } } },
        },
      });
    } catch {
      this.failed.set(true);
    }
  }
}
