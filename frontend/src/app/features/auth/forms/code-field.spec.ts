import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { inputLabelled } from '../../../shared/testing/dom-queries';
import { codeValidators } from './auth-validators';
import { CodeField, type CodeSource } from './code-field';

@Component({
  imports: [ReactiveFormsModule, CodeField],
  template: `<app-code-field inputId="test-code" [control]="code" [source]="source()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly code = new FormControl('', { nonNullable: true, validators: codeValidators });
  readonly source = signal<CodeSource>('email');
}

describe('CodeField', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return fixture;
  }

  it('labels its input "Code", asks for digits and one-time-code autofill, and binds it to the control', async () => {
    const fixture = await render();
    const input = inputLabelled(fixture.nativeElement as HTMLElement, 'Code');
    expect(input.id).toBe('test-code');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    input.value = '123456';
    input.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.code.value).toBe('123456');
  });

  it('says where the code comes from once touched', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    fixture.componentInstance.code.markAsTouched();
    fixture.componentInstance.code.updateValueAndValidity();
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toContain('Enter the 6-digit code from the e-mail.');

    fixture.componentInstance.source.set('authenticator');
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toContain('Enter the 6-digit code from your authenticator app.');
  });
});
