import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeps } from '../app/api-deps';
import { courseFixture } from '../testing/course-fixtures';
import { fixtureTables, putCourse } from '../testing/fixture-writes';
import { writeMediaConvertOutput } from '../testing/mediaconvert-output';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { claimStep, finishStep, progressStep, reasonForMediaConvert } from './state-machine-steps';
import { toTranscodeState } from './transcode-jobs';
import { REASONS } from './transcode-failure';
import type { TranscodeDeps } from './transcode-jobs';

/** The AWS steps over the real local stores (dynalite, s3rver); MediaConvert's output is written by hand. */
describe('state machine steps', () => {
  let stack: TestStack;
  let deps: TranscodeDeps;
  const BUCKET = 'lessonstage-content';
  let n = 100;
  const encoder = new TextEncoder();

  async function lessonWithVideo() {
    const course = courseFixture(++n);
    const key = `courses/${course.courseId}/lessons/s1l1/video/u1/lesson video.mp4`;
    const lesson = { ...course.sections[0]!.lessons[0]!, video: { key, fileName: 'lesson video.mp4', contentType: 'video/mp4', sizeBytes: 1000 } };
    await putCourse(fixtureTables(stack.config).courses, { ...course, sections: [{ ...course.sections[0]!, lessons: [lesson, course.sections[0]!.lessons[1]!] }] });
    return { courseId: course.courseId, key };
  }
  const s3Event = (key: string) => ({ detail: { bucket: { name: BUCKET }, object: { key: encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/') } } });

  beforeAll(async () => {
    stack = await startTestStack();
    deps = createDeps(stack.config);
  }, 60_000);
  afterAll(() => stack?.dispose());

  it('claims an upload’s job from its storage event once, and says where MediaConvert reads and writes', async () => {
    const { courseId, key } = await lessonWithVideo();
    const claimed = await claimStep(deps, BUCKET, s3Event(key), 'sfn-a');
    expect(claimed).toMatchObject({ claimed: true, courseId, lessonId: 's1l1', leaseOwner: 'sfn-a', input: `s3://${BUCKET}/${key}` });
    if (!claimed.claimed) return;
    expect(claimed.destination).toBe(`s3://${BUCKET}/hls/${courseId}/s1l1/${claimed.jobId}/`);
    expect(await claimStep(deps, BUCKET, { jobId: claimed.jobId }, 'sfn-b')).toEqual({ claimed: false, reason: 'taken, ended or unknown' });
    expect(await claimStep(deps, BUCKET, s3Event(`public/thumbnails/${courseId}/x.png`), 'sfn-c')).toMatchObject({ claimed: false });
    // No file at the key: its size is unknown, so every rung as a box MediaConvert never upscales into.
    expect(claimed.ladder.map((r) => r.width)).toEqual([640, 960, 1280, 1920]);
  });

  it('plans MediaConvert’s ladder from the original’s own header: a 360p upload gets one 360p rung', async () => {
    const { key } = await lessonWithVideo();
    await deps.storage.putObject(key, await readFile(join(import.meta.dirname, '../local/seed/media/guitar.mp4')), 'video/mp4');
    const claimed = await claimStep(deps, BUCKET, s3Event(key), 'sfn-a');
    expect(claimed).toMatchObject({ claimed: true, ladder: [{ width: 640, height: 360, maxBitrate: 880_000 }] });
  });

  it('finishes MediaConvert’s output: poster.jpg from its later poster frame, thumbnails.vtt over its preview frames', async () => {
    const { courseId, key } = await lessonWithVideo();
    const claimed = await claimStep(deps, BUCKET, s3Event(key), 'sfn-a');
    if (!claimed.claimed) throw new Error('not claimed');
    await writeMediaConvertOutput(deps.storage, claimed.outputPrefix, 12);

    expect(await finishStep(deps, { jobId: claimed.jobId, leaseOwner: 'sfn-a', status: 'COMPLETE' })).toEqual({ jobId: claimed.jobId, status: 'ready' });
    expect(new TextDecoder().decode(await deps.storage.readObject(`${claimed.outputPrefix}poster.jpg`))).toBe('poster frame 1');
    expect((await deps.storage.head(`${claimed.outputPrefix}poster.jpg`))?.contentType).toBe('image/jpeg');
    expect(new TextDecoder().decode(await deps.storage.readObject(`${claimed.outputPrefix}thumbs/thumbnails.vtt`))).toBe(
      'WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nthumb.0000000.jpg\n\n00:00:05.000 --> 00:00:10.000\nthumb.0000001.jpg\n\n00:00:10.000 --> 00:00:12.000\nthumb.0000002.jpg\n',
    );
    expect((await deps.courses.get(courseId))?.sections[0]?.lessons[0]?.stream).toMatchObject({ jobId: claimed.jobId, poster: true, thumbnails: true });
  });

  it('finishes: reads the renditions from master.m3u8 and points the lesson at the stream', async () => {
    const { courseId, key } = await lessonWithVideo();
    const claimed = await claimStep(deps, BUCKET, s3Event(key), 'sfn-a');
    if (!claimed.claimed) throw new Error('not claimed');
    const master = '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1100000,RESOLUTION=640x360\nv0.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=5500000,RESOLUTION=1920x1080\nv3.m3u8\n';
    await deps.storage.putObject(`${claimed.outputPrefix}master.m3u8`, encoder.encode(master), 'application/vnd.apple.mpegurl');
    await deps.storage.putObject(`${claimed.outputPrefix}poster.0000000.jpg`, encoder.encode('jpg'), 'image/jpeg');
    await deps.storage.putObject(`hls/${courseId}/s1l1/old-job/master.m3u8`, encoder.encode(master), 'application/vnd.apple.mpegurl');

    expect(await finishStep(deps, { jobId: claimed.jobId, leaseOwner: 'someone-else', status: 'COMPLETE' })).toEqual({ jobId: claimed.jobId, status: 'lost' });
    expect(await finishStep(deps, { jobId: claimed.jobId, leaseOwner: 'sfn-a', status: 'COMPLETE' })).toEqual({ jobId: claimed.jobId, status: 'ready' });
    const lesson = (await deps.courses.get(courseId))?.sections[0]?.lessons[0];
    expect(lesson?.stream).toEqual({
      jobId: claimed.jobId,
      audioOnly: false,
      renditions: [
        { width: 640, height: 360, bandwidth: 1_100_000 },
        { width: 1920, height: 1080, bandwidth: 5_500_000 },
      ],
      poster: true,
      thumbnails: false,
    });
    expect(await deps.storage.listFolders(`hls/${courseId}/s1l1/`)).toEqual([claimed.outputPrefix]);
  });

  it('records MediaConvert’s percent from its status events for the job’s holder only, never going down', async () => {
    const { key } = await lessonWithVideo();
    const claimed = await claimStep(deps, BUCKET, s3Event(key), 'sfn-a');
    if (!claimed.claimed) throw new Error('not claimed');
    const status = (percent: number | undefined, owner = 'sfn-a', status = 'STATUS_UPDATE') => ({
      'detail-type': 'MediaConvert Job State Change',
      detail: { status, userMetadata: { lessonstageJobId: claimed.jobId, lessonstageLeaseOwner: owner }, jobProgress: percent === undefined ? {} : { jobPercentComplete: percent } },
    });
    const percentOf = async () => toTranscodeState((await deps.transcodes.get(claimed.jobId))!).percent;

    expect(await progressStep(deps, status(42))).toEqual({ jobId: claimed.jobId, percent: 42, recorded: true });
    expect(await percentOf()).toBe(42);
    expect(await progressStep(deps, status(30))).toMatchObject({ recorded: false });
    expect(await progressStep(deps, status(60, 'sfn-other'))).toMatchObject({ recorded: false });
    expect(await progressStep(deps, status(undefined))).toMatchObject({ recorded: false });
    expect(await progressStep(deps, status(70, 'sfn-a', 'COMPLETE'))).toMatchObject({ recorded: false });
    expect(await percentOf()).toBe(42);
    expect(await progressStep(deps, status(100))).toMatchObject({ percent: 99, recorded: true });
    await writeMediaConvertOutput(deps.storage, claimed.outputPrefix, 8);
    await finishStep(deps, { jobId: claimed.jobId, leaseOwner: 'sfn-a', status: 'COMPLETE' });
    expect(await progressStep(deps, status(99.5))).toMatchObject({ recorded: false });
    expect(await percentOf()).toBe(100);
  });

  it('records MediaConvert’s failure in a teacher’s words and leaves the lesson alone', async () => {
    const { courseId, key } = await lessonWithVideo();
    const claimed = await claimStep(deps, BUCKET, s3Event(key), 'sfn-a');
    if (!claimed.claimed) throw new Error('not claimed');
    const result = await finishStep(deps, { jobId: claimed.jobId, leaseOwner: 'sfn-a', status: 'ERROR', errorCode: 1010, errorMessage: 'Unsupported input file' });
    expect(result).toEqual({ jobId: claimed.jobId, status: 'failed', reason: REASONS.unreadable });
    expect((await deps.transcodes.get(claimed.jobId))?.status).toBe('failed');
    expect((await deps.courses.get(courseId))?.sections[0]?.lessons[0]?.stream).toBeUndefined();
    expect(reasonForMediaConvert(1517, 'Internal error')).toBe(REASONS.unknown);
  });
});
