import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

import { ADMIN, signIn } from '../support/accounts';

const DEMO_CLIP = resolve(import.meta.dirname, '../../backend/src/local/seed/media/guitar.mp4');
/** Big enough that its progress bar is on screen a while, below the 100 MiB multipart threshold. */
const BIG_VIDEO_BYTES = 30 * 1024 * 1024;
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Records every value the upload progress bars show, to check that progress was reported. */
async function recordUploadProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const target = mutation.target as Element;
        if (mutation.attributeName === 'aria-valuenow' && target.closest('[data-testid="upload-progress"]')) {
          seen.push(Number(target.getAttribute('aria-valuenow')));
        }
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-status')).toHaveText('All changes saved');
}

async function confirm(page: Page): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('confirm').click();
  await expect(dialog).toHaveCount(0);
}

let createdCourseId: string | undefined;

test.afterAll(async ({ request }) => {
  // Safety net when the test failed half-way: the catalog tests expect the demo courses first.
  if (!createdCourseId) return;
  const session = await request.post('/api/auth/signin', { data: ADMIN });
  const { accessToken } = (await session.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const course = await request.get(`/api/admin/courses/${createdCourseId}`, { headers });
  if (course.status() !== 200) return;
  const { version, status } = (await course.json()) as { version: number; status: string };
  if (status === 'published') {
    await request.post(`/api/admin/courses/${createdCourseId}/unpublish`, { headers, data: { version } });
  }
  await request.delete(`/api/admin/courses/${createdCourseId}`, { headers });
});

test('an admin builds a course with uploads, publishes it, and visitors get only the free preview', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  const title = `Slide Guitar Basics ${Date.now()}`;

  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/); // an administrator lands on the admin area

  // ── The teacher's profile: the name, bio and photo students will see ──
  const teacherName = `Ana Lima ${Date.now()}`;
  await page.getByRole('tab', { name: 'Profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your teacher profile' })).toBeVisible();
  await page.getByLabel('Public name').fill(teacherName);
  await page.getByLabel('Short bio (optional)').fill('Slide guitarist from Memphis, teaching since 2005.');
  await expect(page.getByTestId('teacher-preview')).toHaveText(`Taught by ${teacherName}`);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('form-status')).toHaveText('Saved. Your courses now show this profile.');
  await page.getByTestId('teacher-photo-input').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByTestId('teacher-photo')).toHaveAttribute('src', /^\/media\/public\/teachers\/.+\.png$/);

  await page.getByRole('tab', { name: 'Courses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Courses' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Courses' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Purchases' })).toBeVisible();
  await expect(page.getByTestId('admin-course-row').first()).toBeVisible();

  // ── New course ──
  await page.getByTestId('new-course').click();
  const dialog = page.getByRole('dialog', { name: 'New course' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await dialog.getByRole('button', { name: 'Create course' }).click();
  await expect(dialog.getByText('Enter a title.')).toBeVisible();
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Description').fill('Open tunings, a glass slide and your first Delta blues licks.');
  await dialog.getByLabel('Instrument').selectOption({ label: 'Guitar' });
  await dialog.getByLabel('Level').selectOption({ label: 'Beginner' });
  await dialog.getByLabel('Price').fill('24.50');
  await dialog.getByLabel('Currency').selectOption({ label: 'Euro (EUR)' });
  await page.screenshot({ path: 'artifacts/authoring-new-course.png' });
  await dialog.getByRole('button', { name: 'Create course' }).click();
  await expect(page).toHaveURL(/\/admin\/courses\/[A-Za-z0-9_-]+$/);
  createdCourseId = page.url().split('/').pop();
  await expect(page.getByTestId('editor-title')).toHaveText(title);
  await expect(page.getByTestId('course-status')).toHaveText('Draft');
  await expect(page.getByLabel('Price')).toHaveValue('24.50');

  // ── Outline: one section, two lessons ──
  await page.getByTestId('section-title-input').fill('Getting started');
  await page.getByTestId('add-section').click();
  const section = page.getByTestId('section');
  await expect(section).toHaveCount(1);
  await expect(section.getByRole('heading', { name: 'Getting started' })).toBeVisible();
  for (const lessonTitle of ['Tuning to open G', 'Your first slide']) {
    await section.getByLabel('Lesson title').fill(lessonTitle);
    await section.getByTestId('add-lesson').click();
    await expect(section.getByTestId('lesson-row').filter({ hasText: lessonTitle })).toBeVisible();
  }
  const lessons = page.getByTestId('lesson-row');
  await expect(lessons).toHaveCount(2);
  await expect(section.getByLabel('Lesson title')).toHaveValue('');
  await expect(section.getByText('Enter a lesson title.')).toHaveCount(0);

  // Reorder from the keyboard: down, then (focus stays on the lesson's buttons) back up.
  await page.getByRole('button', { name: 'Move lesson “Tuning to open G” down' }).focus();
  await page.keyboard.press('Enter');
  await expect(lessons.nth(0)).toContainText('Your first slide');
  await expect(page.getByRole('button', { name: 'Move lesson “Tuning to open G” up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lessons.nth(0)).toContainText('Tuning to open G');
  await expectSaved(page);

  // And by dragging the second lesson's handle above the first.
  const handle = lessons.nth(1).locator('[cdkDragHandle], .handle').first();
  const target = await lessons.nth(0).boundingBox();
  const from = await handle.boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(from!.x + from!.width / 2, from!.y - 20, { steps: 5 });
  await page.mouse.move(target!.x + 40, target!.y + 10, { steps: 10 });
  await page.mouse.up();
  await expect(lessons.nth(0)).toContainText('Your first slide');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Move lesson “Your first slide” down' }).click();
  await expect(lessons.nth(0)).toContainText('Tuning to open G');
  await expectSaved(page);

  // Publishing now lists what is missing, before anything is sent, and the list stays on the page.
  await page.getByTestId('publish-button').click();
  const notReady = page.getByRole('dialog', { name: 'Not ready to publish' });
  await expect(notReady).toContainText('Lesson "Your first slide" has no video.');
  await expect(notReady.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  await notReady.getByRole('button', { name: 'OK' }).click();
  const problems = page.getByTestId('publish-problems');
  await expect(problems).toContainText('The course needs a thumbnail.');
  await expect(problems).toContainText('Lesson "Tuning to open G" has no video.');
  await expect(page.getByTestId('course-status')).toHaveText('Draft');

  // ── Uploads: the demo clip, and a 30 MB file whose progress is visible ──
  await recordUploadProgress(page);
  // Loopback moves 30 MB faster than the page paints on a fast machine: uploads are held to
  // 10 MB/s, so the bar has in-between values to show whatever the machine's speed.
  const network = await page.context().newCDPSession(page);
  await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 10 * 1024 * 1024 });
  const [first, second] = [lessons.nth(0), lessons.nth(1)];
  await first.getByTestId('video-input').setInputFiles(DEMO_CLIP);
  await second.getByTestId('video-input').setInputFiles({
    name: 'first-slide.mp4',
    mimeType: 'video/mp4',
    buffer: Buffer.alloc(BIG_VIDEO_BYTES, 7),
  });
  const bigUpload = second.getByTestId('upload-progress');
  await expect(bigUpload).toBeVisible();
  await expect(bigUpload).toContainText('first-slide.mp4');
  await expect(bigUpload.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /^\d+$/);
  await page.screenshot({ path: 'artifacts/authoring-uploading.png', fullPage: true });

  await expect(first.getByTestId('video-file')).toContainText('guitar.mp4');
  await expect(second.getByTestId('video-file')).toContainText('first-slide.mp4', { timeout: 60_000 });
  await expect(page.getByTestId('upload-progress')).toHaveCount(0);
  await expect(second.getByTestId('video-file')).toContainText('30 MB');
  // Its bytes are no video anyone can read a length from: the editor says so instead of "00:00".
  await expect(second.getByTestId('video-file')).toContainText('length unknown');
  // The demo clip's length was read in the browser.
  await expect(first.getByTestId('video-file')).not.toContainText('00:00');
  await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const progressSeen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(progressSeen.some((value) => value > 0 && value < 100), `progress values: ${progressSeen.join(',')}`).toBe(true);

  // ── A text file is no material: refused in words before it is sent, with nothing to retry ──
  await first.getByTestId('material-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('practice notes') });
  const refused = first.getByTestId('upload-progress');
  await expect(refused.getByTestId('upload-error')).toHaveText(
    "notes.txt can't be used as a lesson material. Accepted: PDF, MusicXML, Guitar Pro or audio (MP3, M4A, WAV, OGG, FLAC, AAC).",
  );
  await expect(refused.getByRole('button', { name: 'Retry upload of notes.txt' })).toHaveCount(0);
  await refused.getByRole('button', { name: 'Dismiss upload of notes.txt' }).click();
  await expect(refused).toHaveCount(0);

  // ── A PDF for the first lesson, and the thumbnail ──
  await first.getByTestId('material-input').setInputFiles({ name: 'Open G chords.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(first.getByTestId('material-row')).toContainText('Open G chords.pdf');
  await expect(first.getByTestId('material-row')).toContainText('PDF');

  await page.getByTestId('thumbnail-input').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByTestId('thumbnail-preview')).toHaveAttribute('src', /^\/.+\.png$/);
  await expect(page.getByRole('button', { name: 'Replace image' })).toBeVisible();

  // ── First lesson is a free preview ──
  const previewSwitch = first.getByTestId('preview-toggle').getByRole('switch');
  await first.getByTestId('preview-toggle').click();
  await expect(previewSwitch).toHaveAttribute('aria-checked', 'true');
  await expectSaved(page);

  // ── Its description, in Markdown; raw HTML in it must not run ──
  await first.getByTestId('lesson-description-input').fill('Tune the low string **down to D**.\n\n- then G\n- then D\n\n<img src="x" onerror="window.pwned = true">');
  await first.getByTestId('save-lesson-description').click();
  await expect(first.getByTestId('save-lesson-description')).toHaveCount(0);
  await expectSaved(page);

  // ── Publish, after a look at what students will see ──
  await page.getByTestId('publish-button').click();
  const review = page.getByRole('dialog', { name: `Publish “${title}”?` });
  const summary = review.getByTestId('publish-summary');
  await expect(summary).toContainText(`Listed in the catalog as “${title}”: Guitar, Beginner, €24.50.`);
  await expect(summary).toContainText('1 section, 2 lessons');
  await expect(summary).toContainText('1 free preview lesson');
  await expect(summary).toContainText('1 downloadable material');
  await page.screenshot({ path: 'artifacts/authoring-publish-review.png' });
  await review.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByTestId('course-status')).toHaveText('Published');
  await expect(page.getByTestId('publish-problems')).toHaveCount(0);
  await expect(page.getByTestId('view-in-catalog')).toHaveAttribute('href', `/courses/${createdCourseId}`);
  await expectSaved(page);
  await page.screenshot({ path: 'artifacts/authoring-editor.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'artifacts/authoring-editor-phone.png', fullPage: true });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/authoring-lesson-phone.png' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // On a phone a material's delete button stays beside the file it deletes, not on a line of its own.
  const material = first.getByTestId('material-row');
  const [nameBox, deleteBox] = [await material.locator('.file-name').boundingBox(), await material.getByRole('button').boundingBox()];
  expect(deleteBox!.y).toBeLessThan(nameBox!.y + nameBox!.height);
  await page.setViewportSize({ width: 1280, height: 720 });

  type Lesson = { lessonId: string; preview: boolean };
  const course = (await (await page.request.get(`/api/admin/courses/${createdCourseId}`)).json()) as {
    sections: { lessons: Lesson[] }[];
  };
  const [previewLesson, paidLesson] = course.sections[0]!.lessons as [Lesson, Lesson];
  expect(previewLesson.preview).toBe(true);
  expect(paidLesson.preview).toBe(false);

  // ── The catalog shows it first ──
  await page.goto('/');
  await expect(page.getByTestId('course-card').first()).toContainText(title);
  await expect(page.getByTestId('course-card').first()).toContainText('€24.50');

  // ── An anonymous visitor: the preview plays, the other lesson needs an account and a purchase ──
  const visitor = await browser.newContext();
  try {
    const anonymous = await visitor.newPage();
    await anonymous.goto(`/courses/${createdCourseId}`);
    await expect(anonymous.getByTestId('course-title')).toHaveText(title);
    await expect(anonymous.getByText(`Taught by ${teacherName}`)).toBeVisible();
    const about = anonymous.getByTestId('about-teacher');
    await expect(about.getByRole('heading', { name: `About ${teacherName}` })).toBeVisible();
    await expect(about).toContainText('Slide guitarist from Memphis');
    await expect.poll(() => about.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const items = anonymous.getByTestId('lesson-item');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0).getByTestId('preview-badge')).toHaveText('Free preview');
    await expect(items.nth(1).getByTestId('preview-badge')).toHaveCount(0);

    // The preview lesson's description, rendered under the video, sanitized, within the CSP.
    const visitorCsp: string[] = [];
    anonymous.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) visitorCsp.push(message.text());
    });
    await anonymous.goto(`/courses/${createdCourseId}/lessons/${previewLesson.lessonId}`);
    const description = anonymous.getByTestId('lesson-description');
    await expect(description.locator('strong')).toHaveText('down to D');
    await expect(description.locator('li')).toHaveText(['then G', 'then D']);
    await expect(description.locator('img')).toHaveCount(0);
    expect(await anonymous.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    await anonymous.screenshot({ path: 'artifacts/player-lesson-description.png', fullPage: true });
    expect(visitorCsp).toEqual([]);

    const preview = await visitor.request.get(`/api/courses/${createdCourseId}/lessons/${previewLesson.lessonId}/playback`);
    expect(preview.status()).toBe(200);
    const { url } = (await preview.json()) as { url: string };
    expect(url).toBeTruthy();
    expect((await visitor.request.get(url, { headers: { Range: 'bytes=0-99' } })).status()).toBe(206);
    const paid = await visitor.request.get(`/api/courses/${createdCourseId}/lessons/${paidLesson.lessonId}/playback`);
    expect(paid.status()).toBe(401);
  } finally {
    await visitor.close();
  }

  // ── The admin list shows it; its row opens the editor. Then clean up: unpublish, delete ──
  await page.goto('/admin');
  const row = page.getByTestId('admin-course-row').filter({ hasText: title });
  await expect(row.getByTestId('course-status')).toHaveText('Published');
  await expect(row).toContainText('2 lessons');
  await expect(row).toContainText('€24.50');
  await page.screenshot({ path: 'artifacts/authoring-list.png' });
  await row.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/courses/${createdCourseId}$`));
  await page.getByTestId('unpublish-button').click();
  await confirm(page);
  await expect(page.getByTestId('course-status')).toHaveText('Draft');
  await page.getByTestId('delete-course').click();
  await confirm(page);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId('admin-course-row').filter({ hasText: title })).toHaveCount(0);
  createdCourseId = undefined;

  expect(cspViolations).toEqual([]);
});
