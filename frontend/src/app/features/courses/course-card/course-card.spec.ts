import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aCourseSummary } from '../../../core/courses/testing/course-fixtures';
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

  it('is one link to the course page, named by the title it shows, and nothing else to focus', () => {
    const links = el().querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('/courses/jazz-piano');
    // Label in name (WCAG 2.5.3): the link's name is its visible text, the title.
    expect(links[0].textContent?.trim()).toBe('Jazz Piano Voicings');
    expect(links[0].hasAttribute('aria-label') || links[0].hasAttribute('aria-labelledby')).toBe(false);
    expect(links[0].closest('h2')).not.toBeNull();
    expect(el().querySelectorAll('button, input, select, textarea, [tabindex]')).toHaveLength(0);
  });

  it("shows the course's stars, read as one phrase, when it has a rating", async () => {
    expect(el().querySelector('[data-testid="star-rating"]')).toBeNull();
    fixture.componentRef.setInput('course', aCourseSummary({ rating: { average: 4.5, count: 12 } }));
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="star-rating"]')?.getAttribute('aria-label')).toBe('4.5 out of 5, 12 reviews');
  });

  it('shows title, instrument, level, teacher and price', () => {
    const text = el().textContent ?? '';
    expect(el().querySelector('h2')?.textContent).toContain('Jazz Piano Voicings');
    expect(text).toContain('Piano');
    expect(text).toContain('Advanced');
    expect(text).toContain('by Chloé Martin');
    expect(text).toContain('€45.00');
  });

  it('renders a sized, lazy, decorative thumbnail (the title names the course)', async () => {
    const img = el().querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/media/jazz.svg');
    expect(img.getAttribute('alt')).toBe('');
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
  it('marks a course the student owns', async () => {
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
    expect(el.querySelectorAll('a, button')).toHaveLength(1);
  });
});
