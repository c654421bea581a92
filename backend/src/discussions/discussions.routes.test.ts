import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscussionReply, DiscussionThread, ReportQueuePage, ThreadDetail, ThreadPage } from '@lessonstage/shared';
import { createDeps, type ApiDeps } from '../app/api-deps';
import { createRepositories } from '../app/create-repositories';
import { DEFAULT_ADMIN } from '../local/local-config';
import { apiClient } from '../testing/api-client';
import { signInAdmin, signUpStudent } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { newReply, newThread } from './discussion-posting';

const COURSE = 'demo-guitar-first-chords';
const OTHER_COURSE = 'demo-drums-groove';
const thread = { title: 'How do I keep the thumb relaxed?', text: 'It **hurts** after a minute.' };

describe('course discussions', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let deps: ApiDeps;
  let author: { token: string; userId: string };
  let classmate: { token: string; userId: string };
  let outsider: { token: string; userId: string };
  let admin: string;

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    deps = createDeps(stack.config, stack.mailbox);
    [author, classmate, outsider] = [await signUpStudent(stack, api), await signUpStudent(stack, api), await signUpStudent(stack, api)];
    await deps.enrollments.grant(author.userId, COURSE, 'pi_disc_1');
    await deps.enrollments.grant(classmate.userId, COURSE, 'pi_disc_2');
    await deps.enrollments.grant(outsider.userId, OTHER_COURSE, 'pi_disc_3');
    admin = await signInAdmin(api, DEFAULT_ADMIN);
  });
  afterAll(() => stack.dispose());

  const create = (body: unknown, token?: string, courseId = COURSE) => api.post<DiscussionThread & { error?: string }>(`/api/courses/${courseId}/threads`, body, token);
  const reply = (threadId: string, text: string, token: string) => api.post<DiscussionReply>(`/api/threads/${threadId}/replies`, { text }, token);
  const detail = async (threadId: string, token: string) => (await api.get<ThreadDetail>(`/api/threads/${threadId}`, token)).body;

  it('are read and written by enrolled students and admins only: a visitor 401, anyone else 403', async () => {
    const created = await create(thread, author.token);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { threadId } = created.body;
    const paths: [string, string, unknown?][] = [
      ['GET', `/api/courses/${COURSE}/threads`],
      ['POST', `/api/courses/${COURSE}/threads`, thread],
      ['GET', `/api/threads/${threadId}`],
      ['POST', `/api/threads/${threadId}/replies`, { text: 'me too' }],
      ['PATCH', `/api/posts/${threadId}`, { text: 'mine now' }],
      ['POST', `/api/posts/${threadId}/report`, {}],
      ['DELETE', `/api/posts/${threadId}`],
    ];
    for (const [method, path, body] of paths) {
      expect((await api.request(method, path, { body })).status, `${method} ${path} anonymous`).toBe(401);
      expect((await api.request(method, path, { body, token: outsider.token })).status, `${method} ${path} not enrolled`).toBe(403);
    }
    expect((await detail(threadId, classmate.token)).thread).toMatchObject({ ...thread, author: { userId: author.userId, teacher: false }, replyCount: 0 });
    const listed = (await api.get<ThreadPage>(`/api/courses/${COURSE}/threads`, admin)).body;
    expect(listed.items.map((t) => t.threadId)).toContain(threadId);
  });

  it('refuse bad input naming the field', async () => {
    const lesson = (await deps.courses.get(COURSE))!.sections[0]!.lessons[1]!;
    const error = async (body: unknown) => (await create(body, author.token)).body.error;
    expect(await error({ ...thread, title: '   ' })).toBe('title: must not be empty');
    expect(await error({ ...thread, title: 'x'.repeat(151) })).toBe('title: must be at most 150 characters');
    expect(await error({ ...thread, text: 'x'.repeat(5001) })).toBe('text: must be at most 5000 characters');
    expect(await error({ ...thread, atMs: 1000 })).toBe('atMs: needs a lessonId');
    expect(await error({ ...thread, lessonId: 'no-such-lesson' })).toBe('lessonId: no such lesson in this course');
    expect(await error({ ...thread, lessonId: lesson.lessonId, atMs: -1 })).toBe('atMs: must not be negative');
    expect(await error({ ...thread, lessonId: lesson.lessonId, atMs: lesson.durationSec * 1000 + 1 })).toMatch(/^atMs: beyond the lesson's end/);
    const atMoment = await create({ ...thread, lessonId: lesson.lessonId, atMs: 3000 }, author.token);
    expect(atMoment.status).toBe(201);
    expect(atMoment.body).toMatchObject({ lessonId: lesson.lessonId, atMs: 3000, lessonTitle: lesson.title });
    expect((await reply(atMoment.body.threadId, '', author.token)).body).toMatchObject({ error: 'text: must not be empty' });
  });

  it("mark an admin's reply as the teacher's answer and tell the thread's author, not the replier themself", async () => {
    const { threadId } = (await create(thread, author.token)).body;
    expect((await reply(threadId, 'Same here', author.token)).body.teacherAnswer).toBe(false);
    const answer = await reply(threadId, 'Drop the wrist a little.', admin);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ teacherAnswer: true, author: { teacher: true } });
    const { thread: stored, replies } = await detail(threadId, author.token);
    expect(stored).toMatchObject({ replyCount: 2, answered: true });
    expect(replies.items.map((r) => r.text)).toEqual(['Same here', 'Drop the wrist a little.']);
    const notes = (await createRepositories(stack.config).notifications.page(author.userId, 10)).items.filter((n) => n.link === `/courses/${COURSE}/discussion/${threadId}`);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'thread-answered', title: `Your teacher answered “${thread.title}”`, text: 'Drop the wrist a little.' });
  });

  it('page threads pinned first, then by latest activity, and replies oldest first, without repeats', async () => {
    const course = 'demo-piano-reading';
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 45; i++) {
      const record = newThread(course, { authorId: author.userId, authorName: 'S', authorTeacher: false }, { title: `T${i}`, text: 'x' }, new Date(base + i * 1000));
      await deps.discussions.createThread(record);
    }
    const first = (await api.get<ThreadPage>(`/api/courses/${course}/threads`, admin)).body;
    const oldest = first.items.at(-1)!;
    await api.request('PUT', `/api/threads/${oldest.threadId}/pin`, { body: { pinned: true }, token: admin });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ThreadPage = (await api.get<ThreadPage>(`/api/courses/${course}/threads${cursor ? `?cursor=${cursor}` : ''}`, admin)).body;
      seen.push(...page.items.map((t) => t.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([oldest.title, ...Array.from({ length: 45 }, (_, i) => `T${44 - i}`).filter((t) => t !== oldest.title)]);
    // A reply moves a thread up (below the pinned one).
    const bottom = (await deps.discussions.listThreads(course, 50)).items.at(-1)!;
    await reply(bottom.threadId, 'bump', admin);
    expect((await api.get<ThreadPage>(`/api/courses/${course}/threads`, admin)).body.items.slice(0, 2).map((t) => t.threadId)).toEqual([oldest.threadId, bottom.threadId]);
    expect((await api.get(`/api/courses/${course}/threads?cursor=bm90LWEtY3Vyc29y`, admin)).body).toMatchObject({ error: 'cursor: not a valid page cursor' });

    // Written behind the API: the posting limit is not what this test is about.
    const teacher = { authorId: 'teacher', authorName: 'T', authorTeacher: true };
    for (let i = 0; i < 24; i++) await deps.discussions.addReply(newReply(bottom, teacher, `r${i}`, new Date(Date.now() + i + 1)));
    const page1 = await detail(bottom.threadId, admin);
    const page2 = (await api.get<ThreadDetail>(`/api/threads/${bottom.threadId}?cursor=${page1.replies.nextCursor}`, admin)).body;
    expect([...page1.replies.items, ...page2.replies.items].map((r) => r.text)).toEqual(['bump', ...Array.from({ length: 24 }, (_, i) => `r${i}`)]);
  });

  it('let authors edit their own posts; authors and admins delete them, no one else', async () => {
    const { threadId } = (await create(thread, author.token)).body;
    const answer = (await reply(threadId, 'A reply', classmate.token)).body;
    expect((await api.request('PATCH', `/api/posts/${threadId}`, { body: { text: 'not mine' }, token: classmate.token })).status).toBe(403);
    expect((await api.request('PATCH', `/api/posts/${threadId}`, { body: { text: 'edited' }, token: admin })).status).toBe(403);
    const edited = await api.request('PATCH', `/api/posts/${threadId}`, { body: { text: 'Edited text', title: 'Edited title' }, token: author.token });
    expect(edited.body).toMatchObject({ text: 'Edited text', title: 'Edited title' });
    expect(typeof edited.body['editedAt']).toBe('string');
    expect((await api.request('PATCH', `/api/posts/${answer.postId}`, { body: { text: 'x', title: 'y' }, token: classmate.token })).body.error).toBe('title: only a thread has a title');
    expect((await api.request('DELETE', `/api/posts/${answer.postId}`, { token: author.token })).status).toBe(403);
    expect((await api.request('DELETE', `/api/posts/${answer.postId}`, { token: classmate.token })).status).toBe(204);
    expect((await detail(threadId, author.token)).thread.replyCount).toBe(0);
    await reply(threadId, 'Another', classmate.token);
    expect((await api.request('DELETE', `/api/posts/${threadId}`, { token: admin })).status).toBe(204);
    expect((await api.get(`/api/threads/${threadId}`, author.token)).status).toBe(404);
    expect((await deps.discussions.listReplies(threadId, 10)).items).toEqual([]);
  });

  it('queue reported posts for admins, once per reporter, until dismissed or deleted', async () => {
    const { threadId } = (await create(thread, author.token)).body;
    const rude = (await reply(threadId, 'Rude words', classmate.token)).body;
    expect((await api.post(`/api/posts/${rude.postId}/report`, { reason: 'abuse' }, author.token)).status).toBe(204);
    expect((await api.post(`/api/posts/${rude.postId}/report`, { reason: 'spam' }, author.token)).status).toBe(204);
    expect((await api.post(`/api/posts/${rude.postId}/report`, { reason: 'nonsense' }, author.token)).body.error).toMatch(/^reason: /);
    expect((await api.get('/api/admin/reports', author.token)).status).toBe(403);
    const queued = (await api.get<ReportQueuePage>('/api/admin/reports', admin)).body.items.find((p) => p.postId === rude.postId);
    expect(queued).toMatchObject({ threadId, courseId: COURSE, threadTitle: thread.title, text: 'Rude words', reportCount: 1, reasons: ['abuse'] });
    expect((await api.post(`/api/admin/reports/${rude.postId}/dismiss`, {}, admin)).status).toBe(204);
    expect((await api.get<ReportQueuePage>('/api/admin/reports', admin)).body.items.map((p) => p.postId)).not.toContain(rude.postId);
    await api.post(`/api/posts/${threadId}/report`, {}, classmate.token);
    expect((await api.get<ReportQueuePage>('/api/admin/reports', admin)).body.items.map((p) => p.postId)).toContain(threadId);
    await api.request('DELETE', `/api/posts/${threadId}`, { token: admin });
    expect((await api.get<ReportQueuePage>('/api/admin/reports', admin)).body.items.map((p) => p.postId)).not.toContain(threadId);
  });

  it('rate-limit posting per user: a 429 with Retry-After past 10 posts a minute', async () => {
    const poster = await signUpStudent(stack, api);
    await deps.enrollments.grant(poster.userId, COURSE, 'pi_disc_4');
    const { threadId } = (await create(thread, poster.token)).body;
    const statuses: number[] = [];
    // Up to two windows' worth: a window boundary crossed mid-test still ends in a 429.
    for (let i = 0; i < 21 && !statuses.includes(429); i++) {
      const response = await reply(threadId, `post ${i}`, poster.token);
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(9);
    // Another user is not slowed by it.
    expect((await reply(threadId, 'still here', author.token)).status).toBe(201);
  });
});
