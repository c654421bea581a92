import { TestBed } from '@angular/core/testing';

import { buttonNamed, fieldErrors, inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { Modal } from '../../../shared/ui/modal/modal';
import { promptForText } from './text-prompt-dialog';

describe('promptForText', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve));
  const frame = () => document.querySelector<HTMLElement>('app-modal-frame')!;

  function ask() {
    return promptForText(TestBed.inject(Modal), { title: 'Rename lesson', label: 'Lesson title', value: 'Intro', confirmLabel: 'Rename' });
  }

  it('offers the current title and answers the trimmed new one', async () => {
    const answer = ask();
    await settle();
    expect(frame().querySelector('h2')?.textContent).toBe('Rename lesson');
    const field = inputLabelled(frame(), 'Lesson title');
    expect(field.value).toBe('Intro');
    expect(field.hasAttribute('autofocus')).toBe(true);

    typeInto(field, '  Welcome  ');
    buttonNamed(frame(), 'Rename').click();
    expect(await answer).toBe('Welcome');
  });

  it('refuses an empty title and is null when cancelled', async () => {
    const answer = ask();
    await settle();
    typeInto(inputLabelled(frame(), 'Lesson title'), ' ');
    buttonNamed(frame(), 'Rename').click();
    await settle();
    expect(fieldErrors(frame())).toEqual(['Enter a title.']);

    buttonNamed(frame(), 'Cancel').click();
    expect(await answer).toBeNull();
  });
});
