import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { CompletedPart, MediaStorage, PresignedPart, StoredObject } from './media-storage';
import { MAX_PRESIGN_EXPIRES_SECONDS, requireInteger, requireKey } from './storage-request-checks';

export interface S3MediaStorageOptions {
  /** For the direct calls (head, ranged reads, create/complete/abort multipart, delete). */
  readonly s3: S3Client;
  /** Only presigns; its endpoint is where the browser sends the URLs (locally `<origin>/storage`). */
  readonly presignS3: S3Client;
  readonly bucket: string;
}

/** S3's limits: parts of 5 MiB..5 GiB (the last may be smaller), at most 10,000 of them. */
export const MIN_PART_SIZE = 5 * 1024 * 1024;
export const MAX_PART_SIZE = 5 * 1024 * 1024 * 1024;
export const MAX_PARTS = 10_000;
/** The largest single PUT S3 accepts. */
export const MAX_PUT_SIZE = 5 * 1024 * 1024 * 1024;
/** Ranged reads are for headers: the API never holds a whole video in memory. */
export const MAX_RANGE_BYTES = 1024 * 1024;

/**
 * Content-Length and Content-Type become signed headers of PUT URLs (the presigner leaves
 * Content-Type unsigned by default), so storage itself refuses a body of another size or type
 * with SignatureDoesNotMatch: the browser cannot upload more, less or other than announced.
 */
const SIGNED_PUT_HEADERS = new Set(['content-type', 'content-length']);
/**
 * Parts sign only their length: the object's type is fixed by CreateMultipartUpload, and a
 * signed part Content-Type would be the SDK's default application/octet-stream, which a browser
 * sending a `Blob.slice()` (no type) does not send.
 */
const SIGNED_PART_HEADERS = new Set(['content-length']);

/**
 * Upload IDs are opaque, but the local S3 server joins them into file paths unchecked: refuse
 * path-like ones (`..` segments, backslashes, NUL) before they reach any store.
 */
function requireUploadId(uploadId: string): void {
  if (uploadId === '' || /[\\\0]/.test(uploadId) || uploadId.split('/').some((part) => part === '.' || part === '..')) {
    throw new RangeError('Invalid multipart upload id');
  }
}

function isNotFound(error: unknown, ...names: string[]): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return names.includes(e.name ?? '') || e.$metadata?.httpStatusCode === 404;
}

export class S3MediaStorage implements MediaStorage {
  private readonly s3: S3Client;
  private readonly presignS3: S3Client;
  private readonly bucket: string;

  constructor(options: S3MediaStorageOptions) {
    this.s3 = options.s3;
    this.presignS3 = options.presignS3;
    this.bucket = options.bucket;
  }

  async presignPut(key: string, contentType: string, sizeBytes: number, expiresInSeconds: number): Promise<string> {
    requireKey(key);
    requireInteger('sizeBytes', sizeBytes, 0, MAX_PUT_SIZE);
    requireInteger('expiresInSeconds', expiresInSeconds, 1, MAX_PRESIGN_EXPIRES_SECONDS);
    if (!contentType) throw new RangeError('contentType is required');
    return getSignedUrl(
      this.presignS3,
      new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType, ContentLength: sizeBytes }),
      { expiresIn: expiresInSeconds, signableHeaders: SIGNED_PUT_HEADERS },
    );
  }

  async startMultipart(
    key: string,
    contentType: string,
    sizeBytes: number,
    partSize: number,
    expiresInSeconds: number,
  ): Promise<{ uploadId: string; parts: PresignedPart[] }> {
    requireKey(key);
    requireInteger('partSize', partSize, MIN_PART_SIZE, MAX_PART_SIZE);
    requireInteger('sizeBytes', sizeBytes, 1, partSize * MAX_PARTS);
    requireInteger('expiresInSeconds', expiresInSeconds, 1, MAX_PRESIGN_EXPIRES_SECONDS);
    if (!contentType) throw new RangeError('contentType is required');

    const created = await this.s3.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: contentType }));
    const uploadId = created.UploadId;
    if (!uploadId) throw new Error(`CreateMultipartUpload for ${key} returned no UploadId`);
    try {
      const count = Math.ceil(sizeBytes / partSize);
      const parts = await Promise.all(
        Array.from({ length: count }, async (_, index): Promise<PresignedPart> => {
          const partNumber = index + 1;
          const partBytes = Math.min(partSize, sizeBytes - index * partSize);
          const url = await getSignedUrl(
            this.presignS3,
            new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, PartNumber: partNumber, ContentLength: partBytes }),
            { expiresIn: expiresInSeconds, signableHeaders: SIGNED_PART_HEADERS },
          );
          return { partNumber, url, sizeBytes: partBytes };
        }),
      );
      return { uploadId, parts };
    } catch (error) {
      await this.abortMultipart(key, uploadId).catch(() => undefined);
      throw error;
    }
  }

  async completeMultipart(key: string, uploadId: string, parts: readonly CompletedPart[]): Promise<void> {
    requireKey(key);
    requireUploadId(uploadId);
    if (parts.length === 0) throw new RangeError('completeMultipart needs at least one part');
    const sorted = [...parts].sort((a, b) => a.partNumber - b.partNumber);
    await this.s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: this.bucket,
        Key: key,
        UploadId: uploadId,
        MultipartUpload: { Parts: sorted.map((part) => ({ PartNumber: part.partNumber, ETag: part.etag })) },
      }),
    );
  }

  /**
   * Idempotent: aborting an upload that is already gone (completed or aborted) is not an error.
   * s3rver 3.7 does not implement AbortMultipartUpload and answers 405 MethodNotAllowed (S3 never
   * does for this call): that is tolerated too, and locally the parts simply stay on disk.
   */
  async abortMultipart(key: string, uploadId: string): Promise<void> {
    requireKey(key);
    requireUploadId(uploadId);
    try {
      await this.s3.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId }));
    } catch (error) {
      if (isNotFound(error, 'NoSuchUpload')) return;
      if ((error as { name?: string }).name === 'MethodNotAllowed') return;
      throw error;
    }
  }

  async head(key: string): Promise<StoredObject | undefined> {
    requireKey(key);
    try {
      const object = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { sizeBytes: object.ContentLength ?? 0, contentType: object.ContentType ?? 'application/octet-stream' };
    } catch (error) {
      if (isNotFound(error, 'NotFound', 'NoSuchKey')) return undefined;
      throw error;
    }
  }

  async readRange(key: string, offset: number, length: number): Promise<Uint8Array> {
    requireKey(key);
    requireInteger('offset', offset, 0, Number.MAX_SAFE_INTEGER);
    requireInteger('length', length, 1, MAX_RANGE_BYTES);
    const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=${offset}-${offset + length - 1}` }));
    if (!object.Body) throw new Error(`GetObject for ${key} returned no body`);
    // A store that ignored Range sends the whole object (no Content-Range): a video of gigabytes,
    // which must not be read into the function's memory.
    if (!object.ContentRange) {
      if ('destroy' in object.Body && typeof object.Body.destroy === 'function') object.Body.destroy();
      throw new Error(`GetObject for ${key} ignored the Range header`);
    }
    return object.Body.transformToByteArray();
  }

  async deleteObject(key: string): Promise<void> {
    requireKey(key);
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async putObject(key: string, body: Uint8Array, contentType: string): Promise<void> {
    requireKey(key);
    requireInteger('body length', body.byteLength, 0, MAX_RANGE_BYTES);
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  async readObject(key: string): Promise<Uint8Array | undefined> {
    requireKey(key);
    try {
      // Ranged, so a file larger than the limit is refused instead of read into memory.
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${MAX_RANGE_BYTES}` }));
      if (!object.Body) throw new Error(`GetObject for ${key} returned no body`);
      const bytes = await object.Body.transformToByteArray();
      if (bytes.byteLength > MAX_RANGE_BYTES) throw new Error(`${key} is larger than ${MAX_RANGE_BYTES} bytes`);
      return bytes;
    } catch (error) {
      if (isNotFound(error, 'NotFound', 'NoSuchKey')) return undefined;
      throw error;
    }
  }

  async listFolders(prefix: string): Promise<string[]> {
    requireFolder(prefix);
    const folders: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, Delimiter: '/', ContinuationToken: token }));
      for (const common of page.CommonPrefixes ?? []) if (common.Prefix) folders.push(common.Prefix);
      token = page.NextContinuationToken;
    } while (token);
    return folders;
  }

  async listKeys(prefix: string): Promise<string[]> {
    requireFolder(prefix);
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
      token = page.NextContinuationToken;
    } while (token);
    return keys;
  }

  async copyObject(fromKey: string, toKey: string): Promise<void> {
    requireKey(fromKey);
    requireKey(toKey);
    // CopySource is "bucket/key" URL-encoded; keys hold only [A-Za-z0-9._/-] but encode anyway.
    const source = `${this.bucket}/${fromKey.split('/').map(encodeURIComponent).join('/')}`;
    await this.s3.send(new CopyObjectCommand({ Bucket: this.bucket, Key: toKey, CopySource: source, MetadataDirective: 'COPY' }));
  }

  async deleteFolder(prefix: string): Promise<number> {
    requireFolder(prefix);
    let deleted = 0;
    let token: string | undefined;
    do {
      // Pages of at most 1000 keys: what one DeleteObjects takes.
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
      const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
      if (keys.length) await this.s3.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys, Quiet: true } }));
      deleted += keys.length;
      token = page.NextContinuationToken;
    } while (token);
    return deleted;
  }
}

/** A folder prefix: a valid key ending in "/", at least two segments deep (never the bucket's root or a top folder). */
function requireFolder(prefix: string): void {
  requireKey(prefix);
  if (!prefix.endsWith('/') || prefix.split('/').filter(Boolean).length < 2) throw new RangeError(`Invalid folder "${prefix}"`);
}
