import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MailboxMessage } from '@lessonstage/shared';
import { Observable } from 'rxjs';

export const DEV_MAILBOX_URL = '/api/dev/mailbox';

/** The local stack's captured e-mails. Answers 404 anywhere but the local stack. */
@Injectable({ providedIn: 'root' })
export class DevMailboxApi {
  private readonly http = inject(HttpClient);

  /** Messages newest first, to `to` only when given. */
  list(to?: string): Observable<MailboxMessage[]> {
    const params = to ? new HttpParams().set('to', to) : undefined;
    return this.http.get<MailboxMessage[]>(DEV_MAILBOX_URL, { params });
  }
}
