import { ApplicationRef, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { Modal, MODAL_DATA, ModalRef } from './modal';
import { ModalFrame } from './modal-frame';

@Component({
  imports: [ModalFrame],
  template: `
    <app-modal-frame heading="Pick one">
      <p>{{ data }}</p>
      <button type="button" autofocus (click)="ref.close('a')">A</button>
    </app-modal-frame>
  `,
})
class Picker {
  readonly data = inject(MODAL_DATA);
  readonly ref = inject<ModalRef<string>>(ModalRef);
}

describe('Modal', () => {
  afterEach(() => document.querySelectorAll('app-modal-frame').forEach((frame) => frame.remove()));

  async function open() {
    const opener = document.createElement('button');
    document.body.appendChild(opener);
    opener.focus();
    const result = TestBed.inject(Modal).open<Picker, string>(Picker, 'the data');
    await TestBed.inject(ApplicationRef).whenStable();
    const dialog = document.querySelector<HTMLDialogElement>('app-modal-frame dialog')!;
    return { opener, result, dialog };
  }

  it('shows the component in an open dialog named by its heading, with its data', async () => {
    const { dialog, opener } = await open();
    expect(dialog.hasAttribute('open')).toBe(true);
    const titleId = dialog.getAttribute('aria-labelledby')!;
    expect(document.getElementById(titleId)?.textContent).toBe('Pick one');
    expect(dialog.textContent).toContain('the data');
    opener.remove();
  });

  it('closes with the result, removes itself and gives focus back', async () => {
    const { dialog, result, opener } = await open();
    dialog.querySelector('button')!.click();

    expect(await result).toBe('a');
    expect(document.querySelector('app-modal-frame')).toBeNull();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('closes without a result on Escape', async () => {
    const { dialog, result, opener } = await open();
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(await result).toBeUndefined();
    opener.remove();
  });
});
