import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { CheckoutApi } from './checkout.api';

describe('CheckoutApi', () => {
  it('starts a checkout for a course', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    let response: unknown;
    TestBed.inject(CheckoutApi)
      .startCheckout('course-1')
      .subscribe((value) => (response = value));

    const req = http.expectOne({ method: 'POST', url: '/api/payments/checkout' });
    expect(req.request.body).toEqual({ courseId: 'course-1' });
    req.flush({ sessionUrl: '/dev/checkout/cs_1', enrolled: false });
    expect(response).toEqual({ sessionUrl: '/dev/checkout/cs_1', enrolled: false });
    http.verify();
  });
});
