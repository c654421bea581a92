import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudFrontCookieSigner } from '../../lib/cdn/stream-cookies';
import { createS3Client } from '../../lib/storage/s3-client';
import { testAppConfig } from '../../testing/test-config';
import { uploadTestStream } from '../../testing/hls-stream';
import type { RunningServer } from '../emulators/running-server';
import { startS3 } from '../emulators/s3.emulator';
import { ensureBucket } from '../provision';
import { streamGatewayRoutes } from './stream-gateway.routes';

const BUCKET = 'lessonstage-content';
const ORIGIN = 'http://localhost:4200';
const LESSON = '/media/hls/course-a/s1l1/';
const OTHER_LESSON = '/media/hls/course-a/s1l2/';

describe('local /media/hls gateway (signed cookies, s3rver behind)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lessonstage-stream-gateway-'));
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const signer = new CloudFrontCookieSigner({ keyPairId: 'KTEST', privateKey: async () => keys.privateKey, origin: ORIGIN, secure: false });
  let s3rver: RunningServer;
  let s3: S3Client;
  let clockOffsetMs = 0;
  let gateway: ReturnType<typeof streamGatewayRoutes>;

  const cookiesFor = async (path: string, seconds = 600) =>
    (await signer.sign(path, new Date(Date.now() + seconds * 1000))).map((c) => c.split(';')[0]).join('; ');
  const get = (path: string, headers: Record<string, string> = {}) => gateway.request(`${ORIGIN}${path}`, { headers });

  beforeAll(async () => {
    s3rver = await startS3(0, join(dataDir, 's3'));
    s3 = createS3Client({ ...testAppConfig('http://127.0.0.1:9'), contentBucket: BUCKET, endpoints: { s3: s3rver.endpoint }, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    await ensureBucket(s3, BUCKET);
    await uploadTestStream(s3, BUCKET, { courseId: 'course-a', lessonId: 's1l1', jobId: 'job1' });
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'hls/course-a/s1l2/job1/master.m3u8', Body: '#EXTM3U\n' }));
    gateway = streamGatewayRoutes({ s3, bucket: BUCKET, origin: ORIGIN, keyPairId: 'KTEST', publicKey: keys.publicKey, now: () => new Date(Date.now() + clockOffsetMs) });
  }, 120_000);

  afterAll(async () => {
    await s3rver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves playlists, init and media segments, thumbnails and the poster with their types', async () => {
    const cookie = await cookiesFor(LESSON);
    const expected: Record<string, string> = {
      'job1/master.m3u8': 'application/vnd.apple.mpegurl',
      'job1/v0/index.m3u8': 'application/vnd.apple.mpegurl',
      'job1/v0/init.mp4': 'video/mp4',
      'job1/v0/seg_000.m4s': 'video/mp4',
      'job1/thumbs/thumbnails.vtt': 'text/vtt; charset=utf-8',
      'job1/thumbs/sprite-001.jpg': 'image/jpeg',
      'job1/poster.jpg': 'image/jpeg',
    };
    for (const [file, type] of Object.entries(expected)) {
      const response = await get(`${LESSON}${file}`, { cookie });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
      expect((await response.arrayBuffer()).byteLength, file).toBeGreaterThan(0);
    }
    expect(await (await get(`${LESSON}job1/master.m3u8`, { cookie })).text()).toContain('#EXT-X-STREAM-INF');
  });

  it('answers Range requests with 206 and the bytes asked for', async () => {
    const cookie = await cookiesFor(LESSON);
    const whole = new Uint8Array(await (await get(`${LESSON}job1/v0/seg_000.m4s`, { cookie })).arrayBuffer());
    const part = await get(`${LESSON}job1/v0/seg_000.m4s`, { cookie, range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${whole.byteLength}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(whole.slice(100, 200));
  });

  it('refuses with 403: no cookie, an expired cookie, another lesson\'s cookie, a tampered one', async () => {
    const segment = `${LESSON}job1/v0/seg_000.m4s`;
    expect((await get(segment)).status).toBe(403);

    const cookie = await cookiesFor(LESSON, 60);
    clockOffsetMs = 61_000;
    try {
      expect((await get(segment, { cookie })).status).toBe(403);
    } finally {
      clockOffsetMs = 0;
    }

    expect((await get(segment, { cookie: await cookiesFor(OTHER_LESSON) })).status).toBe(403);
    expect((await get(`${OTHER_LESSON}job1/master.m3u8`, { cookie })).status).toBe(403);
    expect((await get(`${OTHER_LESSON}job1/master.m3u8`, { cookie: await cookiesFor(OTHER_LESSON) })).status).toBe(200);

    const tampered = cookie.replace(/CloudFront-Signature=([^;]+)/, (_, sig: string) => `CloudFront-Signature=${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`);
    const refused = await get(segment, { cookie: tampered });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('AccessDenied');
  });

  it('404s a missing file of the lesson, 403s paths outside a job folder', async () => {
    const cookie = await cookiesFor(LESSON);
    expect((await get(`${LESSON}job1/v9/index.m3u8`, { cookie })).status).toBe(404);
    expect((await get(`${LESSON}job1/%2e%2e/x`, { cookie })).status).toBe(403);
  });
});
