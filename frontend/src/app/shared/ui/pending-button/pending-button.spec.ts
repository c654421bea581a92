import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { PendingButton } from './pending-button';

@Component({
  imports: [PendingButton],
  template: `<form (submit)="$event.preventDefault()"><app-pending-button [pending]="pending()">Sign in</app-pending-button></form>`,
})
class Host {
  readonly pending = signal(false);
}

describe('PendingButton', () => {
  it('is a submit button named by its content', async () => {
    TestBed.configureTestingModule({ imports: [Host] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();

    const button = (fixture.nativeElement as HTMLElement).querySelector('button')!;
    expect(button.type).toBe('submit');
    expect(button.textContent?.trim()).toBe('Sign in');
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect(button.querySelector('mat-progress-spinner')).toBeNull();
  });

  it('shows a spinner and is aria-disabled but focusable while pending', async () => {
    TestBed.configureTestingModule({ imports: [Host] });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.pending.set(true);
    await fixture.whenStable();

    const button = (fixture.nativeElement as HTMLElement).querySelector('button')!;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.disabled).toBe(false);
    expect(button.querySelector('mat-progress-spinner')?.getAttribute('aria-hidden')).toBe('true');
    expect(button.textContent?.trim()).toBe('Sign in');
  });
});
