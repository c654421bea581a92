import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { NAVIGATION_MIN_GAP_MS, POLL_INTERVAL_MS, UnreadPoller } from './unread-poller';

@Component({ selector: 'app-blank', template: '' })
class Blank {}

describe('UnreadPoller', () => {
  let http: HttpTestingController;
  let poller: UnreadPoller;
  let visibility: DocumentVisibilityState;

  beforeEach(() => {
    vi.useFakeTimers();
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: '**', component: Blank }]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    poller = TestBed.inject(UnreadPoller);
  });

  afterEach(() => {
    poller.stop();
    http.verify();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const answer = (unreadCount: number) => http.expectOne('/api/me/notifications/count').flush({ unreadCount });
  const pending = () => http.match('/api/me/notifications/count');

  it('asks at start, then every minute while the tab is visible', () => {
    poller.start();
    answer(1);
    expect(poller.unreadCount()).toBe(1);

    vi.advanceTimersByTime(POLL_INTERVAL_MS);
    answer(4);
    expect(poller.unreadCount()).toBe(4);

    visibility = 'hidden';
    vi.advanceTimersByTime(3 * POLL_INTERVAL_MS);
    expect(pending()).toHaveLength(0);
  });

  it('asks when a hidden tab comes back after a minute, not sooner', () => {
    poller.start();
    answer(0);
    visibility = 'hidden';
    vi.advanceTimersByTime(POLL_INTERVAL_MS / 2);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(pending()).toHaveLength(0);

    visibility = 'hidden';
    vi.advanceTimersByTime(POLL_INTERVAL_MS);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    answer(2);
    expect(poller.unreadCount()).toBe(2);
  });

  it('asks after a navigation, at most once per gap', async () => {
    const router = TestBed.inject(Router);
    poller.start();
    answer(0);
    await router.navigateByUrl('/a');
    expect(pending()).toHaveLength(0);

    vi.advanceTimersByTime(NAVIGATION_MIN_GAP_MS);
    await router.navigateByUrl('/b');
    answer(1);
    await router.navigateByUrl('/c');
    expect(pending()).toHaveLength(0);
  });

  it('keeps the last count when an ask fails, and forgets it on stop', () => {
    poller.start();
    answer(3);
    vi.advanceTimersByTime(POLL_INTERVAL_MS);
    http.expectOne('/api/me/notifications/count').flush({ error: 'down' }, { status: 503, statusText: 'Unavailable' });
    expect(poller.unreadCount()).toBe(3);
    poller.stop();
    expect(poller.unreadCount()).toBe(0);
    vi.advanceTimersByTime(2 * POLL_INTERVAL_MS);
    expect(pending()).toHaveLength(0);
  });
});
