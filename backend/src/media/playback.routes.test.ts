import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbackSchema, type Playback } from '@lessonstage/shared';
import { createS3Client } from '../lib/storage/s3-client';
import { apiClient } from '../testing/api-client';
import { courseFixture } from '../testing/course-fixtures';
import { fixtureTables, putCourse } from '../testing/fixture-writes';
import { uploadTestStream } from '../testing/hls-stream';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { STREAM_COOKIE_SECONDS } from './stream-playback';

const COURSE = 'course-0001';

describe('GET /api/courses/:courseId/lessons/:lessonId/playback', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    stack = await startTestStack();
    api = apiClient(stack.url);
    const stream = await uploadTestStream(createS3Client(stack.config), stack.config.contentBucket, { courseId: COURSE, lessonId: 's1l1', jobId: 'job-1' });
    const course = courseFixture(1);
    const [first] = course.sections;
    await putCourse(fixtureTables(stack.config).courses, {
      ...course,
      sections: [{ ...first!, lessons: [{ ...first!.lessons[0]!, stream }, { ...first!.lessons[1]!, preview: true, video: { key: 'courses/x/v.mp4', fileName: 'v.mp4', contentType: 'video/mp4', sizeBytes: 1 } }] }],
    });
  }, 120_000);

  afterAll(() => stack.dispose());

  it('answers a transcoded lesson with its HLS stream and the cookies that open its folder', async () => {
    const before = Date.now();
    const response = await api.get<Playback>(`/api/courses/${COURSE}/lessons/s1l1/playback`);
    expect(response.status).toBe(200);
    expect(playbackSchema.safeParse(response.body).success).toBe(true);
    const base = `/media/hls/${COURSE}/s1l1/job-1/`;
    expect(response.body).toMatchObject({ type: 'hls', url: `${base}master.m3u8`, posterUrl: `${base}poster.jpg`, thumbnailsUrl: `${base}thumbs/thumbnails.vtt`, captions: [], audioOnly: false });
    const expiresIn = Date.parse(response.body.expiresAt) - before;
    expect(expiresIn).toBeGreaterThan((STREAM_COOKIE_SECONDS - 5) * 1000);
    expect(expiresIn).toBeLessThanOrEqual((STREAM_COOKIE_SECONDS + 5) * 1000);

    const cookies = response.headers.getSetCookie();
    expect(cookies.map((c) => c.split('=')[0])).toEqual(['CloudFront-Policy', 'CloudFront-Signature', 'CloudFront-Key-Pair-Id']);
    for (const cookie of cookies) expect(cookie).toMatch(new RegExp(`; Path=/media/hls/${COURSE}/s1l1/; Expires=[^;]+; HttpOnly; SameSite=Lax$`));
    expect(response.headers.get('cache-control')).toBe('no-store');

    const cookie = cookies.map((c) => c.split(';')[0]).join('; ');
    const master = await fetch(`${stack.url}${base}master.m3u8`, { headers: { cookie } });
    expect(master.status).toBe(200);
    expect(await master.text()).toContain('v0/index.m3u8');
  });

  it('answers a lesson not transcoded with a signed link to its original file, and no cookies', async () => {
    const response = await api.get<Playback>(`/api/courses/${COURSE}/lessons/s1l2/playback`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ type: 'mp4', captions: [] });
    expect(response.body.url).toContain('/storage/');
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});
