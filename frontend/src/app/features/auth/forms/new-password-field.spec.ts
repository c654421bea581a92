import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { inputLabelled } from '../../../shared/testing/dom-queries';
import { newPasswordValidators } from './auth-validators';
import { NewPasswordField } from './new-password-field';

@Component({
  imports: [ReactiveFormsModule, NewPasswordField],
  template: `<app-new-password-field inputId="test-password" label="New password" requiredMessage="Choose a new password." [control]="password" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly password = new FormControl('', { nonNullable: true, validators: newPasswordValidators });
}

describe('NewPasswordField', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement, control: fixture.componentInstance.password };
  }

  it('labels a new-password input, described by the rules list, and binds it to the control', async () => {
    const { fixture, el, control } = await render();
    const input = inputLabelled(el, 'New password');
    expect(input.id).toBe('test-password');
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('new-password');
    expect(input.getAttribute('aria-describedby')).toBe('test-password-rules');
    expect(el.querySelector('#test-password-rules')).not.toBeNull();
    input.value = 'Practice!123';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(control.value).toBe('Practice!123');
  });

  it('ticks off the rules as the password is typed', async () => {
    const { fixture, el, control } = await render();
    const met = () => el.querySelectorAll('#test-password-rules [data-met="true"]').length;
    const before = met();
    control.setValue('Practice!123');
    await fixture.whenStable();
    expect(met()).toBeGreaterThan(before);
  });

  it('shows and hides the password', async () => {
    const { fixture, el } = await render();
    el.querySelector<HTMLButtonElement>('app-password-toggle button')!.click();
    await fixture.whenStable();
    expect(inputLabelled(el, 'New password').type).toBe('text');
  });

  it('says what is wrong once touched: its own message when empty, then the broken rule', async () => {
    const { fixture, el, control } = await render();
    control.markAsTouched();
    control.updateValueAndValidity();
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toContain('Choose a new password.');

    control.setValue('short');
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toMatch(/^\s*Password .+\.\s*$/);
  });
});
