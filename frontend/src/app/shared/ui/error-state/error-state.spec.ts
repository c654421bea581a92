import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ErrorState } from './error-state';

@Component({
  imports: [ErrorState],
  template: `
    <app-error-state heading="Oops" message="It broke." [retryable]="retryable()" (retry)="retries = retries + 1">
      <a href="/">Home</a>
    </app-error-state>
  `,
})
class Host {
  readonly retryable = signal(true);
  retries = 0;
}

describe('ErrorState', () => {
  async function setup() {
    TestBed.configureTestingModule({ imports: [Host] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, state: () => el.querySelector<HTMLElement>('[data-testid="error-state"]')! };
  }

  it('shows heading and message as an alert', async () => {
    const { state } = await setup();
    expect(state().getAttribute('role')).toBe('alert');
    expect(state().querySelector('[role="heading"]')?.textContent).toContain('Oops');
    expect(state().textContent).toContain('It broke.');
  });

  it('emits retry when Retry is clicked', async () => {
    const { fixture, state } = await setup();
    const button = state().querySelector('button')!;
    expect(button.textContent?.trim()).toBe('Retry');

    button.click();
    button.click();
    expect(fixture.componentInstance.retries).toBe(2);
  });

  it('can hide Retry and still shows projected actions', async () => {
    const { fixture, state } = await setup();
    fixture.componentInstance.retryable.set(false);
    await fixture.whenStable();

    expect(state().querySelector('button')).toBeNull();
    expect(state().querySelector('a')?.textContent).toBe('Home');
  });
});
