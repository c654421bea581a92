import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { PasswordToggle } from './password-toggle';

@Component({
  imports: [PasswordToggle],
  template: `
    <input id="pw" [type]="visible() ? 'text' : 'password'" />
    <app-password-toggle [(visible)]="visible" controls="pw" />
  `,
})
class Host {
  readonly visible = signal(false);
}

describe('PasswordToggle', () => {
  it('is a labelled toggle that shows and hides the password', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = el.querySelector('button')!;
    const input = el.querySelector('input')!;

    expect(button.type).toBe('button');
    expect(button.textContent?.trim()).toBe('Show password');
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(button.getAttribute('aria-controls')).toBe('pw');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(input.type).toBe('password');

    button.click();
    await fixture.whenStable();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(input.type).toBe('text');

    button.click();
    await fixture.whenStable();
    expect(input.type).toBe('password');
  });
});
