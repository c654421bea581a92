import { TestBed } from '@angular/core/testing';

import { StatusChip } from './status-chip';

describe('StatusChip', () => {
  it.each([
    ['draft', 'Draft'],
    ['published', 'Published'],
  ] as const)('shows %s as "%s"', async (status, label) => {
    const fixture = TestBed.createComponent(StatusChip);
    fixture.componentRef.setInput('status', status);
    await fixture.whenStable();

    const chip = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="course-status"]')!;
    expect(chip.textContent).toBe(label);
    expect(chip.classList.contains('status--published')).toBe(status === 'published');
  });
});
