import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { LessonProgress } from '@lessonstage/shared';

import { aCourseDetail } from '../../../core/courses/testing/course-fixtures';
import { LoadState } from '../../../shared/data/load-state';
import { ProgressTracker } from '../progress/progress-tracker';
import { LessonStream } from '../../../shared/media/lesson-stream';
import { LessonLoader, LessonView, Viewer } from './lesson-loader';

describe('LessonLoader', () => {
  let loader: LessonLoader;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), LessonLoader, ProgressTracker, LessonStream],
    });
    loader = TestBed.inject(LessonLoader);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function load(lessonId: string, viewer: Viewer): LoadState<LessonView>[] {
    const states: LoadState<LessonView>[] = [];
    loader.load({ courseId: 'course-1', lessonId }, viewer).subscribe((state) => states.push(state));
    return states;
  }
  const last = (states: LoadState<LessonView>[]) => states.at(-1)!;
  const view = (states: LoadState<LessonView>[]) => {
    const state = last(states);
    if (state.status !== 'loaded') throw new Error(`not loaded: ${state.status}`);
    return state.value;
  };
  const progress: LessonProgress[] = [];

  it('loads course, enrollment, progress and link for a student, and the course only once', () => {
    const first = load('lesson-2', 'student');
    expect(first[0]).toEqual({ status: 'loading' });
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    http.expectOne('/api/me/courses/course-1').flush({ courseId: 'course-1', status: 'active' });
    http.expectOne('/api/courses/course-1/lessons/lesson-2/playback').flush({ url: '/v2', expiresAt: 'x' });
    http.expectOne('/api/courses/course-1/progress').flush(progress);
    expect(view(first)).toMatchObject({ access: 'open', unlocked: true, link: { url: '/v2' } });
    expect(view(first).lesson.lessonId).toBe('lesson-2');

    const second = load('lesson-3', 'student');
    http.expectOne('/api/me/courses/course-1').flush({ courseId: 'course-1', status: 'active' });
    http.expectOne('/api/courses/course-1/lessons/lesson-3/playback').flush({ url: '/v3', expiresAt: 'x' });
    expect(view(second).link?.url).toBe('/v3');
  });

  it('maps 401, 403 and 404 of the link to sign-in, buy and no-video', () => {
    for (const [status, access] of [
      [401, 'sign-in'],
      [403, 'buy'],
      [404, 'no-video'],
      [500, 'unavailable'],
    ] as const) {
      const states = load('lesson-2', 'admin');
      http.match('/api/courses/course-1').forEach((req) => req.flush(aCourseDetail()));
      http.match('/api/courses/course-1/progress').forEach((req) => req.flush(progress));
      http.expectOne('/api/courses/course-1/lessons/lesson-2/playback').flush({ error: 'x' }, { status, statusText: 'x' });
      expect(view(states).access).toBe(access);
    }
  });

  it('asks a student’s link together with the course, not after it', () => {
    const states = load('lesson-2', 'student');
    const course = http.expectOne('/api/courses/course-1');
    http.expectOne('/api/courses/course-1/lessons/lesson-2/playback').flush({ type: 'mp4', url: '/v2', expiresAt: 'x', captions: [] });
    course.flush(aCourseDetail());
    http.expectOne('/api/me/courses/course-1').flush({ courseId: 'course-1', status: 'active' });
    http.expectOne('/api/courses/course-1/progress').flush(progress);
    expect(view(states).link?.url).toBe('/v2');
  });

  it('does not ask for a paid lesson’s link for anonymous visitors, nor their progress', () => {
    const states = load('lesson-2', 'anonymous');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    expect(view(states)).toMatchObject({ access: 'sign-in', unlocked: false, link: null });
  });

  it('fails with 404 for a lesson the course does not have', () => {
    const states = load('nope', 'anonymous');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    const state = last(states);
    expect(state.status).toBe('error');
    expect(state.status === 'error' && (state.error as { status: number }).status).toBe(404);
  });
});
