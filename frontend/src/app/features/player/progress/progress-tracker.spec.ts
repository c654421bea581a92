import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { LocalProgress } from './local-progress';
import { ProgressTracker, SAVE_EVERY_MS } from './progress-tracker';

describe('ProgressTracker', () => {
  let tracker: ProgressTracker;
  let http: HttpTestingController;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), ProgressTracker],
    });
    tracker = TestBed.inject(ProgressTracker);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    vi.useRealTimers();
    localStorage.clear();
  });

  async function loadRemote(items: { lessonId: string; positionSec: number; completed: boolean }[] = []) {
    const loaded = firstValueFrom(tracker.load('c1', true, ['l1', 'l2']));
    http.expectOne('/api/courses/c1/progress').flush(items.map((item) => ({ ...item, updatedAt: '2026-01-01T00:00:00Z' })));
    await loaded;
  }
  const saves = () => http.match({ method: 'PUT' });

  it("reads a signed-in student's progress once per course", async () => {
    await loadRemote([
      { lessonId: 'l1', positionSec: 100, completed: true },
      { lessonId: 'l2', positionSec: 42, completed: false },
    ]);
    await firstValueFrom(tracker.load('c1', true, ['l1', 'l2']));

    expect([...tracker.completed()]).toEqual(['l1']);
    expect(tracker.resumeAt('l2')).toBe(42);
    expect(tracker.resumeAt('l1', 101)).toBe(0); // watched to the end: start again
    expect(tracker.resumeAt('unknown')).toBe(0);
  });

  it('survives a failed read with empty progress', async () => {
    const loaded = firstValueFrom(tracker.load('c1', true, []));
    http.expectOne('/api/courses/c1/progress').flush({}, { status: 500, statusText: 'Error' });
    await loaded;
    expect(tracker.resumeAt('l1')).toBe(0);
  });

  it('saves every 10 s while playing, on flush when the position changed, and completion', async () => {
    await loadRemote([{ lessonId: 'l1', positionSec: 5, completed: false }]);
    tracker.start('l1');
    tracker.flush(5); // unchanged: nothing to save
    expect(saves()).toHaveLength(0);

    tracker.update(6);
    vi.advanceTimersByTime(SAVE_EVERY_MS - 1);
    tracker.update(15.04);
    expect(saves()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    tracker.update(15.06);
    let [save] = saves();
    expect(save.request.url).toBe('/api/courses/c1/lessons/l1/progress');
    expect(save.request.body).toEqual({ positionSec: 15.1, completed: false });
    save.flush({});

    tracker.flush(20); // pause
    [save] = saves();
    expect(save.request.body).toEqual({ positionSec: 20, completed: false });
    save.flush({});

    tracker.complete(30);
    [save] = saves();
    expect(save.request.body).toEqual({ positionSec: 30, completed: true });
    save.flush({});
    expect(tracker.completed().has('l1')).toBe(true);

    // Watching it again keeps it completed (the API stores `completed` as sent).
    tracker.start('l1');
    tracker.flush(3);
    [save] = saves();
    expect(save.request.body).toEqual({ positionSec: 3, completed: true });
    save.flush({});
  });

  it('completes a lesson once 90 % of it is watched, saved at once, unless set by hand', async () => {
    await loadRemote([{ lessonId: 'l1', positionSec: 0, completed: false }]);
    tracker.start('l1');
    tracker.update(89.9, 100);
    expect(saves()).toHaveLength(0);
    tracker.update(90, 100);
    let [save] = saves();
    expect(save.request.body).toEqual({ positionSec: 90, completed: true });
    save.flush({});
    expect(tracker.completed().has('l1')).toBe(true);

    tracker.markCompleted(false, 91); // the toggle wins over playing on
    [save] = saves();
    save.flush({});
    tracker.update(95, 100);
    expect(saves()).toHaveLength(0);
    expect(tracker.completed().has('l1')).toBe(false);
  });

  it('marks a lesson completed or not by hand, saved at once', async () => {
    await loadRemote([{ lessonId: 'l1', positionSec: 100, completed: true }]);
    tracker.start('l1');
    tracker.markCompleted(false, 12);
    let [save] = saves();
    expect(save.request.body).toEqual({ positionSec: 12, completed: false });
    save.flush({});
    expect(tracker.completed().has('l1')).toBe(false);
    tracker.flush(20); // later saves keep what the student chose
    [save] = saves();
    expect(save.request.body).toEqual({ positionSec: 20, completed: false });
    save.flush({});
    tracker.markCompleted(true);
    [save] = saves();
    expect(save.request.body).toEqual({ positionSec: 20, completed: true });
    save.flush({});
    expect(tracker.completed().has('l1')).toBe(true);
  });

  it('saves the lesson being left when another starts, and ignores failed saves', async () => {
    await loadRemote();
    tracker.start('l1');
    tracker.update(12);
    tracker.start('l2');
    const [save] = saves();
    expect(save.request.url).toBe('/api/courses/c1/lessons/l1/progress');
    save.flush({ error: 'down' }, { status: 503, statusText: 'Unavailable' });

    tracker.stop();
    tracker.update(50);
    tracker.flush(60);
    expect(saves()).toHaveLength(0);
  });

  it('keeps anonymous viewers’ progress in this browser', async () => {
    TestBed.inject(LocalProgress).save('c1', 'l1', { positionSec: 33, completed: false });
    await firstValueFrom(tracker.load('c1', false, ['l1', 'l2']));
    expect(tracker.resumeAt('l1')).toBe(33);

    tracker.start('l1');
    tracker.flush(40);
    tracker.complete(60);
    tracker.stop();
    expect(TestBed.inject(LocalProgress).get('c1', 'l1')).toEqual({ positionSec: 60, completed: true });
    expect(tracker.completed().has('l1')).toBe(true);
  });
});
