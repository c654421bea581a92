import { expect, test, type Page } from '@playwright/test';

import { ADMIN, signIn } from '../support/accounts';

/** The seeded demo student (backend/src/local/local-config.ts). */
const STUDENT = { email: 'student@lessonstage.local', password: 'Student!2345' } as const;
const COURSE = 'demo-guitar-first-chords';
/** The course's free preview, which has English and Português (Brasil) captions from the demo seed. */
const LESSON = 's1l1';
const LESSON_TITLE = 'Holding the guitar and the pick';

const BROKEN_SRT = '1\n00:00:00,200 --> 00:00:05,000\nSiéntate derecho.\n\n2\n00:00:05 --> 00:00:09,000\nSujeta la púa.\n';
const SPANISH_SRT = '1\r\n00:00:00,200 --> 00:00:05,000\r\nSiéntate derecho y apoya la guitarra.\r\n\r\n2\r\n00:00:05,500 --> 00:00:09,000\r\nSujeta la púa entre el pulgar y el índice.\r\n';

/** The text of the cues the player shows now (the one track in 'showing' mode), or null when none shows. */
function shownCues(page: Page): Promise<string | null> {
  return page.getByTestId('lesson-video').evaluate((video: HTMLVideoElement) => {
    const showing = Array.from(video.textTracks).find((track) => track.mode === 'showing');
    if (!showing) return null;
    return Array.from(showing.activeCues ?? [], (cue) => (cue as VTTCue).text).join('\n');
  });
}

test('a teacher adds SRT captions (a broken file is refused with its line) and a student turns them on', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/courses/${COURSE}`);
  const lesson = page.getByTestId('lesson-row').filter({ hasText: LESSON_TITLE });
  const form = lesson.getByRole('form', { name: `Add captions to “${LESSON_TITLE}”` });
  await expect(lesson.getByTestId('captions-row')).toHaveText([/English\s*en/, /Português \(Brasil\)\s*pt-BR/]);

  // Missing file and a wrong language tag are said before anything is sent.
  await form.getByRole('button', { name: 'Upload captions' }).click();
  await expect(form.getByTestId('captions-file-error')).toHaveText('Choose a WebVTT (.vtt) or SRT (.srt) file.');
  await expect(form.getByText("Enter the captions' language.")).toBeVisible();
  await form.getByLabel('Language').fill('spanish');
  await form.getByLabel('Language').blur();
  await expect(form.getByText('Use a language tag like en, es or pt-BR.')).toBeVisible();

  // A broken SRT: refused by the API with the line of the file that is wrong; nothing changes.
  await form.getByLabel('Language').fill('es');
  await expect(form.getByLabel('Label')).toHaveValue('Español');
  await lesson.getByTestId('captions-input').setInputFiles({ name: 'clase.srt', mimeType: '', buffer: Buffer.from(BROKEN_SRT) });
  await expect(form.getByTestId('captions-file-name')).toHaveText('clase.srt');
  await form.getByRole('button', { name: 'Upload captions' }).click();
  const refused = lesson.getByTestId('upload-progress');
  await expect(refused.getByTestId('upload-error')).toHaveText(/line 6: expected a cue timing like 00:00:01,000 --> 00:00:04,000/);
  await expect(lesson.getByTestId('captions-row')).toHaveCount(2);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'artifacts/captions-refused.png', fullPage: false });
  await refused.getByRole('button', { name: 'Dismiss upload of clase.srt' }).click();

  // The fixed file goes in, converted, as a third language.
  await form.getByLabel('Language').fill('es');
  await lesson.getByTestId('captions-input').setInputFiles({ name: 'clase.srt', mimeType: '', buffer: Buffer.from(SPANISH_SRT) });
  await form.getByRole('button', { name: 'Upload captions' }).click();
  await expect(lesson.getByTestId('captions-row')).toHaveText([/English/, /Português/, /Español\s*es/]);
  await expect(lesson.getByTestId('upload-progress')).toHaveCount(0);
  await expect(form.getByLabel('Language')).toHaveValue('');
  await expect(form.getByText("Enter the captions' language.")).toHaveCount(0);

  // ── A student opens the lesson and turns the Spanish captions on ──
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const student = await context.newPage();
  await signIn(student, STUDENT.email, STUDENT.password);
  await student.goto(`/courses/${COURSE}/lessons/${LESSON}`);
  const video = student.getByTestId('lesson-video');
  await expect(video).toBeVisible();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => Array.from(v.textTracks, (t) => `${t.kind}:${t.language}:${t.label}`))).toEqual([
    'captions:en:English',
    'captions:pt-BR:Português (Brasil)',
    'captions:es:Español',
  ]);
  const menuButton = student.getByRole('button', { name: 'Captions: Off' });
  await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 1));
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThan(0);
  expect(await shownCues(student)).toBeNull();
  await menuButton.click();
  await student.getByRole('menuitemradio', { name: 'Español' }).click();
  await expect(student.getByRole('button', { name: 'Captions: Español' })).toBeVisible();
  await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 1));
  await expect.poll(() => shownCues(student)).toBe('Siéntate derecho y apoya la guitarra.');
  await student.screenshot({ path: 'artifacts/captions-player.png' });

  // Remembered on the next visit; turned off from the keyboard.
  await student.reload();
  await expect(student.getByRole('button', { name: 'Captions: Español' })).toBeVisible();
  await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 6));
  await expect.poll(() => shownCues(student)).toBe('Sujeta la púa entre el pulgar y el índice.');
  await student.getByRole('button', { name: 'Captions: Español' }).focus();
  await student.keyboard.press('Enter');
  await expect(student.getByRole('menuitemradio', { name: 'Off' })).toBeFocused();
  await student.keyboard.press('Enter');
  await expect(student.getByRole('button', { name: 'Captions: Off' })).toBeVisible();
  expect(await shownCues(student)).toBeNull();
  await context.close();

  // The teacher deletes the Spanish captions again (the demo lesson as it was).
  await lesson.getByRole('button', { name: 'Delete Español captions (es)' }).click();
  await page.getByTestId('confirm').click();
  await expect(lesson.getByTestId('captions-row')).toHaveCount(2);
});
