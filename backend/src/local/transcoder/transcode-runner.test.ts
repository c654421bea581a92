import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCourseSchema, transcodeStateSchema, uploadTicketSchema, type AdminCourse } from '@lessonstage/shared';
import { createDeps } from '../../app/api-deps';
import { createS3Client } from '../../lib/storage/s3-client';
import { REASONS } from '../../transcoding/transcode-failure';
import { apiClient } from '../../testing/api-client';
import { signInAdmin } from '../../testing/test-users';
import { startTestStack, type TestStack } from '../../testing/test-stack';
import { DEFAULT_ADMIN } from '../local-config';
import { LOCAL_BUCKET } from '../stack';
import { ffmpegPath } from './ffmpeg-binary';
import { runFfmpeg } from './ffmpeg-process';

/** The local transcoder end to end: upload through the API, the runner's ffmpeg, the lesson's stream. */
describe('local transcoder', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let admin: string;
  let course: AdminCourse;
  let dir: string;
  const lessonIds: string[] = [];

  async function edit(method: string, path: string, body?: unknown): Promise<AdminCourse> {
    const response = await api.request(method, path, { body, token: admin });
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
    course = adminCourseSchema.parse(response.body);
    return course;
  }

  async function uploadVideo(lessonId: string, body: Buffer, fileName: string): Promise<void> {
    const request = { courseId: course.courseId, lessonId, kind: 'video', fileName, contentType: 'video/mp4', sizeBytes: body.length };
    const ticket = uploadTicketSchema.parse((await api.post('/api/admin/uploads', request, admin)).body);
    expect((await fetch(ticket.single!.url, { method: 'PUT', headers: ticket.single!.headers, body })).status).toBe(200);
    const done = await edit('POST', '/api/admin/uploads/complete', { courseId: course.courseId, lessonId, kind: 'video', key: ticket.key, fileName });
    expect(done.sections[0]!.lessons.find((l) => l.lessonId === lessonId)?.transcode?.status).toBe('queued');
  }

  async function settled(lessonId: string) {
    for (let i = 0; i < 120; i++) {
      const lesson = (await edit('GET', `/api/admin/courses/${course.courseId}`)).sections[0]!.lessons.find((l) => l.lessonId === lessonId)!;
      if (lesson.transcode?.status === 'ready' || lesson.transcode?.status === 'failed') return lesson.transcode;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('transcode did not settle');
  }

  async function streamFolders(lessonId: string): Promise<string[]> {
    const s3 = createS3Client(stack.config);
    const page = await s3.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKET, Prefix: `hls/${course.courseId}/${lessonId}/`, Delimiter: '/' }));
    return (page.CommonPrefixes ?? []).map((p) => p.Prefix!);
  }

  async function video(name: string, seconds: number): Promise<Buffer> {
    const file = join(dir, name);
    const args = ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-f', 'lavfi', '-i', 'sine', '-t', String(seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', '-y', file];
    expect((await runFfmpeg(ffmpegPath(), args)).exitCode).toBe(0);
    return readFile(file);
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'runner-test-'));
    stack = await startTestStack({ transcoder: true });
    api = apiClient(stack.url);
    admin = await signInAdmin(api, DEFAULT_ADMIN);
    await edit('POST', '/api/admin/courses', { title: 'Transcoded', description: 'Lessons that become HLS streams.', instrument: 'guitar', level: 'beginner', priceCents: 0, currency: 'USD' });
    await edit('POST', `/api/admin/courses/${course.courseId}/sections`, { title: 'One', version: course.version });
    for (const title of ['Good', 'Corrupt']) {
      await edit('POST', `/api/admin/courses/${course.courseId}/sections/${course.sections[0]!.sectionId}/lessons`, { title, version: course.version });
    }
    lessonIds.push(...course.sections[0]!.lessons.map((l) => l.lessonId));
  }, 60_000);
  afterAll(async () => {
    await stack?.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('turns an uploaded video into a ready stream; a new upload replaces it and the old folder goes', { timeout: 90_000 }, async () => {
    const [good] = lessonIds as [string];
    await uploadVideo(good, await video('a.mp4', 3), 'a.mp4');
    const first = await settled(good);
    expect(first).toMatchObject({ status: 'ready', percent: 100 });
    expect(await streamFolders(good)).toEqual([`hls/${course.courseId}/${good}/${first.jobId}/`]);

    await uploadVideo(good, await video('b.mp4', 2), 'b.mp4');
    const second = await settled(good);
    expect(second.status).toBe('ready');
    expect(await streamFolders(good)).toEqual([`hls/${course.courseId}/${good}/${second.jobId}/`]);
    const stored = await createDeps(stack.config).courses.get(course.courseId);
    expect(stored?.sections[0]?.lessons[0]?.stream).toEqual({
      jobId: second.jobId,
      audioOnly: false,
      renditions: [{ width: 640, height: 360, bandwidth: expect.any(Number) }],
      poster: true,
      thumbnails: true,
    });
  });

  it('fails a truncated upload with a teacher’s reason, and Retry queues it again', { timeout: 60_000 }, async () => {
    const [, corrupt] = lessonIds as [string, string];
    const whole = await video('c.mp4', 4);
    await uploadVideo(corrupt, whole.subarray(0, Math.floor(whole.length * 0.6)), 'c.mp4');
    const failed = await settled(corrupt);
    expect(failed).toMatchObject({ status: 'failed', reason: REASONS.damaged });
    expect(await streamFolders(corrupt)).toEqual([]);

    const retry = await api.post(`/api/admin/courses/${course.courseId}/lessons/${corrupt}/transcode`, {}, admin);
    expect(retry.status).toBe(202);
    const queued = transcodeStateSchema.parse(retry.body);
    expect(queued.jobId).not.toBe(failed.jobId);
    expect((await settled(corrupt)).status).toBe('failed');
  });

  it('deleting the course deletes its lessons’ streams', async () => {
    const [good] = lessonIds as [string];
    expect(await streamFolders(good)).toHaveLength(1);
    expect((await api.request('DELETE', `/api/admin/courses/${course.courseId}`, { token: admin })).status).toBe(204);
    expect(await streamFolders(good)).toEqual([]);
  });
});
