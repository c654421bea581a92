import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { ExchangeApi } from './exchange.api';

describe('ExchangeApi', () => {
  let api: ExchangeApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ExchangeApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("calls the exchange's routes", () => {
    api.lessonSubmissions('c1', 'l1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/courses/c1/lessons/l1/submissions' }).flush({ items: [], nextCursor: null });
    api.setShared('sub_1', true).subscribe();
    expect(http.expectOne({ method: 'PATCH', url: '/api/submissions/sub_1' }).request.body).toEqual({ shared: true });
    api.queue('awaiting', 'next').subscribe();
    http.expectOne({ method: 'GET', url: '/api/admin/submissions?status=awaiting&cursor=next' }).flush({ items: [], nextCursor: null });
    api.comment('sub_1', 3000, 'relax the thumb').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/submissions/sub_1/comments' }).request.body).toEqual({ atMs: 3000, text: 'relax the thumb' });
    api.remove('sub_1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/submissions/sub_1' }).flush(null, { status: 204, statusText: 'No Content' });
  });
});
