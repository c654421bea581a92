import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';

import { ModalRef } from './modal';

let nextId = 0;

/**
 * The dialog box of a modal opened with `Modal`: a native <dialog> shown modally, with a title
 * (its accessible name) and the content, buttons included. Put `autofocus`
 * on the control that should have focus first.
 */
@Component({
  selector: 'app-modal-frame',
  template: `
    <dialog
      #dialog
      class="modal"
      [attr.role]="dialogRole() === 'alertdialog' ? 'alertdialog' : null"
      [attr.aria-labelledby]="titleId"
      [attr.aria-describedby]="describedBy()"
      (cancel)="cancel($event)"
    >
      <h2 class="title" [id]="titleId">{{ heading() }}</h2>
      <div class="content">
        <ng-content />
      </div>
    </dialog>
  `,
  styles: `
    .modal {
      box-sizing: border-box;
      width: calc(100vw - 32px);
      max-width: var(--modal-width, 480px);
      max-height: calc(100dvh - 32px);
      margin: auto;
      padding: 24px;
      overflow: auto;
      border: none;
      border-radius: var(--mat-sys-corner-extra-large, 28px);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      box-shadow: var(--mat-sys-level3);

      &::backdrop {
        background: rgb(0 0 0 / 40%);
      }
    }

    .title {
      margin: 0 0 16px;
      font: var(--mat-sys-headline-small);
    }

    .content {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }

  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModalFrame {
  readonly heading = input.required<string>();
  readonly dialogRole = input<'dialog' | 'alertdialog'>('dialog');
  /** Id of the element that describes the dialog (e.g. a confirmation's message). */
  readonly describedBy = input<string | null>(null);

  protected readonly titleId = `modal-title-${nextId++}`;
  private readonly ref = inject(ModalRef);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  constructor() {
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      if (typeof dialog.showModal === 'function') {
        dialog.showModal();
      } else {
        dialog.setAttribute('open', '');
      }
    });
  }

  /** Escape: closes without a result, unless closing is switched off for now. */
  protected cancel(event: Event): void {
    event.preventDefault();
    if (!this.ref.disableClose) {
      this.ref.close();
    }
  }
}
