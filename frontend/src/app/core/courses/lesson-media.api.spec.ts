import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { LessonMediaApi } from './lesson-media.api';

describe('LessonMediaApi', () => {
  it('calls each endpoint with its method and body', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const api = TestBed.inject(LessonMediaApi);
    const calls: [() => { subscribe(): unknown }, string, string, unknown][] = [
      [() => api.playback('c1', 'l1'), 'GET', '/api/courses/c1/lessons/l1/playback', null],
      [() => api.material('c1', 'l1', 'm1'), 'GET', '/api/courses/c1/lessons/l1/materials/m1', null],
      [() => api.progress('c1'), 'GET', '/api/courses/c1/progress', null],
      [
        () => api.saveProgress('c1', 'l1', { positionSec: 12.5, completed: true }),
        'PUT',
        '/api/courses/c1/lessons/l1/progress',
        { positionSec: 12.5, completed: true },
      ],
    ];
    for (const [call, method, url, body] of calls) {
      call().subscribe();
      const req = http.expectOne({ method, url });
      expect(req.request.body).toEqual(body);
      req.flush({});
    }
    http.verify();
  });
});
