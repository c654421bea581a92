import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeps } from '../../app/api-deps';
import { createS3Client } from '../../lib/storage/s3-client';
import { courseFixture } from '../../testing/course-fixtures';
import { fixtureTables, putCourse } from '../../testing/fixture-writes';
import { startTestStack, type TestStack } from '../../testing/test-stack';
import { queueTranscode } from '../../transcoding/transcode-jobs';
import { LOCAL_BUCKET } from '../stack';
import { ffmpegPath } from './ffmpeg-binary';
import { runFfmpeg } from './ffmpeg-process';
import { TranscodeRunner } from './transcode-runner';

/** A stack stopped mid-job: its runner lets the job go, and the next start's runner finishes it. */
describe('transcode runner across a restart', () => {
  let stack: TestStack;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'runner-restart-'));
    stack = await startTestStack();
  }, 60_000);
  afterAll(async () => {
    await stack?.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('releases the job on stop; a new runner claims it at once and completes it', { timeout: 120_000 }, async () => {
    const deps = createDeps(stack.config);
    const s3 = createS3Client(stack.config);
    const source = join(dir, 'long.mp4');
    const made = await runFfmpeg(ffmpegPath(), ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30', '-t', '4', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-y', source]);
    expect(made.exitCode).toBe(0);
    const course = courseFixture(900);
    const key = `courses/${course.courseId}/lessons/s1l1/video/u1/long.mp4`;
    await s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKET, Key: key, Body: await readFile(source), ContentType: 'video/mp4' }));
    const lesson = { ...course.sections[0]!.lessons[0]!, video: { key, fileName: 'long.mp4', contentType: 'video/mp4', sizeBytes: 1 } };
    await putCourse(fixtureTables(stack.config).courses, { ...course, sections: [{ ...course.sections[0]!, lessons: [lesson] }] });
    const job = await queueTranscode(deps.transcodes, course.courseId, 's1l1', key);

    const options = { ffmpeg: ffmpegPath(), workDir: join(dir, 'work'), s3, bucket: LOCAL_BUCKET, pollMs: 100, leaseMs: 60_000, heartbeatMs: 200 };
    const first = new TranscodeRunner(deps, options);
    first.start();
    for (let i = 0; i < 200 && (await deps.transcodes.get(job.jobId))?.status !== 'running'; i++) await new Promise((r) => setTimeout(r, 100));
    await first.stop();
    const released = await deps.transcodes.get(job.jobId);
    expect(released).toMatchObject({ status: 'running', leaseOwner: first.owner, attempts: 1 });
    expect(Date.parse(released!.leaseUntil!)).toBeLessThanOrEqual(Date.now());

    const second = new TranscodeRunner(deps, options);
    expect(await second.runOne()).toBe(true);
    expect(await deps.transcodes.get(job.jobId)).toMatchObject({ status: 'ready', leaseOwner: second.owner, attempts: 2 });
    expect((await deps.courses.get(course.courseId))?.sections[0]?.lessons[0]?.stream?.jobId).toBe(job.jobId);
  });
});
