import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { MyReview } from '@lessonstage/shared';

import { buttonNamed } from '../../../shared/testing/dom-queries';
import { ReviewForm } from './review-form';

type OwnReview = NonNullable<MyReview['review']>;

const mine: OwnReview = {
  reviewId: 'r1',
  rating: 4,
  text: 'Good',
  reviewerName: 'Ann',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  reply: null,
  counted: true,
};

describe('ReviewForm', () => {
  let fixture: ComponentFixture<ReviewForm>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const star = (n: number) => el().querySelector<HTMLInputElement>(`[data-testid="review-star-${n}"]`)!;
  const text = () => el().querySelector<HTMLTextAreaElement>('[data-testid="review-text"]')!;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReviewForm);
    fixture.componentRef.setInput('courseId', 'guitar-101');
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
  });

  afterEach(() => {
    fixture.nativeElement.remove();
    http.verify();
  });

  it('offers the stars as one radio group with a legend, each named in words', () => {
    const radios = Array.from(el().querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    expect(radios).toHaveLength(5);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(el().querySelector('legend')?.textContent?.trim()).toBe('Your rating');
    expect(radios.map((r) => el().querySelector(`label[for="${r.id}"]`)?.textContent?.trim())).toEqual(['1 star', '2 stars', '3 stars', '4 stars', '5 stars']);
  });

  it('asks for stars before posting, next to them, and sends nothing', async () => {
    buttonNamed(el(), 'Post review').click();
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="review-rating-error"]')?.textContent?.trim()).toBe('Choose from 1 to 5 stars.');
    expect(document.activeElement).toBe(star(1));
    http.expectNone('/api/courses/guitar-101/review');
  });

  it('refuses text over 2,000 characters with a visible message', async () => {
    star(5).click();
    text().value = 'x'.repeat(2001);
    text().dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el().textContent).toContain('2001 / 2000');
    buttonNamed(el(), 'Post review').click();
    await fixture.whenStable();
    expect(el().textContent).toContain('At most 2000 characters, please shorten it.');
    http.expectNone('/api/courses/guitar-101/review');
  });

  it('posts the chosen stars and text, then says so and hands the review on', async () => {
    const saved: OwnReview[] = [];
    fixture.componentInstance.saved.subscribe((r) => saved.push(r));
    star(4).click();
    text().value = 'Clear **and** kind';
    text().dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el().querySelectorAll('.star--on')).toHaveLength(4);
    buttonNamed(el(), 'Post review').click();
    const request = http.expectOne({ method: 'PUT', url: '/api/courses/guitar-101/review' });
    expect(request.request.body).toEqual({ rating: 4, text: 'Clear **and** kind' });
    request.flush({ review: { ...mine, text: 'Clear **and** kind' } });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="form-status"]')?.textContent?.trim()).toBe('Thank you! Your review is posted.');
    expect(saved).toHaveLength(1);
  });

  it('edits an existing review: filled in, "Update review", and the API error shown', async () => {
    fixture.componentRef.setInput('mine', mine);
    await fixture.whenStable();
    expect(star(4).checked).toBe(true);
    expect(text().value).toBe('Good');
    star(2).click();
    buttonNamed(el(), 'Update review').click();
    http
      .expectOne({ method: 'PUT', url: '/api/courses/guitar-101/review' })
      .flush({ error: 'Only students enrolled in this course may review it', code: 'NotEnrolled' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="form-error"]')?.textContent?.trim()).toBe('Only students enrolled in this course may review it');
  });
});
