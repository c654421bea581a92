import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AdminLesson } from '@lessonstage/shared';

import { anOutlinedCourse } from '../testing/admin-course-fixtures';
import { aSingleTicket } from '../../../shared/uploads/testing/upload-tickets';
import { COURSE_URL, EditorHarness, pickFiles, renderEditorPart } from '../testing/editor-harness';
import { CourseEditorStore } from '../data/course-editor.store';
import { LessonCaptions } from './lesson-captions';

@Component({
  imports: [LessonCaptions],
  template: `<app-lesson-captions [lesson]="lesson()" />`,
})
class Host {
  private readonly store = TestBed.inject(CourseEditorStore);
  readonly lesson = () => this.store.course()!.sections.flatMap((s) => s.lessons).find((l) => l.lessonId === 'l-2') as AdminLesson;
}

function withCaptions() {
  const course = anOutlinedCourse();
  const lesson = course.sections[0]!.lessons[1]!;
  course.sections[0]!.lessons[1] = { ...lesson, captions: [{ lang: 'en', label: 'English', url: '/storage/en.vtt' }] };
  return course;
}

describe('LessonCaptions', () => {
  let h: EditorHarness<Host>;

  beforeEach(async () => {
    h = await renderEditorPart(Host, withCaptions());
  });

  afterEach(() => h.done());

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => h.el.querySelector<T>(`[data-testid="${id}"]`)!;
  const type = async (id: string, value: string) => {
    const input = byTestId<HTMLInputElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await h.stable();
  };
  const submit = async () => {
    h.el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await h.stable();
  };

  it('lists the captions per language with a delete button that asks first', async () => {
    expect(byTestId('captions-row').textContent).toContain('English');
    expect(byTestId('captions-row').textContent).toContain('en');
    h.el.querySelector<HTMLButtonElement>('button[aria-label="Delete English captions (en)"]')!.click();
    await h.stable();
    h.modal()!.querySelector<HTMLButtonElement>('[data-testid="confirm"]')!.click();
    await h.stable();
    const req = h.http.expectOne((r) => r.method === 'DELETE' && r.url === `${COURSE_URL}/lessons/l-2/captions/en`);
    expect(req.request.params.get('version')).toBe('5');
    req.flush(anOutlinedCourse({ version: 6 }));
  });

  it('shows what is missing or wrong before anything is sent', async () => {
    await submit();
    expect(byTestId('captions-file-error').textContent).toContain('Choose a WebVTT (.vtt) or SRT (.srt) file.');
    expect(h.el.textContent).toContain("Enter the captions' language.");
    await type('captions-lang', 'english!');
    expect(h.el.textContent).toContain('Use a language tag like en, es or pt-BR.');
    pickFiles(byTestId<HTMLInputElement>('captions-input'), new File(['x'], 'notes.pdf', { type: 'application/pdf' }));
    await h.stable();
    expect(byTestId('captions-file-error').textContent).toContain("notes.pdf can't be used as lesson captions. Accepted: WebVTT or SRT.");
    h.http.expectNone('/api/admin/uploads');
  });

  it('names the label after the language, says when it replaces one, and uploads with both', async () => {
    await type('captions-lang', 'pt-br');
    expect(byTestId<HTMLInputElement>('captions-label').value).toBe('Português (Brasil)');
    await type('captions-lang', 'en');
    expect(h.el.textContent).toContain('Replaces the English captions.');
    await type('captions-label', 'English (teacher)');
    pickFiles(byTestId<HTMLInputElement>('captions-input'), new File(['1\n00:00:01,000 --> 00:00:02,000\nHi\n'], 'lesson.srt'));
    await h.stable();
    expect(byTestId('captions-file-name').textContent).toContain('lesson.srt');
    await submit();

    const ticket = h.http.expectOne('/api/admin/uploads');
    expect(ticket.request.body).toMatchObject({ kind: 'captions', lessonId: 'l-2', fileName: 'lesson.srt', contentType: 'application/x-subrip' });
    ticket.flush(aSingleTicket());
    await h.stable();
    expect(h.el.querySelectorAll('[data-testid="upload-progress"]')).toHaveLength(1);
  });
});
