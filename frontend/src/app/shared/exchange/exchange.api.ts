import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Submission,
  SubmissionCreateRequest,
  SubmissionDetail,
  SubmissionList,
  SubmissionReplyRequest,
  SubmissionStatus,
  SubmissionUploadRequest,
  UploadTicket,
} from '@lessonstage/shared';
import { Observable } from 'rxjs';

/** The video exchange's API: students' takes on a lesson, and the teachers' queue and answers. */
@Injectable({ providedIn: 'root' })
export class ExchangeApi {
  private readonly http = inject(HttpClient);

  /** The caller's own takes on the lesson and the class's shared ones, newest first. */
  lessonSubmissions(courseId: string, lessonId: string): Observable<SubmissionList> {
    return this.http.get<SubmissionList>(`/api/courses/${courseId}/lessons/${lessonId}/submissions`);
  }

  /** One take with short-lived links to play it and the teacher's answer. */
  detail(submissionId: string): Observable<SubmissionDetail> {
    return this.http.get<SubmissionDetail>(`/api/submissions/${submissionId}`);
  }

  setShared(submissionId: string, shared: boolean): Observable<Submission> {
    return this.http.patch<Submission>(`/api/submissions/${submissionId}`, { shared });
  }

  remove(submissionId: string): Observable<void> {
    return this.http.delete<void>(`/api/submissions/${submissionId}`);
  }

  uploadTicket(request: SubmissionUploadRequest): Observable<UploadTicket> {
    return this.http.post<UploadTicket>('/api/submissions/uploads', request);
  }

  abortUpload(key: string, multipartUploadId: string): Observable<unknown> {
    return this.http.post('/api/submissions/uploads/abort', { key, multipartUploadId });
  }

  send(courseId: string, lessonId: string, request: SubmissionCreateRequest): Observable<Submission> {
    return this.http.post<Submission>(`/api/courses/${courseId}/lessons/${lessonId}/submissions`, request);
  }

  /** The teachers' queue of one status, oldest first. */
  queue(status: SubmissionStatus, cursor?: string | null): Observable<SubmissionList> {
    let params = new HttpParams().set('status', status);
    if (cursor) {
      params = params.set('cursor', cursor);
    }
    return this.http.get<SubmissionList>('/api/admin/submissions', { params });
  }

  comment(submissionId: string, atMs: number, text: string): Observable<Submission> {
    return this.http.post<Submission>(`/api/submissions/${submissionId}/comments`, { atMs, text });
  }

  reply(submissionId: string, request: SubmissionReplyRequest): Observable<Submission> {
    return this.http.post<Submission>(`/api/submissions/${submissionId}/reply`, request);
  }
}
