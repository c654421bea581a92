import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopListSchema, MAX_LOOPS_PER_LESSON, savedLoopSchema } from '@lessonstage/shared';
import { createDeps } from '../app/api-deps';
import { apiClient } from '../testing/api-client';
import { signUpStudent } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { lessonKeyOf } from './loop.record';

const COURSE = 'demo-guitar-first-chords';
const LESSON = 's1l2';
const loop = { courseId: COURSE, lessonId: LESSON, name: 'Bars 5–8', startMs: 8000, endMs: 16_000, speed: 0.7 };

describe('saved practice loops', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let owner: { token: string; userId: string };
  let neighbour: { token: string; userId: string };

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    [owner, neighbour] = [await signUpStudent(stack, api), await signUpStudent(stack, api)];
    const { enrollments } = createDeps(stack.config);
    await enrollments.grant(owner.userId, COURSE, 'pi_loops_1');
    await enrollments.grant(neighbour.userId, COURSE, 'pi_loops_2');
  });
  afterAll(() => stack.dispose());

  const list = async (token: string) => loopListSchema.parse((await api.get(`/api/me/loops?courseId=${COURSE}&lessonId=${LESSON}`, token)).body).items;

  it('are created, listed, changed and deleted by their owner', async () => {
    const created = await api.post('/api/me/loops', { ...loop, trainer: { startSpeed: 0.5, step: 0.05, repetitionsPerStep: 3, targetSpeed: 1 } }, owner.token);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const saved = savedLoopSchema.parse(created.body);
    expect(saved).toMatchObject({ ...loop, bestSpeed: null, trainer: { targetSpeed: 1 } });
    expect((await list(owner.token)).map((l) => l.loopId)).toEqual([saved.loopId]);

    const changed = await api.request('PUT', `/api/me/loops/${saved.loopId}`, { body: { name: 'Bars 5–8, slow', startMs: 8000, endMs: 16_000, speed: 0.75, bestSpeed: 0.85 }, token: owner.token });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Bars 5–8, slow', speed: 0.75, bestSpeed: 0.85, trainer: null });

    expect((await api.request('DELETE', `/api/me/loops/${saved.loopId}`, { token: owner.token })).status).toBe(204);
    expect(await list(owner.token)).toEqual([]);
  });

  it("keep another student's loop out of reach: a 404, never a change", async () => {
    const saved = savedLoopSchema.parse((await api.post('/api/me/loops', loop, owner.token)).body);
    expect(await list(neighbour.token)).toEqual([]);
    expect((await api.request('PUT', `/api/me/loops/${saved.loopId}`, { body: { name: 'mine now', startMs: 0, endMs: 1, speed: 1 }, token: neighbour.token })).status).toBe(404);
    expect((await api.request('DELETE', `/api/me/loops/${saved.loopId}`, { token: neighbour.token })).status).toBe(404);
    expect((await list(owner.token)).find((l) => l.loopId === saved.loopId)?.name).toBe(loop.name);
  });

  it('refuse bad input naming the field, a lesson the student may not open, and more than the per-lesson limit', async () => {
    expect((await api.post('/api/me/loops', { ...loop, endMs: 8000 }, owner.token)).body.error).toBe('endMs: must be after startMs');
    expect((await api.post('/api/me/loops', { ...loop, speed: 1.6 }, owner.token)).body.error).toBe('speed: must be at most 1.5');
    expect((await api.post('/api/me/loops', { ...loop, name: 'x'.repeat(81) }, owner.token)).status).toBe(400);
    const outsider = await signUpStudent(stack, api);
    expect((await api.post('/api/me/loops', loop, outsider.token)).status).toBe(403);
    expect((await api.post('/api/me/loops', { ...loop, lessonId: 'no-such-lesson' }, owner.token)).status).toBe(404);

    const { loops } = createDeps(stack.config);
    const existing = (await list(owner.token)).length;
    const now = new Date().toISOString();
    for (let i = existing; i < MAX_LOOPS_PER_LESSON; i++) {
      await loops.put({ ...loop, userId: owner.userId, loopId: `loop-fill-${i}`, lessonKey: lessonKeyOf(owner.userId, COURSE, LESSON), trainer: null, bestSpeed: null, createdAt: now, updatedAt: now });
    }
    const over = await api.post('/api/me/loops', loop, owner.token);
    expect(over.status).toBe(409);
    expect(over.body.code).toBe('TooManyLoops');
  });
});
