import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { anAdminCourse } from '../testing/admin-course-fixtures';
import { aSingleTicket } from '../../../shared/uploads/testing/upload-tickets';
import { AdminUploadsApi } from './admin-uploads.api';

describe('AdminUploadsApi', () => {
  let api: AdminUploadsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AdminUploadsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for a ticket, completes and aborts', () => {
    const request = { courseId: 'c1', lessonId: 'l1', kind: 'video' as const, fileName: 'a.mp4', contentType: 'video/mp4', sizeBytes: 10 };
    api.requestTicket(request).subscribe();
    const ticket = http.expectOne({ method: 'POST', url: '/api/admin/uploads' });
    expect(ticket.request.body).toEqual(request);
    ticket.flush(aSingleTicket());

    const complete = { courseId: 'c1', lessonId: 'l1', kind: 'video' as const, key: 'k', fileName: 'a.mp4', durationSec: 3 };
    api.complete(complete).subscribe();
    const done = http.expectOne({ method: 'POST', url: '/api/admin/uploads/complete' });
    expect(done.request.body).toEqual(complete);
    done.flush(anAdminCourse());

    api.abort('c1', 'k', 'mp-1').subscribe();
    const abort = http.expectOne({ method: 'POST', url: '/api/admin/uploads/abort' });
    expect(abort.request.body).toEqual({ courseId: 'c1', key: 'k', multipartUploadId: 'mp-1' });
    abort.flush({ aborted: true });
  });
});
