import { Component, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { buttonNamed, fieldErrors, inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { AddTitleForm } from './add-title-form';

@Component({
  imports: [AddTitleForm],
  template: `<app-add-title-form label="Lesson title" buttonLabel="Add lesson" fieldId="t" buttonTestId="add-lesson" (add)="added.push($event)" />`,
})
class Host {
  readonly form = viewChild.required(AddTitleForm);
  readonly added: string[] = [];
}

describe('AddTitleForm', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('emits the trimmed title and empties on clear()', async () => {
    const { fixture, el } = await render();
    typeInto(inputLabelled(el, 'Lesson title'), '  Scales  ');
    buttonNamed(el, 'Add lesson').click();
    expect(fixture.componentInstance.added).toEqual(['Scales']);
    expect(el.querySelector('[data-testid="add-lesson"]')).toBe(buttonNamed(el, 'Add lesson'));

    fixture.componentInstance.form().clear();
    await fixture.whenStable();
    expect(inputLabelled(el, 'Lesson title').value).toBe('');
  });

  it('asks for a title instead of emitting a blank one', async () => {
    const { fixture, el } = await render();
    typeInto(inputLabelled(el, 'Lesson title'), '   ');
    buttonNamed(el, 'Add lesson').click();
    await fixture.whenStable();
    expect(fieldErrors(el)).toEqual(['Enter a lesson title.']);
    expect(fixture.componentInstance.added).toEqual([]);
  });
});
