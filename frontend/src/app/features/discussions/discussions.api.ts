import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  DiscussionReply,
  DiscussionThread,
  PostUpdateRequest,
  ReportQueuePage,
  ReportReason,
  ThreadCreateRequest,
  ThreadDetail,
  ThreadPage,
  ThreadSummary,
} from '@lessonstage/shared';
import type { Observable } from 'rxjs';

const pageParams = (cursor?: string) => (cursor ? new HttpParams().set('cursor', cursor) : undefined);

/** A course's discussion: threads, replies, edits, reports, and the admins' moderation queue. */
@Injectable({ providedIn: 'root' })
export class DiscussionsApi {
  private readonly http = inject(HttpClient);

  threads(courseId: string, cursor?: string): Observable<ThreadPage> {
    return this.http.get<ThreadPage>(`/api/courses/${encodeURIComponent(courseId)}/threads`, { params: pageParams(cursor) });
  }

  createThread(courseId: string, request: ThreadCreateRequest): Observable<DiscussionThread> {
    return this.http.post<DiscussionThread>(`/api/courses/${encodeURIComponent(courseId)}/threads`, request);
  }

  thread(threadId: string, cursor?: string): Observable<ThreadDetail> {
    return this.http.get<ThreadDetail>(`/api/threads/${encodeURIComponent(threadId)}`, { params: pageParams(cursor) });
  }

  reply(threadId: string, text: string): Observable<DiscussionReply> {
    return this.http.post<DiscussionReply>(`/api/threads/${encodeURIComponent(threadId)}/replies`, { text });
  }

  edit(postId: string, request: PostUpdateRequest): Observable<DiscussionThread | DiscussionReply> {
    return this.http.patch<DiscussionThread | DiscussionReply>(`/api/posts/${encodeURIComponent(postId)}`, request);
  }

  delete(postId: string): Observable<void> {
    return this.http.delete<void>(`/api/posts/${encodeURIComponent(postId)}`);
  }

  report(postId: string, reason: ReportReason): Observable<void> {
    return this.http.post<void>(`/api/posts/${encodeURIComponent(postId)}/report`, { reason });
  }

  pin(threadId: string, pinned: boolean): Observable<ThreadSummary> {
    return this.http.put<ThreadSummary>(`/api/threads/${encodeURIComponent(threadId)}/pin`, { pinned });
  }

  reports(cursor?: string): Observable<ReportQueuePage> {
    return this.http.get<ReportQueuePage>('/api/admin/reports', { params: pageParams(cursor) });
  }

  dismiss(postId: string): Observable<void> {
    return this.http.post<void>(`/api/admin/reports/${encodeURIComponent(postId)}/dismiss`, {});
  }
}

/** Router commands of a thread, and of the lesson moment a thread is about (`?at=<ms>`). */
export const threadLink = (courseId: string, threadId: string) => ['/courses', courseId, 'discussion', threadId];
export const momentLink = (courseId: string, lessonId: string) => ['/courses', courseId, 'lessons', lessonId];
