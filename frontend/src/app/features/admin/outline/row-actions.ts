import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';

import { Icon } from '../ui/icon';

/**
 * The move up / move down / rename / delete buttons of a section or lesson in the outline. The
 * move buttons' ids (`<kind>-up-<id>`, `<kind>-down-<id>`) let the outline put focus back on them
 * after a move; rename and delete stay focusable while `busy` (disabledInteractive).
 */
@Component({
  selector: 'app-row-actions',
  imports: [MatIconButton, Icon],
  template: `
    <button
      mat-icon-button
      type="button"
      [id]="kind() + '-up-' + itemId()"
      [attr.aria-label]="'Move ' + kind() + ' “' + title() + '” up'"
      [disabled]="!canMoveUp()"
      (click)="move.emit(-1)"
    >
      <app-icon name="arrow-up" />
    </button>
    <button
      mat-icon-button
      type="button"
      [id]="kind() + '-down-' + itemId()"
      [attr.aria-label]="'Move ' + kind() + ' “' + title() + '” down'"
      [disabled]="!canMoveDown()"
      (click)="move.emit(1)"
    >
      <app-icon name="arrow-down" />
    </button>
    <button
      mat-icon-button
      type="button"
      [attr.aria-label]="'Rename ' + kind() + ' “' + title() + '”'"
      disabledInteractive
      [disabled]="busy()"
      (click)="rename.emit()"
    >
      <app-icon name="edit" />
    </button>
    <button
      mat-icon-button
      type="button"
      [attr.aria-label]="'Delete ' + kind() + ' “' + title() + '”'"
      disabledInteractive
      [disabled]="busy()"
      (click)="remove.emit()"
    >
      <app-icon name="delete" />
    </button>
  `,
  styles: `
    :host {
      display: flex;
      margin-inline-start: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RowActions {
  readonly kind = input.required<'section' | 'lesson'>();
  readonly itemId = input.required<string>();
  readonly title = input.required<string>();
  readonly canMoveUp = input(true);
  readonly canMoveDown = input(true);
  /** A change to this item is under way: rename and delete wait. */
  readonly busy = input(false);

  /** One step up (-1) or down (+1). */
  readonly move = output<-1 | 1>();
  readonly rename = output<void>();
  readonly remove = output<void>();
}
