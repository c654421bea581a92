import { TestBed } from '@angular/core/testing';

import { buttonNamed } from '../../testing/dom-queries';
import { confirmAction } from './confirm-dialog';
import { Modal } from './modal';

describe('confirmAction', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve));
  const frame = () => document.querySelector<HTMLElement>('app-modal-frame')!;

  function ask() {
    return confirmAction(TestBed.inject(Modal), {
      title: 'Delete section?',
      message: '“Basics” will be deleted.',
      confirmLabel: 'Delete section',
    });
  }

  it('asks in an alert dialog described by the message, focus on Cancel', async () => {
    const answer = ask();
    await settle();
    const dialog = frame().querySelector('dialog')!;
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('“Basics” will be deleted.');
    expect(buttonNamed(frame(), 'Cancel').hasAttribute('autofocus')).toBe(true);

    buttonNamed(frame(), 'Delete section').click();
    expect(await answer).toBe(true);
  });

  it('is false on Cancel', async () => {
    const answer = ask();
    await settle();
    buttonNamed(frame(), 'Cancel').click();
    expect(await answer).toBe(false);
  });
});
