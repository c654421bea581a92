import { TestBed } from '@angular/core/testing';

import { LocalProgress } from './local-progress';

describe('LocalProgress', () => {
  afterEach(() => localStorage.clear());

  it('keeps positions per course and lesson in localStorage', () => {
    const progress = TestBed.inject(LocalProgress);
    expect(progress.get('c1', 'l1')).toBeNull();

    progress.save('c1', 'l1', { positionSec: 42.5, completed: false });
    progress.save('c2', 'l1', { positionSec: 7, completed: true });

    expect(progress.get('c1', 'l1')).toEqual({ positionSec: 42.5, completed: false });
    expect(progress.get('c2', 'l1')).toEqual({ positionSec: 7, completed: true });
    expect(localStorage.getItem('lessonstage.progress.c1.l1')).toBe('{"positionSec":42.5,"completed":false}');
  });

  it('ignores entries it did not write', () => {
    localStorage.setItem('lessonstage.progress.c1.l1', 'not json');
    localStorage.setItem('lessonstage.progress.c1.l2', '{"positionSec":"x"}');
    const progress = TestBed.inject(LocalProgress);
    expect(progress.get('c1', 'l1')).toBeNull();
    expect(progress.get('c1', 'l2')).toBeNull();
  });
});
