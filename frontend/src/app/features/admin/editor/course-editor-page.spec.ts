import type { AdminCourse } from '@lessonstage/shared';

import { buttonNamed } from '../../../shared/testing/dom-queries';
import { anOutlinedCourse } from '../testing/admin-course-fixtures';
import { aSingleTicket } from '../../../shared/uploads/testing/upload-tickets';
import { COURSE_URL, EditorHarness, pickFiles, renderEditorPage } from '../testing/editor-harness';
import { FakeXhr } from '../../../shared/uploads/testing/fake-xhr';
import { CourseEditorPage } from './course-editor-page';

describe('CourseEditorPage', () => {
  let h: EditorHarness<CourseEditorPage>;
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;

  beforeEach(async () => {
    URL.createObjectURL = vi.fn(() => 'blob:local-preview');
    URL.revokeObjectURL = vi.fn();
    h = await renderEditorPage(CourseEditorPage);
  });

  afterEach(() => {
    h.done();
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
  });

  const byTestId = (id: string) => h.el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const allByTestId = (id: string) => Array.from(h.el.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));

  /** The outlined course with a thumbnail and a video in every lesson: nothing blocks publishing. */
  const readyCourse = (overrides: Partial<AdminCourse> = {}) => {
    const course = anOutlinedCourse({ hasThumbnail: true, ...overrides });
    const video = { fileName: 'v.mp4', contentType: 'video/mp4', sizeBytes: 1000 };
    return {
      ...course,
      sections: course.sections.map((s) => ({ ...s, lessons: s.lessons.map((l) => ({ ...l, video: l.video ?? video, durationSec: l.durationSec || 9 })) })),
    };
  };

  async function confirmPublish() {
    byTestId('publish-button')!.querySelector('button')!.click();
    await h.stable();
    (h.modal()!.querySelector('[data-testid="confirm-publish"]') as HTMLButtonElement).click();
    await h.stable();
  }

  async function loaded(course = anOutlinedCourse()) {
    h.http.expectOne(COURSE_URL).flush(course);
    await h.stable();
  }

  it('loads the course and shows its parts', async () => {
    expect(byTestId('loading-state')).not.toBeNull();
    await loaded();

    expect(h.el.querySelector('h1')?.textContent?.trim()).toBe('Fingerstyle Foundations');
    expect(byTestId('course-status')?.textContent).toBe('Draft');
    expect(byTestId('publish-button')).not.toBeNull();
    expect(byTestId('delete-course')).not.toBeNull();
    expect(byTestId('view-in-catalog')).toBeNull();
    expect(Array.from(h.el.querySelectorAll('h2')).map((e) => e.textContent?.trim())).toEqual([
      'Details',
      'Thumbnail',
      'Sections and lessons',
    ]);
    expect(allByTestId('section')).toHaveLength(2);
    expect(allByTestId('lesson-row')).toHaveLength(3);
    expect(document.title).toContain('Fingerstyle Foundations');
  });

  it('says when the course does not exist', async () => {
    h.http.expectOne(COURSE_URL).flush({ error: 'Course not found' }, { status: 404, statusText: 'Not Found' });
    await h.stable();
    expect(byTestId('error-state')?.textContent).toContain('Course not found');
  });

  it('lists what is missing before publishing, sends nothing, and keeps the list on the page', async () => {
    await loaded();
    byTestId('publish-button')!.querySelector('button')!.click();
    await h.stable();

    const dialog = h.modal()!;
    expect(dialog.textContent).toContain('Not ready to publish');
    expect(Array.from(dialog.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'The course needs a thumbnail.',
      'Lesson "Thumb" has no video.',
      'Lesson "Greensleeves" has no video.',
    ]);
    expect(buttonNamed(dialog, 'OK')).toBeDefined();
    expect(dialog.querySelector('[data-testid="confirm-publish"]')).toBeNull();
    buttonNamed(dialog, 'OK').click();
    await h.stable();

    h.http.expectNone(`${COURSE_URL}/publish`);
    expect(Array.from(byTestId('publish-problems')!.querySelectorAll('li')).map((li) => li.textContent)).toHaveLength(3);
    expect(byTestId('course-status')?.textContent).toBe('Draft');
  });

  it("still lists the API's reasons when it refuses a publish", async () => {
    await loaded(readyCourse());
    await confirmPublish();
    const req = h.http.expectOne({ method: 'POST', url: `${COURSE_URL}/publish` });
    expect(req.request.body).toEqual({ version: 5 });
    req.flush(
      { error: 'The course is not ready to publish: …', code: 'NotReadyToPublish', problems: ['The course needs a thumbnail.'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await h.stable();

    const problems = byTestId('publish-problems')!;
    expect(problems.getAttribute('role')).toBe('alert');
    expect(Array.from(problems.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['The course needs a thumbnail.']);
  });

  it('shows what students will see, and publishes only after confirming', async () => {
    await loaded(readyCourse());
    byTestId('publish-button')!.querySelector('button')!.click();
    await h.stable();
    const dialog = h.modal()!;
    expect(dialog.textContent).toContain('Publish “Fingerstyle Foundations”?');
    expect(Array.from(dialog.querySelectorAll('[data-testid="publish-summary"] li')).map((li) => li.textContent)).toEqual([
      'Listed in the catalog as “Fingerstyle Foundations”: Guitar, Beginner, $39.00.',
      'Taught by Site admin.',
      '2 sections, 3 lessons (01:00 of video).',
      '1 free preview lesson, open to every visitor.',
      '1 downloadable material for students who bought the course.',
    ]);
    buttonNamed(dialog, 'Cancel').click();
    await h.stable();
    h.http.expectNone(`${COURSE_URL}/publish`);
    expect(byTestId('course-status')?.textContent).toBe('Draft');
  });

  it('publishes, then links to the catalog and offers Unpublish', async () => {
    await loaded(readyCourse());
    await confirmPublish();
    h.http.expectOne(`${COURSE_URL}/publish`).flush(readyCourse({ status: 'published', version: 6 }));
    await h.stable();

    expect(byTestId('course-status')?.textContent).toBe('Published');
    expect(byTestId('view-in-catalog')?.getAttribute('href')).toBe('/courses/course-1');
    expect(byTestId('publish-problems')).toBeNull();
    expect(byTestId('delete-course')).toBeNull();

    byTestId('unpublish-button')!.querySelector('button')!.click();
    await h.stable();
    buttonNamed(h.modal()!, 'Unpublish').click();
    await h.stable();
    const req = h.http.expectOne(`${COURSE_URL}/unpublish`);
    expect(req.request.body).toEqual({ version: 6 });
    req.flush(anOutlinedCourse({ status: 'draft', version: 7 }));
    await h.stable();
    expect(byTestId('course-status')?.textContent).toBe('Draft');
  });

  it('shows a version conflict with Reload', async () => {
    await loaded();
    byTestId('preview-toggle')!.querySelector('button')!.click();
    await h.stable();
    h.http
      .expectOne({ method: 'PATCH', url: `${COURSE_URL}/lessons/l-1` })
      .flush({ error: 'changed', code: 'VersionConflict' }, { status: 409, statusText: 'Conflict' });
    await h.stable();

    const conflict = byTestId('version-conflict')!;
    expect(conflict.getAttribute('role')).toBe('alert');
    expect(conflict.textContent).toContain('Someone else changed this course');
    conflict.querySelector<HTMLButtonElement>('[data-testid="reload-course"] button')!.click();
    h.http.expectOne({ method: 'GET', url: COURSE_URL }).flush(anOutlinedCourse({ version: 8, title: 'Renamed elsewhere' }));
    await h.stable();

    expect(byTestId('version-conflict')).toBeNull();
    expect(h.el.querySelector('h1')?.textContent?.trim()).toBe('Renamed elsewhere');
  });

  it('deletes a draft after confirmation and goes back to the list', async () => {
    await loaded();
    byTestId('delete-course')!.click();
    await h.stable();
    const modal = h.modal()!;
    expect(modal.textContent).toContain('“Fingerstyle Foundations” will be deleted');
    modal.querySelector<HTMLButtonElement>('[data-testid="confirm"]')!.click();
    await h.stable();

    h.http.expectOne({ method: 'DELETE', url: COURSE_URL }).flush(null, { status: 204, statusText: 'No Content' });
    await h.stable();
    expect(h.router.url).toBe('/admin');
  });

  it('uploads a video with a live progress bar; the row goes once the lesson has the file', async () => {
    await loaded();
    const lesson = allByTestId('lesson-row')[0];
    pickFiles(lesson.querySelector<HTMLInputElement>('[data-testid="video-input"]')!, new File([new Uint8Array(2000)], 'thumb.mp4', { type: 'video/mp4' }));
    await h.stable();

    h.http.expectOne('/api/admin/uploads').flush(aSingleTicket());
    await h.stable();
    FakeXhr.sent[0].progress(500);
    await h.stable();

    const row = lesson.querySelector<HTMLElement>('[data-testid="upload-progress"]')!;
    expect(row.textContent).toContain('thumb.mp4');
    expect(row.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('25');
    expect(row.textContent).toContain('25% · 500 bytes of 2 KB');
    expect(h.el.querySelector('.save-status')?.textContent).toBe('Uploading…');

    FakeXhr.sent[0].respond(200);
    await h.stable();
    const withVideo = anOutlinedCourse({ version: 6 });
    withVideo.sections[0].lessons[0] = {
      ...withVideo.sections[0].lessons[0],
      durationSec: 42,
      video: { fileName: 'thumb.mp4', contentType: 'video/mp4', sizeBytes: 2000 },
    };
    h.http.expectOne('/api/admin/uploads/complete').flush(withVideo);
    await h.stable();

    expect(lesson.querySelector('[data-testid="upload-progress"]')).toBeNull();
    expect(lesson.querySelector('[data-testid="video-file"]')?.textContent).toContain('thumb.mp4');
    expect(lesson.querySelector('[data-testid="video-file"]')?.textContent).toContain('00:42');
    expect(h.el.textContent).toContain('thumb.mp4 uploaded.');
  });
});
