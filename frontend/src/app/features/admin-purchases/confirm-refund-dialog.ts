import { ChangeDetectionStrategy, Component, ElementRef, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';

export interface ConfirmRefundData {
  readonly amount: string;
  readonly courseTitle: string;
}

let nextId = 0;

/**
 * "Refund $29.00?" as a native modal <dialog> (showModal: the page behind turns inert, Escape
 * cancels, focus starts on Cancel and returns to the Refund button afterwards). Not MatDialog:
 * its overlay code would grow the app's initial bundle.
 */
@Component({
  selector: 'app-confirm-refund-dialog',
  imports: [MatButton],
  template: `
    <dialog
      #dialog
      class="dialog"
      role="alertdialog"
      [attr.aria-labelledby]="id + '-title'"
      [attr.aria-describedby]="id + '-text'"
      (close)="settle(false)"
    >
      <h2 class="title" [id]="id + '-title'">Refund {{ data()?.amount }}?</h2>
      <p class="text" [id]="id + '-text'">
        The buyer gets {{ data()?.amount }} back and loses access to <strong>{{ data()?.courseTitle }}</strong> as
        soon as Stripe confirms the refund. This can't be undone.
      </p>
      <div class="actions">
        <button matButton type="button" autofocus (click)="finish(false)">Cancel</button>
        <button matButton="filled" type="button" class="confirm" data-testid="confirm-refund" (click)="finish(true)">
          Refund
        </button>
      </div>
    </dialog>
  `,
  styles: `
    .dialog {
      width: min(440px, calc(100vw - 32px));
      padding: 24px;
      border: 0;
      border-radius: var(--mat-sys-corner-extra-large, 28px);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      box-shadow: var(--mat-sys-level3);

      &::backdrop {
        background: rgb(0 0 0 / 32%);
      }
    }

    .title {
      margin: 0 0 16px;
      font: var(--mat-sys-headline-small);
    }

    .text {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }

    .actions {
      display: flex;
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
export class ConfirmRefundDialog {
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private resolve?: (confirmed: boolean) => void;

  protected readonly id = `confirm-refund-${nextId++}`;
  protected readonly data = signal<ConfirmRefundData | null>(null);

  /** Opens the dialog; resolves true when the refund is confirmed, false on Cancel or Escape. */
  ask(data: ConfirmRefundData): Promise<boolean> {
    this.settle(false);
    this.data.set(data);
    this.dialog().nativeElement.showModal();
    return new Promise<boolean>((resolve) => (this.resolve = resolve));
  }

  protected finish(confirmed: boolean): void {
    this.settle(confirmed);
    this.dialog().nativeElement.close();
  }

  protected settle(confirmed: boolean): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    resolve?.(confirmed);
  }
}
