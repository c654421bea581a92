import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { PracticeRecordRequest, PracticeSession } from '@lessonstage/shared';

import { AuthStore } from '../auth/auth.store';
import { CONFLICT_RETRY_MS, KEEPALIVE_SESSIONS, PracticeOutbox } from './practice-outbox';

const session = (n: number): PracticeSession => ({
  sessionId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  courseId: 'c1',
  lessonId: 'l1',
  startedAt: '2026-03-01T10:00:00.000Z',
  seconds: 60,
});

describe('PracticeOutbox', () => {
  let http: HttpTestingController;
  let outbox: PracticeOutbox;
  const user = signal<{ userId: string } | null>({ userId: 'u1' });

  beforeEach(() => {
    vi.useFakeTimers();
    user.set({ userId: 'u1' });
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: AuthStore, useValue: { user } }],
    });
    http = TestBed.inject(HttpTestingController);
    outbox = TestBed.inject(PracticeOutbox);
  });

  afterEach(() => {
    http.verify();
    vi.useRealTimers();
    localStorage.clear();
  });

  const nextPost = async () => {
    await vi.advanceTimersByTimeAsync(0);
    return http.expectOne({ method: 'POST', url: '/api/me/practice' });
  };
  const ids = (body: unknown) => (body as PracticeRecordRequest).sessions.map((item) => item.sessionId.slice(-1));

  it('keeps sessions per user in localStorage until the API accepts them', async () => {
    outbox.add(session(1));
    outbox.add(session(1)); // the same session once
    outbox.add(session(2));
    expect(JSON.parse(localStorage.getItem('lessonstage.practice-outbox.u1')!)).toHaveLength(2);
    user.set({ userId: 'u2' });
    expect(outbox.pending()).toEqual([]); // another account sends none of them
    user.set({ userId: 'u1' });

    const done = outbox.flush();
    const post = await nextPost();
    expect(ids(post.request.body)).toEqual(['1', '2']);
    post.flush({ accepted: 2 }, { status: 202, statusText: 'Accepted' });
    await done;
    expect(outbox.pending()).toEqual([]);
    expect(localStorage.getItem('lessonstage.practice-outbox.u1')).toBeNull();
  });

  it('keeps them when offline or on a server error, and sends them the next time', async () => {
    outbox.add(session(1));
    let done = outbox.flush();
    (await nextPost()).error(new ProgressEvent('error'), { status: 0 });
    await done;
    done = outbox.flush();
    (await nextPost()).flush({ error: 'boom' }, { status: 503, statusText: 'Unavailable' });
    await done;
    expect(outbox.pending()).toHaveLength(1);

    done = outbox.flush();
    (await nextPost()).flush({ accepted: 1 });
    await done;
    expect(outbox.pending()).toEqual([]);
  });

  it('sends a batch again after a 409 (another request is counting it)', async () => {
    outbox.add(session(1));
    const done = outbox.flush();
    (await nextPost()).flush({ error: 'in progress', code: 'SessionInProgress' }, { status: 409, statusText: 'Conflict' });
    await vi.advanceTimersByTimeAsync(CONFLICT_RETRY_MS);
    (await nextPost()).flush({ accepted: 1 });
    await done;
    expect(outbox.pending()).toEqual([]);
  });

  it('drops the session a 400 or 403 names and sends the rest; one it cannot place drops the batch', async () => {
    [1, 2, 3].forEach((n) => outbox.add(session(n)));
    const done = outbox.flush();
    (await nextPost()).flush({ error: 'sessions[1].lessonId: not enrolled' }, { status: 403, statusText: 'Forbidden' });
    const retry = await nextPost();
    expect(ids(retry.request.body)).toEqual(['1', '3']);
    retry.flush({ error: 'bad' }, { status: 400, statusText: 'Bad Request' });
    await done;
    expect(outbox.pending()).toEqual([]);
  });

  it('sends a small batch in a keepalive request when the page goes away', async () => {
    for (let n = 1; n <= KEEPALIVE_SESSIONS + 2; n++) outbox.add(session(n));
    void outbox.flush(true);
    const post = await nextPost();
    expect(post.request.keepalive).toBe(true);
    expect(ids(post.request.body)).toHaveLength(KEEPALIVE_SESSIONS);
    post.flush({ accepted: KEEPALIVE_SESSIONS });
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.pending()).toHaveLength(2);
  });
});
