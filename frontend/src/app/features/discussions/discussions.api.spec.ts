import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { DiscussionsApi } from './discussions.api';

describe('DiscussionsApi', () => {
  let api: DiscussionsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(DiscussionsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('pages threads and replies by cursor', () => {
    api.threads('c1').subscribe();
    http.expectOne('/api/courses/c1/threads').flush({ items: [], nextCursor: null });
    api.threads('c1', 'abc').subscribe();
    http.expectOne('/api/courses/c1/threads?cursor=abc').flush({ items: [], nextCursor: null });
    api.thread('t1', 'def').subscribe();
    http.expectOne('/api/threads/t1?cursor=def').flush({});
  });

  it('posts threads, replies, edits, deletions, reports, pins and moderation decisions to their routes', () => {
    api.createThread('c1', { title: 'T', text: 'x', lessonId: 's1l1', atMs: 3000 }).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/courses/c1/threads' }).request.body).toEqual({ title: 'T', text: 'x', lessonId: 's1l1', atMs: 3000 });
    api.reply('t1', 'hi').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/threads/t1/replies' }).request.body).toEqual({ text: 'hi' });
    api.edit('t1_r1', { text: 'edited' }).subscribe();
    expect(http.expectOne({ method: 'PATCH', url: '/api/posts/t1_r1' }).request.body).toEqual({ text: 'edited' });
    api.delete('t1_r1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/posts/t1_r1' }).flush(null);
    api.report('t1', 'spam').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/posts/t1/report' }).request.body).toEqual({ reason: 'spam' });
    api.pin('t1', true).subscribe();
    expect(http.expectOne({ method: 'PUT', url: '/api/threads/t1/pin' }).request.body).toEqual({ pinned: true });
    api.reports().subscribe();
    http.expectOne('/api/admin/reports').flush({ items: [], nextCursor: null });
    api.dismiss('t1').subscribe();
    http.expectOne({ method: 'POST', url: '/api/admin/reports/t1/dismiss' }).flush(null);
  });
});
