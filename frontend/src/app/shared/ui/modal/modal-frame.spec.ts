import { TestBed } from '@angular/core/testing';

import { ModalRef } from './modal';
import { ModalFrame } from './modal-frame';

describe('ModalFrame', () => {
  async function render(ref: ModalRef) {
    TestBed.configureTestingModule({ imports: [ModalFrame], providers: [{ provide: ModalRef, useValue: ref }] });
    const fixture = TestBed.createComponent(ModalFrame);
    fixture.componentRef.setInput('heading', 'Rename section');
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    return { fixture, dialog: (fixture.nativeElement as HTMLElement).querySelector('dialog')! };
  }

  it('opens a dialog named by its heading', async () => {
    const { fixture, dialog } = await render(new ModalRef(() => undefined));
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('role')).toBeNull();
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Rename section');
    fixture.nativeElement.remove();
  });

  it('keeps the dialog open on Escape while closing is switched off', async () => {
    const close = vi.fn();
    const ref = new ModalRef(close);
    const { fixture, dialog } = await render(ref);

    ref.disableClose = true;
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(close).not.toHaveBeenCalled();

    ref.disableClose = false;
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(close).toHaveBeenCalledWith(undefined);
    fixture.nativeElement.remove();
  });
});
