import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';

import { inputLabelled } from '../../../shared/testing/dom-queries';
import { EmailField } from './email-field';

@Component({
  imports: [ReactiveFormsModule, EmailField],
  template: `<app-email-field inputId="test-email" [control]="email" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly email = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.email],
  });
}

describe('EmailField', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return fixture;
  }

  it('labels its input "Email" and binds it to the control', async () => {
    const fixture = await render();
    const input = inputLabelled(fixture.nativeElement as HTMLElement, 'Email');
    expect(input.id).toBe('test-email');
    expect(input.getAttribute('autocomplete')).toBe('email');
    input.value = 'ada@example.com';
    input.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.email.value).toBe('ada@example.com');
  });

  it('says what is wrong once touched', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    fixture.componentInstance.email.markAsTouched();
    fixture.componentInstance.email.updateValueAndValidity();
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toContain('Enter your e-mail address.');

    fixture.componentInstance.email.setValue('nope');
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toContain('Enter a valid e-mail address');
  });
});
