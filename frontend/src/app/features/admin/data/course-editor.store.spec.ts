import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import { anAdminCourse, anOutlinedCourse } from '../testing/admin-course-fixtures';
import { CourseEditorStore, EditDroppedError } from './course-editor.store';

const COURSE_URL = '/api/admin/courses/course-1';
const CONFLICT = { status: 409, statusText: 'Conflict' };
const conflictBody = { error: 'The course was changed by someone else; reload it and try again', code: 'VersionConflict' };

describe('CourseEditorStore', () => {
  let store: CourseEditorStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), CourseEditorStore],
    });
    store = TestBed.inject(CourseEditorStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function loaded(course = anOutlinedCourse()) {
    store.load('course-1');
    http.expectOne(COURSE_URL).flush(course);
    return course;
  }

  it('loads the course', () => {
    store.load('course-1');
    expect(store.loadState()).toBe('loading');
    expect(store.course()).toBeNull();

    http.expectOne({ method: 'GET', url: COURSE_URL }).flush(anOutlinedCourse());

    expect(store.loadState()).toBe('ready');
    expect(store.course()?.title).toBe('Fingerstyle Foundations');
  });

  it('reports a failed load', () => {
    store.load('course-1');
    http.expectOne(COURSE_URL).flush({ error: 'Course not found' }, { status: 404, statusText: 'Not Found' });
    expect(store.loadState()).toBe('error');
  });

  it('sends the version it last saw and keeps the course each edit answers', async () => {
    loaded(anAdminCourse({ version: 3 }));

    const saved = store.saveDetails({ title: 'New title' });
    expect(store.isPending('details')).toBe(true);
    expect(store.saving()).toBe(true);
    const req = http.expectOne({ method: 'PATCH', url: COURSE_URL });
    expect(req.request.body).toEqual({ title: 'New title', version: 3 });
    req.flush(anAdminCourse({ title: 'New title', version: 4 }));

    expect(await saved).toMatchObject({ ok: true });
    expect(store.course()).toMatchObject({ title: 'New title', version: 4 });
    expect(store.saving()).toBe(false);
  });

  it('sends edits one at a time, each with the version the previous one answered', async () => {
    loaded(anAdminCourse({ version: 3 }));

    const first = store.addSection('Basics');
    const second = store.addSection('Songs');
    const req1 = http.expectOne(`${COURSE_URL}/sections`);
    expect(req1.request.body).toEqual({ title: 'Basics', version: 3 });
    req1.flush(anAdminCourse({ version: 4 }));
    await first;

    const req2 = http.expectOne(`${COURSE_URL}/sections`);
    expect(req2.request.body).toEqual({ title: 'Songs', version: 4 });
    req2.flush(anAdminCourse({ version: 5 }));
    expect(await second).toMatchObject({ ok: true });
    expect(store.course()?.version).toBe(5);
  });

  it('enters the conflict state on a 409 VersionConflict, drops queued edits, and leaves it on reload', async () => {
    loaded();

    const stale = store.renameSection('s-1', 'Renamed');
    const queued = store.renameSection('s-2', 'Also renamed');
    http.expectOne(`${COURSE_URL}/sections/s-1`).flush(conflictBody, CONFLICT);

    expect(await stale).toMatchObject({ ok: false });
    const dropped = await queued;
    expect(dropped.ok).toBe(false);
    expect(!dropped.ok && dropped.error).toBeInstanceOf(EditDroppedError);
    expect(store.conflict()).toBe(true);
    expect(store.error()).toBeNull();
    http.expectNone(`${COURSE_URL}/sections/s-2`);

    store.reload();
    expect(store.reloading()).toBe(true);
    http.expectOne(COURSE_URL).flush(anOutlinedCourse({ version: 9, title: 'Changed elsewhere' }));
    expect(store.conflict()).toBe(false);
    expect(store.course()).toMatchObject({ version: 9, title: 'Changed elsewhere' });
  });

  it('shows other failures as a message and keeps the last good course', async () => {
    const course = loaded();
    const result = store.addLesson('s-1', '');
    http
      .expectOne(`${COURSE_URL}/sections/s-1/lessons`)
      .flush({ error: 'title: is required', code: 'ValidationError' }, { status: 400, statusText: 'Bad Request' });

    expect(await result).toMatchObject({ ok: false });
    expect(store.error()).toBe('Title: is required');
    expect(store.course()).toEqual(course);
  });

  it('keeps the problems of a refused publish', async () => {
    loaded();
    const result = store.publish();
    const req = http.expectOne({ method: 'POST', url: `${COURSE_URL}/publish` });
    expect(req.request.body).toEqual({ version: 5 });
    req.flush(
      { error: 'The course is not ready to publish', code: 'NotReadyToPublish', problems: ['The course needs a thumbnail.'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await result;

    expect(store.publishProblems()).toEqual(['The course needs a thumbnail.']);
    expect(store.error()).toBeNull();

    const again = store.publish();
    expect(store.publishProblems()).toBeNull();
    http.expectOne(`${COURSE_URL}/publish`).flush(anOutlinedCourse({ status: 'published', version: 6 }));
    await again;
    expect(store.course()?.status).toBe('published');
  });

  it('shows a preview change at once and takes it back when it fails', async () => {
    loaded();
    const lesson = () => store.course()!.sections[1].lessons[0];

    const result = store.setPreview('l-3', true);
    expect(lesson().preview).toBe(true);
    const req = http.expectOne({ method: 'PATCH', url: `${COURSE_URL}/lessons/l-3` });
    expect(req.request.body).toEqual({ preview: true, version: 5 });
    req.flush({ error: 'boom' }, { status: 500, statusText: 'Server Error' });
    await result;

    expect(lesson().preview).toBe(false);
    expect(store.error()).toMatch(/something went wrong/i);
  });

  it('reorders at once and sends the whole outline', async () => {
    loaded();
    const result = store.move({ kind: 'lesson', lessonId: 'l-3', sectionId: 's-1', index: 0 });
    expect(store.course()!.sections.map((s) => s.lessons.map((l) => l.lessonId))).toEqual([['l-3', 'l-1', 'l-2'], []]);

    const req = http.expectOne({ method: 'PUT', url: `${COURSE_URL}/outline` });
    expect(req.request.body).toEqual({
      version: 5,
      sections: [
        { sectionId: 's-1', lessonIds: ['l-3', 'l-1', 'l-2'] },
        { sectionId: 's-2', lessonIds: [] },
      ],
    });
    req.flush(anOutlinedCourse({ version: 6 }));
    await result;
  });

  it('works out a queued move against the course the previous edit answered', async () => {
    loaded();
    const added = store.addLesson('s-1', 'New');
    const moved = store.move({ kind: 'section', sectionId: 's-2', index: 0 });

    const withNewLesson = anOutlinedCourse({ version: 6 });
    withNewLesson.sections[0].lessons.push({ ...withNewLesson.sections[0].lessons[0], lessonId: 'l-new', title: 'New' });
    http.expectOne(`${COURSE_URL}/sections/s-1/lessons`).flush(withNewLesson);
    await added;

    const req = http.expectOne(`${COURSE_URL}/outline`);
    expect(req.request.body).toEqual({
      version: 6,
      sections: [
        { sectionId: 's-2', lessonIds: ['l-3'] },
        { sectionId: 's-1', lessonIds: ['l-1', 'l-2', 'l-new'] },
      ],
    });
    req.flush(anOutlinedCourse({ version: 7 }));
    await moved;
  });

  it('records uploads even in the conflict state, without an editor-wide error', async () => {
    loaded();
    store.renameSection('s-1', 'x');
    http.expectOne(`${COURSE_URL}/sections/s-1`).flush(conflictBody, CONFLICT);
    expect(store.conflict()).toBe(true);

    const recorded = await store.recordUpload('upload:1', () => of(anOutlinedCourse({ version: 12, hasThumbnail: true })));
    expect(recorded).toMatchObject({ ok: true });
    expect(store.course()?.hasThumbnail).toBe(true);
    expect(store.error()).toBeNull();
  });

  it('deletes the course', async () => {
    loaded();
    const deleted = store.deleteCourse();
    expect(store.deleting()).toBe(true);
    http.expectOne({ method: 'DELETE', url: COURSE_URL }).flush(null, { status: 204, statusText: 'No Content' });
    expect(await deleted).toBe(true);
  });

  it('says why a delete failed', async () => {
    loaded();
    const deleted = store.deleteCourse();
    http
      .expectOne({ method: 'DELETE', url: COURSE_URL })
      .flush({ error: 'Unpublish the course before deleting it', code: 'CoursePublished' }, CONFLICT);
    expect(await deleted).toBe(false);
    expect(store.error()).toBe('Unpublish the course before deleting it');
  });

  it('does not take an answer about another course as its state', async () => {
    loaded();
    const recorded = await store.recordUpload('upload:1', () => of(anAdminCourse({ courseId: 'other', version: 40 })));
    expect(recorded.ok).toBe(true);
    expect(store.course()?.courseId).toBe('course-1');
    expect(store.course()?.version).toBe(5);
  });
});
