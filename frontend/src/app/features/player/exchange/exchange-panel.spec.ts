import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aSubmission, aSubmissionDetail } from '../../../shared/exchange/testing/submission-fixtures';
import { ExchangePanel } from './exchange-panel';

const LIST = '/api/courses/c1/lessons/l1/submissions';

describe('ExchangePanel', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(openSubmission: string | null = null) {
    const fixture = TestBed.createComponent(ExchangePanel);
    fixture.componentRef.setInput('courseId', 'c1');
    fixture.componentRef.setInput('lessonId', 'l1');
    fixture.componentRef.setInput('openSubmission', openSubmission);
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement, settle: async () => { await fixture.whenStable(); fixture.detectChanges(); } };
  }

  it("lists the student's own takes and the class's shared ones; shares and deletes only their own", async () => {
    const { el, settle } = await render();
    http.expectOne(LIST).flush({ items: [aSubmission({ submissionId: 'sub_mine' }), aSubmission({ submissionId: 'sub_ben', mine: false, shared: true, studentName: 'Ben' })], nextCursor: null });
    await settle();
    const items = el.querySelectorAll('[data-testid="submission-item"]');
    expect(Array.from(items).map((i) => i.querySelector('.who')?.textContent?.trim())).toEqual(['Your take', "Ben's take"]);
    expect(items[1]!.querySelector('[data-testid="share-submission"]')).toBeNull();

    items[0]!.querySelector<HTMLButtonElement>('[data-testid="share-submission"]')!.click();
    const share = http.expectOne({ method: 'PATCH', url: '/api/submissions/sub_mine' });
    expect(share.request.body).toEqual({ shared: true });
    share.flush(aSubmission({ submissionId: 'sub_mine', shared: true }));
    await settle();
    expect(el.querySelector('[data-testid="share-submission"]')?.textContent?.trim()).toBe('Stop sharing');

    el.querySelector<HTMLButtonElement>('[data-testid="delete-submission"]')!.click();
    await settle();
    el.querySelector<HTMLButtonElement>('[data-testid="confirm-delete"]')!.click();
    http.expectOne({ method: 'DELETE', url: '/api/submissions/sub_mine' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el.querySelectorAll('[data-testid="submission-item"]')).toHaveLength(1);
  });

  it("opens a notification's take with its comments as marks", async () => {
    const { el, settle } = await render('sub_1');
    http.expectOne(LIST).flush({ items: [aSubmission()], nextCursor: null });
    await settle();
    http.expectOne('/api/submissions/sub_1').flush(aSubmissionDetail({ comments: [{ commentId: 'c1', atMs: 3000, text: 'relax the thumb', authorName: 'T', createdAt: '2026-12-01T10:00:00.000Z' }] }));
    await settle();
    expect(el.querySelector('[data-testid="comment-mark"]')?.getAttribute('aria-label')).toBe('Go to 0:03 — relax the thumb');
  });

  it("offers the lesson's metronome in the recorder only when the lesson has a tempo", async () => {
    const { fixture, el, settle } = await render();
    http.expectOne(LIST).flush({ items: [], nextCursor: null });
    await settle();
    el.querySelector<HTMLButtonElement>('[data-testid="new-take"]')!.click();
    await settle();
    expect(el.querySelector('[data-testid="take-recorder"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="recording-metronome"]')).toBeNull();

    fixture.componentRef.setInput('timing', { tempoBpm: 96, timeSignature: [4, 4], firstDownbeatMs: 0, syncPoints: [] });
    await settle();
    expect(el.querySelector('[data-testid="recording-metronome"]')?.textContent).toContain('Metronome while recording');
  });

  it('says why a student not enrolled cannot send', async () => {
    const { el, settle } = await render();
    http.expectOne(LIST).flush({ error: 'Enroll', code: 'NotEnrolled' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(el.textContent).toContain('Enroll in this course');
    expect(el.querySelector('[data-testid="new-take"]')).toBeNull();
  });
});
