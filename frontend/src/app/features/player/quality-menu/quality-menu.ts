import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';

import { AUTO_LEVEL, type QualityLevel } from '../../../shared/media/hls-attachment';

/** "720p", or "1.2 Mbit/s" for a rung without a picture height. */
export function levelLabel(level: QualityLevel): string {
  return level.height > 0 ? `${level.height}p` : `${(level.bitrate / 1_000_000).toFixed(1)} Mbit/s`;
}

/**
 * The streamed lesson's quality: Auto (showing what it is playing) or one rung, highest first. A
 * Material menu: Enter/Space opens it, arrows move, Escape closes; fits a 390 px phone.
 */
@Component({
  selector: 'app-quality-menu',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger],
  template: `
    <button matButton="outlined" type="button" data-testid="quality-button" [matMenuTriggerFor]="menu" [attr.aria-label]="'Quality: ' + summary()">
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M19.14 12.94a7.07 7.07 0 0 0 0-1.88l2.03-1.58-1.92-3.32-2.39.96a7 7 0 0 0-1.63-.94L14.87 3.6h-3.84l-.36 2.58c-.58.24-1.13.55-1.63.94l-2.39-.96-1.92 3.32 2.03 1.58a7.07 7.07 0 0 0 0 1.88l-2.03 1.58 1.92 3.32 2.39-.96c.5.39 1.05.7 1.63.94l.36 2.58h3.84l.36-2.58c.58-.24 1.13-.55 1.63-.94l2.39.96 1.92-3.32-2.03-1.58ZM12.95 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z" />
      </svg>
      <span data-testid="quality-summary">{{ summary() }}</span>
    </button>
    <mat-menu #menu="matMenu" aria-label="Video quality">
      <button mat-menu-item type="button" role="menuitemradio" data-testid="quality-auto" [attr.aria-checked]="selected() === auto" (click)="select.emit(auto)">
        {{ selected() === auto ? '✓ ' : '' }}Auto
      </button>
      @for (level of ordered(); track level.index) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.data-testid]="'quality-' + level.height"
          [attr.aria-checked]="selected() === level.index"
          (click)="select.emit(level.index)"
        >
          {{ selected() === level.index ? '✓ ' : '' }}{{ label(level) }}
        </button>
      }
    </mat-menu>
  `,
  styles: `
    :host {
      display: inline-flex;
    }

    button svg {
      margin-inline-end: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QualityMenu {
  readonly levels = input.required<readonly QualityLevel[]>();
  /** AUTO_LEVEL or a level index. */
  readonly selected = input.required<number>();
  /** The level on screen, -1 until known. */
  readonly playing = input.required<number>();
  readonly select = output<number>();

  protected readonly auto = AUTO_LEVEL;
  protected readonly label = levelLabel;
  protected readonly ordered = computed(() => [...this.levels()].sort((a, b) => b.height - a.height || b.bitrate - a.bitrate));
  protected readonly summary = computed(() => {
    const levels = this.levels();
    const selected = levels.find((level) => level.index === this.selected());
    if (selected) return levelLabel(selected);
    const playing = levels.find((level) => level.index === this.playing());
    return playing ? `Auto (${levelLabel(playing)})` : 'Auto';
  });
}
