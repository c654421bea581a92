import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { anAdminCourse } from '../testing/admin-course-fixtures';
import { AdminCoursesApi } from './admin-courses.api';

describe('AdminCoursesApi', () => {
  let api: AdminCoursesApi;
  let http: HttpTestingController;
  const base = '/api/admin/courses';

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AdminCoursesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists with limit and cursor', () => {
    api.listCourses({ limit: 20, cursor: 'abc=' }).subscribe();
    const req = http.expectOne((r) => r.url === base);
    expect(req.request.params.get('limit')).toBe('20');
    expect(req.request.params.get('cursor')).toBe('abc=');
    req.flush({ items: [], nextCursor: null });
  });

  it.each([
    ['create', () => api.createCourse({ title: 'T', description: '', instrument: 'bass', level: 'beginner', priceCents: 0, currency: 'USD' }), 'POST', base, { title: 'T', description: '', instrument: 'bass', level: 'beginner', priceCents: 0, currency: 'USD' }],
    ['get', () => api.getCourse('c 1'), 'GET', `${base}/c%201`, null],
    ['update', () => api.updateCourse('c1', { title: 'New', version: 3 }), 'PATCH', `${base}/c1`, { title: 'New', version: 3 }],
    ['publish', () => api.publish('c1', 3), 'POST', `${base}/c1/publish`, { version: 3 }],
    ['unpublish', () => api.unpublish('c1', 3), 'POST', `${base}/c1/unpublish`, { version: 3 }],
    ['add section', () => api.addSection('c1', 'Basics', 3), 'POST', `${base}/c1/sections`, { title: 'Basics', version: 3 }],
    ['rename section', () => api.renameSection('c1', 's1', 'B', 3), 'PATCH', `${base}/c1/sections/s1`, { title: 'B', version: 3 }],
    ['add lesson', () => api.addLesson('c1', 's1', 'L', 3), 'POST', `${base}/c1/sections/s1/lessons`, { title: 'L', version: 3 }],
    ['update lesson', () => api.updateLesson('c1', 'l1', { preview: true }, 3), 'PATCH', `${base}/c1/lessons/l1`, { preview: true, version: 3 }],
    ['reorder', () => api.reorder('c1', [{ sectionId: 's1', lessonIds: ['l1'] }], 3), 'PUT', `${base}/c1/outline`, { version: 3, sections: [{ sectionId: 's1', lessonIds: ['l1'] }] }],
  ] as const)('%s', (_name, call, method, url, body) => {
    let answered = false;
    call().subscribe(() => (answered = true));
    const req = http.expectOne({ method, url });
    expect(req.request.body).toEqual(body);
    req.flush(anAdminCourse());
    expect(answered).toBe(true);
  });

  it.each([
    ['section', () => api.removeSection('c1', 's1', 4), `${base}/c1/sections/s1`],
    ['lesson', () => api.removeLesson('c1', 'l1', 4), `${base}/c1/lessons/l1`],
    ['material', () => api.removeMaterial('c1', 'l1', 'm1', 4), `${base}/c1/lessons/l1/materials/m1`],
  ] as const)('deletes a %s naming the version in the query', (_name, call, url) => {
    call().subscribe();
    const req = http.expectOne((r) => r.method === 'DELETE' && r.url === url);
    expect(req.request.params.get('version')).toBe('4');
    req.flush(anAdminCourse());
  });

  it('deletes a course', () => {
    api.deleteCourse('c1').subscribe();
    http.expectOne({ method: 'DELETE', url: `${base}/c1` }).flush(null, { status: 204, statusText: 'No Content' });
  });
});
