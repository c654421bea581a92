import { Component, ElementRef, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';

import { checkFields } from './check-fields';

@Component({
  imports: [ReactiveFormsModule],
  template: `<form [formGroup]="form"><input formControlName="ok" /><input formControlName="missing" /></form>`,
})
class Host {
  readonly host = inject(ElementRef).nativeElement as HTMLElement;
  readonly form = new FormGroup({
    ok: new FormControl('x', Validators.required),
    missing: new FormControl('', Validators.required),
  });
}

describe('checkFields', () => {
  it('marks fields touched and focuses the first invalid one', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const { form, host } = fixture.componentInstance;

    expect(checkFields(form, host)).toBe(false);
    expect(form.controls.missing.touched).toBe(true);
    expect(document.activeElement).toBe(host.querySelectorAll('input')[1]);

    form.controls.missing.setValue('y');
    expect(checkFields(form, host)).toBe(true);
    fixture.nativeElement.remove();
  });
});
