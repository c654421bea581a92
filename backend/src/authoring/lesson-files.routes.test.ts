import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeps } from '../app/api-deps';
import type { CourseRecord } from '../courses/course.record';
import type { MediaStorage } from '../lib/storage/media-storage';
import { DEFAULT_ADMIN } from '../local/local-config';
import { apiClient } from '../testing/api-client';
import { courseFixture } from '../testing/course-fixtures';
import { fixtureTables, putCourse } from '../testing/fixture-writes';
import { uploadLessonFile } from '../testing/lesson-uploads';
import { signInAdmin } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { deleteLessonFiles } from './lesson-files';

/** Removing a lesson or a section, or replacing a video, leaves no files behind (dynalite, s3rver). */
describe('a removed lesson’s files and streams', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let admin: string;
  let storage: MediaStorage;
  const C = 'course-files-1';
  const bytes = new TextEncoder().encode('x');
  const file = (key: string) => ({ key, fileName: 'f', contentType: 'video/mp4', sizeBytes: 1 });
  const captions = (lessonId: string) => [{ lang: 'en', label: 'English', key: `courses/${C}/lessons/${lessonId}/captions/en.vtt` }];
  const stream = (jobId: string) => ({ jobId, audioOnly: false, renditions: [{ width: 640, height: 360, bandwidth: 1_100_000 }], poster: true, thumbnails: true });
  const exists = async (key: string) => Boolean(await storage.head(key));

  beforeAll(async () => {
    stack = await startTestStack();
    api = apiClient(stack.url);
    admin = await signInAdmin(api, DEFAULT_ADMIN);
    storage = createDeps(stack.config).storage;
    const course: CourseRecord = {
      ...courseFixture(1, { courseId: C, status: 'draft', publishedAt: undefined }),
      sections: [
        {
          sectionId: 's1',
          title: 'One',
          lessons: [
            { lessonId: 'l1', title: 'A', durationSec: 60, preview: true, video: file(`courses/${C}/lessons/l1/video/a.mp4`), captions: captions('l1'), stream: stream('j1') },
            { lessonId: 'l2', title: 'B', durationSec: 60, preview: false, video: file(`courses/${C}/lessons/l2/video/b.mp4`), stream: stream('j2') },
          ],
        },
        { sectionId: 's2', title: 'Two', lessons: [{ lessonId: 'l3', title: 'C', durationSec: 60, preview: false, captions: captions('l3') }] },
      ],
    };
    await putCourse(fixtureTables(stack.config).courses, course);
    const keys = [`courses/${C}/lessons/l1/video/a.mp4`, `courses/${C}/lessons/l2/video/b.mp4`, ...['l1', 'l3'].map((l) => captions(l)[0]!.key)];
    for (const key of [...keys, `hls/${C}/l1/j1/master.m3u8`, `hls/${C}/l1/j0/master.m3u8`, `hls/${C}/l2/j2/master.m3u8`, `hls/${C}/l3/j3/master.m3u8`]) await storage.putObject(key, bytes, 'text/plain');
  }, 60_000);
  afterAll(() => stack?.dispose());

  it('deletes a removed lesson’s original, captions and every stream folder, and nothing of the others', async () => {
    const removed = await api.request('DELETE', `/api/admin/courses/${C}/lessons/l1?version=1`, { token: admin });
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(await exists(`courses/${C}/lessons/l1/video/a.mp4`)).toBe(false);
    expect(await exists(`courses/${C}/lessons/l1/captions/en.vtt`)).toBe(false);
    expect(await storage.listKeys(`hls/${C}/l1/`)).toEqual([]);
    expect(await exists(`courses/${C}/lessons/l2/video/b.mp4`)).toBe(true);
    expect(await exists(`hls/${C}/l2/j2/master.m3u8`)).toBe(true);
  });

  it('deletes the files of every lesson of a removed section', async () => {
    const removed = await api.request('DELETE', `/api/admin/courses/${C}/sections/s2?version=2`, { token: admin });
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(await exists(`courses/${C}/lessons/l3/captions/en.vtt`)).toBe(false);
    expect(await storage.listKeys(`hls/${C}/l3/`)).toEqual([]);
  });

  it('deletes the old video’s stream folder when the video is replaced', async () => {
    const video = await readFile(join(import.meta.dirname, '../local/seed/media/guitar.mp4'));
    const done = await uploadLessonFile(api, admin, { courseId: C, lessonId: 'l2', kind: 'video', fileName: 'new.mp4', contentType: 'video/mp4', body: video });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await storage.listKeys(`hls/${C}/l2/`)).toEqual([]);
    expect(await exists(`courses/${C}/lessons/l2/video/b.mp4`)).toBe(false);
  });

  it('never fails the request when storage refuses: it logs and goes on', async () => {
    const refusing = { deleteObject: () => Promise.reject(new Error('down')), deleteFolder: () => Promise.reject(new Error('down')) } as unknown as MediaStorage;
    await expect(deleteLessonFiles(refusing, C, [{ lessonId: 'x', title: 'X', durationSec: 0, preview: false, video: file('courses/c/lessons/x/video/v.mp4') }])).resolves.toBeUndefined();
  });
});
