import { TestBed } from '@angular/core/testing';

import { ConfirmRefundDialog } from './confirm-refund-dialog';

describe('ConfirmRefundDialog', () => {
  const added: string[] = [];

  beforeEach(() => {
    // jsdom has <dialog> but not showModal()/close().
    const methods: Record<string, (this: HTMLDialogElement) => void> = {
      showModal(this: HTMLDialogElement) {
        this.setAttribute('open', '');
      },
      close(this: HTMLDialogElement) {
        if (this.hasAttribute('open')) {
          this.removeAttribute('open');
          this.dispatchEvent(new Event('close'));
        }
      },
    };
    for (const [name, value] of Object.entries(methods)) {
      if (!(name in HTMLDialogElement.prototype)) {
        Object.defineProperty(HTMLDialogElement.prototype, name, { value, configurable: true, writable: true });
        added.push(name);
      }
    }
  });

  afterEach(() => {
    for (const name of added.splice(0)) {
      delete (HTMLDialogElement.prototype as unknown as Record<string, unknown>)[name];
    }
  });

  async function open() {
    const fixture = TestBed.createComponent(ConfirmRefundDialog);
    await fixture.whenStable();
    const answer = fixture.componentInstance.ask({ amount: '$29.00', courseTitle: 'Blues Guitar' });
    await fixture.whenStable();
    const dialog = (fixture.nativeElement as HTMLElement).querySelector('dialog')!;
    const button = (name: string) => Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent?.trim() === name)!;
    return { answer, dialog, button };
  }

  it('asks with the amount and the course, as a modal alert dialog', async () => {
    const { dialog, button } = await open();
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe('Refund $29.00?');
    expect(dialog.querySelector(`#${dialog.getAttribute('aria-describedby')}`)?.textContent).toContain('Blues Guitar');
    expect(button('Cancel').hasAttribute('autofocus')).toBe(true);
  });

  it('resolves true on Refund, false on Cancel or Escape', async () => {
    let opened = await open();
    opened.button('Refund').click();
    expect(await opened.answer).toBe(true);
    expect(opened.dialog.hasAttribute('open')).toBe(false);

    opened = await open();
    opened.button('Cancel').click();
    expect(await opened.answer).toBe(false);

    opened = await open();
    opened.dialog.close(); // what Escape does
    expect(await opened.answer).toBe(false);
  });
});
