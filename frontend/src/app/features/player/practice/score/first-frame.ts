/** HTMLMediaElement.HAVE_CURRENT_DATA: the frame at the current position can be shown. */
const HAVE_CURRENT_DATA = 2;

/**
 * Resolves once the video has its first frame on screen (or failed, or `maxWaitMs` passed) and the
 * browser is idle: heavy work started after it does not hold back the page's largest paint.
 */
export async function afterFirstFrameAndIdle(video: HTMLVideoElement | null, maxWaitMs: number): Promise<void> {
  if (video && video.readyState < HAVE_CURRENT_DATA) await firstFrame(video, maxWaitMs);
  if (video && video.readyState >= HAVE_CURRENT_DATA) await framePresented(video, maxWaitMs);
  await idle(maxWaitMs);
}

/** `loadeddata` comes before the frame is on screen; the paint itself is what must not wait. */
function framePresented(video: HTMLVideoElement, maxWaitMs: number): Promise<void> {
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
