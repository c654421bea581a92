import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AdminLesson } from '@lessonstage/shared';

import { anOutlinedCourse } from '../testing/admin-course-fixtures';
import { aSingleTicket } from '../../../shared/uploads/testing/upload-tickets';
import { COURSE_URL, EditorHarness, pickFiles, renderEditorPart } from '../testing/editor-harness';
import { FakeXhr } from '../../../shared/uploads/testing/fake-xhr';
import { LessonEditor } from './lesson-editor';
import { CourseEditorStore } from '../data/course-editor.store';

@Component({
  imports: [LessonEditor],
  template: `<app-lesson-editor [lesson]="lesson()" [number]="2" [canMoveUp]="true" [canMoveDown]="false" (step)="steps.push($event)" />`,
})
class Host {
  private readonly store = TestBed.inject(CourseEditorStore);
  readonly lessonId = signal('l-2');
  readonly lesson = () =>
    this.store.course()!.sections.flatMap((s) => s.lessons).find((l) => l.lessonId === this.lessonId()) as AdminLesson;
  readonly steps: number[] = [];
}

describe('LessonEditor', () => {
  let h: EditorHarness<Host>;

  beforeEach(async () => {
    h = await renderEditorPart(Host, anOutlinedCourse());
  });

  afterEach(() => h.done());

  const byTestId = (id: string) => h.el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const button = (label: string) => h.el.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;

  it('shows the title, number, video and materials', () => {
    expect(h.el.querySelector('h4')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('2. Fingers');
    expect(byTestId('video-file')?.textContent).toContain('fingers.mp4');
    expect(byTestId('video-file')?.textContent).toContain('1.5 MB · 00:42');
    expect(byTestId('material-row')?.textContent).toContain('Tab sheet.pdf');
    expect(byTestId('material-row')?.textContent).toContain('PDF · 2 KB');
    expect(button('Replace video of “Fingers”')).not.toBeNull();
  });

  it('saves a Markdown description with its own button, trimmed, and shows the saved one', async () => {
    const field = byTestId('lesson-description-input') as HTMLTextAreaElement;
    expect(field.getAttribute('aria-label')).toBe('Description (optional): Fingers');
    expect(byTestId('save-lesson-description')).toBeNull(); // nothing changed yet
    field.value = '  Play **slowly** first.  ';
    field.dispatchEvent(new Event('input'));
    await h.stable();

    byTestId('save-lesson-description')!.querySelector('button')!.click();
    await h.stable();
    const req = h.http.expectOne({ method: 'PATCH', url: `${COURSE_URL}/lessons/l-2` });
    expect(req.request.body).toEqual({ description: 'Play **slowly** first.', version: 5 });
    const course = anOutlinedCourse({ version: 6 });
    course.sections[0]!.lessons[1] = { ...course.sections[0]!.lessons[1]!, description: 'Play **slowly** first.' };
    req.flush(course);
    await h.stable();

    expect((byTestId('lesson-description-input') as HTMLTextAreaElement).value).toBe('Play **slowly** first.');
    expect(byTestId('save-lesson-description')).toBeNull();
  });

  it('says the length is unknown when neither the file nor the browser gave one', async () => {
    const course = anOutlinedCourse();
    const fingers = course.sections[0]!.lessons[1]!;
    course.sections[0]!.lessons[1] = { ...fingers, durationSec: 0 };
    h.store.reload();
    h.http.expectOne(COURSE_URL).flush(course);
    await h.stable();
    expect(byTestId('video-file')?.textContent).toContain('1.5 MB · length unknown');
  });

  it('has file pickers that accept the allowed types', () => {
    const video = h.el.querySelector<HTMLInputElement>('[data-testid="video-input"]')!;
    const material = h.el.querySelector<HTMLInputElement>('[data-testid="material-input"]')!;
    expect(video.type).toBe('file');
    expect(video.accept).toBe('video/mp4,video/quicktime,video/webm,audio/mpeg,audio/mp4,audio/x-m4a,audio/wav,audio/x-wav,audio/flac,audio/x-flac');
    expect(video.tabIndex).toBe(-1);
    expect(material.accept).toContain('application/pdf');
    expect(material.multiple).toBe(true);
  });

  it('emits moves from its buttons', () => {
    button('Move lesson “Fingers” up').click();
    expect(button('Move lesson “Fingers” down').disabled).toBe(true);
    expect(h.fixture.componentInstance.steps).toEqual([-1]);
  });

  it('switches the free preview', async () => {
    const toggle = byTestId('preview-toggle')!.querySelector<HTMLButtonElement>('button[role="switch"]')!;
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.getAttribute('aria-label')).toBe('Free preview: Fingers');
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toContain('Anyone can watch');
    toggle.click();
    await h.stable();

    expect(toggle.getAttribute('aria-checked')).toBe('true');
    const req = h.http.expectOne({ method: 'PATCH', url: `${COURSE_URL}/lessons/l-2` });
    expect(req.request.body).toEqual({ preview: true, version: 5 });
    req.flush(anOutlinedCourse({ version: 6 }));
  });

  it('renames the lesson', async () => {
    button('Rename lesson “Fingers”').click();
    await h.stable();
    const modal = h.modal()!;
    const field = modal.querySelector<HTMLInputElement>('input')!;
    field.value = 'Index and middle';
    field.dispatchEvent(new Event('input'));
    modal.querySelector('form')!.dispatchEvent(new Event('submit'));
    await h.stable();

    const req = h.http.expectOne({ method: 'PATCH', url: `${COURSE_URL}/lessons/l-2` });
    expect(req.request.body).toEqual({ title: 'Index and middle', version: 5 });
    req.flush(anOutlinedCourse({ version: 6 }));
  });

  it('deletes the lesson and a material after confirmation', async () => {
    button('Delete material “Tab sheet.pdf”').click();
    await h.stable();
    h.modal()!.querySelector<HTMLButtonElement>('[data-testid="confirm"]')!.click();
    await h.stable();
    const material = h.http.expectOne((r) => r.method === 'DELETE' && r.url === `${COURSE_URL}/lessons/l-2/materials/m-1`);
    expect(material.request.params.get('version')).toBe('5');
    material.flush(anOutlinedCourse({ version: 6 }));
    await h.stable();

    button('Delete lesson “Fingers”').click();
    await h.stable();
    expect(h.modal()!.textContent).toContain('“Fingers” will be deleted with its video and materials');
    h.modal()!.querySelector<HTMLButtonElement>('[data-testid="confirm"]')!.click();
    await h.stable();
    const lesson = h.http.expectOne((r) => r.method === 'DELETE' && r.url === `${COURSE_URL}/lessons/l-2`);
    expect(lesson.request.params.get('version')).toBe('6');
    lesson.flush(anOutlinedCourse({ version: 7 }));
  });

  it('uploads each picked material, and one video at a time', async () => {
    const pdf = new File(['%PDF-1.4'], 'Chords.pdf', { type: 'application/pdf' });
    const mp3 = new File(['ID3'], 'Backing.mp3', { type: 'audio/mpeg' });
    pickFiles(h.el.querySelector<HTMLInputElement>('[data-testid="material-input"]')!, pdf, mp3);
    await h.stable();
    const tickets = h.http.match('/api/admin/uploads');
    expect(tickets.map((t) => [t.request.body.kind, t.request.body.lessonId, t.request.body.fileName])).toEqual([
      ['material', 'l-2', 'Chords.pdf'],
      ['material', 'l-2', 'Backing.mp3'],
    ]);
    expect(h.el.querySelectorAll('[data-testid="upload-progress"]')).toHaveLength(2);

    pickFiles(h.el.querySelector<HTMLInputElement>('[data-testid="video-input"]')!, new File(['x'], 'v.mp4', { type: 'video/mp4' }));
    await h.stable();
    h.http.expectOne('/api/admin/uploads').flush(aSingleTicket());
    await h.stable();
    expect(button('Replace video of “Fingers”').disabled).toBe(true);

    // Leaving the editor stops what is still running.
    tickets.forEach((t) => t.flush(aSingleTicket()));
    await h.stable();
    h.fixture.destroy();
    TestBed.resetTestingModule();
    expect(FakeXhr.sent.every((xhr) => xhr.aborted)).toBe(true);
  });
});
