import { TestBed } from '@angular/core/testing';

import { LoadingState } from './loading-state';

describe('LoadingState', () => {
  it('renders a labelled spinner inside a status region', async () => {
    TestBed.configureTestingModule({ imports: [LoadingState] });
    const fixture = TestBed.createComponent(LoadingState);
    fixture.componentRef.setInput('label', 'Loading courses…');
    await fixture.whenStable();

    const el = fixture.nativeElement as HTMLElement;
    const state = el.querySelector('[data-testid="loading-state"]')!;
    expect(state.getAttribute('role')).toBe('status');
    const spinner = state.querySelector('[role="progressbar"]')!;
    expect(spinner.getAttribute('aria-label')).toBe('Loading courses…');
    expect(state.textContent).toContain('Loading courses…');
  });
});
