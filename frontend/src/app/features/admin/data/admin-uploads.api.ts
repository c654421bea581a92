import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AdminCourse, UploadCompleteRequest, UploadRequest, UploadTicket } from '@lessonstage/shared';
import { Observable } from 'rxjs';

export const ADMIN_UPLOADS_URL = '/api/admin/uploads';

/**
 * The API's side of an upload: a ticket (presigned storage URLs) before the bytes go to storage,
 * then "complete" to record the file on the course, or "abort" to drop an unfinished multipart
 * upload. The bytes themselves never pass through the API (see UploadTransfer).
 */
@Injectable({ providedIn: 'root' })
export class AdminUploadsApi {
  private readonly http = inject(HttpClient);

  requestTicket(request: UploadRequest): Observable<UploadTicket> {
    return this.http.post<UploadTicket>(ADMIN_UPLOADS_URL, request);
  }

  complete(request: UploadCompleteRequest): Observable<AdminCourse> {
    return this.http.post<AdminCourse>(`${ADMIN_UPLOADS_URL}/complete`, request);
  }

  abort(courseId: string, key: string, multipartUploadId: string): Observable<unknown> {
    return this.http.post(`${ADMIN_UPLOADS_URL}/abort`, { courseId, key, multipartUploadId });
  }
}
