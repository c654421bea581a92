import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** The parts of `GET /api/courses/:courseId/lessons/:lessonId/score` these tests read. */
export interface ScoreAnswer {
  readonly format: string;
  readonly fileName: string;
  readonly syncPoints: readonly { readonly bar: number; readonly timeMs: number }[];
  readonly tempoBpm: number | null;
}

/** The lesson's score answer from the real API (with the page's session, if any). */
export async function lessonScore(request: APIRequestContext, courseId: string, lessonId: string): Promise<ScoreAnswer> {
  const response = await request.get(`/api/courses/${courseId}/lessons/${lessonId}/score`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as ScoreAnswer;
}

/** The synced bar (0-based, the contract's numbering) a video time falls in. */
export function syncedBarAt(points: ScoreAnswer['syncPoints'], ms: number): number {
  return points.filter((point) => point.timeMs <= ms).at(-1)?.bar ?? -1;
}

/**
 * Where alphaTab drew bar `number`'s number (1-based, as printed above each bar in page layout):
 * the SVG text in its 11 px bar-number font, so fret numbers ("5" on a tab line) are not taken
 * for it. The bar starts at its left edge and its staff lies below it.
 */
export async function barNumberBox(page: Page, number: number, scroll = false): Promise<{ x: number; y: number; width: number; height: number }> {
  const texts = page.locator('.at-surface svg text').filter({ hasText: new RegExp(`^${number}\\s*$`) });
  const label = texts.and(page.locator('[style*="11px"]'));
  await expect(label).toHaveCount(1);
  if (scroll) await label.scrollIntoViewIfNeeded();
  return (await label.boundingBox())!;
}

/** The current video time in ms. */
export const videoMs = (video: Locator): Promise<number> => video.evaluate((v: HTMLVideoElement) => v.currentTime * 1000);

/** Starts recording the bars alphaTab hit-tests on mouse-down (its `beatMouseDown` DOM event), 0-based. */
export async function recordPressedBars(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { pressedBars: number[] }).pressedBars = seen;
    document.querySelector('[data-testid="score-host"]')!.addEventListener('alphaTab.beatMouseDown', (event) => {
      seen.push((event as CustomEvent<{ voice: { bar: { index: number } } }>).detail.voice.bar.index);
    });
  });
}

/** The bars pressed since `recordPressedBars`. */
export const pressedBars = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as { pressedBars: number[] }).pressedBars);
