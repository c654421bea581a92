import { DOCUMENT } from '@angular/common';
import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter, type Subscription } from 'rxjs';

import { NotificationsApi } from './notifications.api';

/** Every minute while the tab is visible. */
export const POLL_INTERVAL_MS = 60_000;
/** Navigating asks again, but not more often than this (a burst of clicks is one request). */
export const NAVIGATION_MIN_GAP_MS = 15_000;

/**
 * The bell's unread count, kept fresh cheaply: asked on start, after a navigation (at most every
 * 15 s), every 60 s while the tab is visible, and when a hidden tab comes back after a minute.
 * Each ask is GET /api/me/notifications/count, one read on the server. A failed ask keeps the last count.
 */
@Injectable({ providedIn: 'root' })
export class UnreadPoller {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  private readonly count = signal(0);
  readonly unreadCount = this.count.asReadonly();

  private lastAsked = Number.NEGATIVE_INFINITY;
  private timer?: ReturnType<typeof setInterval>;
  private navigation?: Subscription;
  private request?: Subscription;
  private readonly onVisibility = () => this.askIfStale(POLL_INTERVAL_MS);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Starts polling (the bell calls it when it appears, i.e. once signed in); safe to call twice. */
  start(): void {
    if (this.timer) {
      return;
    }
    this.refresh();
    this.timer = setInterval(() => this.askIfStale(0), POLL_INTERVAL_MS);
    this.navigation = this.router.events.pipe(filter((event) => event instanceof NavigationEnd)).subscribe(() => this.askIfStale(NAVIGATION_MIN_GAP_MS));
    this.document.addEventListener('visibilitychange', this.onVisibility);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.navigation?.unsubscribe();
    this.request?.unsubscribe();
    this.document.removeEventListener('visibilitychange', this.onVisibility);
    this.count.set(0);
  }

  /** Asks now. */
  refresh(): void {
    this.lastAsked = Date.now();
    this.request?.unsubscribe();
    this.request = this.api.unreadCount().subscribe({ next: ({ unreadCount }) => this.count.set(unreadCount), error: () => undefined });
  }

  /** What the server answered another request with (mark read), without asking again. */
  set(unreadCount: number): void {
    this.request?.unsubscribe();
    this.lastAsked = Date.now();
    this.count.set(unreadCount);
  }

  private askIfStale(minGapMs: number): void {
    if (this.document.visibilityState === 'visible' && Date.now() - this.lastAsked >= minGapMs) {
      this.refresh();
    }
  }
}
