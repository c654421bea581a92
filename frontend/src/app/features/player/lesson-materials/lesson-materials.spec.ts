import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { FakeBrowserLocation, provideFakeBrowserLocation } from '../../../core/browser/testing/fake-browser-location';
import { LessonMaterials } from './lesson-materials';

describe('LessonMaterials', () => {
  let fixture: ComponentFixture<LessonMaterials>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideFakeBrowserLocation()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LessonMaterials);
    fixture.componentRef.setInput('courseId', 'c1');
    fixture.componentRef.setInput('lessonId', 'l1');
    fixture.componentRef.setInput('materials', [
      { materialId: 'm1', fileName: 'chords.pdf', contentType: 'application/pdf', sizeBytes: 1536 },
      { materialId: 'm2', fileName: 'backing.mp3', contentType: 'audio/mpeg', sizeBytes: 2_400_000 },
    ]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const buttons = () => Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('[data-testid="material-download"]'));

  it('lists each material with its size', () => {
    expect(buttons().map((button) => button.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'chords.pdf (1.5 KB)',
      'backing.mp3 (2.3 MB)',
    ]);
  });

  it('downloads through a fresh signed link', async () => {
    buttons()[1].click();
    await fixture.whenStable();
    expect(buttons()[1].getAttribute('aria-busy')).toBe('true');
    http
      .expectOne('/api/courses/c1/lessons/l1/materials/m2')
      .flush({ url: '/storage/backing.mp3?sig=x', expiresAt: '2030-01-01T00:00:00Z' });
    await fixture.whenStable();

    expect(TestBed.inject(FakeBrowserLocation).downloads).toEqual([{ url: '/storage/backing.mp3?sig=x', fileName: 'backing.mp3' }]);
    expect(buttons()[1].getAttribute('aria-busy')).toBeNull();
  });

  it('says why a download failed', async () => {
    buttons()[0].click();
    http
      .expectOne('/api/courses/c1/lessons/l1/materials/m1')
      .flush({ error: 'Enroll in this course to watch this lesson', code: 'NotEnrolled' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent).toContain('Enroll in this course');
    expect(TestBed.inject(FakeBrowserLocation).downloads).toEqual([]);
  });
});
