import { expect, test } from '@playwright/test';

test.describe('catalog', () => {
  test('shows the demo courses and opens one', async ({ page }) => {
    const cspViolations: string[] = [];
    const consoleErrors: string[] = [];
    const authCalls: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('request', (request) => {
      if (request.url().includes('/api/auth/')) authCalls.push(request.url());
    });
    await page.goto('/');
    const cards = page.getByTestId('course-card');
    await expect(cards.first()).toBeVisible();
    // The first cards render at once, the rest when the browser is next idle.
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(8);

    // Every card shows its cover, title, instrument, level and price.
    const first = cards.first();
    await expect(first.locator('img')).toHaveJSProperty('complete', true);
    expect(await first.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(first).toContainText('Jazz Piano Voicings');
    await expect(first).toContainText(/piano/i);
    await expect(first).toContainText(/advanced/i);
    await expect(first).toContainText('€54.00');
    await expect(page.getByText('Guitar from Zero: Your First Chords')).toBeVisible();
    await expect(page.getByText('Free', { exact: true }).first()).toBeVisible();

    await page.screenshot({ path: 'artifacts/catalog.png', fullPage: true });

    await page.getByText('Guitar from Zero: Your First Chords').click();
    await expect(page).toHaveURL(/\/courses\/demo-guitar-first-chords$/);
    await expect(page.getByTestId('course-title')).toHaveText('Guitar from Zero: Your First Chords');
    await expect(page.getByTestId('course-price')).toContainText('$29.00');
    await expect(page.getByTestId('course-section')).toHaveCount(3);
    await expect(page.getByTestId('lesson-item')).toHaveCount(7);
    await expect(page.getByTestId('lesson-item').first()).toContainText(/preview/i);
    await page.screenshot({ path: 'artifacts/course.png', fullPage: true });
    // The local server sends CloudFront's CSP: the app must run under it.
    expect(cspViolations).toEqual([]);
    // A visitor who never signed in costs no session check, and so no failed request either.
    expect(authCalls).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  for (const { page: name, path, api, ready, cover } of [
    { page: 'catalog', path: '/', api: '/api/courses?limit=12', ready: 'course-card', cover: '[data-testid="course-card"] img' },
    { page: 'course page', path: '/courses/demo-drums-groove', api: '/api/courses/demo-drums-groove', ready: 'course-title', cover: 'img.thumb' },
  ]) {
    test(`the ${name}'s data is asked for once, by index.html, and the app uses that answer`, async ({ page }) => {
      const apiCalls: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/')) apiCalls.push(new URL(request.url()).pathname + new URL(request.url()).search);
      });
      await page.goto(path);
      await expect(page.getByTestId(ready).first()).toBeVisible();

      expect(apiCalls).toEqual([api]);
      // Taken over by the app (early-fetch.interceptor.ts) rather than asked for a second time.
      expect(await page.evaluate(() => (window as { lessonstageEarlyFetch?: unknown[] }).lessonstageEarlyFetch?.length)).toBe(0);
      // The cover art the page opens with was preloaded from that answer.
      const preloaded = await page.locator('head link[rel="preload"][as="image"]').getAttribute('href');
      expect(preloaded).toBe(await page.locator(cover).first().getAttribute('src'));
    });
  }

  test("a lesson's course and playback link are asked for once each, by index.html", async ({ page }) => {
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) apiCalls.push(new URL(request.url()).pathname);
    });
    await page.goto('/courses/demo-guitar-first-chords/lessons/s1l1');
    await expect(page.getByTestId('lesson-video')).toBeVisible();

    expect(apiCalls.filter((path) => path === '/api/courses/demo-guitar-first-chords')).toHaveLength(1);
    expect(apiCalls.filter((path) => path.endsWith('/lessons/s1l1/playback'))).toHaveLength(1);
    expect(await page.evaluate(() => (window as { lessonstageEarlyFetch?: unknown[] }).lessonstageEarlyFetch?.length)).toBe(0);
  });

  test('prices in several currencies say which; instrument and level filters live in the URL', async ({ page }) => {
    await page.goto('/');
    const cards = page.getByTestId('course-card');
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(8);
    // The demo catalog sells in USD, EUR and GBP: every paid price carries its code.
    await expect(cards.filter({ hasText: 'Guitar from Zero' }).getByTestId('course-price')).toHaveText('$29.00 USD');
    await expect(page.getByTestId('course-price').filter({ hasText: 'EUR' }).first()).toBeVisible();

    await page.getByLabel('Instrument').selectOption('guitar');
    await expect(page).toHaveURL(/\/\?instrument=guitar$/);
    await expect(cards).toHaveCount(2);
    await page.getByLabel('Level').selectOption('beginner');
    await expect(page).toHaveURL(/\/\?instrument=guitar&level=beginner$/);
    await expect(cards).toHaveCount(1);
    await expect(cards).toContainText('Guitar from Zero');
    // One currency left on the page: no code needed.
    await expect(cards.getByTestId('course-price')).toHaveText('$29.00');

    await page.reload();
    await expect(cards).toHaveCount(1);
    await expect(page.getByTestId('filter-instrument')).toHaveValue('guitar');
    await expect(page.getByTestId('filter-level')).toHaveValue('beginner');

    await page.goto('/?instrument=violin&level=beginner');
    await expect(page.getByTestId('empty-state')).toContainText('No courses match');
    await page.getByTestId('clear-filters').click();
    await expect(page).toHaveURL(/\/$/);
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(8);
  });

  test('a course page opened directly survives a reload', async ({ page }) => {
    await page.goto('/courses/demo-drums-groove');
    await expect(page.getByTestId('course-title')).toHaveText('Drum Grooves That Work');
    await page.reload();
    await expect(page.getByTestId('course-title')).toHaveText('Drum Grooves That Work');
  });

  test('an unknown course says so', async ({ page }) => {
    await page.goto('/courses/no-such-course');
    await expect(page.getByText(/course not found/i)).toBeVisible();
  });

  test('is usable on a phone: nothing scrolls sideways, from 320 px up', async ({ page }) => {
    for (const width of [320, 360, 390]) {
      await page.setViewportSize({ width, height: 844 });
      for (const path of ['/', '/courses/demo-guitar-first-chords']) {
        await page.goto(path);
        await expect(page.getByTestId('signup-link')).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
    // The brand keeps its name for screen readers where it shows only the mark.
    await expect(page.getByTestId('home-link')).toHaveAccessibleName('Lessonstage');
    // The free preview's speed buttons fit the 320 px page, inside its 16 px margin.
    await page.setViewportSize({ width: 320, height: 844 });
    await page.goto('/courses/demo-guitar-first-chords/lessons/s1l1');
    await expect(page.getByTestId('speed-control')).toBeVisible();
    const speeds = await page.getByTestId('speed-control').boundingBox();
    expect(speeds!.x + speeds!.width).toBeLessThanOrEqual(320 - 16);
    // The outline's lesson titles keep a readable width; the "Free preview" tag and the duration
    // move below instead of squeezing the title to a letter or two a line.
    const title = await page.locator('app-course-outline .lesson-title').first().boundingBox();
    expect(title!.width).toBeGreaterThanOrEqual(180);
    await page.screenshot({ path: 'artifacts/player-320.png', fullPage: true });
  });

  test('the catalog is reachable by keyboard', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('course-card').first()).toBeVisible();
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const testId = await page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid'));
      if (testId === 'course-card') break;
    }
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('course-title')).toBeVisible();
  });

  test('the start-up script asks V8 to compile it eagerly, off the main thread', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const main = /<script src="(main-[^"]+\.js)"/.exec(html)?.[1];
    expect(main).toBeTruthy();
    const script = await (await request.get(`/${main}`)).text();
    expect(script.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  });
});
