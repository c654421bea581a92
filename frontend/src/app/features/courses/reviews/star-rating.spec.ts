import { TestBed } from '@angular/core/testing';

import { StarRating } from './star-rating';

describe('StarRating', () => {
  async function render(rating: { average: number; count: number }, inputs: Record<string, unknown> = {}) {
    const fixture = TestBed.createComponent(StarRating);
    fixture.componentRef.setInput('rating', rating);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is one image named "4.5 out of 5, 12 reviews", its stars and figures hidden from assistive technology', async () => {
    const el = await render({ average: 4.5, count: 12 });
    const img = el.querySelector('[role="img"]')!;
    expect(img.getAttribute('aria-label')).toBe('4.5 out of 5, 12 reviews');
    expect(el.querySelectorAll('svg')).toHaveLength(5);
    expect(el.textContent?.replace(/\s+/g, ' ').trim()).toBe('4.5 (12)');
    for (const part of Array.from(img.children)) expect(part.getAttribute('aria-hidden')).toBe('true');
  });

  it('says "No reviews yet" without stars, and takes another label for a single review', async () => {
    const none = await render({ average: 0, count: 0 });
    expect(none.querySelectorAll('svg')).toHaveLength(0);
    expect(none.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('No reviews yet');
    const one = await render({ average: 3, count: 1 }, { ariaLabel: 'Rated 3 out of 5', showCount: false });
    expect(one.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Rated 3 out of 5');
    expect(one.textContent?.trim()).toBe('3');
  });
});
