import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { TeacherProfile, TeacherProfileRequest, UploadTicket } from '@lessonstage/shared';
import { Observable } from 'rxjs';

export const TEACHER_PROFILE_URL = '/api/admin/profile';

/** The signed-in teacher's public profile: read, save, and a photo uploaded straight to storage. */
@Injectable({ providedIn: 'root' })
export class TeacherProfileApi {
  private readonly http = inject(HttpClient);

  get(): Observable<TeacherProfile> {
    return this.http.get<TeacherProfile>(TEACHER_PROFILE_URL);
  }

  /** Saves it and copies it onto the teacher's courses. */
  save(profile: TeacherProfileRequest): Observable<TeacherProfile> {
    return this.http.put<TeacherProfile>(TEACHER_PROFILE_URL, profile);
  }

  photoTicket(contentType: string, sizeBytes: number): Observable<UploadTicket> {
    return this.http.post<UploadTicket>(`${TEACHER_PROFILE_URL}/photo`, { contentType, sizeBytes });
  }

  completePhoto(key: string): Observable<TeacherProfile> {
    return this.http.post<TeacherProfile>(`${TEACHER_PROFILE_URL}/photo/complete`, { key });
  }
}
