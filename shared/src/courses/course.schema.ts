import * as z from 'zod';

export const INSTRUMENTS = ['guitar', 'piano', 'drums', 'bass', 'voice', 'violin', 'ukulele', 'saxophone'] as const;
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
/** ISO 4217 codes the catalog sells in; prices are integer minor units (cents). */
export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;

export const instrumentSchema = z.enum(INSTRUMENTS);
export const levelSchema = z.enum(LEVELS);
export const currencySchema = z.enum(CURRENCIES);

export const lessonMaterialSchema = z.object({
  materialId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
});

export const lessonSchema = z.object({
  lessonId: z.string().min(1),
  title: z.string().min(1).max(200),
  durationSec: z.number().int().nonnegative(),
  preview: z.boolean(),
  /** Whether the lesson has a video yet (drafts may not). */
  hasVideo: z.boolean().optional(),
  /** Downloadable files (sheet music, tabs, backing tracks); links are issued to those who may play the lesson. */
  materials: z.array(lessonMaterialSchema).optional(),
});

export const sectionSchema = z.object({
  sectionId: z.string().min(1),
  title: z.string().min(1).max(200),
  lessons: z.array(lessonSchema),
});

export const courseSummarySchema = z.object({
  courseId: z.string().min(1),
  title: z.string().min(1).max(200),
  description: z.string().max(2000),
  instrument: instrumentSchema,
  level: levelSchema,
  priceCents: z.number().int().nonnegative(),
  currency: currencySchema,
  thumbnailUrl: z.string(),
  teacherName: z.string(),
  createdAt: z.string(),
});

export const courseDetailSchema = courseSummarySchema.extend({
  sections: z.array(sectionSchema),
});

export type Instrument = z.infer<typeof instrumentSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Currency = z.infer<typeof currencySchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type CourseSummary = z.infer<typeof courseSummarySchema>;
export type CourseDetail = z.infer<typeof courseDetailSchema>;
