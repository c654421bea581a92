import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import { captionLanguageSchema, resourceIdSchema as id, wholeNumberParamSchema, type AdminCourse } from '@lessonstage/shared';
import { requireAdmin } from '../auth/auth.middleware';
import type { AuthoringEnv } from './authoring.deps';
import { parseInput } from '../lib/http/validate';
import { editCourse } from './course-editing';
import { removeCaptions } from './course-outline';

const captionParams = z.object({ courseId: id, lessonId: id, lang: captionLanguageSchema });
const versionQuery = z.object({ version: wholeNumberParamSchema });

/** A lesson's captions per language: added and replaced by upload (uploads.routes.ts), removed here. */
export const captionsRoutes = new Hono<AuthoringEnv>().delete('/admin/courses/:courseId/lessons/:lessonId/captions/:lang', requireAdmin, async (c) => {
  const { courseId, lessonId, lang } = parseInput(captionParams, c.req.param());
  const { version } = parseInput(versionQuery, c.req.query());
  let removedKey: string | undefined;
  const updated = await editCourse(c, courseId, version, (course) => {
    const result = removeCaptions(course, lessonId, lang);
    removedKey = result.removed.key;
    return result.course;
  });
  // The lesson no longer names the file before it goes: a failure here only leaves an orphan.
  if (removedKey) await c.get('deps').storage.deleteObject(removedKey);
  return c.json<AdminCourse>(updated);
});
