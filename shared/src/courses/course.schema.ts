import * as z from '../validation/zod';
import { courseRatingSchema } from '../reviews/reviews.schema';

export const INSTRUMENTS = ['guitar', 'piano', 'drums', 'bass', 'voice', 'violin', 'ukulele', 'saxophone'] as const;
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
/** ISO 4217 codes the catalog sells in; prices are integer minor units (cents). */
export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;

export const instrumentSchema = z.enum(INSTRUMENTS);
export const levelSchema = z.enum(LEVELS);
/** Any case in ("usd" as Stripe writes it, "USD"), upper case out: every path stores one spelling. */
export const currencySchema = z.pipe(z.string().check(z.toUpperCase()), z.enum(CURRENCIES));

export const lessonMaterialSchema = z.object({
  materialId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
});

export const lessonSchema = z.object({
  lessonId: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  durationSec: z.number().check(z.int(), z.nonnegative()),
  preview: z.boolean(),
  /** What the lesson is about, in Markdown (shown under the video, sanitized); absent when there is none. Public, like the title. */
  description: z.optional(z.string()),
  /** Whether the lesson has a video yet (drafts may not). */
  hasVideo: z.optional(z.boolean()),
  /** Downloadable files (sheet music, tabs, backing tracks); links are issued to those who may play the lesson. */
  materials: z.optional(z.array(lessonMaterialSchema)),
  /** Whether the lesson has a score to follow, and a tempo for the metronome and bar-snapped loops. */
  hasScore: z.optional(z.boolean()),
  hasTempo: z.optional(z.boolean()),
});

export const sectionSchema = z.object({
  sectionId: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  lessons: z.array(lessonSchema),
});

export const courseSummarySchema = z.object({
  courseId: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  description: z.string().check(z.maxLength(2000)),
  instrument: instrumentSchema,
  level: levelSchema,
  priceCents: z.number().check(z.int(), z.nonnegative()),
  currency: currencySchema,
  thumbnailUrl: z.string(),
  teacherName: z.string(),
  createdAt: z.string(),
  /** Stars from counted reviews; on the catalog and the course page (copies on My courses carry none). */
  rating: z.optional(courseRatingSchema),
});

export const courseDetailSchema = z.extend(courseSummarySchema, {
  /** The teacher's short bio and photo (public media URL), copied onto the course from their profile. */
  teacherBio: z.optional(z.string()),
  teacherPhotoUrl: z.optional(z.string()),
  sections: z.array(sectionSchema),
});

export type Instrument = z.infer<typeof instrumentSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Currency = z.infer<typeof currencySchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type CourseSummary = z.infer<typeof courseSummarySchema>;
export type CourseDetail = z.infer<typeof courseDetailSchema>;
