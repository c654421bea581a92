import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { AuthStore } from '../auth/auth.store';
import { aUser } from '../auth/testing/auth-fixtures';
import { signInAs } from '../auth/testing/sign-in-as';
import { FakeBrowserLocation, provideFakeBrowserLocation } from '../browser/testing/fake-browser-location';
import { CheckoutFlow } from './checkout-flow';

@Component({ template: '' })
class Blank {}

describe('CheckoutFlow', () => {
  let flow: CheckoutFlow;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'signin', component: Blank },
          { path: 'courses/:courseId', component: Blank },
          { path: 'courses/:courseId/lessons/:lessonId', component: Blank },
        ]),
        provideFakeBrowserLocation(),
      ],
    });
    flow = TestBed.inject(CheckoutFlow);
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  const checkout = () => http.expectOne({ method: 'POST', url: '/api/payments/checkout' });

  it("sends the whole window to Stripe's checkout page", async () => {
    await signInAs(aUser());
    const outcome = flow.buy({ courseId: 'course-1' });
    const req = checkout();
    expect(req.request.body).toEqual({ courseId: 'course-1' });
    req.flush({ sessionUrl: 'https://checkout.stripe.com/c/pay/cs_test_1', enrolled: false });

    expect(await outcome).toBe('redirected');
    expect(TestBed.inject(FakeBrowserLocation).assigned).toEqual(['https://checkout.stripe.com/c/pay/cs_test_1']);
  });

  it('enrolls in a free course at once and opens its first lesson', async () => {
    await signInAs(aUser());
    const outcome = flow.buy({ courseId: 'free-1', firstLessonId: 'l1' });
    checkout().flush({ sessionUrl: null, enrolled: true });

    expect(await outcome).toBe('enrolled');
    expect(router.url).toBe('/courses/free-1/lessons/l1');
    expect(TestBed.inject(FakeBrowserLocation).assigned).toEqual([]);
  });

  it('stays put after a free enrollment when there is no lesson to open', async () => {
    await signInAs(aUser());
    const outcome = flow.buy({ courseId: 'free-1' });
    checkout().flush({ sessionUrl: null, enrolled: true });

    expect(await outcome).toBe('enrolled');
    expect(router.url).toBe('/');
  });

  it('treats 409 AlreadyEnrolled as owned', async () => {
    await signInAs(aUser());
    const outcome = flow.buy({ courseId: 'course-1' });
    checkout().flush(
      { error: 'You are already enrolled in this course', code: 'AlreadyEnrolled' },
      { status: 409, statusText: 'Conflict' },
    );
    expect(await outcome).toBe('already-enrolled');
  });

  it('sends a 401 to sign-in, to come back to the course', async () => {
    await signInAs(aUser());
    const outcome = flow.buy({ courseId: 'course-1' });
    checkout().flush({ error: 'Sign-in required' }, { status: 401, statusText: 'Unauthorized' });

    expect(await outcome).toBe('sign-in');
    expect(router.url).toBe('/signin?returnUrl=%2Fcourses%2Fcourse-1');
  });

  it('sends visitors known to be signed out to sign-in without asking the API', async () => {
    TestBed.inject(AuthStore).markSignedOut();
    expect(await flow.buy({ courseId: 'course-1', returnUrl: '/courses/course-1/lessons/l2' })).toBe('sign-in');
    expect(router.url).toBe('/signin?returnUrl=%2Fcourses%2Fcourse-1%2Flessons%2Fl2');
  });

  it('rejects with other errors for the caller to show', async () => {
    await signInAs(aUser());
    const outcome = flow.buy({ courseId: 'gone' });
    checkout().flush({ error: 'Course not found', code: 'NotFound' }, { status: 404, statusText: 'Not Found' });
    await expect(outcome).rejects.toMatchObject({ status: 404 });
  });
});
