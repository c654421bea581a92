/**
 * A local stack of its own for the streaming spec, run with tsx (Playwright's loader cannot load
 * the back end): the built web app, the demo data, and the lessons named in STREAM_LESSONS
 * (`courseId/lessonId,…`) given a finished transcode behind the API's back: a 360p + 720p ladder
 * made by ffmpeg, as the transcoder would leave it. Prints `{"url":…}` once ready; SIGTERM stops it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocalStack, throwawayStackOptions } from '../../backend/src/local/stack';
import { attachTestStream, LADDER_TEST_STREAM } from '../../backend/src/testing/hls-stream';

const dataDir = mkdtempSync(join(tmpdir(), 'lessonstage-e2e-stream-'));
const stack = await startLocalStack(
  throwawayStackOptions(dataDir, { seedDemo: true, catalogCacheSeconds: 0, siteDir: resolve(import.meta.dirname, '../../frontend/dist/frontend/browser') }),
);
const jobId = process.env['STREAM_JOB'] ?? 'job-e2e';
for (const pair of (process.env['STREAM_LESSONS'] ?? '').split(',').filter(Boolean)) {
  const [courseId, lessonId] = pair.split('/');
  await attachTestStream(stack.config, { courseId: courseId!, lessonId: lessonId!, jobId }, LADDER_TEST_STREAM);
}
console.log(JSON.stringify({ url: stack.url }));

const stop = async () => {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
