import { TestBed } from '@angular/core/testing';

import { LoadingState, SPINNER_DELAY_MS } from './loading-state';

describe('LoadingState', () => {
  afterEach(() => vi.useRealTimers());

  function create(inputs: { label: string; delay?: number }) {
    TestBed.configureTestingModule({ imports: [LoadingState] });
    const fixture = TestBed.createComponent(LoadingState);
    fixture.componentRef.setInput('label', inputs.label);
    if (inputs.delay !== undefined) fixture.componentRef.setInput('delay', inputs.delay);
    const settle = async (ms = 0) => {
      await vi.advanceTimersByTimeAsync(ms);
      fixture.detectChanges();
    };
    const state = () => (fixture.nativeElement as HTMLElement).querySelector('[data-testid="loading-state"]')!;
    return { fixture, state, settle };
  }

  it('keeps a short wait blank, then shows a labelled spinner inside a status region', async () => {
    vi.useFakeTimers();
    const { state, settle } = create({ label: 'Loading courses…' });
    await settle();

    expect(state().getAttribute('role')).toBe('status');
    expect(state().querySelector('[role="progressbar"]')).toBeNull();
    expect(state().textContent?.trim()).toBe('');

    await settle(SPINNER_DELAY_MS - 1);
    expect(state().querySelector('[role="progressbar"]')).toBeNull();
    await settle(1);

    const spinner = state().querySelector('[role="progressbar"]')!;
    expect(spinner.getAttribute('aria-label')).toBe('Loading courses…');
    expect(state().textContent).toContain('Loading courses…');
  });

  it('shows the spinner at once when the delay is 0', async () => {
    const { fixture, state } = create({ label: 'Saving…', delay: 0 });
    await fixture.whenStable();

    expect(state().querySelector('[role="progressbar"]')).not.toBeNull();
  });

  it('stops its timer when removed before the delay is over', async () => {
    vi.useFakeTimers();
    const { fixture, settle } = create({ label: 'Loading…' });
    await settle();

    fixture.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });
});
