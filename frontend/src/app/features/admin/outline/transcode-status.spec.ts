import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AdminCourse, AdminLesson, TranscodeState } from '@lessonstage/shared';

import { CourseEditorStore } from '../data/course-editor.store';
import { TRANSCODE_POLL_MS } from '../data/transcode-watch';
import { anOutlinedCourse } from '../testing/admin-course-fixtures';
import { COURSE_URL, EditorHarness, renderEditorPart } from '../testing/editor-harness';
import { LessonEditor } from './lesson-editor';

@Component({
  imports: [LessonEditor],
  template: `<app-lesson-editor [lesson]="lesson()" [number]="2" />`,
})
class Host {
  private readonly store = TestBed.inject(CourseEditorStore);
  readonly lesson = () => this.store.course()!.sections[0]!.lessons[1] as AdminLesson;
}

const REASON = 'This file is damaged or incomplete. Export it again and upload it.';

function withTranscode(transcode: TranscodeState): AdminCourse {
  const course = anOutlinedCourse();
  course.sections[0]!.lessons[1] = { ...course.sections[0]!.lessons[1]!, transcode };
  return course;
}

describe('A lesson’s streaming status', () => {
  let h: EditorHarness<Host>;
  const status = () => h.el.querySelector<HTMLElement>('[data-testid="transcode-status"]');
  const text = () => status()?.textContent?.replace(/\s+/g, ' ').trim();

  afterEach(() => {
    vi.useRealTimers();
    h.done();
  });

  it('shows the percent while converting, polls the course, and stops once ready', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    h = await renderEditorPart(Host, withTranscode({ jobId: 't1', status: 'running', percent: 42, updatedAt: '2026-12-05T10:00:00.000Z' }));
    expect(text()).toContain('Transcoding 42 %');
    expect(status()?.querySelector('[role="status"]')?.textContent).toBe('“Fingers” converting for streaming.');

    vi.advanceTimersByTime(TRANSCODE_POLL_MS);
    h.http.expectOne({ method: 'GET', url: COURSE_URL }).flush(withTranscode({ jobId: 't1', status: 'ready', percent: 100, updatedAt: '2026-12-05T10:01:00.000Z' }));
    await h.stable();
    expect(text()).toContain('Ready');
    expect(status()?.getAttribute('data-status')).toBe('ready');

    vi.advanceTimersByTime(3 * TRANSCODE_POLL_MS);
    h.http.expectNone(COURSE_URL);
  });

  it('shows why it failed, and Retry queues it again', async () => {
    h = await renderEditorPart(Host, withTranscode({ jobId: 't1', status: 'failed', reason: REASON, updatedAt: '2026-12-05T10:00:00.000Z' }));
    expect(text()).toContain('Failed');
    expect(h.el.querySelector('[data-testid="transcode-reason"]')?.textContent).toBe(REASON);

    const retry = h.el.querySelector<HTMLButtonElement>('button[aria-label="Retry converting “Fingers”"]')!;
    retry.click();
    await h.stable();
    const request = h.http.expectOne({ method: 'POST', url: `${COURSE_URL}/lessons/l-2/transcode` });
    expect(retry.disabled).toBe(true);
    request.flush({ jobId: 't2', status: 'queued', updatedAt: '2026-12-05T10:02:00.000Z' });
    await h.stable();
    expect(status()?.querySelector('.chip')?.textContent).toBe('Queued');
    expect(h.el.querySelector('[data-testid="transcode-retry"]')).toBeNull();
  });

  it('shows nothing for a lesson whose video has no job', async () => {
    h = await renderEditorPart(Host, anOutlinedCourse());
    expect(status()).toBeNull();
  });
});
