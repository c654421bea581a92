import * as z from '../validation/zod';
import { TEACHER_BIO_MAX_LENGTH, TEACHER_NAME_MAX_LENGTH } from './authoring-rules';

/** What students see of a teacher on a course page. `photoUrl` is '' without a photo. */
export const teacherProfileSchema = z.object({ displayName: z.string(), bio: z.string(), photoUrl: z.string() });

export const teacherProfileRequestSchema = z.object({
  displayName: z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(TEACHER_NAME_MAX_LENGTH, `must be at most ${TEACHER_NAME_MAX_LENGTH} characters`)),
  bio: z._default(z.string().check(z.trim(), z.maxLength(TEACHER_BIO_MAX_LENGTH, `must be at most ${TEACHER_BIO_MAX_LENGTH} characters`)), ''),
});

/** A photo follows the course thumbnail's rules (JPEG, PNG or WebP, at most 5 MB). */
export const profilePhotoRequestSchema = z.object({
  contentType: z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, 'is required'), z.maxLength(100)),
  sizeBytes: z.number().check(z.int('must be a whole number'), z.minimum(1, 'must be at least 1 byte')),
});

export const profilePhotoCompleteRequestSchema = z.object({ key: z.string().check(z.minLength(1, 'is required'), z.maxLength(300, 'is too long')) });

export type TeacherProfile = z.infer<typeof teacherProfileSchema>;
export type TeacherProfileRequest = z.infer<typeof teacherProfileRequestSchema>;
