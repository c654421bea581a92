import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import {
  loopCreateRequestSchema,
  loopListQuerySchema,
  loopUpdateRequestSchema,
  MAX_LOOPS_PER_LESSON,
  resourceIdSchema,
  type LoopList,
  type SavedLoop,
} from '@lessonstage/shared';
import { requireUser } from '../auth/auth.middleware';
import { ConflictError, NotFoundError } from '../lib/http/http-errors';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import { newId } from '../lib/new-id';
import { assertMayOpenLesson, findLesson } from '../media/lesson-access';
import type { LearningEnv } from './learning.deps';
import { lessonKeyOf, type LoopRecord } from './loop.record';

const loopParams = z.object({ loopId: resourceIdSchema });

function toSavedLoop({ loopId, courseId, lessonId, name, startMs, endMs, speed, trainer, bestSpeed, updatedAt }: LoopRecord): SavedLoop {
  return { loopId, courseId, lessonId, name, startMs, endMs, speed, trainer, bestSpeed, updatedAt };
}

/** A student's saved practice loops: only on lessons they may open; another user's loop is a 404. */
export const loopsRoutes = new Hono<LearningEnv>()
  .get('/me/loops', requireUser, async (c) => {
    const { courseId, lessonId } = parseInput(loopListQuerySchema, c.req.query());
    const loops = await c.get('deps').loops.listForLesson(c.get('principal')!.userId, courseId, lessonId);
    return c.json<LoopList>({ items: loops.map(toSavedLoop) });
  })
  .post('/me/loops', requireUser, async (c) => {
    const { courseId, lessonId, trainer, bestSpeed, ...fields } = await parseJsonBody(c, loopCreateRequestSchema);
    const { courses, enrollments, loops } = c.get('deps');
    const principal = c.get('principal')!;
    await assertMayOpenLesson(findLesson(await courses.get(courseId), lessonId, principal), principal, enrollments);
    if ((await loops.countForLesson(principal.userId, courseId, lessonId)) >= MAX_LOOPS_PER_LESSON) {
      throw new ConflictError(`A lesson keeps at most ${MAX_LOOPS_PER_LESSON} saved loops; delete one first`, 'TooManyLoops');
    }
    const now = new Date().toISOString();
    const loop: LoopRecord = {
      ...fields,
      userId: principal.userId,
      loopId: newId('loop'),
      lessonKey: lessonKeyOf(principal.userId, courseId, lessonId),
      courseId,
      lessonId,
      trainer: trainer ?? null,
      bestSpeed: bestSpeed ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await loops.put(loop);
    return c.json<SavedLoop>(toSavedLoop(loop), 201);
  })
  .put('/me/loops/:loopId', requireUser, async (c) => {
    const { loopId } = parseInput(loopParams, c.req.param());
    const { trainer, bestSpeed, ...fields } = await parseJsonBody(c, loopUpdateRequestSchema);
    const { loops } = c.get('deps');
    const stored = await loops.get(c.get('principal')!.userId, loopId);
    if (!stored) throw new NotFoundError('Loop not found');
    const loop: LoopRecord = { ...stored, ...fields, trainer: trainer ?? null, bestSpeed: bestSpeed ?? null, updatedAt: new Date().toISOString() };
    await loops.put(loop);
    return c.json<SavedLoop>(toSavedLoop(loop));
  })
  .delete('/me/loops/:loopId', requireUser, async (c) => {
    const { loopId } = parseInput(loopParams, c.req.param());
    const { loops } = c.get('deps');
    const userId = c.get('principal')!.userId;
    if (!(await loops.get(userId, loopId))) throw new NotFoundError('Loop not found');
    await loops.delete(userId, loopId);
    return c.body(null, 204);
  });
