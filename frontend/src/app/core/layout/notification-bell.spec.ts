import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AppNotification, NotificationsPage } from '@lessonstage/shared';

import { NotificationBell } from './notification-bell';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function aNotification(n: number, overrides: Partial<AppNotification> = {}): AppNotification {
  return {
    notificationId: `n${n}`,
    kind: 'submission-answered',
    title: `Your teacher answered your take #${n}`,
    text: `0:4${n} — relax the thumb`,
    link: `/courses/c1/lessons/l1?submission=s${n}`,
    createdAt: minutesAgo(n * 5),
    read: false,
    ...overrides,
  };
}

describe('NotificationBell', () => {
  let fixture: ComponentFixture<NotificationBell>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationBell);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
  });

  afterEach(() => {
    fixture.destroy();
    fixture.nativeElement.remove();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  const bell = () => document.querySelector<HTMLButtonElement>('[data-testid="notification-bell"]')!;
  const badge = () => document.querySelector('[data-testid="notification-count"]');
  const items = () => Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-testid="notification-item"]'));
  const more = () => document.querySelector<HTMLButtonElement>('[data-testid="notifications-more"]');

  async function answerCount(unreadCount: number): Promise<void> {
    http.expectOne('/api/me/notifications/count').flush({ unreadCount });
    await fixture.whenStable();
  }

  async function open(page: NotificationsPage): Promise<void> {
    bell().click();
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/me/notifications' }).flush(page);
    await fixture.whenStable();
  }

  it('shows the unread count as a badge and in its accessible name', async () => {
    await answerCount(3);
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(badge()?.textContent?.trim()).toBe('3');
    expect(badge()?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says just "Notifications" with no badge when nothing is unread, and 99+ past 99', async () => {
    await answerCount(0);
    expect(bell().getAttribute('aria-label')).toBe('Notifications');
    expect(badge()).toBeNull();
    fixture.componentInstance['poller'].set(120);
    await fixture.whenStable();
    expect(badge()?.textContent?.trim()).toBe('99+');
  });

  it('opens the latest as links with title, excerpt and relative time, and marks them read up to the newest', async () => {
    await answerCount(2);
    const newest = aNotification(1);
    await open({ items: [newest, aNotification(2), aNotification(3, { read: true })], unreadCount: 2 });

    expect(items().map((item) => item.querySelector('.notification-menu__title')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'New: Your teacher answered your take #1',
      'New: Your teacher answered your take #2',
      'Your teacher answered your take #3',
    ]);
    expect(items()[0]!.getAttribute('href')).toBe('/courses/c1/lessons/l1?submission=s1');
    expect(items()[0]!.textContent).toContain('0:41 — relax the thumb');
    expect(items()[0]!.querySelector('time')?.textContent?.trim()).toBe('5 minutes ago');

    const read = http.expectOne({ method: 'POST', url: '/api/me/notifications/read' });
    expect(read.request.body).toEqual({ upTo: newest.createdAt });
    read.flush({ unreadCount: 0 });
    await fixture.whenStable();
    expect(badge()).toBeNull();
    expect(bell().getAttribute('aria-label')).toBe('Notifications');
  });

  it('pages with "Show more" without closing, and sends nothing to mark when all were read', async () => {
    await answerCount(0);
    await open({ items: [aNotification(1, { read: true })], unreadCount: 0, nextCursor: 'c2' });
    more()!.click();
    await fixture.whenStable();
    http.expectOne('/api/me/notifications?cursor=c2').flush({ items: [aNotification(2, { read: true })], unreadCount: 0 });
    await fixture.whenStable();

    expect(items()).toHaveLength(2);
    expect(more()).toBeNull();
    http.expectNone('/api/me/notifications/read');
  });

  it('says when there are none yet', async () => {
    await answerCount(0);
    await open({ items: [], unreadCount: 0 });
    expect(document.querySelector('[data-testid="notifications-empty"]')?.textContent).toContain('No notifications yet');
  });

  it('never links out of the app', async () => {
    await answerCount(1);
    await open({ items: [aNotification(1, { link: '//evil.example/x' })], unreadCount: 1 });
    expect(items()[0]!.getAttribute('href')).toBe('/');
    http.expectOne('/api/me/notifications/read').flush({ unreadCount: 0 });
  });
});
