import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { LoadMore, type MorePages } from './load-more';

function fakeList(overrides: Partial<Record<'error' | 'cursor', string | null>> & { loading?: boolean } = {}) {
  const list = {
    loadMoreError: signal(overrides.error ?? null),
    nextCursor: signal(overrides.cursor ?? null),
    loadingMore: signal(overrides.loading ?? false),
    loadMore: vi.fn(),
  };
  return list as unknown as MorePages & { loadMore: ReturnType<typeof vi.fn> };
}

function render(list: MorePages, label?: string): HTMLElement {
  const fixture = TestBed.createComponent(LoadMore);
  fixture.componentRef.setInput('list', list);
  if (label) fixture.componentRef.setInput('label', label);
  fixture.componentRef.setInput('errorHeading', "We couldn't load more things");
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('LoadMore', () => {
  it('shows nothing on the last page', () => {
    expect(render(fakeList()).querySelector('[data-testid="load-more"]')).toBeNull();
  });

  it('loads the next page on click, and is busy while loading', () => {
    const list = fakeList({ cursor: 'next' });
    const button = render(list).querySelector<HTMLButtonElement>('[data-testid="load-more"]')!;
    expect(button.textContent?.trim()).toBe('Load more');
    button.click();
    expect(list.loadMore).toHaveBeenCalledTimes(1);
    expect(render(list, 'Show more').querySelector('[data-testid="load-more"]')?.textContent?.trim()).toBe('Show more');

    const busy = render(fakeList({ cursor: 'next', loading: true })).querySelector('[data-testid="load-more"]')!;
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(busy.textContent).toContain('Loading…');
  });

  it('shows the error with its heading instead of the button', () => {
    const element = render(fakeList({ cursor: 'next', error: 'Network down' }));
    expect(element.textContent).toContain("We couldn't load more things");
    expect(element.textContent).toContain('Network down');
    expect(element.querySelector('[data-testid="load-more"]')).toBeNull();
  });
});
