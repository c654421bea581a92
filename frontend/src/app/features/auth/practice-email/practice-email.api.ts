import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { PracticeEmailSettings, UnsubscribeStatus } from '@lessonstage/shared';
import type { Observable } from 'rxjs';

/** The weekly practice e-mail: the student's setting, and the unsubscribe link's one-click POST. */
@Injectable({ providedIn: 'root' })
export class PracticeEmailApi {
  private readonly http = inject(HttpClient);

  settings(): Observable<PracticeEmailSettings> {
    return this.http.get<PracticeEmailSettings>('/api/me/practice/email');
  }

  /** Weeks are counted in the browser's time zone, sent with every change. */
  setWeeklySummary(weeklySummary: boolean, tz = Intl.DateTimeFormat().resolvedOptions().timeZone): Observable<PracticeEmailSettings> {
    return this.http.put<PracticeEmailSettings>('/api/me/practice/email', weeklySummary ? { weeklySummary, tz } : { weeklySummary });
  }

  unsubscribe(token: string): Observable<UnsubscribeStatus> {
    return this.http.post<UnsubscribeStatus>('/api/practice/unsubscribe', null, { params: { token } });
  }
}
