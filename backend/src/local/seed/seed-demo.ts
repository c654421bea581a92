import { readFile, stat } from 'node:fs/promises';
import { HeadObjectCommand, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { CourseRecord, SectionRecord } from '../../courses/course.record';
import type { CoursesRepository } from '../../courses/courses.repository';
import { courseThumbnailSvg } from './course-thumbnail';
import { DEMO_COURSES, type DemoCourse } from './demo-courses';

const CLIP_SECONDS = 12;
const mediaDir = new URL('./media/', import.meta.url);

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

function toRecord(demo: DemoCourse, index: number, clipSizes: ReadonlyMap<string, number>): CourseRecord {
  // Later entries are newer, so the catalog (newest first) lists them first.
  const timestamp = new Date(Date.UTC(2026, 0, 1 + index, 9)).toISOString();
  const sections: SectionRecord[] = demo.sections.map((section, s) => ({
    sectionId: `s${s + 1}`,
    title: section.title,
    lessons: section.lessons.map((title, l) => {
      const lessonId = `s${s + 1}l${l + 1}`;
      return {
        lessonId,
        title,
        durationSec: CLIP_SECONDS,
        preview: s === 0 && l === 0,
        video: {
          key: `courses/${demo.courseId}/lessons/${lessonId}/video/demo.mp4`,
          fileName: `${demo.instrument}-${lessonId}.mp4`,
          contentType: 'video/mp4',
          sizeBytes: clipSizes.get(demo.instrument) ?? 0,
        },
      };
    }),
  }));
  return {
    courseId: demo.courseId,
    title: demo.title,
    description: demo.description,
    instrument: demo.instrument,
    level: demo.level,
    priceCents: demo.priceCents,
    currency: demo.currency,
    teacherName: demo.teacherName,
    thumbnailKey: `public/thumbnails/${demo.courseId}.svg`,
    status: 'published',
    createdAt: timestamp,
    updatedAt: timestamp,
    publishedAt: timestamp,
    version: 1,
    sections,
  };
}

/**
 * Seeds the demo catalog. Idempotent: media is written only where missing, and a course only
 * if its id is new, so a restart duplicates nothing and keeps edits made since.
 * Media first, then the record, so no course ever points at a file that is not there.
 */
export async function seedDemoCatalog(courses: CoursesRepository, s3: S3Client, bucket: string): Promise<number> {
  let created = 0;
  const clipSizes = new Map<string, number>();
  for (const demo of DEMO_COURSES) {
    if (!clipSizes.has(demo.instrument)) clipSizes.set(demo.instrument, (await stat(new URL(`${demo.instrument}.mp4`, mediaDir))).size);
  }
  for (const [index, demo] of DEMO_COURSES.entries()) {
    const record = toRecord(demo, index, clipSizes);
    await putIfAbsent(s3, bucket, record.thumbnailKey!, async () => courseThumbnailSvg(demo.title, demo.instrument), 'image/svg+xml');
    for (const lesson of record.sections.flatMap((section) => section.lessons)) {
      await putIfAbsent(s3, bucket, lesson.video!.key, () => readFile(new URL(`${demo.instrument}.mp4`, mediaDir)), 'video/mp4');
    }
    if (await courses.createIfAbsent(record)) created += 1;
  }
  return created;
}
