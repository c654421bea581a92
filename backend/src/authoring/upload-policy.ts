import { acceptedFormats, isAcceptedType, readableMaxSize, UPLOAD_RULES, type UploadKind } from '@lessonstage/shared';
import { BadRequestError } from '../lib/http/http-errors';
import type { UploadTuning } from '../lib/storage/upload-tuning';

export const SINGLE_UPLOAD_SECONDS = 15 * 60;
export const MULTIPART_UPLOAD_SECONDS = 60 * 60;
const MAX_PARTS = 10_000;

export function assertAllowedType(kind: UploadKind, contentType: string): void {
  if (!isAcceptedType(kind, contentType)) {
    // Said in words a teacher knows, as the editor says it: a list of MIME types helps no one.
    throw new BadRequestError(`contentType: this file type is not accepted for ${kind} uploads; use ${acceptedFormats(kind)}`, 'UnsupportedType');
  }
}

export function assertAllowedSize(kind: UploadKind, sizeBytes: number): void {
  const max = UPLOAD_RULES[kind].maxBytes;
  if (sizeBytes > max) throw new BadRequestError(`sizeBytes: ${kind} files may be at most ${readableMaxSize(kind)}`, 'TooLarge');
}

export function usesMultipart(sizeBytes: number, tuning: UploadTuning): boolean {
  return sizeBytes > tuning.multipartThresholdBytes;
}

/** Parts of the minimum size, larger only when a file would otherwise need more than S3's 10,000 parts. */
export function partSizeFor(sizeBytes: number, tuning: UploadTuning): number {
  return Math.max(tuning.minPartBytes, Math.ceil(sizeBytes / MAX_PARTS));
}
