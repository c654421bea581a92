/** HTMLMediaElement.HAVE_CURRENT_DATA: the frame at the current position can be shown. */
const HAVE_CURRENT_DATA = 2;

/**
 * Resolves once the video has its first frame on screen (or failed, or `maxWaitMs` passed) and the
 * browser is idle: heavy work started after it does not hold back the page's largest paint.
 * `loadeddata` is not the paint: on a busy phone the frame reaches the screen seconds later, and
 * the media element may report a lower readyState by the time the event is handled.
 */
export async function afterFirstFrameAndIdle(video: HTMLVideoElement | null, maxWaitMs: number): Promise<void> {
  const deadline = Date.now() + maxWaitMs;
  const left = () => Math.max(0, deadline - Date.now());
  if (video && (video.readyState >= HAVE_CURRENT_DATA || (await firstFrame(video, left())))) {
    await framePresented(video, left());
  }
  await idle(Math.max(1, left()));
}

/**
 * Where the browser reports its largest paint, waits for the one of this video (the lesson page's
 * largest element); else for the frame to reach the compositor. Paints of other elements do not
 * count: the wait is capped.
 */
function framePresented(video: HTMLVideoElement, maxWaitMs: number): Promise<void> {
  if (reportsLargestPaint()) {
    return largestPaintOf(video, maxWaitMs);
  }
  // Without requestVideoFrameCallback there is no telling when the frame is shown: go ahead.
  if (typeof video.requestVideoFrameCallback !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    video.requestVideoFrameCallback(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Resolves once the video's poster is on screen (the page's largest paint), play is asked for, or
 * `maxWaitMs` passed: a stream's player library loads then, not ahead of the poster.
 */
export function afterPosterOrPlay(video: HTMLVideoElement, maxWaitMs: number): Promise<void> {
  if (!video.paused || !reportsLargestPaint()) return Promise.resolve();
  return new Promise((resolve) => {
    const controller = new AbortController();
    const done = () => {
      controller.abort();
      resolve();
    };
    video.addEventListener('play', done, { once: true, signal: controller.signal });
    void largestPaintOf(video, maxWaitMs).then(done);
  });
}

function reportsLargestPaint(): boolean {
  return typeof PerformanceObserver === 'function' && !!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint');
}

function largestPaintOf(element: Element, maxWaitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    };
    const timer = setTimeout(done, maxWaitMs);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => (entry as PerformanceEntry & { element?: Element | null }).element === element)) done();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/** True once the first frame is loaded; false when the video fails or the wait is over. */
function firstFrame(video: HTMLVideoElement, maxWaitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (loaded: boolean) => () => {
      clearTimeout(timer);
      video.removeEventListener('loadeddata', onLoaded);
      video.removeEventListener('error', failed);
      resolve(loaded);
    };
    const onLoaded = finish(true);
    const failed = finish(false);
    const timer = setTimeout(failed, maxWaitMs);
    video.addEventListener('loadeddata', onLoaded);
    video.addEventListener('error', failed);
  });
}

function idle(timeoutMs: number): Promise<void> {
  // Safari has no requestIdleCallback: a task after the current ones is the nearest thing.
  if (typeof requestIdleCallback !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: timeoutMs }));
}

/** Lets the page handle input and paint between two long pieces of work (a task boundary). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
