/** What a student does that says they are practising: the score should be there for it. */
const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
/** Share of the score's box on screen that counts as the student looking at it (not a sliver at the edge). */
const VISIBLE_SHARE = 0.5;

/** Why the score is wanted now: the student's own move needs no further waiting. */
export type ScoreWanted = 'at-once' | 'on-screen' | 'by-student';

/**
 * Resolves when the score is wanted. On a phone the score sits below the video: the renderer's
 * start-up (hundreds of ms of main-thread work there) waits until the student touches, types or
 * scrolls, or half the score's box is on screen. Elsewhere it is wanted at once.
 */
export function whenScoreWanted(box: HTMLElement, phone: boolean): Promise<ScoreWanted> {
  if (!phone) return Promise.resolve('at-once');
  return new Promise((resolve) => {
    const controller = new AbortController();
    let observer: IntersectionObserver | undefined;
    const wanted = (why: ScoreWanted) => {
      controller.abort();
      observer?.disconnect();
      resolve(why);
    };
    for (const type of INTERACTIONS) {
      addEventListener(type, () => wanted('by-student'), { once: true, passive: true, capture: true, signal: controller.signal });
    }
    if (typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && wanted('on-screen'), { threshold: VISIBLE_SHARE });
      observer.observe(box);
    }
  });
}
