import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { outputContentType } from '../../transcoding/hls-layout';

/** Copies one object of the bucket to a file; false when there is no such object. */
export async function downloadObject(s3: S3Client, bucket: string, key: string, file: string): Promise<boolean> {
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (!object.Body) return false;
    await pipeline(object.Body as Readable, createWriteStream(file));
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return false;
    throw error;
  }
}

/** Uploads `files` (relative paths under `dir`) to `prefix`, a few at a time, each with its content type. */
export async function uploadFolder(s3: S3Client, bucket: string, dir: string, files: readonly string[], prefix: string, signal?: AbortSignal): Promise<void> {
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      signal?.throwIfAborted();
      // Segments are a few MB at most: read whole, so the SDK knows the length.
      const body = await readFile(join(dir, file));
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}${file}`, Body: body, ContentType: outputContentType(file) }));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}
