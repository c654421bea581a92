import type { UploadTicket } from '@lessonstage/shared';

/** Upload tickets as the API answers them, for specs of anything that uploads. */
export function aSingleTicket(overrides: Partial<UploadTicket> = {}): UploadTicket {
  return {
    key: 'courses/course-1/lessons/l-1/video/u-1/clip.mp4',
    expiresAt: '2026-01-10T12:15:00.000Z',
    single: { url: '/storage/bucket/courses/course-1/lessons/l-1/video/u-1/clip.mp4?X-Amz-Signature=abc', headers: { 'Content-Type': 'video/mp4' } },
    ...overrides,
  };
}

/** A multipart ticket for a file of `size` bytes in parts of `partSize`. */
export function aMultipartTicket(size: number, partSize: number): UploadTicket {
  const count = Math.ceil(size / partSize);
  return {
    key: 'courses/course-1/lessons/l-1/video/u-2/big.mp4',
    expiresAt: '2026-01-10T13:00:00.000Z',
    multipart: {
      uploadId: 'mp-1',
      partSize,
      parts: Array.from({ length: count }, (_, i) => ({
        partNumber: i + 1,
        url: `/storage/bucket/big.mp4?partNumber=${i + 1}&uploadId=mp-1`,
        sizeBytes: Math.min(partSize, size - i * partSize),
      })),
    },
  };
}
