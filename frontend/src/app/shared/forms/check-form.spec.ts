import { Component, ElementRef, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { checkForm } from './check-form';

@Component({
  imports: [ReactiveFormsModule],
  template: `
    <form [formGroup]="form">
      <input id="first" formControlName="first" />
      <input id="second" formControlName="second" />
    </form>
  `,
})
class Host {
  readonly host = inject(ElementRef<HTMLElement>).nativeElement as HTMLElement;
  readonly form = inject(NonNullableFormBuilder).group({
    first: ['ok', Validators.required],
    second: ['', Validators.required],
  });
}

describe('checkForm', () => {
  it('marks the fields touched and focuses the first invalid one', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const { form, host } = fixture.componentInstance;

    expect(checkForm(form, host)).toBe(false);
    expect(form.controls.second.touched).toBe(true);
    expect(document.activeElement?.id).toBe('second');

    form.controls.second.setValue('filled');
    expect(checkForm(form, host)).toBe(true);
    fixture.nativeElement.remove();
  });
});
