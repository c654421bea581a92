import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { SpeedControl } from './speed-control';

@Component({
  imports: [SpeedControl],
  template: `<app-speed-control [(speed)]="speed" />`,
})
class Host {
  readonly speed = signal(1);
}

describe('SpeedControl', () => {
  it('offers common speeds from 0.5× to 1.5× and reports the choice', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const group = el.querySelector('[data-testid="speed-control"]')!;
    const buttons = Array.from(group.querySelectorAll('button'));

    expect(buttons.map((button) => button.textContent?.trim())).toEqual(['0.5×', '0.75×', '1×', '1.25×', '1.5×']);
    expect(el.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent).toBe('Speed');
    const checked = () => buttons.map((button) => button.getAttribute('aria-checked') ?? button.getAttribute('aria-pressed'));
    expect(checked()).toEqual(['false', 'false', 'true', 'false', 'false']);

    buttons[4].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.speed()).toBe(1.5);
    expect(checked()).toEqual(['false', 'false', 'false', 'false', 'true']);
  });

  it('steps 5 % slower or faster, down to 0.25×', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.speed.set(0.3);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const slower = el.querySelector<HTMLButtonElement>('[data-testid="speed-slower"]')!;
    slower.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.speed()).toBe(0.25);
    expect(el.querySelector('[data-testid="speed-value"]')?.textContent).toBe('0.25×');
    expect(slower.disabled).toBe(true);
    el.querySelector<HTMLButtonElement>('[data-testid="speed-faster"]')!.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.speed()).toBe(0.3);
  });
});
