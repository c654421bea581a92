import { randomBytes } from 'node:crypto';
import type { UploadTicket } from '@lessonstage/shared';
import type { apiClient, ApiResponse } from './api-client';

type Api = ReturnType<typeof apiClient>;

/** Uploads bytes as the browser does (ticket, then PUT or parts straight to storage); answers the ticket. */
export async function uploadTakeFile(api: Api, token: string, target: { courseId: string; lessonId: string }, body: Buffer, contentType = 'video/webm'): Promise<{ key: string; multipartUploadId?: string; parts?: { partNumber: number; etag: string }[] }> {
  const ticketResponse = await api.post<UploadTicket>('/api/submissions/uploads', { ...target, fileName: 'take.webm', contentType, sizeBytes: body.length }, token);
  if (ticketResponse.status !== 201) throw new Error(`upload ticket: ${ticketResponse.status} ${JSON.stringify(ticketResponse.body)}`);
  const ticket = ticketResponse.body;
  if (ticket.single) {
    const put = await fetch(ticket.single.url, { method: 'PUT', headers: ticket.single.headers, body });
    if (put.status !== 200) throw new Error(`PUT ${put.status}`);
    return { key: ticket.key };
  }
  const parts = await Promise.all(
    ticket.multipart!.parts.map(async (part) => {
      const start = (part.partNumber - 1) * ticket.multipart!.partSize;
      const response = await fetch(part.url, { method: 'PUT', body: body.subarray(start, start + part.sizeBytes) });
      return { partNumber: part.partNumber, etag: response.headers.get('etag')! };
    }),
  );
  return { key: ticket.key, multipartUploadId: ticket.multipart!.uploadId, parts };
}

/** A student's take on a lesson, uploaded and sent: the answer of POST …/submissions. */
export async function sendTake(
  api: Api,
  token: string,
  target: { courseId: string; lessonId: string },
  options: { durationSec?: number; note?: string; body?: Buffer } = {},
): Promise<ApiResponse> {
  const uploaded = await uploadTakeFile(api, token, target, options.body ?? randomBytes(20_000));
  return api.post(
    `/api/courses/${target.courseId}/lessons/${target.lessonId}/submissions`,
    { ...uploaded, fileName: 'take.webm', durationSec: options.durationSec ?? 12, ...(options.note === undefined ? {} : { note: options.note }) },
    token,
  );
}
