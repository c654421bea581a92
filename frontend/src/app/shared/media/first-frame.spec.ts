import { afterFirstFrameAndIdle, afterPosterOrPlay } from './first-frame';

/** A video element whose readiness the test sets (jsdom/happy-dom load no media). */
function videoAt(readyState: number): HTMLVideoElement {
  const video = document.createElement('video');
  Object.defineProperty(video, 'readyState', { value: readyState });
  return video;
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return done;
};

/** A PerformanceObserver reporting largest paints on demand: call the result with the painted elements. */
function stubLargestPaint(): (elements: Element[]) => void {
  let callback: ((entries: { getEntries(): { element: Element }[] }) => void) | undefined;
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      static readonly supportedEntryTypes = ['largest-contentful-paint'];
      constructor(observed: typeof callback) {
        callback = observed;
      }
      observe(): void {}
      disconnect(): void {}
    },
  );
  return (elements) => callback!({ getEntries: () => elements.map((element) => ({ element })) });
}

describe('afterFirstFrameAndIdle', () => {
  it('waits for the video to have its first frame', async () => {
    const video = videoAt(1);
    const waiting = afterFirstFrameAndIdle(video, 10_000);
    expect(await settled(waiting)).toBe(false);
    video.dispatchEvent(new Event('loadeddata'));
    expect(await settled(waiting)).toBe(true);
  });

  it('after loadeddata waits for the frame on screen, whatever readyState reads by then', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const video = videoAt(1);
    let present: (() => void) | undefined;
    Object.defineProperty(video, 'requestVideoFrameCallback', { value: (callback: () => void) => (present = callback) });
    const waiting = afterFirstFrameAndIdle(video, 10_000);
    video.dispatchEvent(new Event('loadeddata'));
    expect(await settled(waiting)).toBe(false);
    present!();
    expect(await settled(waiting)).toBe(true);
    vi.unstubAllGlobals();
  });

  it('then waits for that frame to reach the compositor', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const video = videoAt(2);
    let present: (() => void) | undefined;
    Object.defineProperty(video, 'requestVideoFrameCallback', { value: (callback: () => void) => (present = callback) });
    const waiting = afterFirstFrameAndIdle(video, 10_000);
    expect(await settled(waiting)).toBe(false);
    present!();
    expect(await settled(waiting)).toBe(true);
    vi.unstubAllGlobals();
  });

  it('where the browser reports its largest paint, waits for the video’s own', async () => {
    const video = videoAt(2);
    const report = stubLargestPaint();
    const waiting = afterFirstFrameAndIdle(video, 10_000);
    expect(await settled(waiting)).toBe(false);
    report([document.createElement('h1')]);
    expect(await settled(waiting)).toBe(false); // another element's paint
    report([video]);
    expect(await settled(waiting)).toBe(true);
    vi.unstubAllGlobals();
  });

  it('goes ahead when the frame is already there, the video fails, or the wait is over', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    expect(await settled(afterFirstFrameAndIdle(videoAt(2), 10_000))).toBe(true);
    vi.unstubAllGlobals();
    const failing = videoAt(0);
    const waiting = afterFirstFrameAndIdle(failing, 10_000);
    failing.dispatchEvent(new Event('error'));
    expect(await settled(waiting)).toBe(true);
    expect(await settled(afterFirstFrameAndIdle(videoAt(0), 10))).toBe(true);
  });
});

describe('afterPosterOrPlay', () => {
  let report: (elements: Element[]) => void;
  beforeEach(() => {
    report = stubLargestPaint();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the video’s poster to be the largest paint', async () => {
    const video = document.createElement('video');
    const waiting = afterPosterOrPlay(video, 10_000);
    expect(await settled(waiting)).toBe(false);
    report([video]);
    expect(await settled(waiting)).toBe(true);
  });

  it('stops waiting when play is asked for, or the wait is over', async () => {
    const video = document.createElement('video');
    const waiting = afterPosterOrPlay(video, 10_000);
    video.dispatchEvent(new Event('play'));
    expect(await settled(waiting)).toBe(true);
    expect(await settled(afterPosterOrPlay(document.createElement('video'), 10))).toBe(true);
  });

  it('does not wait where the browser reports no largest paint', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    expect(await settled(afterPosterOrPlay(document.createElement('video'), 10_000))).toBe(true);
  });
});
