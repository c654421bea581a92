import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';

import { formatClock } from '../format-clock';
import { PracticeSession } from '../practice-session.store';

/** A–B loop: set the marks, loop on or off, count-in, and the passes done. */
@Component({
  selector: 'app-loop-controls',
  imports: [MatButton, MatCheckbox],
  template: `
    <div class="row" role="group" aria-label="A–B loop">
      <button matButton="outlined" type="button" data-testid="set-a" aria-keyshortcuts="[" (click)="session.setA()">
        Set A <span class="time">{{ aLabel() }}</span>
      </button>
      <button matButton="outlined" type="button" data-testid="set-b" aria-keyshortcuts="]" (click)="session.setB()">
        Set B <span class="time">{{ bLabel() }}</span>
      </button>
      <button
        [matButton]="session.looping() ? 'filled' : 'outlined'"
        type="button"
        data-testid="loop-toggle"
        aria-keyshortcuts="L"
        [attr.aria-pressed]="session.looping()"
        [disabled]="!session.range()"
        (click)="session.toggleLooping()"
      >
        Loop
      </button>
      <button matButton type="button" data-testid="clear-loop" [disabled]="session.marks().a === null && session.marks().b === null" (click)="session.clearLoop()">Clear</button>
      <mat-checkbox [checked]="session.countIn()" (change)="session.countIn.set($event.checked)" data-testid="count-in">Count-in</mat-checkbox>
    </div>
    <p class="status" role="status" data-testid="loop-status">
      @if (session.countingIn()) {
        Counting in…
      }
      @if (session.looping() && session.range()) {
        Repetition <span data-testid="repetitions">{{ session.repetitions() }}</span>
      }
    </p>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }

    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }

    .time {
      margin-inline-start: 4px;
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface-variant);
    }

    .status {
      margin: 0;
      font: var(--mat-sys-title-small);

      &:empty {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoopControls {
  protected readonly session = inject(PracticeSession);
  protected readonly aLabel = computed(() => formatClock(this.session.marks().a));
  protected readonly bLabel = computed(() => formatClock(this.session.marks().b));
}
