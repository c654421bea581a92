import { TestBed } from '@angular/core/testing';

import { SubmissionTimeline } from './submission-timeline';

describe('SubmissionTimeline', () => {
  function render(comments: { atMs: number; text: string }[]) {
    const fixture = TestBed.createComponent(SubmissionTimeline);
    fixture.componentRef.setInput('durationMs', 10_000);
    fixture.componentRef.setInput(
      'comments',
      comments.map((c, i) => ({ ...c, commentId: `c${i}`, authorName: 'Teacher', createdAt: '2026-12-01T10:00:00.000Z' })),
    );
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('marks each comment at its moment on the timeline, in order, and lists it as "0:03 — text"', () => {
    const { el } = render([
      { atMs: 7_500, text: 'breathe' },
      { atMs: 3_000, text: 'relax the thumb' },
    ]);
    const marks = Array.from(el.querySelectorAll<HTMLElement>('[data-testid="comment-mark"]'));
    expect(marks.map((m) => m.style.left)).toEqual(['30%', '75%']);
    expect(marks[0]!.getAttribute('aria-label')).toBe('Go to 0:03 — relax the thumb');
    expect(Array.from(el.querySelectorAll('[data-testid="submission-comment"] .moment')).map((e) => e.textContent?.trim())).toEqual(['0:03 — relax the thumb', '0:07 — breathe']);
  });

  it('asks the player to seek to a mark', () => {
    const { fixture, el } = render([{ atMs: 3_000, text: 'here' }]);
    const seeks: number[] = [];
    fixture.componentInstance.seek.subscribe((ms) => seeks.push(ms));
    el.querySelector<HTMLButtonElement>('[data-testid="comment-mark"]')!.click();
    expect(seeks).toEqual([3_000]);
  });
});
