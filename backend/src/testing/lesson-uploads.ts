import { expect } from 'vitest';
import { uploadTicketSchema, type AdminCourse, type UploadKind } from '@lessonstage/shared';
import type { ApiResponse, apiClient } from './api-client';

export interface LessonFileUpload {
  readonly courseId: string;
  readonly lessonId: string;
  readonly kind: UploadKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Uint8Array;
  /** More fields of the completion, e.g. a captions file's `captions: { lang, label }`. */
  readonly complete?: Record<string, unknown>;
}

/** The browser's side of a single-part upload: ticket, PUT to storage, completion (whose answer is returned). */
export async function uploadLessonFile(api: ReturnType<typeof apiClient>, token: string, upload: LessonFileUpload): Promise<ApiResponse> {
  const { courseId, lessonId, kind, fileName, contentType, body } = upload;
  const ticketResponse = await api.post('/api/admin/uploads', { courseId, lessonId, kind, fileName, contentType, sizeBytes: body.length }, token);
  expect(ticketResponse.status, JSON.stringify(ticketResponse.body)).toBe(201);
  const ticket = uploadTicketSchema.parse(ticketResponse.body);
  expect((await fetch(ticket.single!.url, { method: 'PUT', headers: ticket.single!.headers, body })).status).toBe(200);
  return api.post('/api/admin/uploads/complete', { courseId, lessonId, kind, key: ticket.key, fileName, ...upload.complete }, token);
}

/** One lesson of the admin's view of a course. */
export function adminLesson(course: AdminCourse, lessonId: string): AdminCourse['sections'][number]['lessons'][number] {
  return course.sections.flatMap((s) => s.lessons).find((l) => l.lessonId === lessonId)!;
}
