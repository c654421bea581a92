import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MailboxMessage } from '@lessonstage/shared';

import { DevMailboxApi } from './dev-mailbox.api';

describe('DevMailboxApi', () => {
  it('lists all messages, or those to one address', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const api = TestBed.inject(DevMailboxApi);
    const http = TestBed.inject(HttpTestingController);

    let all: MailboxMessage[] | undefined;
    api.list().subscribe((messages) => (all = messages));
    const everything = http.expectOne((req) => req.url === '/api/dev/mailbox');
    expect(everything.request.params.keys()).toEqual([]);
    everything.flush([]);
    expect(all).toEqual([]);

    api.list('a+b@example.com').subscribe();
    const filtered = http.expectOne((req) => req.url === '/api/dev/mailbox');
    expect(filtered.request.params.get('to')).toBe('a+b@example.com');
    expect(filtered.request.urlWithParams).toBe('/api/dev/mailbox?to=a%2Bb@example.com');
    filtered.flush([]);
    http.verify();
  });
});
