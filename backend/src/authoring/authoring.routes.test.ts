import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCourseSchema, courseDetailSchema, signedLinkSchema, uploadTicketSchema, type AdminCourse, type UploadKind } from '@lessonstage/shared';
import { createDeps } from '../app/api-deps';
import { fixtureTables, putEnrollment } from '../testing/fixture-writes';
import { DEFAULT_ADMIN } from '../local/local-config';
import { apiClient } from '../testing/api-client';
import { startTestStack, type TestStack } from '../testing/test-stack';

const PASSWORD = 'Practice!123';

describe('course authoring, uploads and media access', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let admin: string;
  let student: string;
  let enrolled: string;
  let course: AdminCourse;

  async function tokenFor(email: string, password = PASSWORD): Promise<string> {
    const response = await api.post<{ accessToken: string }>('/api/auth/signin', { email, password });
    expect(response.status).toBe(200);
    return response.body.accessToken;
  }

  async function newStudent(): Promise<{ token: string; userId: string }> {
    const email = `s-${randomBytes(4).toString('hex')}@example.com`;
    await api.post('/api/auth/signup', { email, password: PASSWORD, name: 'Student' });
    const code = /(\d{6})/.exec(stack.mailbox.list(email)[0]!.text)![1];
    await api.post('/api/auth/confirm', { email, code });
    const token = await tokenFor(email);
    const me = await api.get<{ userId: string }>('/api/auth/me', token);
    return { token, userId: me.body.userId };
  }

  async function edit(method: string, path: string, body?: unknown): Promise<AdminCourse> {
    const response = await api.request(method, path, { body, token: admin });
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
    course = adminCourseSchema.parse(response.body);
    return course;
  }

  /** The browser's side of an upload: ask for a ticket, PUT the bytes to storage, report completion. */
  async function upload(kind: UploadKind, body: Buffer, contentType: string, fileName: string, lessonId?: string, durationSec?: number) {
    const ticketResponse = await api.post('/api/admin/uploads', { courseId: course.courseId, lessonId, kind, fileName, contentType, sizeBytes: body.length }, admin);
    expect(ticketResponse.status, JSON.stringify(ticketResponse.body)).toBe(201);
    const ticket = uploadTicketSchema.parse(ticketResponse.body);
    let parts: { partNumber: number; etag: string }[] | undefined;
    if (ticket.single) {
      const put = await fetch(ticket.single.url, { method: 'PUT', headers: ticket.single.headers, body });
      expect(put.status).toBe(200);
    } else {
      parts = await Promise.all(
        ticket.multipart!.parts.map(async (part) => {
          const start = (part.partNumber - 1) * ticket.multipart!.partSize;
          const response = await fetch(part.url, { method: 'PUT', body: body.subarray(start, start + part.sizeBytes) });
          expect(response.status).toBe(200);
          return { partNumber: part.partNumber, etag: response.headers.get('etag')! };
        }),
      );
    }
    await edit('POST', '/api/admin/uploads/complete', {
      courseId: course.courseId,
      lessonId,
      kind,
      key: ticket.key,
      fileName,
      multipartUploadId: ticket.multipart?.uploadId,
      parts,
      durationSec,
    });
    return ticket;
  }

  beforeAll(async () => {
    stack = await startTestStack({ uploads: { multipartThresholdBytes: 6 * 1024 ** 2, minPartBytes: 5 * 1024 ** 2 } });
    api = apiClient(stack.url);
    admin = await tokenFor(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password);
    student = (await newStudent()).token;
    const enrolledStudent = await newStudent();
    enrolled = enrolledStudent.token;

    await edit('POST', '/api/admin/courses', {
      title: 'Fingerstyle Foundations',
      description: 'Travis picking, thumb independence and arranging simple melodies.',
      instrument: 'guitar',
      level: 'beginner',
      priceCents: 3900,
      currency: 'USD',
    });
    await putEnrollment(fixtureTables(stack.config).enrollments, { userId: enrolledStudent.userId, courseId: course.courseId, status: 'active', paymentId: 'test', grantedAt: new Date().toISOString() });
  });

  afterAll(() => stack.dispose());

  it('starts as a draft that the public catalog does not show', async () => {
    expect(course).toMatchObject({ status: 'draft', version: 1, sections: [], teacherName: 'Site admin' });
    expect((await api.get(`/api/courses/${course.courseId}`)).status).toBe(404);
    const catalog = await api.get<{ items: { courseId: string }[] }>('/api/courses?limit=50');
    expect(catalog.body.items.map((c) => c.courseId)).not.toContain(course.courseId);
  });

  it('builds the outline: sections, lessons, rename, reorder; a stale version is a 409', async () => {
    await edit('POST', `/api/admin/courses/${course.courseId}/sections`, { title: 'Basics', version: course.version });
    const sectionId = course.sections[0]!.sectionId;
    await edit('POST', `/api/admin/courses/${course.courseId}/sections/${sectionId}/lessons`, { title: 'Thumb', version: course.version });
    await edit('POST', `/api/admin/courses/${course.courseId}/sections/${sectionId}/lessons`, { title: 'Fingers', version: course.version });
    const [thumb, fingers] = course.sections[0]!.lessons;
    await edit('PATCH', `/api/admin/courses/${course.courseId}/lessons/${thumb!.lessonId}`, { preview: true, title: 'Thumb independence', version: course.version });
    await edit('PATCH', `/api/admin/courses/${course.courseId}/lessons/${thumb!.lessonId}`, { description: '  Keep the **thumb** steady.  ', version: course.version });
    expect(course.sections[0]!.lessons[0]).toMatchObject({ description: 'Keep the **thumb** steady.', preview: true });
    const tooLong = await api.request('PATCH', `/api/admin/courses/${course.courseId}/lessons/${thumb!.lessonId}`, { body: { description: 'x'.repeat(2001), version: course.version }, token: admin });
    expect([tooLong.status, tooLong.body.error]).toEqual([400, 'description: must be at most 2000 characters']);

    const stale = await api.request('PATCH', `/api/admin/courses/${course.courseId}`, { body: { title: 'Lost update', version: course.version - 1 }, token: admin });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VersionConflict');

    const badOutline = await api.request('PUT', `/api/admin/courses/${course.courseId}/outline`, { body: { version: course.version, sections: [{ sectionId, lessonIds: [fingers!.lessonId] }] }, token: admin });
    expect(badOutline.status).toBe(400);

    await edit('PUT', `/api/admin/courses/${course.courseId}/outline`, { version: course.version, sections: [{ sectionId, lessonIds: [fingers!.lessonId, thumb!.lessonId] }] });
    expect(course.sections[0]!.lessons.map((l) => l.title)).toEqual(['Fingers', 'Thumb independence']);
  });

  it('takes a currency code in any case and stores it in upper case; an unknown code is a 400 naming the field', async () => {
    const { courses } = createDeps(stack.config);
    const draft = { title: 'Currency case', instrument: 'bass', level: 'beginner', priceCents: 1900 };
    for (const currency of ['usd', 'Usd', 'USD']) {
      const created = await api.post('/api/admin/courses', { ...draft, currency }, admin);
      expect(created.status, currency).toBe(201);
      const { courseId, version } = adminCourseSchema.parse(created.body);
      expect((await courses.get(courseId))?.currency, currency).toBe('USD');
      const updated = await api.request('PATCH', `/api/admin/courses/${courseId}`, { body: { currency: 'eur', version }, token: admin });
      expect(updated.status, currency).toBe(200);
      expect((await courses.get(courseId))?.currency, currency).toBe('EUR');
      expect((await api.request('DELETE', `/api/admin/courses/${courseId}`, { token: admin })).status).toBe(204);
    }
    const refused = await api.post('/api/admin/courses', { ...draft, currency: 'usdx' }, admin);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/^currency: /);
  });

  it('refuses publishing while lessons lack videos and the course a thumbnail', async () => {
    const response = await api.post(`/api/admin/courses/${course.courseId}/publish`, { version: course.version }, admin);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('NotReadyToPublish');
    expect(response.body.problems).toEqual(expect.arrayContaining(['The course needs a thumbnail.', 'Lesson "Fingers" has no video.']));
  });

  it('refuses disallowed types and sizes before any upload', async () => {
    const lessonId = course.sections[0]!.lessons[0]!.lessonId;
    const base = { courseId: course.courseId, lessonId, fileName: 'x', sizeBytes: 10 };
    expect((await api.post('/api/admin/uploads', { ...base, kind: 'video', contentType: 'application/x-msdownload' }, admin)).body.error).toMatch(/^contentType:/);
    // The refusal names the accepted files in words, not as a list of MIME types.
    expect((await api.post('/api/admin/uploads', { ...base, kind: 'material', contentType: 'text/plain' }, admin)).body.error).toBe(
      'contentType: this file type is not accepted for material uploads; use PDF, MusicXML, Guitar Pro or audio (MP3, M4A, WAV, OGG, FLAC, AAC)',
    );
    expect((await api.post('/api/admin/uploads', { ...base, kind: 'thumbnail', contentType: 'image/png', sizeBytes: 50 * 1024 ** 2 }, admin)).body.error).toMatch(/^sizeBytes:/);
    expect((await api.post('/api/admin/uploads', { ...base, kind: 'video', lessonId: undefined, contentType: 'video/mp4' }, admin)).body.error).toMatch(/^lessonId:/);
  });

  it('storage itself refuses a body of another size or type than the ticket was signed for', async () => {
    const lessonId = course.sections[0]!.lessons[0]!.lessonId;
    const ticket = uploadTicketSchema.parse(
      (await api.post('/api/admin/uploads', { courseId: course.courseId, lessonId, kind: 'video', fileName: 'a.mp4', contentType: 'video/mp4', sizeBytes: 1000 }, admin)).body,
    );
    const bigger = await fetch(ticket.single!.url, { method: 'PUT', headers: ticket.single!.headers, body: Buffer.alloc(5000) });
    expect(bigger.status).toBe(403);
    const otherType = await fetch(ticket.single!.url, { method: 'PUT', headers: { 'Content-Type': 'text/html' }, body: Buffer.alloc(1000) });
    expect(otherType.status).toBe(403);
    const complete = await api.post('/api/admin/uploads/complete', { courseId: course.courseId, lessonId, kind: 'video', key: ticket.key, fileName: 'a.mp4' }, admin);
    expect(complete.status).toBe(400);
    expect(complete.body.code).toBe('UploadMissing');
  });

  it('uploads videos (single and multipart), a thumbnail and a PDF, then publishes', async () => {
    const [fingers, thumb] = course.sections[0]!.lessons;
    await upload('video', randomBytes(300_000), 'video/mp4', 'fingers.mp4', fingers!.lessonId, 42);
    const big = randomBytes(11 * 1024 ** 2 + 123);
    // Not a readable MP4: the browser's duration is kept.
    const ticket = await upload('video', big, 'video/mp4', 'thumb.mp4', thumb!.lessonId, 42);
    expect(ticket.multipart?.parts).toHaveLength(3);
    await upload('thumbnail', randomBytes(2000), 'image/png', 'cover.png');
    await upload('material', Buffer.from('%PDF-1.4 tab sheet'), 'application/pdf', 'Tab sheet.pdf', thumb!.lessonId);

    const lessons = course.sections[0]!.lessons;
    expect(lessons[1]!.video).toMatchObject({ fileName: 'thumb.mp4', sizeBytes: big.length, contentType: 'video/mp4' });
    expect(lessons[1]!.durationSec).toBe(42);
    expect(lessons[1]!.materials[0]).toMatchObject({ fileName: 'Tab sheet.pdf', contentType: 'application/pdf' });
    expect(course.hasThumbnail).toBe(true);

    const cover = await fetch(`${stack.url}${course.thumbnailUrl}`);
    expect(cover.status).toBe(200);
    expect(cover.headers.get('content-type')).toBe('image/png');

    await edit('POST', `/api/admin/courses/${course.courseId}/publish`, { version: course.version });
    expect(course.status).toBe('published');
    const detail = courseDetailSchema.parse((await api.get(`/api/courses/${course.courseId}`)).body);
    expect(detail.sections[0]!.lessons[1]).toMatchObject({ title: 'Thumb independence', preview: true, hasVideo: true, description: 'Keep the **thumb** steady.' });
    expect(detail.sections[0]!.lessons[0]).not.toHaveProperty('description'); // none written: none sent

    // The multipart video reads back whole, and seeking works (Range → 206).
    const link = signedLinkSchema.parse((await api.get(`/api/courses/${course.courseId}/lessons/${thumb!.lessonId}/playback`, admin)).body);
    const whole = Buffer.from(await (await fetch(link.url)).arrayBuffer());
    expect(createHash('sha256').update(whole).digest('hex')).toBe(createHash('sha256').update(big).digest('hex'));
    const ranged = await fetch(link.url, { headers: { Range: 'bytes=1000-1999' } });
    expect(ranged.status).toBe(206);
    expect((await ranged.arrayBuffer()).byteLength).toBe(1000);
  });

  it("stores the duration the video's own header states; the browser's only when it has none we read", async () => {
    const lessonId = course.sections[0]!.lessons[0]!.lessonId;
    const durationAfter = async (...args: Parameters<typeof upload>) => {
      await upload(...args);
      return course.sections[0]!.lessons.find((l) => l.lessonId === lessonId)!.durationSec;
    };
    const clip = readFileSync(join(import.meta.dirname, '../local/seed/media/violin.mp4'));
    expect(await durationAfter('video', clip, 'video/mp4', 'violin.mp4', lessonId)).toBe(12);
    expect(await durationAfter('video', clip, 'video/quicktime', 'violin.mov', lessonId, 300)).toBe(12);

    // Not "faststart": moov after a 7 MB mdat (a multipart upload); only box headers are read.
    const boxes = new Map<string, Buffer>();
    for (let at = 0; at < clip.length; at += clip.readUInt32BE(at)) boxes.set(clip.toString('latin1', at + 4, at + 8), clip.subarray(at, at + clip.readUInt32BE(at)));
    const mdat = Buffer.alloc(7 * 1024 ** 2);
    mdat.writeUInt32BE(mdat.length);
    mdat.write('mdat', 4, 'latin1');
    const late = Buffer.concat([boxes.get('ftyp')!, mdat, boxes.get('moov')!]);
    expect(await durationAfter('video', late, 'video/mp4', 'late-moov.mp4', lessonId, 3)).toBe(12);

    // WebM is not parsed: the browser's reading, rounded to whole seconds as the course stores it.
    expect(await durationAfter('video', randomBytes(5000), 'video/webm', 'take.webm', lessonId, 42.4)).toBe(42);
    expect(await durationAfter('video', randomBytes(5000), 'video/webm', 'take.webm', lessonId)).toBe(0);
  });

  it('playback and materials: anonymous / not enrolled / enrolled / admin × preview / paid', async () => {
    const [paid, preview] = course.sections[0]!.lessons;
    const materialId = preview!.materials[0]!.materialId;
    const cases: [string, string | undefined, number, number][] = [
      ['anonymous', undefined, 200, 401],
      ['student not enrolled', student, 200, 403],
      ['enrolled student', enrolled, 200, 200],
      ['admin', admin, 200, 200],
    ];
    for (const [who, token, previewStatus, paidStatus] of cases) {
      expect((await api.get(`/api/courses/${course.courseId}/lessons/${preview!.lessonId}/playback`, token)).status, `${who} preview`).toBe(previewStatus);
      expect((await api.get(`/api/courses/${course.courseId}/lessons/${paid!.lessonId}/playback`, token)).status, `${who} paid`).toBe(paidStatus);
      expect((await api.get(`/api/courses/${course.courseId}/lessons/${preview!.lessonId}/materials/${materialId}`, token)).status, `${who} material`).toBe(previewStatus);
    }
    const download = signedLinkSchema.parse((await api.get(`/api/courses/${course.courseId}/lessons/${preview!.lessonId}/materials/${materialId}`)).body);
    const file = await fetch(download.url);
    expect(file.headers.get('content-disposition')).toMatch(/attachment/);
    expect(await file.text()).toBe('%PDF-1.4 tab sheet');

    // Unknown ids, and a lesson id of another course, are all the same 404.
    expect((await api.get(`/api/courses/${course.courseId}/lessons/nope/playback`, admin)).status).toBe(404);
    expect((await api.get(`/api/courses/demo-guitar-first-chords/lessons/${paid!.lessonId}/playback`, admin)).status).toBe(404);
  });

  it('the bucket is private: a storage URL without a valid signature is refused', async () => {
    const link = signedLinkSchema.parse((await api.get(`/api/courses/${course.courseId}/lessons/${course.sections[0]!.lessons[1]!.lessonId}/playback`)).body);
    const unsigned = link.url.split('?')[0]!;
    expect((await fetch(unsigned)).status).toBe(403);
    const tampered = link.url.replace(/X-Amz-Signature=[0-9a-f]{4}/, 'X-Amz-Signature=0000');
    expect((await fetch(tampered)).status).toBe(403);
  });

  it("the teacher's profile (name, bio, photo) is shown on their course pages, without a users read per page", async () => {
    expect((await api.get('/api/admin/profile', admin)).body).toEqual({ displayName: 'Site admin', bio: '', photoUrl: '' });
    const saved = await api.request('PUT', '/api/admin/profile', { body: { displayName: '  Ana Lima ', bio: 'Classical guitarist, 20 years of teaching.' }, token: admin });
    expect(saved.body).toEqual({ displayName: 'Ana Lima', bio: 'Classical guitarist, 20 years of teaching.', photoUrl: '' });
    const bad = await api.request('PUT', '/api/admin/profile', { body: { displayName: ' ', bio: '' }, token: admin });
    expect([bad.status, bad.body.error]).toEqual([400, 'displayName: is required']);

    // The photo: a ticket for public/teachers/<me>/, the bytes to storage, then completion.
    const png = randomBytes(1500);
    const ticket = uploadTicketSchema.parse((await api.post('/api/admin/profile/photo', { contentType: 'image/png', sizeBytes: png.length }, admin)).body);
    expect(ticket.key).toMatch(/^public\/teachers\/[^/]+\/u[^/]+\.png$/);
    expect((await fetch(ticket.single!.url, { method: 'PUT', headers: ticket.single!.headers, body: png })).status).toBe(200);
    const withPhoto = await api.post<{ photoUrl: string }>('/api/admin/profile/photo/complete', { key: ticket.key }, admin);
    expect(withPhoto.body.photoUrl).toBe(`/media/${ticket.key}`);
    expect((await fetch(`${stack.url}${withPhoto.body.photoUrl}`)).status).toBe(200);
    expect((await api.post('/api/admin/profile/photo/complete', { key: 'public/teachers/another-user/u1.png' }, admin)).status).toBe(400);
    expect((await api.post('/api/admin/profile/photo', { contentType: 'text/plain', sizeBytes: 10 }, admin)).status).toBe(400);

    // Copied onto the course the admin created: the public page shows it from the course item alone.
    const detail = courseDetailSchema.parse((await api.get(`/api/courses/${course.courseId}`)).body);
    expect(detail).toMatchObject({ teacherName: 'Ana Lima', teacherBio: 'Classical guitarist, 20 years of teaching.', teacherPhotoUrl: `/media/${ticket.key}` });
    // Courses by other teachers (the demo ones) keep their own.
    expect((await api.get<{ teacherName: string }>('/api/courses/demo-guitar-first-chords')).body.teacherName).not.toBe('Ana Lima');
    // A new course starts with the profile's name.
    const draft = await api.post<AdminCourse>('/api/admin/courses', { title: 'Another', instrument: 'guitar', level: 'beginner', priceCents: 0, currency: 'USD' }, admin);
    expect(draft.body.teacherName).toBe('Ana Lima');
    expect((await api.request('DELETE', `/api/admin/courses/${draft.body.courseId}`, { token: admin })).status).toBe(204);
    // Copying made a new version of the course, as any edit does.
    course = adminCourseSchema.parse((await api.get(`/api/admin/courses/${course.courseId}`, admin)).body);
    expect(course.teacherName).toBe('Ana Lima');
  });

  it('a published course cannot be deleted; a draft can', async () => {
    expect((await api.request('DELETE', `/api/admin/courses/${course.courseId}`, { token: admin })).status).toBe(409);
    await edit('POST', `/api/admin/courses/${course.courseId}/unpublish`, { version: course.version });
    expect((await api.get(`/api/courses/${course.courseId}`)).status).toBe(404);
    expect((await api.request('DELETE', `/api/admin/courses/${course.courseId}`, { token: admin })).status).toBe(204);
    expect((await api.get(`/api/admin/courses/${course.courseId}`, admin)).status).toBe(404);
  });
});
