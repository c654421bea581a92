import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { createEnvironmentInjector, EnvironmentInjector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { PracticeRecordRequest } from '@lessonstage/shared';

import { AuthStore } from '../../../core/auth/auth.store';
import { BATCH_PLAY_MS, CHECK_EVERY_MS, PracticeRecorder } from './practice-recorder';
import { HIDDEN_GRACE_MS } from './play-clock';

/** A `<video>` stand-in: the recorder listens to its events only. */
function fakeVideo(): HTMLVideoElement {
  const video = document.createElement('video');
  Object.defineProperty(video, 'paused', { value: true, configurable: true });
  return video;
}

describe('PracticeRecorder', () => {
  let http: HttpTestingController;
  let recorder: PracticeRecorder;
  let injector: EnvironmentInjector;
  let video: HTMLVideoElement;
  let visibility: DocumentVisibilityState;
  const user = signal<{ userId: string } | null>({ userId: 'u1' });

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { user, isSignedIn: () => user() !== null } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    // The practice panel provides the recorder; its injector going away is the panel's.
    injector = createEnvironmentInjector([PracticeRecorder], TestBed.inject(EnvironmentInjector));
    recorder = injector.get(PracticeRecorder);
    video = fakeVideo();
    recorder.follow(video);
    recorder.setLesson({ courseId: 'c1', lessonId: 'l1' });
  });

  afterEach(() => {
    if (!(injector as EnvironmentInjector & { destroyed: boolean }).destroyed) injector.destroy();
    http.verify();
    vi.useRealTimers();
    vi.restoreAllMocks();
    localStorage.clear();
  });

  const posts = () => http.match({ method: 'POST', url: '/api/me/practice' });
  const sessionsOf = (body: unknown) => (body as PracticeRecordRequest).sessions;
  const play = () => video.dispatchEvent(new Event('playing'));
  const pause = () => video.dispatchEvent(new Event('pause'));

  it('sends a session of played time, with loop passes, once a minute of play has added up', async () => {
    play();
    vi.advanceTimersByTime(30_000);
    pause();
    vi.advanceTimersByTime(5 * 60_000); // paused: not counted
    expect(posts()).toHaveLength(0);
    play();
    recorder.repeated({ loopId: 'loop1', startMs: 1000, endMs: 3000, speed: 0.75 });
    recorder.repeated({ loopId: 'loop1', startMs: 1000, endMs: 3000, speed: 0.75 });
    recorder.repeated({ startMs: 1000, endMs: 3000, speed: 1 });
    await vi.advanceTimersByTimeAsync(BATCH_PLAY_MS - 30_000 + CHECK_EVERY_MS);

    const [post] = posts();
    const [session] = sessionsOf(post.request.body);
    expect(session).toMatchObject({ courseId: 'c1', lessonId: 'l1', startedAt: '2026-03-01T10:00:00.000Z' });
    expect(session.seconds).toBeGreaterThanOrEqual(60);
    expect(session.seconds).toBeLessThanOrEqual(65);
    expect(session.sessionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(session.loops).toEqual([
      { loopId: 'loop1', startMs: 1000, endMs: 3000, speed: 0.75, repetitions: 2 },
      { startMs: 1000, endMs: 3000, speed: 1, repetitions: 1 },
    ]);
    post.flush({ accepted: 1 }, { status: 202, statusText: 'Accepted' });
  });

  it('sends at once, in a keepalive request, when the page is hidden; a tab hidden over a minute stops counting', async () => {
    play();
    vi.advanceTimersByTime(10_000);
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    let [post] = posts();
    expect(post.request.keepalive).toBe(true);
    expect(sessionsOf(post.request.body)[0].seconds).toBe(10);
    post.flush({ accepted: 1 });

    vi.advanceTimersByTime(10 * 60_000); // still playing, hidden: only the first minute counts
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    pause();
    window.dispatchEvent(new Event('pagehide'));
    await Promise.resolve();
    [post] = posts();
    expect(post.request.keepalive).toBe(true);
    expect(sessionsOf(post.request.body)[0].seconds).toBe(HIDDEN_GRACE_MS / 1000);
    post.flush({ accepted: 1 });
  });

  it('sends what the lesson had when another starts, each session under its own id', async () => {
    play();
    vi.advanceTimersByTime(4000);
    recorder.setLesson({ courseId: 'c1', lessonId: 'l2' });
    vi.advanceTimersByTime(3000);
    pause();
    injector.destroy(); // the panel goes away: its lesson is sent too
    await vi.runAllTimersAsync();
    const sent = posts().flatMap((post) => sessionsOf(post.request.body));
    expect(sent.map(({ lessonId, seconds }) => ({ lessonId, seconds }))).toEqual([
      { lessonId: 'l1', seconds: 4 },
      { lessonId: 'l2', seconds: 3 },
    ]);
    expect(new Set(sent.map((session) => session.sessionId)).size).toBe(2);
  });

  it('sends sessions an earlier visit left in the outbox when it starts', async () => {
    const left = { sessionId: '00000000-0000-4000-8000-000000000001', courseId: 'c1', lessonId: 'l1', startedAt: '2026-03-01T09:00:00.000Z', seconds: 42 };
    localStorage.setItem('lessonstage.practice-outbox.u1', JSON.stringify([left]));
    const next = createEnvironmentInjector([PracticeRecorder], TestBed.inject(EnvironmentInjector));
    next.get(PracticeRecorder);
    TestBed.tick();
    await vi.advanceTimersByTimeAsync(0);
    const [post] = posts();
    expect(sessionsOf(post.request.body)).toEqual([left]);
    post.flush({ accepted: 1 }, { status: 202, statusText: 'Accepted' });
    await vi.advanceTimersByTimeAsync(0);
    expect(localStorage.getItem('lessonstage.practice-outbox.u1')).toBeNull();
    next.destroy();
  });

  it('records nothing for a visitor who is not signed in', () => {
    user.set(null);
    play();
    vi.advanceTimersByTime(BATCH_PLAY_MS + CHECK_EVERY_MS);
    pause();
    window.dispatchEvent(new Event('pagehide'));
    expect(posts()).toHaveLength(0);
    user.set({ userId: 'u1' });
  });
});
