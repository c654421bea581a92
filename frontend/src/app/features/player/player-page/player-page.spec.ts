import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import type { AuthUser, LessonProgress, Playback } from '@lessonstage/shared';

import { AuthStore } from '../../../core/auth/auth.store';
import { anAdmin, aUser } from '../../../core/auth/testing/auth-fixtures';
import { signInAs } from '../../../core/auth/testing/sign-in-as';
import { provideFakeBrowserLocation } from '../../../core/browser/testing/fake-browser-location';
import { aCourseDetail, aLesson, aSection } from '../../../core/courses/testing/course-fixtures';
import { SAVE_EVERY_MS } from '../progress/progress-tracker';
import { HLS_LIBRARY, type HlsLibrary } from '../../../shared/media/hls-attachment';
import { FakeHls } from '../../../shared/media/testing/fake-hls';
import { PlayerPage } from './player-page';

const COURSE = aCourseDetail({
  sections: [
    aSection({
      sectionId: 's1',
      title: 'Getting started',
      lessons: [
        aLesson({ lessonId: 'lesson-1', title: 'Welcome', preview: true }),
        aLesson({
          lessonId: 'lesson-2',
          title: 'Holding the pick',
          materials: [{ materialId: 'm1', fileName: 'chords.pdf', contentType: 'application/pdf', sizeBytes: 2048 }],
        }),
      ],
    }),
    aSection({ sectionId: 's2', title: 'The shuffle', lessons: [aLesson({ lessonId: 'lesson-3', title: 'Shuffle rhythm' })] }),
  ],
});
const LINK: Playback = { type: 'mp4', url: '/storage/lesson-2.mp4?sig=1', expiresAt: '2030-01-01T00:05:00Z', captions: [] };

type Viewer = 'anonymous' | AuthUser;

describe('PlayerPage', () => {
  let fixture: ComponentFixture<PlayerPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PlayerPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideFakeBrowserLocation(),
        { provide: HLS_LIBRARY, useValue: () => Promise.resolve(FakeHls as unknown as HlsLibrary) },
      ],
    });
    // The video exchange is a @defer block: its component resolves asynchronously.
    await TestBed.compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    answerPracticeRequests();
    fixture?.destroy();
    http.verify();
    localStorage.clear();
    vi.useRealTimers();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const video = () => byTestId('lesson-video') as HTMLVideoElement | null;
  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const playbackUrl = (lessonId: string) => `/api/courses/course-1/lessons/${lessonId}/playback`;
  const puts = () => http.match({ method: 'PUT' });

  async function as(viewer: Viewer): Promise<void> {
    if (viewer === 'anonymous') {
      TestBed.inject(AuthStore).markSignedOut();
    } else {
      await signInAs(viewer);
    }
  }

  /** Opens a lesson as a signed-in student who is enrolled unless told otherwise. */
  async function open(
    lessonId: string,
    options: {
      enrolled?: boolean;
      progress?: LessonProgress[];
      /** `none`: the page should not even ask. */
      playback?: 'ok' | 401 | 403 | 404 | 'none';
      /** What `ok` answers (LINK unless given). */
      answer?: Playback;
    } = {},
  ): Promise<void> {
    fixture = TestBed.createComponent(PlayerPage);
    fixture.componentRef.setInput('courseId', 'course-1');
    fixture.componentRef.setInput('lessonId', lessonId);
    await fixture.whenStable();
    http.expectOne('/api/courses/course-1').flush(COURSE);
    await fixture.whenStable();
    const auth = TestBed.inject(AuthStore);
    if (auth.isSignedIn() && !auth.isAdmin()) {
      http.expectOne('/api/me/courses/course-1').flush({ courseId: 'course-1', status: options.enrolled === false ? 'none' : 'active' });
    }
    if (auth.isSignedIn()) {
      http.expectOne('/api/courses/course-1/progress').flush(options.progress ?? []);
    }
    const playback = options.playback ?? 'ok';
    if (playback !== 'none') {
      const req = http.expectOne(playbackUrl(lessonId));
      if (playback === 'ok') {
        req.flush(options.answer ?? LINK);
      } else {
        req.flush({ error: 'No', code: playback === 403 ? 'NotEnrolled' : 'X' }, { status: playback, statusText: 'Error' });
      }
    }
    await fixture.whenStable();
    await afterIdle(); // the practice tools render when the page is idle
    await fixture.whenStable();
    answerPracticeRequests();
    await fixture.whenStable();
  }

  /** Angular's idle trigger: requestIdleCallback, or a timeout where there is none (none under fake timers). */
  function afterIdle(): Promise<void> {
    if (vi.isFakeTimers()) return Promise.resolve();
    return new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 50)));
  }

  /** The practice panel asks for the lesson's score and saved loops: none here (its own specs cover them). */
  function answerPracticeRequests(): void {
    for (const req of http.match((r) => r.url.endsWith('/score'))) req.flush({ error: 'No score' }, { status: 404, statusText: 'Not Found' });
    for (const req of http.match((r) => r.url === '/api/me/loops')) req.flush({ items: [] });
  }

  function fire(type: string): void {
    video()!.dispatchEvent(new Event(type));
  }

  it('plays the lesson from its signed link, with the outline and materials beside it', async () => {
    await as(aUser());
    await open('lesson-2');

    const player = video()!;
    expect(player.tagName).toBe('VIDEO');
    expect(player.getAttribute('src')).toBe(LINK.url);
    expect(player.getAttribute('preload')).toBe('metadata');
    expect(player.hasAttribute('controls')).toBe(true);
    expect(byTestId('lesson-title')?.tagName).toBe('H1');
    expect(text(byTestId('lesson-title'))).toBe('Holding the pick');
    expect(TestBed.inject(Title).getTitle()).toBe('Holding the pick · Blues Guitar from Zero · Lessonstage');
    expect(el().querySelector('[aria-current="page"]')?.getAttribute('href')).toBe('/courses/course-1/lessons/lesson-2');
    expect(text(el().querySelector('.outline'))).not.toContain('Locked');
    expect(el().querySelectorAll('[data-testid="material-download"]')).toHaveLength(1);
    expect(byTestId('player-locked')).toBeNull();
  });

  it('changes the speed with pitch preserved, and remembers it', async () => {
    await as(aUser());
    await open('lesson-2');
    const fast = Array.from(byTestId('speed-control')!.querySelectorAll('button')).find((b) => text(b) === '1.5×')!;

    fast.click();
    await fixture.whenStable();

    expect(video()!.playbackRate).toBe(1.5);
    expect(video()!.preservesPitch).toBe(true);
    expect(localStorage.getItem('lessonstage.playbackSpeed')).toBe('1.5');
    video()!.playbackRate = 1; // a new source resets the rate…
    fire('loadedmetadata');
    expect(video()!.playbackRate).toBe(1.5); // …and the page sets it again
  });

  it('resumes at the saved position', async () => {
    await as(aUser());
    await open('lesson-2', { progress: [{ lessonId: 'lesson-2', positionSec: 42, completed: false, updatedAt: 'x' }] });
    Object.defineProperty(video()!, 'duration', { value: 185 });
    fire('loadedmetadata');
    expect(video()!.currentTime).toBe(42);
  });

  it("starts at a discussion thread's moment (?at=) instead of the saved position, once", async () => {
    await as(aUser());
    await open('lesson-2', { progress: [{ lessonId: 'lesson-2', positionSec: 42, completed: false, updatedAt: 'x' }] });
    fixture.componentRef.setInput('at', '63500');
    Object.defineProperty(video()!, 'duration', { value: 185 });
    fire('loadedmetadata');
    expect(video()!.currentTime).toBe(63.5);
    video()!.currentTime = 10;
    fire('loadedmetadata'); // a fresh video link: no second jump to the moment
    expect(video()!.currentTime).not.toBe(63.5);
  });

  it('asks about the current moment in the course discussion', async () => {
    await as(aUser());
    await open('lesson-2');
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    video()!.currentTime = 3.2;
    (byTestId('ask-about-moment') as HTMLButtonElement).click();
    expect(navigate).toHaveBeenCalledWith(['/courses', 'course-1', 'discussion'], { queryParams: { lessonId: 'lesson-2', atMs: 3200 } });
  });

  it('saves progress while playing, on pause, and completion at the end, then offers the next lesson', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await as(aUser());
    await open('lesson-2');
    const player = video()!;
    expect(text(byTestId('lesson-finished'))).toBe('');

    player.currentTime = 4;
    fire('playing');
    fire('timeupdate');
    expect(puts()).toHaveLength(0);
    vi.advanceTimersByTime(SAVE_EVERY_MS);
    player.currentTime = 14;
    fire('timeupdate');
    let [save] = puts();
    expect(save.request.url).toBe('/api/courses/course-1/lessons/lesson-2/progress');
    expect(save.request.body).toEqual({ positionSec: 14, completed: false });
    save.flush({});

    player.currentTime = 20;
    fire('pause');
    [save] = puts();
    expect(save.request.body).toEqual({ positionSec: 20, completed: false });
    save.flush({});

    player.currentTime = 185;
    fire('ended');
    [save] = puts();
    expect(save.request.body).toEqual({ positionSec: 185, completed: true });
    save.flush({});
    await fixture.whenStable();

    expect(text(byTestId('lesson-finished'))).toBe('Lesson complete. Up next: Shuffle rhythm.');
    const next = byTestId('next-lesson')!;
    expect(next.getAttribute('href')).toBe('/courses/course-1/lessons/lesson-3');
    expect(next.getAttribute('aria-label')).toBe('Next lesson: Shuffle rhythm');
    const current = el().querySelector('[aria-current="page"]');
    expect(text(current)).toContain('Completed.');
  });

  it('goes back to the previous lesson, and marks a lesson complete or not by hand', async () => {
    await as(aUser());
    await open('lesson-2');
    const previous = byTestId('previous-lesson')!;
    expect(previous.getAttribute('href')).toBe('/courses/course-1/lessons/lesson-1');
    expect(previous.getAttribute('aria-label')).toBe('Previous lesson: Welcome');

    const mark = byTestId('mark-complete')!;
    expect(text(mark)).toBe('Mark as complete');
    video()!.currentTime = 50;
    mark.click();
    let [save] = puts();
    expect(save.request.body).toEqual({ positionSec: 50, completed: true });
    save.flush({});
    await fixture.whenStable();
    expect(text(mark)).toBe('Mark as not complete');
    expect(text(el().querySelector('[aria-current="page"]'))).toContain('Completed.');

    mark.click();
    [save] = puts();
    expect(save.request.body).toEqual({ positionSec: 50, completed: false });
    save.flush({});
    await fixture.whenStable();
    expect(text(mark)).toBe('Mark as complete');
    expect(text(el().querySelector('[aria-current="page"]'))).not.toContain('Completed.');
  });

  it('moves to the next lesson without loading the course again, saving the one left', async () => {
    await as(aUser());
    await open('lesson-2');
    video()!.currentTime = 33;
    fire('timeupdate');

    fixture.componentRef.setInput('lessonId', 'lesson-3');
    await fixture.whenStable();
    const [save] = puts();
    expect(save.request.url).toBe('/api/courses/course-1/lessons/lesson-2/progress');
    expect(save.request.body).toEqual({ positionSec: 33, completed: false });
    save.flush({});
    http.expectOne('/api/me/courses/course-1').flush({ courseId: 'course-1', status: 'active' });
    http.expectOne(playbackUrl('lesson-3')).flush({ ...LINK, url: '/storage/lesson-3.mp4' });
    await fixture.whenStable();

    expect(video()!.getAttribute('src')).toBe('/storage/lesson-3.mp4');
    expect(byTestId('next-lesson')).toBeNull(); // the last lesson
  });

  it('saves the position when the page is left', async () => {
    await as(aUser());
    await open('lesson-2');
    video()!.currentTime = 61;
    fire('timeupdate');
    fixture.destroy();
    const [save] = puts();
    expect(save.request.body).toEqual({ positionSec: 61, completed: false });
    save.flush({});
  });

  it('asks anonymous visitors to sign in for a paid lesson, without asking for its video', async () => {
    await as('anonymous');
    await open('lesson-2', { playback: 'none' });

    const locked = byTestId('player-locked')!;
    expect(text(locked)).toContain('Buy the course to watch this lesson');
    expect(text(locked.querySelector('[data-testid="buy-button"]'))).toBe('Buy for $29.99');
    expect(locked.querySelector('a')?.getAttribute('href')).toBe('/signin?returnUrl=%2Fcourses%2Fcourse-1%2Flessons%2Flesson-2');
    expect(video()).toBeNull();
    expect(byTestId('speed-control')).toBeNull();
    expect(text(el().querySelector('.outline'))).toContain('Locked');
  });

  it('offers the video exchange to signed-in viewers of an open lesson, and loads it only when opened', async () => {
    await as(aUser());
    await open('lesson-2');
    expect(byTestId('exchange-panel')).toBeNull();
    byTestId('open-exchange')!.click();
    // The block shows "Opening…" for at least 200 ms, then the panel asks for the lesson's takes.
    const list = '/api/courses/course-1/lessons/lesson-2/submissions';
    for (let i = 0; i < 40 && !http.match(list).length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      await fixture.whenStable();
      const pending = http.match(list);
      if (pending.length) {
        pending.forEach((req) => req.flush({ items: [], nextCursor: null }));
        break;
      }
    }
    await fixture.whenStable();
    expect(text(byTestId('exchange-panel'))).toContain('Video exchange');
    expect(byTestId('new-take')).not.toBeNull();
  });

  it('offers no video exchange to anonymous visitors', async () => {
    await as('anonymous');
    await open('lesson-2', { playback: 'none' });
    expect(byTestId('open-exchange')).toBeNull();
  });

  it('shows the sign-in state for a 401 from the API too', async () => {
    await as(aUser());
    await open('lesson-2', { playback: 401 });
    expect(text(byTestId('player-sign-in'))).toBe('Sign in');
  });

  it('offers the course to students who have not bought it (403)', async () => {
    await as(aUser());
    await open('lesson-2', { enrolled: false, playback: 403 });

    const locked = byTestId('player-locked')!;
    expect(text(locked)).toContain('Buy this course to watch');
    expect(text(locked.querySelector('[data-testid="buy-button"]'))).toBe('Buy for $29.99');
    expect(video()).toBeNull();
    expect(el().querySelectorAll('[data-testid="material-download"]')).toHaveLength(0);
    expect(byTestId('next-lesson')?.getAttribute('href')).toBe('/courses/course-1/lessons/lesson-3');
  });

  it('plays free previews for anonymous visitors, keeping their position in this browser', async () => {
    await as('anonymous');
    await open('lesson-1');
    expect(video()!.getAttribute('src')).toBe(LINK.url);
    expect(byTestId('previous-lesson')).toBeNull(); // the first lesson
    video()!.currentTime = 12;
    fire('pause');
    expect(JSON.parse(localStorage.getItem('lessonstage.progress.course-1.lesson-1')!)).toEqual({ positionSec: 12, completed: false });
    expect(puts()).toHaveLength(0);
  });

  it('lets administrators open every lesson', async () => {
    await as(anAdmin());
    await open('lesson-3');
    expect(video()).not.toBeNull();
    expect(text(el().querySelector('.outline'))).not.toContain('Locked');
  });

  it('fetches a fresh link when the video fails after its link expired, and resumes there', async () => {
    await as(aUser());
    await open('lesson-2');
    const player = video()!;
    const play = vi.fn(() => Promise.resolve());
    player.play = play;
    fire('playing');
    player.currentTime = 95;

    fire('error');
    http.expectOne(playbackUrl('lesson-2')).flush({ ...LINK, url: '/storage/lesson-2.mp4?sig=2', expiresAt: '2030-01-01T00:10:00Z' });
    await fixture.whenStable();
    expect(video()!.getAttribute('src')).toBe('/storage/lesson-2.mp4?sig=2');

    player.currentTime = 0; // the new source starts over…
    fire('loadedmetadata');
    expect(player.currentTime).toBe(95); // …and the page seeks back
    expect(play).toHaveBeenCalled();
  });

  it('gives up after repeated video errors', async () => {
    await as(aUser());
    await open('lesson-2');
    for (const sig of ['2', '3']) {
      fire('error');
      http.expectOne(playbackUrl('lesson-2')).flush({ ...LINK, url: `/storage/lesson-2.mp4?sig=${sig}` });
      await fixture.whenStable();
    }
    fire('error');
    await fixture.whenStable();
    expect(text(byTestId('error-state'))).toContain('The video stopped playing');
  });

  it('says "Lesson not found" for an unknown lesson', async () => {
    await as(aUser());
    fixture = TestBed.createComponent(PlayerPage);
    fixture.componentRef.setInput('courseId', 'course-1');
    fixture.componentRef.setInput('lessonId', 'nope');
    await fixture.whenStable();
    http.expectOne('/api/courses/course-1').flush(COURSE);
    http.expectOne(playbackUrl('nope')).flush({ error: 'Lesson not found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    expect(text(byTestId('error-state'))).toContain('Lesson not found');
    expect(video()).toBeNull();
  });

  it('says when the lesson has no video yet', async () => {
    await as(aUser());
    await open('lesson-2', { playback: 404 });
    expect(text(el().querySelector('.stage'))).toContain("This lesson's video isn't ready yet");
  });
  describe('a transcoded lesson (HLS)', () => {
    const STREAM: Playback = {
      type: 'hls',
      url: '/media/hls/course-1/lesson-2/job-1/master.m3u8',
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
      posterUrl: '/media/hls/course-1/lesson-2/job-1/poster.jpg',
      thumbnailsUrl: '/media/hls/course-1/lesson-2/job-1/thumbs/thumbnails.vtt',
      captions: [],
      audioOnly: false,
    };
    const LEVELS = [
      { height: 360, bitrate: 600_000 },
      { height: 720, bitrate: 2_800_000 },
    ];
    const scope = globalThis as { MediaSource?: unknown };

    beforeEach(() => {
      FakeHls.instances = [];
      FakeHls.supported = true;
      scope.MediaSource = class {};
    });

    afterEach(() => {
      delete scope.MediaSource;
    });

    /** Opens the streamed lesson and lets hls.js (the fake) load and parse the master playlist. */
    async function openStream(answer: Playback = STREAM): Promise<FakeHls> {
      await as(aUser());
      await open('lesson-2', { answer });
      for (const req of http.match((r) => r.url.endsWith('thumbnails.vtt'))) req.flush('WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nsprite-001.jpg#xywh=0,0,160,90\n');
      await fixture.whenStable();
      const hls = FakeHls.instances.at(-1)!;
      hls.emit(FakeHls.Events.MANIFEST_PARSED, { levels: LEVELS });
      await fixture.whenStable();
      return hls;
    }

    it('plays through hls.js (no src of its own), with the poster, a seek bar and a quality menu', async () => {
      const hls = await openStream();
      expect(hls.source).toBe(STREAM.url);
      expect(hls.media).toBe(video());
      expect(hls.config['enableWorker']).toBe(false);
      expect(video()!.hasAttribute('src')).toBe(false);
      expect(video()!.getAttribute('poster')).toBe(STREAM.posterUrl);
      expect(byTestId('seek-bar')).not.toBeNull();

      hls.emit(FakeHls.Events.LEVEL_SWITCHING, { level: 1 });
      hls.emit(FakeHls.Events.LEVEL_SWITCHED, { level: 1 });
      await fixture.whenStable();
      expect(text(byTestId('quality-summary'))).toBe('Auto (720p)');
      expect(el().querySelector('.stream-controls')!.getAttribute('data-loading-height')).toBe('720');
      byTestId('quality-button')!.click();
      await fixture.whenStable();
      document.querySelector<HTMLButtonElement>('[data-testid="quality-360"]')!.click();
      await fixture.whenStable();
      expect(hls.nextLevel).toBe(0);
      expect(text(byTestId('quality-summary'))).toBe('360p');
    });

    it('keeps speed and resume on the stream', async () => {
      await as(aUser());
      await open('lesson-2', { answer: STREAM, progress: [{ lessonId: 'lesson-2', positionSec: 42, completed: false, updatedAt: '2026-01-01T00:00:00Z' }] });
      Object.defineProperty(video()!, 'duration', { value: 120, configurable: true });
      fire('loadedmetadata');
      expect(video()!.currentTime).toBe(42);
      byTestId('speed-control')?.querySelector<HTMLButtonElement>('[data-speed="0.75"] button')?.click();
      await fixture.whenStable();
      expect(video()!.playbackRate).toBe(0.75);
      for (const req of http.match((r) => r.url.endsWith('thumbnails.vtt'))) req.flush('WEBVTT\n');
    });

    it('asks for playback again before the cookies expire, without restarting the video', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const hls = await openStream({ ...STREAM, expiresAt: new Date(Date.now() + 120_000).toISOString() });
      vi.advanceTimersByTime(59_000);
      expect(http.match(playbackUrl('lesson-2'))).toHaveLength(0);
      vi.advanceTimersByTime(2_000);
      http.expectOne(playbackUrl('lesson-2')).flush({ ...STREAM, expiresAt: new Date(Date.now() + 600_000).toISOString() });
      await fixture.whenStable();
      expect(hls.destroyed).toBe(false);
      expect(FakeHls.instances).toHaveLength(1);
      vi.advanceTimersByTime(500_000);
      expect(http.match(playbackUrl('lesson-2'))).toHaveLength(0);
      vi.advanceTimersByTime(60_000);
      http.expectOne(playbackUrl('lesson-2')).flush(STREAM);
    });

    it('starts the stream again where it was after a fatal error (cookies lapsed while asleep)', async () => {
      const hls = await openStream();
      video()!.currentTime = 75;
      hls.emit(FakeHls.Events.ERROR, { fatal: true, type: 'networkError', details: 'fragLoadError' });
      http.expectOne(playbackUrl('lesson-2')).flush({ ...STREAM });
      await fixture.whenStable();
      expect(hls.destroyed).toBe(true);
      const again = FakeHls.instances.at(-1)!;
      expect(again).not.toBe(hls);
      video()!.currentTime = 0;
      fire('loadedmetadata');
      expect(video()!.currentTime).toBe(75);
    });

    it('plays with the browser\'s own HLS where there is no Media Source Extensions', async () => {
      delete scope.MediaSource;
      const canPlay = vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockImplementation((type) => (type === 'application/vnd.apple.mpegurl' ? 'maybe' : ''));
      await as(aUser());
      await open('lesson-2', { answer: STREAM });
      for (const req of http.match((r) => r.url.endsWith('thumbnails.vtt'))) req.flush('WEBVTT\n');
      expect(video()!.getAttribute('src')).toBe(STREAM.url);
      expect(FakeHls.instances).toHaveLength(0);
      canPlay.mockRestore();
    });

    it('shows the course cover as the poster of an audio-only lesson', async () => {
      await openStream({ ...STREAM, audioOnly: true, posterUrl: null, thumbnailsUrl: null });
      expect(video()!.getAttribute('poster')).toBe(COURSE.thumbnailUrl);
    });
  });
});
