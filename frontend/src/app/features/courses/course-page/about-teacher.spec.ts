import { TestBed } from '@angular/core/testing';

import { aCourseDetail } from '../../../core/courses/testing/course-fixtures';
import { AboutTeacher } from './about-teacher';

describe('AboutTeacher', () => {
  async function render(overrides: Parameters<typeof aCourseDetail>[0]) {
    const fixture = TestBed.createComponent(AboutTeacher);
    fixture.componentRef.setInput('course', aCourseDetail(overrides));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it("shows the teacher's photo, name and bio from the course", async () => {
    const el = await render({ teacherName: 'Ana Lima', teacherBio: 'Classical guitarist.', teacherPhotoUrl: '/media/public/teachers/u/p.png' });
    expect(el.querySelector('h2')?.textContent).toBe('About Ana Lima');
    expect(el.querySelector('.bio')?.textContent).toBe('Classical guitarist.');
    expect(el.querySelector('img')?.getAttribute('src')).toBe('/media/public/teachers/u/p.png');
  });

  it('shows nothing when the teacher wrote no bio and has no photo', async () => {
    const el = await render({ teacherName: 'Ana Lima' });
    expect(el.querySelector('[data-testid="about-teacher"]')).toBeNull();
  });
});
