import { isSubmissionContentType, SUBMISSION_CONTENT_TYPES, SUBMISSION_MAX_BYTES, SUBMISSION_MAX_SECONDS, type UploadTicket } from '@lessonstage/shared';
import { MULTIPART_UPLOAD_SECONDS, partSizeFor, SINGLE_UPLOAD_SECONDS, usesMultipart } from '../authoring/upload-policy';
import { storedVideoDurationSec } from '../authoring/video-duration';
import { BadRequestError } from '../lib/http/http-errors';
import { newId } from '../lib/new-id';
import type { MediaStorage } from '../lib/storage/media-storage';
import type { UploadTuning } from '../lib/storage/upload-tuning';
import type { SubmissionVideoRecord } from './submission.record';

const EXTENSIONS: Record<string, string> = { 'video/webm': 'webm', 'video/mp4': 'mp4', 'video/quicktime': 'mov' };

/**
 * Takes and answers live under their uploader: `submissions/<userId>/<uploadId>/video.<ext>`. The
 * upload id becomes the submission's id, and a completion is refused for a key outside the
 * caller's own folder, so no one can attach another person's file.
 */
export function submissionKey(userId: string, contentType: string): string {
  return `submissions/${userId}/${newId('sub_')}/video.${EXTENSIONS[contentType] ?? 'bin'}`;
}

/** The upload id (the submission's id) of a key this user could have been given; a 400 otherwise. */
export function uploadIdOfKey(key: string, userId: string): string {
  const match = /^submissions\/([^/]+)\/(sub_[A-Za-z0-9_-]{1,40})\/video\.(webm|mp4|mov|bin)$/.exec(key);
  if (!match || match[1] !== userId) throw new BadRequestError('key: is not an upload of yours', 'ValidationError');
  return match[2]!;
}

function assertType(contentType: string): void {
  if (!isSubmissionContentType(contentType)) {
    throw new BadRequestError(`contentType: send a video (${SUBMISSION_CONTENT_TYPES.map((t) => t.slice(6).toUpperCase()).join(', ')})`, 'UnsupportedType');
  }
}

/** Presigned PUT (or multipart parts) for a take of `sizeBytes`, signed for its type and length. */
export async function submissionUploadTicket(storage: MediaStorage, tuning: UploadTuning, userId: string, contentType: string, sizeBytes: number): Promise<UploadTicket> {
  assertType(contentType);
  const key = submissionKey(userId, contentType);
  if (!usesMultipart(sizeBytes, tuning)) {
    const url = await storage.presignPut(key, contentType, sizeBytes, SINGLE_UPLOAD_SECONDS);
    return { key, expiresAt: new Date(Date.now() + SINGLE_UPLOAD_SECONDS * 1000).toISOString(), single: { url, headers: { 'Content-Type': contentType } } };
  }
  const partSize = partSizeFor(sizeBytes, tuning);
  const { uploadId, parts } = await storage.startMultipart(key, contentType, sizeBytes, partSize, MULTIPART_UPLOAD_SECONDS);
  return { key, expiresAt: new Date(Date.now() + MULTIPART_UPLOAD_SECONDS * 1000).toISOString(), multipart: { uploadId, partSize, parts } };
}

export interface UploadedVideo {
  readonly key: string;
  readonly fileName: string;
  readonly multipartUploadId?: string;
  readonly parts?: readonly { partNumber: number; etag: string }[];
  readonly durationSec: number;
}

/**
 * Finishes an upload and checks the stored file again (type, size, length: the file's own MP4
 * header when it has one, else the recorder's reading). A file that fails is deleted.
 */
export async function completeSubmissionUpload(storage: MediaStorage, upload: UploadedVideo): Promise<SubmissionVideoRecord> {
  if (upload.multipartUploadId) {
    if (!upload.parts?.length) throw new BadRequestError('parts: are required to complete a multipart upload', 'ValidationError');
    await storage.completeMultipart(upload.key, upload.multipartUploadId, upload.parts);
  }
  const stored = await storage.head(upload.key);
  if (!stored) throw new BadRequestError('key: no uploaded file found; upload it first', 'UploadMissing');
  try {
    assertType(stored.contentType);
    if (stored.sizeBytes > SUBMISSION_MAX_BYTES) throw new BadRequestError('sizeBytes: must be at most 500 MB', 'TooLarge');
    const durationSec = await storedVideoDurationSec(storage, upload.key, stored, upload.durationSec);
    if (durationSec > SUBMISSION_MAX_SECONDS) throw new BadRequestError('durationSec: the video must be at most 10 minutes long', 'TooLong');
    return { key: upload.key, fileName: upload.fileName, contentType: stored.contentType, sizeBytes: stored.sizeBytes, durationMs: Math.round(durationSec * 1000) };
  } catch (error) {
    await storage.deleteObject(upload.key);
    throw error;
  }
}
