import { CdkDropList } from '@angular/cdk/drag-drop';
import { By } from '@angular/platform-browser';

import { buttonNamed, inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { anAdminCourse, anOutlinedCourse } from '../testing/admin-course-fixtures';
import { COURSE_URL, EditorHarness, renderEditorPart } from '../testing/editor-harness';
import { OutlineEditor } from './outline-editor';

describe('OutlineEditor', () => {
  let h: EditorHarness<OutlineEditor>;

  afterEach(() => h.done());

  const sections = () => Array.from(h.el.querySelectorAll<HTMLElement>('[data-testid="section"]'));
  const lessonTitles = () =>
    sections().map((s) => Array.from(s.querySelectorAll('[data-testid="lesson-row"] h4')).map((t) => t.textContent?.trim()));
  const button = (label: string) => h.el.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;

  describe('reordering', () => {
    beforeEach(async () => {
      h = await renderEditorPart(OutlineEditor, anOutlinedCourse());
    });

    it('numbers the lessons through the whole course and disables moves past its ends', () => {
      expect(lessonTitles()).toEqual([
        ['1. Thumb', '2. Fingers'],
        ['3. Greensleeves'],
      ]);
      expect(button('Move lesson “Thumb” up').disabled).toBe(true);
      expect(button('Move lesson “Greensleeves” down').disabled).toBe(true);
      expect(button('Move section “Basics” up').disabled).toBe(true);
      expect(button('Move section “Songs” down').disabled).toBe(true);
    });

    it('moves a lesson down with its button, sending the whole new outline, and keeps focus on the button', async () => {
      button('Move lesson “Thumb” down').click();
      await h.stable();

      expect(lessonTitles()).toEqual([['1. Fingers', '2. Thumb'], ['3. Greensleeves']]);
      const req = h.http.expectOne({ method: 'PUT', url: `${COURSE_URL}/outline` });
      expect(req.request.body).toEqual({
        version: 5,
        sections: [
          { sectionId: 's-1', lessonIds: ['l-2', 'l-1'] },
          { sectionId: 's-2', lessonIds: ['l-3'] },
        ],
      });
      expect(document.activeElement).toBe(button('Move lesson “Thumb” down'));
      expect(h.el.querySelector('[role="status"]')?.textContent).toContain('Lesson “Thumb” is now number 2, in section “Basics”');
      req.flush(anOutlinedCourse({ version: 6 }));
    });

    it('moves a lesson up across the section edge into the previous section', async () => {
      button('Move lesson “Greensleeves” up').click();
      await h.stable();
      const req = h.http.expectOne(`${COURSE_URL}/outline`);
      expect(req.request.body.sections).toEqual([
        { sectionId: 's-1', lessonIds: ['l-1', 'l-2', 'l-3'] },
        { sectionId: 's-2', lessonIds: [] },
      ]);
      req.flush(anOutlinedCourse({ version: 6 }));
    });

    it('moves a section with its button', async () => {
      button('Move section “Songs” up').click();
      await h.stable();
      const req = h.http.expectOne(`${COURSE_URL}/outline`);
      expect(req.request.body.sections.map((s: { sectionId: string }) => s.sectionId)).toEqual(['s-2', 's-1']);
      expect(document.activeElement).toBe(button('Move section “Songs” down'));
      req.flush(anOutlinedCourse({ version: 6 }));
    });

    it('turns a lesson dropped into another section into the new outline', async () => {
      const lists = h.fixture.debugElement.queryAll(By.directive(CdkDropList)).map((d) => d.injector.get(CdkDropList));
      const songs = lists.find((list) => list.data === 's-2')!;
      const basics = lists.find((list) => list.data === 's-1')!;
      expect(basics.connectedTo).toEqual(['lessons-s-1', 'lessons-s-2']);

      songs.dropped.emit({
        previousContainer: basics,
        container: songs,
        previousIndex: 0,
        currentIndex: 1,
        item: { data: 'l-1' },
      } as never);
      await h.stable();

      expect(lessonTitles()).toEqual([['1. Fingers'], ['2. Greensleeves', '3. Thumb']]);
      const req = h.http.expectOne(`${COURSE_URL}/outline`);
      expect(req.request.body.sections).toEqual([
        { sectionId: 's-1', lessonIds: ['l-2'] },
        { sectionId: 's-2', lessonIds: ['l-3', 'l-1'] },
      ]);
      req.flush(anOutlinedCourse({ version: 6 }));
    });

    it('turns a dropped section into the new outline, and ignores a drop in place', async () => {
      const sectionsList = h.fixture.debugElement.queryAll(By.directive(CdkDropList))[0].injector.get(CdkDropList);
      sectionsList.dropped.emit({ previousIndex: 0, currentIndex: 0, item: { data: 's-1' } } as never);
      h.http.expectNone(`${COURSE_URL}/outline`);

      sectionsList.dropped.emit({ previousIndex: 0, currentIndex: 1, item: { data: 's-1' } } as never);
      const req = h.http.expectOne(`${COURSE_URL}/outline`);
      expect(req.request.body.sections.map((s: { sectionId: string }) => s.sectionId)).toEqual(['s-2', 's-1']);
      req.flush(anOutlinedCourse({ version: 6 }));
    });

    it('shows the order back as it was when the server refuses it', async () => {
      button('Move lesson “Thumb” down').click();
      await h.stable();
      h.http.expectOne(`${COURSE_URL}/outline`).flush({ error: 'sections: must list every section' }, { status: 400, statusText: 'Bad Request' });
      await h.stable();
      expect(lessonTitles()).toEqual([['1. Thumb', '2. Fingers'], ['3. Greensleeves']]);
    });
  });

  describe('adding, renaming and deleting', () => {
    it('starts empty and adds a section, then a lesson to it', async () => {
      h = await renderEditorPart(OutlineEditor, anAdminCourse({ version: 1 }));
      expect(h.el.querySelector('[data-testid="no-sections"]')).not.toBeNull();

      h.el.querySelector<HTMLButtonElement>('[data-testid="add-section"]')!.click();
      await h.stable();
      expect(h.el.textContent).toContain('Enter a section title.');
      h.http.expectNone(`${COURSE_URL}/sections`);

      const title = h.el.querySelector<HTMLInputElement>('[data-testid="section-title-input"]')!;
      expect(title).toBe(inputLabelled(h.el, 'Section title'));
      typeInto(title, 'Basics');
      h.el.querySelector<HTMLButtonElement>('[data-testid="add-section"]')!.click();
      const addSection = h.http.expectOne({ method: 'POST', url: `${COURSE_URL}/sections` });
      expect(addSection.request.body).toEqual({ title: 'Basics', version: 1 });
      addSection.flush(anAdminCourse({ version: 2, sections: [{ sectionId: 's-9', title: 'Basics', lessons: [] }] }));
      await h.stable();

      expect(title.value).toBe('');
      expect(sections()).toHaveLength(1);
      const lessonTitle = inputLabelled(sections()[0], 'Lesson title');
      typeInto(lessonTitle, 'Open strings');
      sections()[0].querySelector<HTMLButtonElement>('[data-testid="add-lesson"]')!.click();
      const addLesson = h.http.expectOne({ method: 'POST', url: `${COURSE_URL}/sections/s-9/lessons` });
      expect(addLesson.request.body).toEqual({ title: 'Open strings', version: 2 });
      addLesson.flush(anOutlinedCourse());
    });

    it('renames a section in a dialog', async () => {
      h = await renderEditorPart(OutlineEditor, anOutlinedCourse());
      button('Rename section “Basics”').click();
      await h.stable();
      const modal = h.modal()!;
      const field = inputLabelled(modal, 'Section title');
      expect(field.value).toBe('Basics');
      typeInto(field, 'First steps');
      buttonNamed(modal, 'Rename').click();
      await h.stable();

      const req = h.http.expectOne({ method: 'PATCH', url: `${COURSE_URL}/sections/s-1` });
      expect(req.request.body).toEqual({ title: 'First steps', version: 5 });
      req.flush(anOutlinedCourse({ version: 6 }));
      expect(h.modal()).toBeNull();
    });

    it('deletes a section only after confirmation', async () => {
      h = await renderEditorPart(OutlineEditor, anOutlinedCourse());
      button('Delete section “Basics”').click();
      await h.stable();
      expect(h.modal()!.textContent).toContain('“Basics” will be deleted with its 2 lessons');
      buttonNamed(h.modal()!, 'Cancel').click();
      await h.stable();
      h.http.expectNone(`${COURSE_URL}/sections/s-1?version=5`);

      button('Delete section “Basics”').click();
      await h.stable();
      h.modal()!.querySelector<HTMLButtonElement>('[data-testid="confirm"]')!.click();
      await h.stable();
      const req = h.http.expectOne((r) => r.method === 'DELETE' && r.url === `${COURSE_URL}/sections/s-1`);
      expect(req.request.params.get('version')).toBe('5');
      req.flush(anOutlinedCourse({ version: 6 }));
    });
  });
});
