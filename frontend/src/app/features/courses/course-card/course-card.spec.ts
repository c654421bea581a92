import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aCourseSummary } from '../testing/course-fixtures';
import { CourseCard } from './course-card';

describe('CourseCard', () => {
  let fixture: ComponentFixture<CourseCard>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [CourseCard], providers: [provideRouter([])] });
    fixture = TestBed.createComponent(CourseCard);
    fixture.componentRef.setInput(
      'course',
      aCourseSummary({
        courseId: 'jazz-piano',
        title: 'Jazz Piano Voicings',
        instrument: 'piano',
        level: 'advanced',
        priceCents: 4500,
        currency: 'EUR',
        teacherName: 'Chloé Martin',
        thumbnailUrl: '/media/jazz.svg',
      }),
    );
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;

  it('is one link to the course page, with no nested interactive elements', () => {
    const links = el().querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('/courses/jazz-piano');
    expect(links[0].dataset['testid']).toBe('course-card');
    expect(links[0].querySelectorAll('a, button, input, select, textarea')).toHaveLength(0);
  });

  it('shows title, instrument, level, teacher and price', () => {
    const text = el().textContent ?? '';
    expect(el().querySelector('h2')?.textContent).toContain('Jazz Piano Voicings');
    expect(text).toContain('Piano');
    expect(text).toContain('Advanced');
    expect(text).toContain('by Chloé Martin');
    expect(text).toContain('€45.00');
  });

  it('names the link by title, tags, price and teacher', () => {
    const link = el().querySelector('a')!;
    const ids = link.getAttribute('aria-labelledby')!.split(' ');
    const name = ids.map((id) => el().querySelector(`#${id}`)?.textContent?.trim()).join(' ');
    expect(name).toContain('Jazz Piano Voicings');
    expect(name).toContain('€45.00');
    expect(name).toContain('Chloé Martin');
  });

  it('renders a sized, lazy thumbnail with alt text', async () => {
    const img = el().querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/media/jazz.svg');
    expect(img.getAttribute('alt')).toContain('Jazz Piano Voicings');
    expect(img.getAttribute('width')).toBe('640');
    expect(img.getAttribute('height')).toBe('360');
    expect(img.getAttribute('loading')).toBe('lazy');

    fixture.componentRef.setInput('priority', true);
    await fixture.whenStable();
    expect(img.getAttribute('loading')).toBe('eager');
  });

  it('says "Free" for a free course', async () => {
    fixture.componentRef.setInput('course', aCourseSummary({ priceCents: 0 }));
    await fixture.whenStable();
    expect(el().querySelector('.price')?.textContent?.trim()).toBe('Free');
  });
});

describe('CourseCard owned marker', () => {
  it('marks a course the student owns, as part of the link name', async () => {
    TestBed.configureTestingModule({ imports: [CourseCard], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(CourseCard);
    fixture.componentRef.setInput('course', aCourseSummary());
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="owned-badge"]')).toBeNull();

    fixture.componentRef.setInput('owned', true);
    await fixture.whenStable();
    const badge = el.querySelector('[data-testid="owned-badge"]')!;
    expect(badge.textContent).toBe('Owned');
    expect(el.querySelector('a')?.getAttribute('aria-labelledby')).toContain(badge.id);
    expect(el.querySelector('a')?.querySelectorAll('a, button')).toHaveLength(0);
  });
});
