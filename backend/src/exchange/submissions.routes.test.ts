import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Submission, SubmissionDetail, SubmissionList } from '@lessonstage/shared';
import { createDeps, type ApiDeps } from '../app/api-deps';
import { createRepositories } from '../app/create-repositories';
import { DEFAULT_ADMIN } from '../local/local-config';
import { apiClient } from '../testing/api-client';
import { sendTake, uploadTakeFile } from '../testing/submission-takes';
import { signInAdmin, signUpStudent } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';

const COURSE = 'demo-guitar-first-chords';
const LESSON = 's1l2';
const target = { courseId: COURSE, lessonId: LESSON };

describe('video exchange: submissions', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let deps: ApiDeps;
  let admin: string;
  let adminId: string;
  let owner: { token: string; userId: string };
  let classmate: { token: string; userId: string };
  let outsider: { token: string; userId: string };

  beforeAll(async () => {
    // Parts of 5 MiB above 6 MiB, so a multipart take is small enough for a test.
    stack = await startTestStack({ seedDemo: true, uploads: { multipartThresholdBytes: 6 * 1024 ** 2, minPartBytes: 5 * 1024 ** 2 } });
    api = apiClient(stack.url);
    deps = createDeps(stack.config, stack.mailbox);
    admin = await signInAdmin(api, DEFAULT_ADMIN);
    adminId = (await api.get<{ userId: string }>('/api/auth/me', admin)).body.userId;
    [owner, classmate, outsider] = [await signUpStudent(stack, api), await signUpStudent(stack, api), await signUpStudent(stack, api)];
    await deps.enrollments.grant(owner.userId, COURSE, 'pi_exchange_1');
    await deps.enrollments.grant(classmate.userId, COURSE, 'pi_exchange_2');
  });
  afterAll(() => stack.dispose());

  const lessonList = async (token: string) => (await api.get<SubmissionList>(`/api/courses/${COURSE}/lessons/${LESSON}/submissions`, token)).body.items;

  it('takes a recorded take (uploaded straight to storage), lists it for its student, plays it, and tells the teacher (the demo admin teaches demo courses)', async () => {
    const sent = await sendTake(api, owner.token, target, { note: 'Bars 5–8, still buzzing', durationSec: 12.5 });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const take = sent.body as unknown as Submission;
    expect(take).toMatchObject({ courseId: COURSE, lessonId: LESSON, note: 'Bars 5–8, still buzzing', status: 'awaiting', shared: false, durationMs: 12_500, mine: true, comments: [], reply: null });

    expect((await api.get<SubmissionList>('/api/me/submissions', owner.token)).body.items.map((s) => s.submissionId)).toContain(take.submissionId);
    expect((await lessonList(owner.token)).map((s) => s.submissionId)).toEqual([take.submissionId]);
    const detail = (await api.get<SubmissionDetail>(`/api/submissions/${take.submissionId}`, owner.token)).body;
    expect((await fetch(detail.videoUrl)).status).toBe(200);

    const notices = await createRepositories(stack.config).notifications.page(adminId, 10);
    expect(notices.items.find((n) => n.link === `/admin/exchange/${take.submissionId}`)).toMatchObject({ kind: 'submission-received' });
    expect(stack.mailbox.list(DEFAULT_ADMIN.email).some((m) => m.text.includes('Bars 5–8, still buzzing'))).toBe(true);
  });

  it("keeps a private take from everyone but its student and the teachers: a 404, never a change", async () => {
    const take = (await sendTake(api, owner.token, target)).body as unknown as Submission;
    const path = `/api/submissions/${take.submissionId}`;
    expect((await api.get(path, classmate.token)).status).toBe(404);
    expect((await api.request('PATCH', path, { body: { shared: true }, token: classmate.token })).status).toBe(404);
    expect((await api.request('DELETE', path, { token: classmate.token })).status).toBe(404);
    expect((await lessonList(classmate.token)).map((s) => s.submissionId)).not.toContain(take.submissionId);
    expect((await api.get(path, admin)).status).toBe(200);
    expect((await api.get(path, owner.token)).status).toBe(200);
  });

  it('shows a shared take to every enrolled student of the course, and to no one else', async () => {
    const take = (await sendTake(api, owner.token, target)).body as unknown as Submission;
    const shared = await api.request('PATCH', `/api/submissions/${take.submissionId}`, { body: { shared: true }, token: owner.token });
    expect(shared.body).toMatchObject({ shared: true });
    expect((await lessonList(classmate.token)).find((s) => s.submissionId === take.submissionId)).toMatchObject({ mine: false, shared: true });
    expect((await api.get(`/api/submissions/${take.submissionId}`, classmate.token)).status).toBe(200);
    expect((await api.get(`/api/courses/${COURSE}/lessons/${LESSON}/submissions`, outsider.token)).status).toBe(403);
    expect((await api.get(`/api/submissions/${take.submissionId}`, outsider.token)).status).toBe(404);

    await api.request('PATCH', `/api/submissions/${take.submissionId}`, { body: { shared: false }, token: owner.token });
    expect((await lessonList(classmate.token)).map((s) => s.submissionId)).not.toContain(take.submissionId);
  });

  it('refuses bad input naming the field', async () => {
    const post = (body: unknown, token = owner.token) => api.post(`/api/courses/${COURSE}/lessons/${LESSON}/submissions`, body, token);
    const ticket = (body: Record<string, unknown>) => api.post('/api/submissions/uploads', { ...target, fileName: 'a.webm', contentType: 'video/webm', sizeBytes: 10, ...body }, owner.token);
    expect((await ticket({ sizeBytes: 500 * 1024 ** 2 + 1 })).body.error).toBe('sizeBytes: must be at most 500 MB');
    expect((await ticket({ contentType: 'application/pdf' })).body.error).toMatch(/^contentType: /);
    expect((await api.post('/api/submissions/uploads', { ...target, fileName: 'a.webm', contentType: 'video/webm', sizeBytes: 10 }, outsider.token)).status).toBe(403);

    const uploaded = await uploadTakeFile(api, owner.token, target, Buffer.alloc(1000, 1));
    expect((await post({ ...uploaded, fileName: 'a.webm', durationSec: 601 })).body.error).toBe('durationSec: must be at most 10 minutes');
    expect((await post({ ...uploaded, fileName: 'a.webm', durationSec: 5, note: 'x'.repeat(1001) })).body.error).toBe('note: must be at most 1000 characters');
    // Someone else's file cannot be sent as one's own.
    expect((await post({ ...uploaded, fileName: 'a.webm', durationSec: 5 }, classmate.token)).body.error).toBe('key: is not an upload of yours');
    expect((await post({ key: uploaded.key.replace(/sub_[^/]+/, 'sub_missing'), fileName: 'a.webm', durationSec: 5 })).body.code).toBe('UploadMissing');
    expect((await post({ ...uploaded, fileName: 'a.webm', durationSec: 5 })).status).toBe(201);
    expect((await post({ ...uploaded, fileName: 'a.webm', durationSec: 5 })).status).toBe(409);

    const take = (await sendTake(api, owner.token, target, { durationSec: 4 })).body as unknown as Submission;
    const comment = (body: unknown) => api.post(`/api/submissions/${take.submissionId}/comments`, body, admin);
    expect((await comment({ atMs: 4001, text: 'later' })).body.error).toBe('atMs: must be within the video (at most 4000)');
    expect((await comment({ atMs: 1000, text: 'x'.repeat(2001) })).body.error).toBe('text: must be at most 2000 characters');
    expect((await comment({ atMs: -1, text: 'x' })).body.error).toBe('atMs: must be 0 or more');
    expect((await comment({ atMs: 4000, text: 'x'.repeat(2000) })).status).toBe(201);
    expect((await api.post(`/api/submissions/${take.submissionId}/comments`, { atMs: 1, text: 'x' }, owner.token)).status).toBe(403);
  });

  it('queues awaiting takes oldest first, paged; a comment answers one and tells its student by e-mail', async () => {
    const first = (await sendTake(api, classmate.token, target, { note: 'queue-1' })).body as unknown as Submission;
    const second = (await sendTake(api, classmate.token, target, { note: 'queue-2' })).body as unknown as Submission;
    const queued: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SubmissionList = (await api.get<SubmissionList>(`/api/admin/submissions?status=awaiting&limit=2${cursor ? `&cursor=${cursor}` : ''}`, admin)).body;
      queued.push(...page.items.map((s) => s.submissionId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(queued.indexOf(first.submissionId)).toBeLessThan(queued.indexOf(second.submissionId));

    const answered = await api.post<Submission>(`/api/submissions/${first.submissionId}/comments`, { atMs: 3000, text: 'relax the thumb' }, admin);
    expect(answered.body).toMatchObject({ status: 'answered', comments: [{ atMs: 3000, text: 'relax the thumb' }] });
    const awaiting = (await api.get<SubmissionList>('/api/admin/submissions?status=awaiting&limit=50', admin)).body.items.map((s) => s.submissionId);
    expect(awaiting).not.toContain(first.submissionId);
    expect((await api.get<SubmissionList>('/api/admin/submissions?status=answered', admin)).body.items.map((s) => s.submissionId)).toContain(first.submissionId);

    const notice = (await createRepositories(stack.config).notifications.page(classmate.userId, 10)).items[0];
    expect(notice).toMatchObject({ kind: 'submission-answered', text: '0:03 — relax the thumb', link: `/courses/${COURSE}/lessons/${LESSON}?submission=${first.submissionId}` });
    const email = (await deps.users.get(classmate.userId))!.email;
    expect(stack.mailbox.list(email).some((m) => m.text.includes('0:03 — relax the thumb'))).toBe(true);
    expect((await api.get('/api/admin/submissions?status=later', admin)).body.error).toBe('status: must be awaiting or answered');
  });

  it("takes the teacher's answer on video, and a delete removes the take's and the answer's files", async () => {
    const take = (await sendTake(api, owner.token, target, { body: Buffer.alloc(7 * 1024 ** 2, 7) })).body as unknown as Submission;
    const answer = await uploadTakeFile(api, admin, target, Buffer.alloc(3000, 3));
    const replied = await api.post<Submission>(`/api/submissions/${take.submissionId}/reply`, { ...answer, fileName: 'answer.webm', durationSec: 8 }, admin);
    expect(replied.status, JSON.stringify(replied.body)).toBe(201);
    expect(replied.body).toMatchObject({ status: 'answered', reply: { durationMs: 8000 } });
    const detail = (await api.get<SubmissionDetail>(`/api/submissions/${take.submissionId}`, owner.token)).body;
    expect((await fetch(detail.replyUrl!)).status).toBe(200);

    const record = (await deps.submissions.get(take.submissionId))!;
    expect(await deps.storage.head(record.video.key)).toMatchObject({ sizeBytes: 7 * 1024 ** 2 });
    expect((await api.request('DELETE', `/api/submissions/${take.submissionId}`, { token: owner.token })).status).toBe(204);
    expect(await deps.storage.head(record.video.key)).toBeUndefined();
    expect(await deps.storage.head(record.reply!.key)).toBeUndefined();
    expect((await api.get(`/api/submissions/${take.submissionId}`, owner.token)).status).toBe(404);
    // Admins may delete too.
    const other = (await sendTake(api, classmate.token, target)).body as unknown as Submission;
    expect((await api.request('DELETE', `/api/submissions/${other.submissionId}`, { token: admin })).status).toBe(204);
  });
});
