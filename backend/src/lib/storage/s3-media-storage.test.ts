import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3MediaStorage } from './s3-media-storage';

/** The SDK's Node body: a stream with transformToByteArray. */
function sdkBody(stream: Readable): Readable & { transformToByteArray(): Promise<Uint8Array> } {
  return Object.assign(stream, { transformToByteArray: async () => Buffer.concat(await stream.toArray()) });
}

/** A storage whose S3 answers every GetObject with `answer` (what a misbehaving S3-compatible store might send). */
function storageAnswering(answer: { ContentRange?: string; body: Readable }): S3MediaStorage {
  const s3 = { send: async () => ({ ContentRange: answer.ContentRange, Body: sdkBody(answer.body) }) } as unknown as S3Client;
  return new S3MediaStorage({ s3, presignS3: s3, bucket: 'content' });
}

describe('S3MediaStorage.readRange', () => {
  it('returns the bytes of a ranged answer', async () => {
    const storage = storageAnswering({ ContentRange: 'bytes 0-3/100', body: Readable.from([Buffer.from('ftyp')]) });

    expect(Buffer.from(await storage.readRange('courses/c/video.mp4', 0, 4)).toString()).toBe('ftyp');
  });

  it('refuses, without reading it, an answer that ignored the range', async () => {
    const body = Readable.from([Buffer.alloc(1024)]);
    const storage = storageAnswering({ body });

    await expect(storage.readRange('courses/c/video.mp4', 0, 4)).rejects.toThrow('ignored the Range header');
    expect(body.destroyed).toBe(true);
  });
});
