import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';

import { ffmpegPath } from '../../backend/src/local/transcoder/ffmpeg-binary';
import { ADMIN, signIn } from '../support/accounts';
import { expectNoAccessibilityViolations } from '../support/axe';

/** A 20 s 720p clip with sound, made with the product's own ffmpeg: long enough to see "Transcoding" a while. */
function makeClip(dir: string): Buffer {
  const file = join(dir, 'scale-run.mp4');
  execFileSync(ffmpegPath(), [
    '-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=330',
    '-t', '20', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', '-y', file,
  ]);
  return readFileSync(file);
}

async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const session = await request.post('/api/auth/signin', { data: ADMIN });
  const { accessToken } = (await session.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

let courseId: string | undefined;
let dir: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'e2e-transcode-'));
});

test.afterAll(async ({ request }) => {
  rmSync(dir, { recursive: true, force: true });
  if (courseId) await request.delete(`/api/admin/courses/${courseId}`, { headers: await adminHeaders(request) });
});

test('an uploaded video is transcoded for streaming (Transcoding → Ready); a damaged one fails with its reason', async ({ page, request }) => {
  test.setTimeout(240_000);
  const headers = await adminHeaders(request);
  const created = await request.post('/api/admin/courses', {
    headers,
    data: { title: `Streaming ${Date.now()}`, description: 'Lessons converted to adaptive streams.', instrument: 'piano', level: 'beginner', priceCents: 0, currency: 'USD' },
  });
  let course = (await created.json()) as { courseId: string; version: number; sections: { sectionId: string }[] };
  courseId = course.courseId;
  course = await (await request.post(`/api/admin/courses/${courseId}/sections`, { headers, data: { title: 'Warm-ups', version: course.version } })).json();
  for (const title of ['Scale run', 'Broken file']) {
    course = await (await request.post(`/api/admin/courses/${courseId}/sections/${course.sections[0]!.sectionId}/lessons`, { headers, data: { title, version: course.version } })).json();
  }
  const clip = makeClip(dir);

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/courses/${courseId}`);
  const lessons = page.getByTestId('lesson-row');
  const [good, broken] = [lessons.nth(0), lessons.nth(1)];
  await good.getByTestId('video-input').setInputFiles({ name: 'scale-run.mp4', mimeType: 'video/mp4', buffer: clip });
  await broken.getByTestId('video-input').setInputFiles({ name: 'broken.mp4', mimeType: 'video/mp4', buffer: clip.subarray(0, Math.floor(clip.length * 0.6)) });

  const goodStatus = good.getByTestId('transcode-status');
  await expect(goodStatus).toBeVisible();
  await expect(goodStatus.locator('.chip')).toHaveText(/^(Queued|Transcoding \d+ %)$/);
  await expect(goodStatus.locator('.chip')).toHaveText(/^Transcoding \d+ %$/, { timeout: 120_000 });
  await page.screenshot({ path: 'artifacts/transcoding-running.png', fullPage: true });
  await expect(goodStatus.locator('.chip')).toHaveText('Ready', { timeout: 180_000 });
  await expect(good.getByRole('status')).toHaveText('“Scale run” ready to stream.');

  const brokenStatus = broken.getByTestId('transcode-status');
  await expect(brokenStatus.locator('.chip')).toHaveText('Failed', { timeout: 120_000 });
  await expect(broken.getByTestId('transcode-reason')).toContainText('damaged or incomplete');
  await expect(broken.getByRole('button', { name: 'Retry converting “Broken file”' })).toBeEnabled();
  await page.screenshot({ path: 'artifacts/transcoding-done.png', fullPage: true });
  await expectNoAccessibilityViolations(page);
});
