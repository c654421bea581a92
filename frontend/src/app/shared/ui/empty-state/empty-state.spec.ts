import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { EmptyState } from './empty-state';

@Component({
  imports: [EmptyState],
  template: `
    <app-empty-state id="plain" heading="No courses yet" text="Check back soon." />
    <app-empty-state id="marked" mark heading="Nothing here" text="Buy a course."><a href="/">Browse</a></app-empty-state>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

describe('EmptyState', () => {
  it('shows a heading, a line of text, the mark when asked for, and what is projected', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const plain = el.querySelector('#plain [data-testid="empty-state"]')!;
    const marked = el.querySelector('#marked [data-testid="empty-state"]')!;

    expect(plain.querySelector('h2')?.textContent).toBe('No courses yet');
    expect(plain.querySelector('p')?.textContent).toBe('Check back soon.');
    expect(plain.querySelector('svg')).toBeNull();
    expect(marked.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(marked.querySelector('a')?.textContent).toBe('Browse');
  });
});
