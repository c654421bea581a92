import { TestBed } from '@angular/core/testing';

import { PublishProblems } from './publish-problems';

describe('PublishProblems', () => {
  it('lists the problems in an alert', async () => {
    const fixture = TestBed.createComponent(PublishProblems);
    fixture.componentRef.setInput('problems', ['The course needs a thumbnail.', 'Section "Songs" has no lessons.']);
    await fixture.whenStable();

    const region = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="publish-problems"]')!;
    expect(region.getAttribute('role')).toBe('alert');
    expect(region.textContent).toContain('Not ready to publish yet');
    expect(Array.from(region.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'The course needs a thumbnail.',
      'Section "Songs" has no lessons.',
    ]);
  });
});
