import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';

import { Modal, MODAL_DATA, ModalRef } from './modal';
import { ModalFrame } from './modal-frame';

export interface ConfirmDialogData {
  readonly title: string;
  readonly message: string;
  /** The confirming button, e.g. "Delete section". */
  readonly confirmLabel: string;
}

let nextId = 0;

/** Asks before something that cannot be undone. Focus starts on Cancel. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatButton, ModalFrame],
  template: `
    <app-modal-frame [heading]="data.title" dialogRole="alertdialog" [describedBy]="messageId">
      <p class="message" [id]="messageId">{{ data.message }}</p>
      <div class="actions">
        <button matButton type="button" autofocus (click)="ref.close(false)">Cancel</button>
        <button matButton="filled" type="button" class="confirm" data-testid="confirm" (click)="ref.close(true)">
          {{ data.confirmLabel }}
        </button>
      </div>
    </app-modal-frame>
  `,
  styles: `
    .message {
      margin: 0;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 24px;
    }

    .confirm {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject(MODAL_DATA) as ConfirmDialogData;
  protected readonly ref = inject<ModalRef<boolean>>(ModalRef);
  protected readonly messageId = `confirm-message-${nextId++}`;
}

/** Opens the dialog; true when the person confirmed. */
export async function confirmAction(modal: Modal, data: ConfirmDialogData): Promise<boolean> {
  return (await modal.open<ConfirmDialog, boolean>(ConfirmDialog, data)) === true;
}
