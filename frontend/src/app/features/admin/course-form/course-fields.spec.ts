import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';

import { inputLabelled } from '../../../shared/testing/dom-queries';
import { buildCourseForm } from './course-form';
import { CourseFields } from './course-fields';

@Component({
  imports: [CourseFields],
  template: `<app-course-fields [form]="form" idPrefix="x" />`,
})
class Host {
  readonly form = buildCourseForm(inject(NonNullableFormBuilder));
}

describe('CourseFields', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('labels every field', async () => {
    const { el } = await render();
    expect(inputLabelled(el, 'Title').id).toBe('x-title');
    expect(inputLabelled(el, 'Description').tagName).toBe('TEXTAREA');
    expect(inputLabelled(el, 'Price').getAttribute('inputmode')).toBe('decimal');
    for (const [id, label] of [['x-instrument', 'Instrument'], ['x-level', 'Level'], ['x-currency', 'Currency']]) {
      expect(el.querySelector(`label[for="${id}"]`)?.textContent).toContain(label);
      expect(el.querySelector(`select#${id}`)).not.toBeNull();
    }
  });

  it('follows the chosen currency and counts the description', async () => {
    const { fixture, el } = await render();
    expect(el.textContent).toContain('In USD, e.g. 29.99');
    fixture.componentInstance.form.patchValue({ currency: 'EUR', description: 'Twelve chars' });
    await fixture.whenStable();
    expect(el.textContent).toContain('€');
    expect(el.textContent).toContain('In EUR');
    expect(el.textContent).toContain('12 / 2000');
  });

  it('shows the messages once the parent submits', async () => {
    const { fixture, el } = await render();
    expect(el.querySelectorAll('mat-error')).toHaveLength(0);
    fixture.componentInstance.form.markAllAsTouched();
    await fixture.whenStable();
    expect(Array.from(el.querySelectorAll('mat-error')).map((e) => e.textContent?.trim())).toEqual([
      'Enter a title.',
      'Choose an instrument.',
      'Choose a level.',
      'Enter a price (0 for free).',
    ]);
  });
});
