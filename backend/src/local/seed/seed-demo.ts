import { readFile, stat } from 'node:fs/promises';
import { HeadObjectCommand, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { CourseRecord, LessonRecord, SectionRecord } from '../../courses/course.record';
import type { CoursesRepository } from '../../courses/courses.repository';
import { captionsKey } from '../../authoring/upload-keys';
import { courseThumbnailSvg } from './course-thumbnail';
import { DEMO_CAPTIONS } from './demo-captions';
import { DEMO_COURSES, type DemoCourse, type DemoLesson } from './demo-courses';
import { DEMO_EXERCISES } from './scores/demo-exercises';
import { exerciseSync, exerciseTiming } from './scores/exercise';

/** Length of the instrument clips (media/<instrument>.mp4); exercise clips say their own. */
const CLIP_SECONDS = 12;
const mediaDir = new URL('./media/', import.meta.url);
const scoresDir = new URL('./scores/', import.meta.url);
const captionsDir = new URL('./captions/', import.meta.url);

async function objectExists(s3: S3Client, bucket: string, key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return false;
    throw error;
  }
}

async function putIfAbsent(s3: S3Client, bucket: string, key: string, body: () => Promise<Uint8Array | string>, contentType: string) {
  if (await objectExists(s3, bucket, key)) return;
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: await body(), ContentType: contentType }));
}

/** A seeded lesson and the committed files its keys are filled from. */
interface SeededLesson {
  readonly record: LessonRecord;
  readonly files: readonly { readonly key: string; readonly source: URL; readonly contentType: string }[];
}

/** Committed files' sizes, read once. */
type FileSizes = (source: URL) => number;

function toLesson(demo: DemoCourse, lessonId: string, spec: DemoLesson, preview: boolean, sizeOf: FileSizes): SeededLesson {
  const title = typeof spec === 'string' ? spec : spec.title;
  const exercise = typeof spec === 'object' && 'exercise' in spec ? spec.exercise : undefined;
  const tempoBpm = typeof spec === 'object' && 'tempoBpm' in spec ? spec.tempoBpm : undefined;
  const prefix = `courses/${demo.courseId}/lessons/${lessonId}`;
  const clip = new URL(`${exercise?.id ?? demo.instrument}.mp4`, mediaDir);
  const video = {
    // An exercise clip has its own key: a bucket seeded before this lesson had one keeps the
    // 12-second clip under demo.mp4, and putIfAbsent must not take that for the exercise.
    key: `${prefix}/video/${exercise ? exercise.id : 'demo'}.mp4`,
    fileName: `${exercise?.id ?? `${demo.instrument}-${lessonId}`}.mp4`,
    contentType: 'video/mp4',
    sizeBytes: sizeOf(clip),
  };
  // Captions are kept where an upload puts them (upload-keys.ts), already WebVTT.
  const captions = (DEMO_CAPTIONS[`${demo.courseId}/${lessonId}`] ?? []).map((c) => ({ lang: c.lang, label: c.label, key: captionsKey(demo.courseId, lessonId, c.lang), source: new URL(c.file, captionsDir) }));
  const files = [
    { key: video.key, source: clip, contentType: video.contentType },
    ...captions.map(({ key, source }) => ({ key, source, contentType: 'text/vtt; charset=utf-8' })),
  ];
  const base = { lessonId, title, preview, video, ...(captions.length && { captions: captions.map(({ lang, label, key }) => ({ lang, label, key })) }) };
  if (!exercise) {
    const record: LessonRecord = { ...base, durationSec: CLIP_SECONDS, ...(tempoBpm && { sync: { syncPoints: [], tempoBpm, timeSignature: [4, 4] } }) };
    return { record, files };
  }
  // The score goes where an upload would put it (upload-keys.ts), under a fixed id so that
  // seeding again finds it.
  const source = new URL(`${exercise.id}.alphatex`, scoresDir);
  const score = { key: `${prefix}/score/demo/${exercise.id}.alphatex`, fileName: `${exercise.id}.alphatex`, contentType: 'text/plain', sizeBytes: sizeOf(source), format: 'alphatex' } as const;
  return {
    record: { ...base, durationSec: exerciseTiming(exercise).clipSeconds, score, sync: exerciseSync(exercise) },
    files: [...files, { key: score.key, source, contentType: score.contentType }],
  };
}

function toRecord(demo: DemoCourse, index: number, sizeOf: FileSizes, teacherId: string): { course: CourseRecord; files: SeededLesson['files'] } {
  // Later entries are newer, so the catalog (newest first) lists them first.
  const timestamp = new Date(Date.UTC(2026, 0, 1 + index, 9)).toISOString();
  const files: SeededLesson['files'][number][] = [];
  const sections: SectionRecord[] = demo.sections.map((section, s) => ({
    sectionId: `s${s + 1}`,
    title: section.title,
    lessons: section.lessons.map((spec, l) => {
      const lesson = toLesson(demo, `s${s + 1}l${l + 1}`, spec, s === 0 && l === 0, sizeOf);
      files.push(...lesson.files);
      return lesson.record;
    }),
  }));
  const course: CourseRecord = {
    courseId: demo.courseId,
    title: demo.title,
    description: demo.description,
    instrument: demo.instrument,
    level: demo.level,
    priceCents: demo.priceCents,
    currency: demo.currency,
    teacherName: demo.teacherName,
    teacherId,
    thumbnailKey: `public/thumbnails/${demo.courseId}.svg`,
    status: 'published',
    createdAt: timestamp,
    updatedAt: timestamp,
    publishedAt: timestamp,
    version: 1,
    sections,
  };
  return { course, files };
}

/**
 * Seeds the demo catalog. Idempotent: media is written only where missing, and a course only
 * if its id is new, so a restart duplicates nothing and keeps edits made since.
 * Media first, then the record, so no course ever points at a file that is not there.
 * The demo admin (`teacherId`) is each course's teacher, so takes and questions reach someone;
 * the courses keep their own teacher names. A course seeded before teachers were recorded gets
 * the teacher added, nothing else.
 */
export async function seedDemoCatalog(courses: CoursesRepository, s3: S3Client, bucket: string, teacherId: string): Promise<number> {
  let created = 0;
  const sizes = new Map<string, number>();
  const sizeOf: FileSizes = (source) => sizes.get(source.href) ?? 0;
  const sources = [
    ...DEMO_COURSES.map((demo) => new URL(`${demo.instrument}.mp4`, mediaDir)),
    ...DEMO_EXERCISES.flatMap((exercise) => [new URL(`${exercise.id}.mp4`, mediaDir), new URL(`${exercise.id}.alphatex`, scoresDir)]),
  ];
  for (const source of sources) if (!sizes.has(source.href)) sizes.set(source.href, (await stat(source)).size);
  for (const [index, demo] of DEMO_COURSES.entries()) {
    const { course, files } = toRecord(demo, index, sizeOf, teacherId);
    await putIfAbsent(s3, bucket, course.thumbnailKey!, async () => courseThumbnailSvg(demo.title, demo.instrument), 'image/svg+xml');
    for (const file of files) await putIfAbsent(s3, bucket, file.key, () => readFile(file.source), file.contentType);
    if (await courses.createIfAbsent(course)) created += 1;
    else await courses.setTeacherIfAbsent(course.courseId, teacherId);
  }
  return created;
}
