import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MyReview, Review, ReviewList, ReviewWriteRequest } from '@lessonstage/shared';
import { Observable } from 'rxjs';

const courseUrl = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}`;

/** HTTP access to a course's reviews: the public list, the student's own, the teacher's reply. */
@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);

  /** One page of counted reviews, newest first. */
  list(courseId: string, cursor?: string): Observable<ReviewList> {
    const params = cursor ? new HttpParams().set('cursor', cursor) : undefined;
    return this.http.get<ReviewList>(`${courseUrl(courseId)}/reviews`, { params });
  }

  /** The signed-in student's own review of the course, or `{ review: null }`. */
  mine(courseId: string): Observable<MyReview> {
    return this.http.get<MyReview>(`${courseUrl(courseId)}/review`);
  }

  /** Writes (or rewrites) the student's review. */
  save(courseId: string, review: ReviewWriteRequest): Observable<MyReview> {
    return this.http.put<MyReview>(`${courseUrl(courseId)}/review`, review);
  }

  /** The teacher's one reply to a review (a second is a 409). */
  reply(courseId: string, reviewId: string, text: string): Observable<Review> {
    return this.http.put<Review>(`/api/admin/courses/${encodeURIComponent(courseId)}/reviews/${encodeURIComponent(reviewId)}/reply`, { text });
  }
}
