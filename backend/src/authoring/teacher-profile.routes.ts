import { Hono } from 'hono';
import {
  profilePhotoCompleteRequestSchema,
  profilePhotoRequestSchema,
  teacherProfileRequestSchema,
  type TeacherProfile,
  type UploadTicket,
} from '@lessonstage/shared';
import { requireAdmin } from '../auth/auth.middleware';
import { BadRequestError, NotFoundError } from '../lib/http/http-errors';
import { parseJsonBody } from '../lib/http/validate';
import type { AuthoringEnv } from './authoring.deps';
import { copyProfileToCourses, profileOf, toTeacherProfile } from './teacher-profile';
import { assertProfilePhotoKey, profilePhotoKey } from './upload-keys';
import { assertAllowedSize, assertAllowedType, SINGLE_UPLOAD_SECONDS } from './upload-policy';

/** A photo is an image like a course cover: the same upload rules. */
const PHOTO_RULES = 'thumbnail';

/**
 * The signed-in teacher's public profile (name, short bio, photo), shown on their course pages.
 * Saving it copies it onto their courses; the photo goes straight to storage like a cover.
 */
export const teacherProfileRoutes = new Hono<AuthoringEnv>()
  .get('/admin/profile', requireAdmin, async (c) => {
    const { users, mediaBaseUrl } = c.get('deps');
    return c.json<TeacherProfile>(toTeacherProfile(profileOf(await users.get(c.get('principal')!.userId)), mediaBaseUrl));
  })
  .put('/admin/profile', requireAdmin, async (c) => {
    const { displayName, bio } = await parseJsonBody(c, teacherProfileRequestSchema);
    const userId = c.get('principal')!.userId;
    const { users, mediaBaseUrl } = c.get('deps');
    const user = await users.get(userId);
    if (!user) throw new NotFoundError('User not found');
    const profile = { ...profileOf(user), displayName, bio };
    await users.setTeacherProfile(userId, profile);
    await copyProfileToCourses(c, userId, profile);
    return c.json<TeacherProfile>(toTeacherProfile(profile, mediaBaseUrl));
  })
  .post('/admin/profile/photo', requireAdmin, async (c) => {
    const { contentType, sizeBytes } = await parseJsonBody(c, profilePhotoRequestSchema);
    assertAllowedType(PHOTO_RULES, contentType);
    assertAllowedSize(PHOTO_RULES, sizeBytes);
    const key = profilePhotoKey(c.get('principal')!.userId, contentType);
    const url = await c.get('deps').storage.presignPut(key, contentType, sizeBytes, SINGLE_UPLOAD_SECONDS);
    const expiresAt = new Date(Date.now() + SINGLE_UPLOAD_SECONDS * 1000).toISOString();
    return c.json<UploadTicket>({ key, expiresAt, single: { url, headers: { 'Content-Type': contentType } } }, 201);
  })
  .post('/admin/profile/photo/complete', requireAdmin, async (c) => {
    const { key } = await parseJsonBody(c, profilePhotoCompleteRequestSchema);
    const userId = c.get('principal')!.userId;
    assertProfilePhotoKey(key, userId);
    const { users, storage, mediaBaseUrl } = c.get('deps');
    const stored = await storage.head(key);
    if (!stored) throw new BadRequestError('key: no uploaded file found; upload it first', 'UploadMissing');
    try {
      assertAllowedType(PHOTO_RULES, stored.contentType);
      assertAllowedSize(PHOTO_RULES, stored.sizeBytes);
    } catch (error) {
      await storage.deleteObject(key);
      throw error;
    }
    const user = await users.get(userId);
    if (!user) throw new NotFoundError('User not found');
    const previous = profileOf(user);
    const profile = { ...previous, photoKey: key };
    await users.setTeacherProfile(userId, profile);
    await copyProfileToCourses(c, userId, profile);
    // The profile and courses point at the new photo before the old one goes.
    if (previous.photoKey && previous.photoKey !== key) await storage.deleteObject(previous.photoKey);
    return c.json<TeacherProfile>(toTeacherProfile(profile, mediaBaseUrl));
  });
