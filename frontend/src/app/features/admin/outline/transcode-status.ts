import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { TranscodeState } from '@lessonstage/shared';

/**
 * Where a lesson's conversion for streaming stands: Queued, Transcoding 42 %, Ready, or Failed
 * with the reason and Retry. Screen readers hear the status when it changes, not every percent.
 */
@Component({
  selector: 'app-transcode-status',
  imports: [MatButton],
  template: `
    @let s = state();
    <div class="transcode" data-testid="transcode-status" [attr.data-status]="s.status">
      <span class="visually-hidden">Streaming:</span>
      <span class="tag chip" [class]="'chip--' + s.status">{{ label() }}</span>
      @if (s.status === 'running') {
        <span class="bar" aria-hidden="true"><span class="fill" [style.width.%]="s.percent ?? 0"></span></span>
      }
      @if (s.status === 'failed') {
        <span class="reason" data-testid="transcode-reason">{{ s.reason }}</span>
        <button
          matButton
          type="button"
          data-testid="transcode-retry"
          [disabled]="retrying()"
          [attr.aria-label]="'Retry converting “' + lessonTitle() + '”'"
          (click)="retry.emit()"
        >
          Retry
        </button>
      }
      <span class="visually-hidden" role="status">{{ announcement() }}</span>
    </div>
  `,
  styles: `
    .transcode {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      font: var(--mat-sys-body-small);
    }

    .chip {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }

    .chip--ready {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }

    .chip--failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .bar {
      flex: 0 1 120px;
      height: 4px;
      border-radius: 2px;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
    }

    .fill {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
      transition: width 0.3s;
    }

    .reason {
      flex: 1 1 100%;
      color: var(--mat-sys-error);
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TranscodeStatus {
  readonly state = input.required<TranscodeState>();
  readonly lessonTitle = input.required<string>();
  readonly retrying = input(false);
  readonly retry = output<void>();

  protected readonly label = computed(() => {
    const state = this.state();
    switch (state.status) {
      case 'queued':
        return 'Queued';
      case 'running':
        return `Transcoding ${Math.round(state.percent ?? 0)} %`;
      case 'ready':
        return 'Ready';
      case 'failed':
        return 'Failed';
    }
  });

  /** Changes with the status only, so a live region is not read out at every percent. */
  protected readonly announcement = computed(() => {
    const words = { queued: 'queued for streaming', running: 'converting for streaming', ready: 'ready to stream', failed: 'could not be converted for streaming' };
    return `“${this.lessonTitle()}” ${words[this.state().status]}.`;
  });
}
