import { whenScoreWanted } from './score-wanted';

/** Why the score was wanted, or false while it is not yet. */
const settled = async (promise: Promise<string>) => {
  let why: string | false = false;
  void promise.then((value) => (why = value));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return why;
};

describe('whenScoreWanted', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is wanted at once off a phone', async () => {
    expect(await settled(whenScoreWanted(document.createElement('div'), false))).toBe('at-once');
  });

  it('on a phone waits for the student to touch, type or scroll', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const waiting = whenScoreWanted(document.createElement('div'), true);
    expect(await settled(waiting)).toBe(false);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(await settled(waiting)).toBe('by-student');
  });

  it('on a phone starts when half the score’s box is on screen', async () => {
    let report: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
    let threshold: number | undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: typeof report, options: { threshold: number }) {
          report = callback;
          threshold = options.threshold;
        }
        observe(): void {}
        disconnect(): void {}
      },
    );
    const waiting = whenScoreWanted(document.createElement('div'), true);
    report!([{ isIntersecting: false }]);
    expect(await settled(waiting)).toBe(false);
    report!([{ isIntersecting: true }]);
    expect(await settled(waiting)).toBe('on-screen');
    expect(threshold).toBe(0.5);
  });
});
