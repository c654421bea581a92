/**
 * A local stack of its own for the e2e streaming spec, run with tsx (Playwright's loader cannot load
 * the back end): the built web app, the demo data, and the lessons named in STREAM_LESSONS
 * (`courseId/lessonId,…`) given a finished transcode behind the API's back: a 360p + 720p ladder
 * made by ffmpeg, as the transcoder would leave it. Prints `{"url":…}` once ready; SIGTERM stops it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SITE_DIR } from '../local/local-config';
import { startLocalStack, throwawayStackOptions } from '../local/stack';
import { attachTestStream, LADDER_TEST_STREAM } from './hls-stream';

const dataDir = mkdtempSync(join(tmpdir(), 'lessonstage-e2e-stream-'));
const stack = await startLocalStack(
  throwawayStackOptions(dataDir, { seedDemo: true, catalogCacheSeconds: 0, siteDir: DEFAULT_SITE_DIR }),
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
