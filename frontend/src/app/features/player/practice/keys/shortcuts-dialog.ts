import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';

import { ModalRef } from '../../../../shared/ui/modal/modal';
import { ModalFrame } from '../../../../shared/ui/modal/modal-frame';
import { SHORTCUTS } from './practice-keys';

/** The practice shortcuts ("?"). */
@Component({
  selector: 'app-shortcuts-dialog',
  imports: [MatButton, ModalFrame],
  template: `
    <app-modal-frame heading="Keyboard shortcuts">
      <p class="note">They work anywhere on the lesson page except while typing in a field.</p>
      <table class="keys" data-testid="shortcuts">
        <thead>
          <tr><th scope="col">Key</th><th scope="col">Action</th></tr>
        </thead>
        <tbody>
          @for (shortcut of shortcuts; track shortcut.keys) {
            <tr>
              <td><kbd>{{ shortcut.keys }}</kbd></td>
              <td>{{ shortcut.action }}</td>
            </tr>
          }
        </tbody>
      </table>
      <div class="actions">
        <button matButton="filled" type="button" autofocus (click)="ref.close()">Close</button>
      </div>
    </app-modal-frame>
  `,
  styles: `
    .note {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }

    .keys {
      width: 100%;
      border-collapse: collapse;

      th,
      td {
        padding: 6px 8px;
        text-align: start;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }

    kbd {
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }

    .actions {
      display: flex;
      justify-content: flex-end;
      margin-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortcutsDialog {
  protected readonly ref = inject(ModalRef);
  protected readonly shortcuts = SHORTCUTS;
}
