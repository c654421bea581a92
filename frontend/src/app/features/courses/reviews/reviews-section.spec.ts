import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { Review } from '@lessonstage/shared';

import { anAdmin } from '../../../core/auth/testing/auth-fixtures';
import { signInAs } from '../../../core/auth/testing/sign-in-as';
import { buttonNamed } from '../../../shared/testing/dom-queries';
import { ReviewsSection } from './reviews-section';

const review = (n: number, overrides: Partial<Review> = {}): Review => ({
  reviewId: `r${n}`,
  rating: (n % 5) + 1,
  text: `Review ${n}`,
  reviewerName: `Student ${n}`,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  reply: null,
  ...overrides,
});

describe('ReviewsSection', () => {
  let fixture: ComponentFixture<ReviewsSection>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const items = () => Array.from(el().querySelectorAll('[data-testid="review-item"]'));

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(inputs: { enrolled?: boolean } = {}) {
    fixture = TestBed.createComponent(ReviewsSection);
    fixture.componentRef.setInput('courseId', 'guitar-101');
    fixture.componentRef.setInput('rating', { average: 4.5, count: 12 });
    fixture.componentRef.setInput('enrolled', inputs.enrolled ?? false);
    await fixture.whenStable();
  }

  it('renders a student’s review as user content: links are nofollow ugc', async () => {
    await render();
    http.expectOne('/api/courses/guitar-101/reviews').flush({ items: [review(1, { text: 'See [my take](https://example.com/take)' })], nextCursor: null });
    await fixture.whenStable();
    await vi.waitFor(() => expect(items()[0]!.querySelector('[data-testid="review-text-view"] a')).not.toBeNull());
    expect(items()[0]!.querySelector('[data-testid="review-text-view"] a')!.getAttribute('rel')).toBe('nofollow ugc noopener');
  });

  it('shows the rating in words and the first page, then more with "Show more reviews"', async () => {
    await render();
    expect(el().querySelector('[data-testid="reviews-summary"]')?.textContent?.trim()).toBe('4.5 out of 5, 12 reviews');
    http.expectOne('/api/courses/guitar-101/reviews').flush({ items: [review(1, { reply: { text: 'Thanks!', authorName: 'Ada', repliedAt: '2026-12-02T10:00:00.000Z' } }), review(2)], nextCursor: 'c2' });
    await fixture.whenStable();
    expect(items()).toHaveLength(2);
    expect(items()[0]!.querySelector('h3')?.textContent?.trim()).toBe('Student 1');
    expect(items()[0]!.querySelector('[data-testid="review-reply"]')?.textContent).toContain('Reply from Ada');
    expect(el().querySelector('[data-testid="review-form"]')).toBeNull();
    expect(el().querySelector('[data-testid="reply-form"]')).toBeNull();

    buttonNamed(el(), 'Show more reviews').click();
    http.expectOne('/api/courses/guitar-101/reviews?cursor=c2').flush({ items: [review(3)], nextCursor: null });
    await fixture.whenStable();
    expect(items()).toHaveLength(3);
    expect(el().querySelector('[data-testid="load-more"]')).toBeNull();
  });

  it('gives an enrolled student their own review to edit, and says when the rating moved', async () => {
    await render({ enrolled: true });
    http.expectOne('/api/courses/guitar-101/reviews').flush({ items: [], nextCursor: null });
    http.expectOne('/api/courses/guitar-101/review').flush({ review: { ...review(7, { rating: 3 }), counted: true } });
    await fixture.whenStable();
    expect(el().textContent).toContain('Your review');
    expect(el().querySelector<HTMLInputElement>('[data-testid="review-star-3"]')!.checked).toBe(true);
    let changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    el().querySelector<HTMLInputElement>('[data-testid="review-star-5"]')!.click();
    buttonNamed(el(), 'Update review').click();
    http.expectOne({ method: 'PUT', url: '/api/courses/guitar-101/review' }).flush({ review: { ...review(7, { rating: 5 }), counted: true } });
    await fixture.whenStable();
    http.expectOne('/api/courses/guitar-101/reviews').flush({ items: [review(7, { rating: 5 })], nextCursor: null });
    await fixture.whenStable();
    expect(changed).toBe(1);
    expect(items()).toHaveLength(1);
  });

  it('lets an admin reply once to a review without a reply', async () => {
    await signInAs(anAdmin());
    await render();
    http.expectOne('/api/courses/guitar-101/reviews').flush({ items: [review(1)], nextCursor: null });
    await fixture.whenStable();
    const textarea = el().querySelector<HTMLTextAreaElement>('[data-testid="reply-text"]')!;
    textarea.value = 'Thank you!';
    textarea.dispatchEvent(new Event('input'));
    buttonNamed(el(), 'Post reply').click();
    const request = http.expectOne({ method: 'PUT', url: '/api/admin/courses/guitar-101/reviews/r1/reply' });
    expect(request.request.body).toEqual({ text: 'Thank you!' });
    request.flush(review(1, { reply: { text: 'Thank you!', authorName: 'Ada Admin', repliedAt: '2026-12-02T10:00:00.000Z' } }));
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="reply-form"]')).toBeNull();
    expect(el().querySelector('[data-testid="review-reply"]')?.textContent).toContain('Reply from Ada Admin');
  });
});
