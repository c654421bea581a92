import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aThread } from '../testing/discussion-fixtures';
import { ThreadListPage } from './thread-list-page';

describe('ThreadListPage', () => {
  function render(inputs: Record<string, unknown> = {}) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const fixture = TestBed.createComponent(ThreadListPage);
    fixture.componentRef.setInput('courseId', 'c1');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement, http: TestBed.inject(HttpTestingController) };
  }

  const course = { courseId: 'c1', title: 'Singing', sections: [{ sectionId: 's1', title: 'S', lessons: [{ lessonId: 's1l2', title: 'Sustaining a note' }] }] };

  it('lists threads with their badges and links a moment back to the lesson at that time', async () => {
    const { fixture, el, http } = render();
    http.expectOne('/api/courses/c1').flush(course);
    http.expectOne('/api/courses/c1/threads').flush({
      items: [aThread({ pinned: true, title: 'Welcome' }), aThread({ threadId: 't2', title: 'Breath', answered: true, replyCount: 1, lessonId: 's1l2', atMs: 3000 })],
      nextCursor: null,
    });
    fixture.detectChanges();
    await fixture.whenStable();
    const items = [...el.querySelectorAll('[data-testid="thread-item"]')];
    expect(items.map((item) => item.querySelector('.thread-link')?.textContent?.trim())).toEqual(['Welcome', 'Breath']);
    expect(items[0]!.querySelector('[data-testid="thread-pinned"]')).not.toBeNull();
    expect(items[1]!.querySelector('[data-testid="thread-answered"]')).not.toBeNull();
    const moment = items[1]!.querySelectorAll('a')[1]!;
    expect(moment.textContent).toContain('Sustaining a note at 0:03');
    expect(moment.getAttribute('href')).toBe('/courses/c1/lessons/s1l2?at=3000');
  });

  it('says that only the course’s students take part, for a 403', () => {
    const { fixture, el, http } = render();
    http.expectOne('/api/courses/c1').flush(course);
    http.expectOne('/api/courses/c1/threads').flush({ error: 'Enroll in this course to join its discussion', code: 'NotEnrolled' }, { status: 403, statusText: 'Forbidden' });
    fixture.detectChanges();
    expect(el.textContent).toContain("For this course's students");
    expect(el.querySelector('[data-testid="new-thread-form"]')).toBeNull();
  });
});
