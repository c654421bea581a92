import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCourseSchema, playbackSchema, type AdminCourse } from '@lessonstage/shared';
import { DEFAULT_ADMIN } from '../local/local-config';
import { apiClient, type ApiResponse } from '../testing/api-client';
import { adminLesson, uploadLessonFile } from '../testing/lesson-uploads';
import { enrolledAndStranger, signInAdmin } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';

const COURSE = 'demo-guitar-first-chords';
const LESSON = 's1l2';
const SRT = '1\n00:00:01,000 --> 00:00:04,000\nPlace your fingers\n\n2\n00:00:05,000 --> 00:00:08,000\nNow strum\n';
const VTT_PT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nColoque os dedos\n';

describe('lesson captions: upload, check, replace, delete', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let admin: string;

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    admin = await signInAdmin(api, DEFAULT_ADMIN);
  });
  afterAll(() => stack.dispose());

  /** A captions upload with its language and label, as the editor sends it. */
  function uploadCaptions(body: string, fileName: string, captions: { lang: string; label: string } | undefined): Promise<ApiResponse> {
    const contentType = fileName.endsWith('.srt') ? 'application/x-subrip' : 'text/vtt';
    const bytes = new TextEncoder().encode(body);
    return uploadLessonFile(api, admin, { courseId: COURSE, lessonId: LESSON, kind: 'captions', fileName, contentType, body: bytes, complete: { captions } });
  }

  const lessonOf = (course: AdminCourse) => adminLesson(course, LESSON);
  const current = async () => adminCourseSchema.parse((await api.get(`/api/admin/courses/${COURSE}`, admin)).body);

  it('converts an SRT upload to WebVTT, kept per language, with a link the editor can read', async () => {
    const stored = await uploadCaptions(SRT, 'lesson.srt', { lang: 'EN', label: 'English' });
    expect(stored.status, JSON.stringify(stored.body)).toBe(200);
    const captions = lessonOf(adminCourseSchema.parse(stored.body)).captions!;
    expect(captions.map(({ lang, label }) => ({ lang, label }))).toEqual([{ lang: 'en', label: 'English' }]);
    expect(await (await fetch(captions[0]!.url)).text()).toBe(`WEBVTT\n\n${SRT.replace(/,/g, '.')}`);
  });

  it('refuses an invalid file naming its line, and the lesson keeps the captions it had', async () => {
    const refused = await uploadCaptions('1\n00:00:01,000 --> 00:00:04,000\nok\n\n2\n00:00:05 --> 00:00:06,000\nbad\n', 'broken.srt', { lang: 'en', label: 'Broken' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'InvalidCaptions', line: 6, error: expect.stringMatching(/^file: line 6: expected a cue timing like 00:00:01,000 --> 00:00:04,000/) });
    const captions = lessonOf(await current()).captions!;
    expect(captions.map((c) => c.label)).toEqual(['English']);
    expect(await (await fetch(captions[0]!.url)).text()).toContain('Place your fingers');
  });

  it('names the language and label fields when they are wrong or missing', async () => {
    const badLanguage = await uploadCaptions(VTT_PT, 'pt.vtt', { lang: 'portuguese!', label: 'Português' });
    expect(badLanguage.status).toBe(400);
    expect(badLanguage.body.error).toMatch(/^captions\.lang: must be a language tag/);
    const noLabel = await uploadCaptions(VTT_PT, 'pt.vtt', { lang: 'pt-BR', label: ' ' });
    expect(noLabel.body.error).toMatch(/^captions\.label: is required/);
    const none = await uploadCaptions(VTT_PT, 'pt.vtt', undefined);
    expect(none.body.error).toMatch(/^captions: /);
  });

  it('adds a second language, replaces a language on re-upload and deletes one', async () => {
    expect((await uploadCaptions(VTT_PT, 'pt.vtt', { lang: 'pt-br', label: 'Português' })).status).toBe(200);
    const replaced = await uploadCaptions('WEBVTT\n\n00:00:02.000 --> 00:00:03.000\nHello again\n', 'en.vtt', { lang: 'en', label: 'English (new)' });
    const captions = lessonOf(adminCourseSchema.parse(replaced.body)).captions!;
    expect(captions.map(({ lang, label }) => [lang, label])).toEqual([['en', 'English (new)'], ['pt-BR', 'Português']]);
    expect(await (await fetch(captions[0]!.url)).text()).toContain('Hello again');

    const { version } = await current();
    const path = `/api/admin/courses/${COURSE}/lessons/${LESSON}/captions`;
    const removed = await api.request('DELETE', `${path}/pt-BR?version=${version}`, { token: admin });
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(lessonOf(adminCourseSchema.parse(removed.body)).captions!.map((c) => c.lang)).toEqual(['en']);
    expect((await fetch(captions[1]!.url)).status).toBe(404);
    expect((await api.request('DELETE', `${path}/pt-BR?version=${version + 1}`, { token: admin })).status).toBe(404);
    expect((await api.request('DELETE', `${path}/not a tag?version=${version + 1}`, { token: admin })).body.error).toMatch(/^lang: /);
  });

  it('hands the player each language with a link that reads the WebVTT; only to who may watch', async () => {
    const { enrolled, stranger } = await enrolledAndStranger(stack, api, COURSE);
    const answer = await api.get(`/api/courses/${COURSE}/lessons/${LESSON}/playback`, enrolled.token);
    expect(answer.status).toBe(200);
    const playback = playbackSchema.parse(answer.body);
    expect(playback.captions.map(({ lang, label }) => ({ lang, label }))).toEqual([{ lang: 'en', label: 'English (new)' }]);
    const vtt = await fetch(playback.captions[0]!.url);
    expect(vtt.headers.get('content-type')).toMatch(/^text\/vtt/);
    expect(await vtt.text()).toMatch(/^WEBVTT\n[\s\S]*Hello again/);
    expect((await api.get(`/api/courses/${COURSE}/lessons/${LESSON}/playback`, stranger.token)).status).toBe(403);
  });
});
