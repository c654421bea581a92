import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, HeadBucketCommand, PutObjectCommand, UploadPartCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPresignS3Client, createS3Client } from '../../lib/storage/s3-client';
import { S3MediaStorage } from '../../lib/storage/s3-media-storage';
import { S3ObjectLinks } from '../../lib/storage/s3-object-links';
import { testAppConfig } from '../../testing/test-config';
import { startS3 } from '../emulators/s3.emulator';
import type { RunningServer } from '../emulators/running-server';
import { ensureBucket } from '../provision';
import { storageGatewayRoutes } from './storage-gateway.routes';

const BUCKET = 'lessonstage-content';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const MiB = 1024 * 1024;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function errorCode(response: Response): Promise<string | undefined> {
  return /<Code>([^<]+)<\/Code>/.exec(await response.text())?.[1];
}

describe('local storage gateway (against s3rver)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lessonstage-gateway-'));
  const spoolDir = join(dataDir, 'spool');
  let s3rver: RunningServer;
  let gateway: ServerType;
  let origin: string;
  let s3: S3Client;
  let storage: S3MediaStorage;
  /** GET links as the lesson-links function signs them (no S3 client). */
  let links: S3ObjectLinks;
  let presignS3: S3Client;
  /** The gateway's clock, moved by the expiry test. */
  let clockOffsetMs = 0;

  beforeAll(async () => {
    s3rver = await startS3(0, join(dataDir, 's3'));
    mkdirSync(spoolDir);
    const config = { ...testAppConfig('http://127.0.0.1:9'), contentBucket: BUCKET, endpoints: { s3: s3rver.endpoint }, credentials: CREDENTIALS };
    s3 = createS3Client(config);
    await ensureBucket(s3, BUCKET);
    await ensureBucket(s3, 'other-bucket');

    const app = storageGatewayRoutes({
      s3Endpoint: s3rver.endpoint,
      bucket: BUCKET,
      credentials: CREDENTIALS,
      region: config.region,
      now: () => new Date(Date.now() + clockOffsetMs),
      spoolDir,
    });
    gateway = await new Promise<ServerType>((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(server));
    });
    origin = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
    presignS3 = createPresignS3Client(config, `${origin}/storage`);
    storage = new S3MediaStorage({ s3, presignS3, bucket: BUCKET });
    links = new S3ObjectLinks({ bucket: BUCKET, region: config.region, credentials: CREDENTIALS, endpoint: `${origin}/storage` });
  });

  it('ensureBucket leaves a bucket that is there alone even when the existence check fails', async () => {
    const flakyCheck = { send: (command: unknown) => (command instanceof HeadBucketCommand ? Promise.reject(new Error('timed out')) : s3.send(command as never)) };
    await expect(ensureBucket(flakyCheck as unknown as S3Client, BUCKET)).resolves.toBeUndefined();
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => {
      if ('closeAllConnections' in gateway) gateway.closeAllConnections();
      gateway.close(() => resolve());
    });
    await s3rver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('hands out URLs on the gateway, never on s3rver', async () => {
    const url = await links.presignGet('a.mp4', 60);
    expect(url.startsWith(`${origin}/storage/${BUCKET}/a.mp4?`)).toBe(true);
    expect(url).not.toContain(s3rver.endpoint);
  });

  it('uploads with a presigned PUT and reads the same bytes back with a presigned GET', async () => {
    const key = "uploads/course 1/lesson (1)/é+x'.mp4";
    const bytes = randomBytes(200_000);
    const put = await fetch(await storage.presignPut(key, 'video/mp4', bytes.length, 60), {
      method: 'PUT',
      headers: { 'Content-Type': 'video/mp4' },
      body: bytes,
    });
    expect(put.status).toBe(200);
    expect(put.headers.get('etag')).toBe(`"${createHash('md5').update(bytes).digest('hex')}"`);
    expect(await storage.head(key)).toEqual({ sizeBytes: bytes.length, contentType: 'video/mp4' });

    const get = await fetch(await links.presignGet(key, 60));
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toBe('video/mp4');
    expect(get.headers.get('content-length')).toBe(String(bytes.length));
    expect(get.headers.get('accept-ranges')).toBe('bytes');
    expect(sha256(new Uint8Array(await get.arrayBuffer()))).toBe(sha256(bytes));
  });

  it('refuses a PUT whose body is larger or smaller than signed, or of another type, and stores nothing', async () => {
    const key = 'uploads/refused.mp4';
    const url = await storage.presignPut(key, 'video/mp4', 1000, 60);
    for (const [size, type] of [
      [1001, 'video/mp4'],
      [999, 'video/mp4'],
      [0, 'video/mp4'],
      [1000, 'text/html'],
    ] as const) {
      const response = await fetch(url, { method: 'PUT', headers: { 'Content-Type': type }, body: randomBytes(size) });
      expect(response.status, `${size} bytes of ${type}`).toBe(403);
      expect(await errorCode(response)).toBe('SignatureDoesNotMatch');
    }
    // Without a Content-Type fetch sends none (a Blob of unknown type): also refused.
    const untyped = await fetch(url, { method: 'PUT', body: randomBytes(1000) });
    expect(untyped.status).toBe(403);
    expect(await storage.head(key)).toBeUndefined();

    const accepted = await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'video/mp4' }, body: randomBytes(1000) });
    expect(accepted.status).toBe(200);
    expect(await storage.head(key)).toEqual({ sizeBytes: 1000, contentType: 'video/mp4' });
  });

  it('stores nothing when the browser gives up mid-upload (s3rver alone would keep the truncated body)', async () => {
    const key = 'uploads/abandoned.mp4';
    const url = new URL(await storage.presignPut(key, 'video/mp4', 10 * MiB, 60));
    const upload = httpRequest({
      host: url.hostname,
      port: url.port,
      path: `${url.pathname}${url.search}`,
      method: 'PUT',
      headers: { 'content-type': 'video/mp4', 'content-length': String(10 * MiB) },
    });
    upload.on('error', () => undefined);
    upload.write(randomBytes(3 * MiB));
    await vi.waitFor(() => expect(readdirSync(spoolDir)).toHaveLength(1), { timeout: 10_000 });
    upload.destroy();
    await vi.waitFor(() => expect(readdirSync(spoolDir)).toHaveLength(0), { timeout: 10_000 });
    expect(await storage.head(key)).toBeUndefined();
  });

  it('answers 403 to unsigned, tampered and expired requests, and reaches only objects of its bucket', async () => {
    const key = 'private/lesson.mp4';
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: randomBytes(500), ContentType: 'video/mp4' }));
    await s3.send(new PutObjectCommand({ Bucket: 'other-bucket', Key: key, Body: randomBytes(10) }));

    const unsigned = await fetch(`${origin}/storage/${BUCKET}/${key}`);
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get('content-type')).toBe('application/xml');
    expect(await errorCode(unsigned)).toBe('MissingSignature');

    const url = await links.presignGet(key, 60);
    const tampered = await fetch(url.replace('lesson.mp4', 'lesson2.mp4'));
    expect(tampered.status).toBe(403);
    expect(await errorCode(tampered)).toBe('SignatureDoesNotMatch');

    try {
      clockOffsetMs = 59_000;
      expect((await fetch(url)).status).toBe(200);
      clockOffsetMs = 61_000;
      const expired = await fetch(url);
      expect(expired.status).toBe(403);
      expect(await errorCode(expired)).toBe('AccessDenied');
    } finally {
      clockOffsetMs = 0;
    }

    // A valid signature for another bucket, or for the bucket itself (a listing), gets nothing.
    const otherLinks = new S3ObjectLinks({ bucket: 'other-bucket', region: testAppConfig('').region, credentials: CREDENTIALS, endpoint: `${origin}/storage` });
    const other = await fetch(await otherLinks.presignGet(key, 60));
    expect(other.status).toBe(403);
    expect(await errorCode(other)).toBe('AccessDenied');
    for (const path of [`/storage/${BUCKET}`, `/storage/${BUCKET}/`, '/storage/']) {
      expect((await fetch(`${origin}${path}`)).status).toBe(403);
    }
  });

  it('serves byte ranges (206) of a presigned GET', async () => {
    const key = 'media/range.bin';
    const bytes = randomBytes(1000);
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: bytes, ContentType: 'video/mp4' }));
    const url = await links.presignGet(key, 60);
    const range = await fetch(url, { headers: { Range: 'bytes=0-99' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe('bytes 0-99/1000');
    expect(range.headers.get('content-length')).toBe('100');
    expect(Buffer.from(await range.arrayBuffer()).equals(bytes.subarray(0, 100))).toBe(true);

    const middle = await fetch(url, { headers: { Range: 'bytes=500-' } });
    expect(middle.status).toBe(206);
    expect(Buffer.from(await middle.arrayBuffer()).equals(bytes.subarray(500))).toBe(true);

    const head = await fetch(url, { method: 'HEAD' });
    // A GET URL is not a HEAD URL: the method is part of the signature.
    expect(head.status).toBe(403);
  });

  it('uploads a multipart file through presigned part URLs in parallel and completes it', async () => {
    const key = 'uploads/big.mp4';
    const bytes = randomBytes(11 * MiB);
    const { uploadId, parts } = await storage.startMultipart(key, 'video/mp4', bytes.length, 5 * MiB, 600);
    expect(parts.map((part) => [part.partNumber, part.sizeBytes])).toEqual([
      [1, 5 * MiB],
      [2, 5 * MiB],
      [3, 1 * MiB],
    ]);

    // A part of another length than signed is refused.
    const wrongSize = await fetch(parts[2]!.url, { method: 'PUT', body: bytes.subarray(0, MiB + 1) });
    expect(wrongSize.status).toBe(403);

    const completed = await Promise.all(
      parts.map(async (part) => {
        const start = (part.partNumber - 1) * 5 * MiB;
        // Like a browser sending Blob.slice(): no Content-Type on parts.
        const response = await fetch(part.url, { method: 'PUT', body: bytes.subarray(start, start + part.sizeBytes) });
        expect(response.status).toBe(200);
        const etag = response.headers.get('etag');
        expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
        return { partNumber: part.partNumber, etag: etag! };
      }),
    );
    await storage.completeMultipart(key, uploadId, completed.reverse());

    expect(await storage.head(key)).toEqual({ sizeBytes: bytes.length, contentType: 'video/mp4' });
    const download = await fetch(await links.presignGet(key, 60));
    expect(download.status).toBe(200);
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
  });

  it('aborts a multipart upload (idempotently) and deletes objects', async () => {
    const key = 'uploads/aborted.mp4';
    const { uploadId } = await storage.startMultipart(key, 'video/mp4', 6 * MiB, 5 * MiB, 600);
    // s3rver has no AbortMultipartUpload (405): tolerated, like S3's NoSuchUpload on a second abort.
    await storage.abortMultipart(key, uploadId);
    await storage.abortMultipart(key, uploadId);
    await expect(storage.abortMultipart(key, '../../escape')).rejects.toThrow(RangeError);

    // Even validly signed, a path-like upload id never reaches s3rver (which would join it into a path).
    const escape = await getSignedUrl(presignS3, new UploadPartCommand({ Bucket: BUCKET, Key: key, UploadId: '../../escape', PartNumber: 1, ContentLength: 3 }), {
      signableHeaders: new Set(['content-length']),
    });
    const refused = await fetch(escape, { method: 'PUT', body: 'abc' });
    expect(refused.status).toBe(400);
    expect(await errorCode(refused)).toBe('InvalidArgument');

    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'uploads/gone.txt', Body: 'x' }));
    await storage.deleteObject('uploads/gone.txt');
    expect(await storage.head('uploads/gone.txt')).toBeUndefined();
    await expect(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'uploads/gone.txt' }))).rejects.toThrow();
  });

  it('sets Content-Disposition attachment on download URLs', async () => {
    const key = 'media/download.mp4';
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: randomBytes(300), ContentType: 'video/mp4' }));
    const response = await fetch(await links.presignGet(key, 60, 'Leçon 1 "Intro".mp4'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Le_on 1 _Intro_.mp4"; filename*=UTF-8''Le%C3%A7on%201%20%22Intro%22.mp4`,
    );
    expect((await response.arrayBuffer()).byteLength).toBe(300);
  });
});
