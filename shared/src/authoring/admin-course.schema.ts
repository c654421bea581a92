import * as z from '../validation/zod';
import { courseSummarySchema, lessonMaterialSchema } from '../courses/course.schema';
import { syncPointSchema } from '../practice/practice.schema';
import { SCORE_FORMATS } from '../practice/practice-rules';
import { captionTrackSchema, transcodeStateSchema } from '../media/playback.schema';

export const storedFileSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
});

export const materialSchema = lessonMaterialSchema;

export const adminLessonSchema = z.object({
  lessonId: z.string(),
  title: z.string(),
  durationSec: z.number(),
  preview: z.boolean(),
  /** Markdown; '' when there is none. */
  description: z.optional(z.string()),
  video: z.nullable(storedFileSchema),
  /** The video's (or audio's) transcode to HLS; absent before the first upload's job exists. */
  transcode: z.optional(transcodeStateSchema),
  /** Uploaded captions, one per language (url: a short-lived signed link to the WebVTT). */
  captions: z.optional(z.array(captionTrackSchema)),
  materials: z.array(materialSchema),
  /** The score students follow, its format read from its bytes. */
  score: z.optional(z.object({ fileName: z.string(), format: z.enum(SCORE_FORMATS), sizeBytes: z.number() })),
  /** Where the bars fall in the video, and the tempo for lessons without sync points. */
  sync: z.optional(
    z.object({
      syncPoints: z.array(syncPointSchema),
      tempoBpm: z.optional(z.number()),
      timeSignature: z.optional(z.tuple([z.number(), z.number()])),
      firstDownbeatMs: z.optional(z.number()),
    }),
  ),
});

export const adminCourseSchema = z.extend(courseSummarySchema, {
  status: z.enum(['draft', 'published']),
  version: z.number(),
  updatedAt: z.string(),
  hasThumbnail: z.boolean(),
  sections: z.array(z.object({ sectionId: z.string(), title: z.string(), lessons: z.array(adminLessonSchema) })),
});

export const adminCourseListSchema = z.object({
  items: z.array(z.extend(courseSummarySchema, { status: z.enum(['draft', 'published']), updatedAt: z.string(), lessonCount: z.number() })),
  nextCursor: z.nullable(z.string()),
});

/** Why a course cannot be published yet; empty when it can. */
export const publishProblemsSchema = z.object({ error: z.string(), code: z.literal('NotReadyToPublish'), problems: z.array(z.string()) });

export type StoredFile = z.infer<typeof storedFileSchema>;
export type Material = z.infer<typeof materialSchema>;
export type AdminLesson = z.infer<typeof adminLessonSchema>;
export type AdminCourse = z.infer<typeof adminCourseSchema>;
export type AdminCourseList = z.infer<typeof adminCourseListSchema>;
