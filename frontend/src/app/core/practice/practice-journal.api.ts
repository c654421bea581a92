import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { PracticeGoal, PracticeRecordResponse, PracticeSession, PracticeSummary } from '@lessonstage/shared';
import { Observable } from 'rxjs';

export const PRACTICE_URL = '/api/me/practice';

/** A summary's range: the student's local days `from`..`to` (both included) in zone `tz`. */
export interface SummaryRange {
  readonly from: string;
  readonly to: string;
  readonly tz: string;
}

/** The signed-in student's practice journal (POST /api/me/practice, its summary and weekly goal). */
@Injectable({ providedIn: 'root' })
export class PracticeJournalApi {
  private readonly http = inject(HttpClient);

  /**
   * Records sessions (202; a `sessionId` already counted is counted once). `keepalive` lets the
   * request outlive the page (pagehide); it goes through the interceptors, so the XSRF header
   * and cookies go with it, which `sendBeacon` could not carry.
   */
  record(sessions: readonly PracticeSession[], keepalive = false): Observable<PracticeRecordResponse> {
    return this.http.post<PracticeRecordResponse>(PRACTICE_URL, { sessions }, { keepalive });
  }

  summary({ from, to, tz }: SummaryRange): Observable<PracticeSummary> {
    const params = new HttpParams().set('from', from).set('to', to).set('tz', tz);
    return this.http.get<PracticeSummary>(`${PRACTICE_URL}/summary`, { params });
  }

  setGoal(goal: PracticeGoal): Observable<PracticeGoal> {
    return this.http.put<PracticeGoal>(`${PRACTICE_URL}/goal`, goal);
  }
}
