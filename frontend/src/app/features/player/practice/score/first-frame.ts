/** HTMLMediaElement.HAVE_CURRENT_DATA: the frame at the current position can be shown. */
const HAVE_CURRENT_DATA = 2;
/** How long to wait for the video's paint once its frame is ready (another element may be the largest). */
const PAINT_WAIT_MS = 1000;

/**
 * Resolves once the video has its first frame on screen (or failed, or `maxWaitMs` passed) and the
 * browser is idle: heavy work started after it does not hold back the page's largest paint.
 */
export async function afterFirstFrameAndIdle(video: HTMLVideoElement | null, maxWaitMs: number): Promise<void> {
  if (video && video.readyState < HAVE_CURRENT_DATA) await firstFrame(video, maxWaitMs);
  if (video && video.readyState >= HAVE_CURRENT_DATA) await framePresented(video, Math.min(maxWaitMs, PAINT_WAIT_MS));
  await idle(maxWaitMs);
}

/**
 * `loadeddata` comes before the frame is on screen. Where the browser reports its largest paint,
 * wait for the one of this video (the lesson page's largest element on a phone); else for the frame
 * to reach the compositor. Paints of other elements do not count: the wait is capped.
 */
function framePresented(video: HTMLVideoElement, maxWaitMs: number): Promise<void> {
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
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

function firstFrame(video: HTMLVideoElement, maxWaitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      video.removeEventListener('loadeddata', done);
      video.removeEventListener('error', done);
      resolve();
    };
    const timer = setTimeout(done, maxWaitMs);
    video.addEventListener('loadeddata', done);
    video.addEventListener('error', done);
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
