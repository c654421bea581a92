import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal, viewChildren, ViewEncapsulation } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import type { AppNotification } from '@lessonstage/shared';
import type { Subscription } from 'rxjs';

import { NotificationsApi } from '../notifications/notifications.api';
import { UnreadPoller } from '../notifications/unread-poller';
import { formatRelativeTime } from '../../shared/format/format-date';

type ListState = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * The toolbar's bell (signed-in users only): the unread count as a badge, opening a menu of the
 * latest notifications, each a link. Opening it marks them read up to the newest shown (the items
 * keep their "new" look until it closes); "Show more" pages further. Deferred by the toolbar with
 * the user menu, so its code and the poll never reach visitors or the first bundle.
 */
@Component({
  selector: 'app-notification-bell',
  imports: [MatIconButton, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink],
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
  // The menu panel lives in an overlay outside this component: its styles are global, under .notification-menu.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly api = inject(NotificationsApi);
  private readonly poller = inject(UnreadPoller);
  private readonly router = inject(Router);
  private readonly menuItems = viewChildren(MatMenuItem);

  protected readonly count = this.poller.unreadCount;
  protected readonly label = computed(() => (this.count() > 0 ? `Notifications, ${this.count()} unread` : 'Notifications'));
  protected readonly badge = computed(() => (this.count() > 99 ? '99+' : String(this.count())));
  protected readonly items = signal<readonly AppNotification[]>([]);
  protected readonly nextCursor = signal<string | undefined>(undefined);
  protected readonly state = signal<ListState>('idle');
  protected readonly loadingMore = signal(false);
  protected readonly links = computed(() => new Map(this.items().map((item) => [item.notificationId, this.linkOf(item.link)])));

  private request?: Subscription;

  constructor() {
    this.poller.start();
    inject(DestroyRef).onDestroy(() => {
      this.request?.unsubscribe();
      this.poller.stop();
    });
  }

  protected relative(iso: string): string {
    return formatRelativeTime(iso);
  }

  /** Loads the newest page (the previous list stays while it loads) and marks it read. */
  protected opened(): void {
    if (this.state() !== 'loaded') this.state.set('loading');
    this.request?.unsubscribe();
    this.request = this.api.page().subscribe({
      next: (page) => {
        this.items.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.state.set('loaded');
        this.markSeen(page.items[0], page.unreadCount);
      },
      error: () => this.state.set('failed'),
    });
  }

  protected showMore(event: Event): void {
    // A click in the menu closes it; this one only adds to it.
    event.stopPropagation();
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    const shown = this.items().length;
    this.request = this.api.page(cursor).subscribe({
      next: (page) => {
        this.items.update((items) => [...items, ...page.items]);
        this.nextCursor.set(page.nextCursor);
        this.loadingMore.set(false);
        // Keyboard users land on the first new one instead of on nothing (the button may be gone).
        setTimeout(() => this.menuItems()[shown]?.focus('keyboard'));
      },
      error: () => this.loadingMore.set(false),
    });
  }

  private markSeen(newest: AppNotification | undefined, unreadCount: number): void {
    if (!newest || (newest.read && unreadCount === 0)) {
      this.poller.set(unreadCount);
      return;
    }
    this.api.markRead(newest.createdAt).subscribe({ next: ({ unreadCount: left }) => this.poller.set(left), error: () => undefined });
  }

  /** Links are app paths (the server only stores those); anything else opens the home page rather than leaving the app. */
  private linkOf(link: string): UrlTree {
    return this.router.parseUrl(link.startsWith('/') && !link.startsWith('//') ? link : '/');
  }
}
