import { UPLOAD_RULES, type UploadKind } from '@lessonstage/shared';
import { BadRequestError } from '../lib/http/http-errors';
import type { UploadTuning } from '../lib/storage/upload-tuning';

export const SINGLE_UPLOAD_SECONDS = 15 * 60;
export const MULTIPART_UPLOAD_SECONDS = 60 * 60;
const MAX_PARTS = 10_000;

export function assertAllowedType(kind: UploadKind, contentType: string): void {
  const allowed = UPLOAD_RULES[kind].contentTypes;
  if (!allowed.includes(contentType)) {
    throw new BadRequestError(`contentType: ${contentType || 'empty'} is not allowed for ${kind} uploads (allowed: ${allowed.join(', ')})`, 'UnsupportedType');
  }
}

function readableSize(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

export function assertAllowedSize(kind: UploadKind, sizeBytes: number): void {
  const max = UPLOAD_RULES[kind].maxBytes;
  if (sizeBytes > max) throw new BadRequestError(`sizeBytes: ${kind} files may be at most ${readableSize(max)}`, 'TooLarge');
}

export function usesMultipart(sizeBytes: number, tuning: UploadTuning): boolean {
  return sizeBytes > tuning.multipartThresholdBytes;
}

/** Parts of the minimum size, larger only when a file would otherwise need more than S3's 10,000 parts. */
export function partSizeFor(sizeBytes: number, tuning: UploadTuning): number {
  return Math.max(tuning.minPartBytes, Math.ceil(sizeBytes / MAX_PARTS));
}
