import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { renderInSteps } from './render-in-steps';

@Component({
  selector: 'app-steps-host',
  template: `@for (item of items(); track item; let index = $index) {
    @if (index < rendered()) { <span class="item">{{ item }}</span> }
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StepsHost {
  readonly items = signal(['a', 'b', 'c', 'd']);
  readonly rendered = renderInSteps(() => this.items().length, 2);
}

describe('renderInSteps', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp() {
    TestBed.configureTestingModule({ imports: [StepsHost] });
    const fixture = TestBed.createComponent(StepsHost);
    const shown = () => Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.item')).map((item) => item.textContent);
    const nextTask = async () => {
      await vi.advanceTimersToNextTimerAsync();
      fixture.detectChanges();
    };
    fixture.detectChanges();
    return { fixture, shown, nextTask };
  }

  it('renders the first items at once and one more per task until all are', async () => {
    const { shown, nextTask } = setUp();
    expect(shown()).toEqual(['a', 'b']);

    await nextTask();
    expect(shown()).toEqual(['a', 'b', 'c']);
    await nextTask();
    expect(shown()).toEqual(['a', 'b', 'c', 'd']);
    await nextTask();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('goes on when the list grows', async () => {
    const { fixture, shown, nextTask } = setUp();
    await nextTask();
    await nextTask();
    await nextTask();

    fixture.componentInstance.items.update((items) => [...items, 'e']);
    fixture.detectChanges();
    expect(shown()).toHaveLength(4);
    await nextTask();
    expect(shown()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('stops when the component is destroyed', () => {
    const { fixture } = setUp();
    expect(vi.getTimerCount()).toBeGreaterThan(0);

    fixture.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });
});
