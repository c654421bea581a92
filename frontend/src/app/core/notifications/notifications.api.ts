import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NotificationSettings, NotificationsPage, UnreadNotifications } from '@lessonstage/shared';
import type { Observable } from 'rxjs';

/** The signed-in user's notifications (the bell) and which kinds also come by e-mail (the account page). */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  page(cursor?: string): Observable<NotificationsPage> {
    return this.http.get<NotificationsPage>('/api/me/notifications', cursor ? { params: { cursor } } : {});
  }

  /** The bell's poll: one read on the server. */
  unreadCount(): Observable<UnreadNotifications> {
    return this.http.get<UnreadNotifications>('/api/me/notifications/count');
  }

  /** Everything created at or before `upTo` (the newest the user saw) is read. */
  markRead(upTo: string): Observable<UnreadNotifications> {
    return this.http.post<UnreadNotifications>('/api/me/notifications/read', { upTo });
  }

  settings(): Observable<NotificationSettings> {
    return this.http.get<NotificationSettings>('/api/me/notification-settings');
  }

  saveSettings(settings: NotificationSettings): Observable<NotificationSettings> {
    return this.http.put<NotificationSettings>('/api/me/notification-settings', settings);
  }
}
