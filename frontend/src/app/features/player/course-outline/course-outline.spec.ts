import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aCourseDetail } from '../../../core/courses/testing/course-fixtures';
import { CourseOutline } from './course-outline';

describe('CourseOutline', () => {
  let fixture: ComponentFixture<CourseOutline>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(CourseOutline);
    fixture.componentRef.setInput('course', aCourseDetail()); // lesson-1 (preview), lesson-2 | lesson-3
    fixture.componentRef.setInput('currentLessonId', 'lesson-2');
    fixture.componentRef.setInput('completed', new Set(['lesson-1']));
    await fixture.whenStable();
  });

  const links = () => Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>('[data-testid="outline-lesson"]'));
  const text = (link: HTMLElement) => link.textContent?.replace(/\s+/g, ' ').trim();

  it('links every lesson to the player, marking the current one', () => {
    expect(links().map((link) => link.getAttribute('href'))).toEqual([
      '/courses/course-1/lessons/lesson-1',
      '/courses/course-1/lessons/lesson-2',
      '/courses/course-1/lessons/lesson-3',
    ]);
    expect(links().map((link) => link.getAttribute('aria-current'))).toEqual([null, 'page', null]);
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('h3')).toHaveLength(2);
  });

  it('shows each lesson’s length, and none where it is unknown (0)', async () => {
    expect(text(links()[0])).toContain('03:05');
    const course = aCourseDetail();
    course.sections[0]!.lessons[0] = { ...course.sections[0]!.lessons[0]!, durationSec: 0 };
    fixture.componentRef.setInput('course', course);
    await fixture.whenStable();
    expect(text(links()[0])).not.toContain('00:00');
    expect(links()[0]!.querySelector('.duration')).toBeNull();
  });

  it('ticks completed lessons and locks what the viewer cannot open', async () => {
    expect(text(links()[0])).toContain('Completed.');
    expect(text(links()[0])).toContain('Free preview');
    expect(text(links()[1])).toContain('Locked.');
    expect(text(links()[2])).toContain('Locked.');

    fixture.componentRef.setInput('unlocked', true);
    await fixture.whenStable();
    expect(links().some((link) => text(link)?.includes('Locked.'))).toBe(false);
    expect(text(links()[0])).not.toContain('Free preview');
  });
});
