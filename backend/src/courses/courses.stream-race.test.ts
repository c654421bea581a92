import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COURSES_TABLE } from '../lib/db/table-definitions';
import { ConflictError } from '../lib/http/http-errors';
import { courseFixture } from '../testing/course-fixtures';
import { putCourse, type FixtureTable } from '../testing/fixture-writes';
import { startTestDynamoDb, type TestDynamoDb } from '../testing/test-dynamodb';
import type { CourseRecord, LessonStreamRecord } from './course.record';
import { CoursesRepository } from './courses.repository';

/** A finished transcode and a teacher's save landing together must not drop the lesson's stream. */
describe('a lesson stream written while the course is saved (dynalite)', () => {
  let db: TestDynamoDb;
  let repo: CoursesRepository;
  let table: FixtureTable;
  let n = 500;
  const VIDEO = 'courses/x/lessons/s1l1/video.mp4';
  const stream = (jobId: string): LessonStreamRecord => ({ jobId, audioOnly: false, renditions: [{ width: 640, height: 360, bandwidth: 1_100_000 }], poster: true, thumbnails: true });
  const retitle = (course: CourseRecord, title: string): CourseRecord => ({ ...course, title });
  const lessonOf = (course: CourseRecord | undefined) => course?.sections[0]?.lessons[0];

  async function freshCourse(): Promise<CourseRecord> {
    const course = courseFixture(++n, { version: 3 });
    await putCourse(table, course);
    return (await repo.get(course.courseId))!;
  }

  beforeAll(async () => {
    db = await startTestDynamoDb();
    repo = new CoursesRepository(db.doc, COURSES_TABLE.localName);
    table = { doc: db.doc, tableName: COURSES_TABLE.localName };
  });
  afterAll(() => db.close());

  it('keeps the stream when the save read the course before the transcode wrote it', async () => {
    const read = await freshCourse();
    expect(await repo.setLessonStream(read.courseId, 's1l1', VIDEO, stream('t1'))).toBe(true);
    const saved = await repo.replace(retitle(read, 'Renamed'), 3);
    const stored = await repo.get(read.courseId);
    expect(stored).toMatchObject({ title: 'Renamed', version: 4 });
    expect(lessonOf(stored)?.stream?.jobId).toBe('t1');
    expect(lessonOf(saved)?.stream?.jobId).toBe('t1');
  });

  it('keeps every stream through 20 rounds of a transcode and a save sent at the same moment', async () => {
    const { courseId } = await freshCourse();
    for (let round = 0; round < 20; round++) {
      const read = (await repo.get(courseId))!;
      // The save is sent 0–9 ms after the transcode's write, so it lands before, between or after its read and update.
      const save = new Promise((resolve) => setTimeout(resolve, (round % 4) * 3)).then(() => repo.replace(retitle(read, `Title ${round}`), read.version!));
      await Promise.all([repo.setLessonStream(courseId, 's1l1', VIDEO, stream(`t-${round}`)), save]);
      const stored = await repo.get(courseId);
      expect(lessonOf(stored)?.stream?.jobId, `round ${round}`).toBe(`t-${round}`);
      expect(stored?.title).toBe(`Title ${round}`);
    }
    expect((await repo.get(courseId))?.version).toBe(23);
  });

  it('still refuses a save over someone else’s, and does not bring a stream back to a lesson whose video changed', async () => {
    const read = await freshCourse();
    await repo.replace(retitle(read, 'First editor'), 3);
    await expect(repo.replace(retitle(read, 'Second editor'), 3)).rejects.toBeInstanceOf(ConflictError);

    const current = (await repo.get(read.courseId))!;
    await repo.setLessonStream(read.courseId, 's1l1', VIDEO, stream('t-old'));
    const newVideo = { key: 'courses/x/lessons/s1l1/video-2.mp4', fileName: 'new.mp4', contentType: 'video/mp4', sizeBytes: 2000 };
    const replaced: CourseRecord = {
      ...current,
      sections: current.sections.map((s, i) => (i ? s : { ...s, lessons: s.lessons.map((l, j) => (j ? l : { ...l, video: newVideo, stream: undefined })) })),
    };
    await repo.replace(replaced, 4);
    expect(lessonOf(await repo.get(read.courseId))).toMatchObject({ video: { key: newVideo.key } });
    expect(lessonOf(await repo.get(read.courseId))?.stream).toBeUndefined();
  });
});
