import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aUser } from '../../../core/auth/testing/auth-fixtures';
import { signInAs } from '../../../core/auth/testing/sign-in-as';
import { FakeBrowserLocation, provideFakeBrowserLocation } from '../../../core/browser/testing/fake-browser-location';
import { BuyButton } from './buy-button';

describe('BuyButton', () => {
  let fixture: ComponentFixture<BuyButton>;
  let http: HttpTestingController;
  let enrolled: number;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideFakeBrowserLocation()],
    });
    http = TestBed.inject(HttpTestingController);
    await signInAs(aUser());
    fixture = TestBed.createComponent(BuyButton);
    fixture.componentRef.setInput('course', { courseId: 'course-1', priceCents: 2900, currency: 'USD' });
    enrolled = 0;
    fixture.componentInstance.enrolled.subscribe(() => enrolled++);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const button = () => (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="buy-button"]')!;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  it('shows the price in the course currency, or "Enroll for free"', async () => {
    expect(button().textContent?.trim()).toBe('Buy for $29.00');
    fixture.componentRef.setInput('course', { courseId: 'c', priceCents: 4500, currency: 'EUR' });
    await fixture.whenStable();
    expect(button().textContent?.trim()).toBe('Buy for €45.00');
    fixture.componentRef.setInput('course', { courseId: 'c', priceCents: 0, currency: 'USD' });
    await fixture.whenStable();
    expect(button().textContent?.trim()).toBe('Enroll for free');
  });

  it('is busy while checkout starts and stays busy while the browser leaves', async () => {
    button().click();
    await fixture.whenStable();
    expect(button().getAttribute('aria-busy')).toBe('true');

    button().click(); // ignored while busy
    http.expectOne('/api/payments/checkout').flush({ sessionUrl: 'https://checkout.stripe.com/x', enrolled: false });
    await settle();

    expect(TestBed.inject(FakeBrowserLocation).assigned).toEqual(['https://checkout.stripe.com/x']);
    expect(button().getAttribute('aria-busy')).toBe('true');
    window.dispatchEvent(new Event('pageshow')); // Back from Stripe restored the page
    await fixture.whenStable();
    expect(button().getAttribute('aria-busy')).toBeNull();
  });

  it('emits enrolled for a free course and for one already owned', async () => {
    button().click();
    http.expectOne('/api/payments/checkout').flush({ sessionUrl: null, enrolled: true });
    await settle();
    button().click();
    http
      .expectOne('/api/payments/checkout')
      .flush({ error: 'Already', code: 'AlreadyEnrolled' }, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(enrolled).toBe(2);
    expect(button().getAttribute('aria-busy')).toBeNull();
  });

  it('shows why checkout failed, and clears it on the next try', async () => {
    button().click();
    http.expectOne('/api/payments/checkout').flush({ error: 'Course not found' }, { status: 404, statusText: 'Not Found' });
    await settle();
    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Course not found');

    button().click();
    await fixture.whenStable();
    expect(alert?.textContent?.trim()).toBe('');
    http.expectOne('/api/payments/checkout').flush({ sessionUrl: null, enrolled: true });
    await settle();
  });
});
