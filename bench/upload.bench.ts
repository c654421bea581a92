import { createReadStream, mkdtempSync, rmSync, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createMediaStorage } from '../backend/src/lib/storage/create-media-storage';
import type { MediaStorage } from '../backend/src/lib/storage/media-storage';
import { createPresignS3Client, createS3Client } from '../backend/src/lib/storage/s3-client';
import { S3MediaStorage } from '../backend/src/lib/storage/s3-media-storage';
import { DEFAULT_ADMIN, DEFAULT_WEBHOOK_SECRET } from '../backend/src/local/local-config';
import { DEFAULT_RATE_LIMIT } from '../backend/src/lib/config';
import { report } from './report';
import { startStackProcess } from './stack-client';

const PART = 16 * 1024 ** 2;

function readPart(file: string, start: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, start);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

/** The browser's protocol: presigned parts, 4 in flight, then CompleteMultipartUpload. */
async function multipartUpload(storage: MediaStorage, file: string, size: number, key: string): Promise<{ partsSeconds: number; totalSeconds: number }> {
  const began = performance.now();
  const { uploadId, parts } = await storage.startMultipart(key, 'video/mp4', size, PART, 3600);
  const done: { partNumber: number; etag: string }[] = [];
  const queue = [...parts];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let part = queue.shift(); part; part = queue.shift()) {
        const body = readPart(file, (part.partNumber - 1) * PART, part.sizeBytes);
        const response = await fetch(part.url, { method: 'PUT', body });
        if (!response.ok) throw new Error(`part ${part.partNumber}: ${response.status}`);
        done.push({ partNumber: part.partNumber, etag: response.headers.get('etag')! });
      }
    }),
  );
  const partsSeconds = (performance.now() - began) / 1000;
  await storage.completeMultipart(key, uploadId, done.sort((a, b) => a.partNumber - b.partNumber));
  return { partsSeconds, totalSeconds: (performance.now() - began) / 1000 };
}

/**
 * The browser's multipart path (presigned parts, 4 in flight, through the local /storage gateway)
 * against one direct PutObject of the same file to the local S3 server.
 */
export async function uploadBench(): Promise<void> {
  const megabytes = Number(process.env.BENCH_UPLOAD_MB ?? 500);
  const dataDir = mkdtempSync(join(tmpdir(), 'lessonstage-upload-bench-'));
  const file = join(dataDir, 'video.bin');
  const size = megabytes * 1024 ** 2;
  for (let written = 0; written < size; written += 64 * 1024 ** 2) {
    writeFileSync(file, randomBytes(Math.min(64 * 1024 ** 2, size - written)), { flag: 'a' });
  }
  // The stack (gateway + s3rver) in its own process, as the server is apart from the browser.
  const stack = await startStackProcess({
    port: 0, dynamoDbPort: 0, s3Port: 0, cognitoPort: 0, dataDir: join(dataDir, 'stack'), siteDir: join(dataDir, 'none'), seedDemo: false,
    admin: DEFAULT_ADMIN, rateLimit: DEFAULT_RATE_LIMIT, stripe: { webhookSecret: DEFAULT_WEBHOOK_SECRET, apiPort: 0 },
  });
  try {
    const viaGateway = await multipartUpload(createMediaStorage(stack.config), file, size, 'bench/gateway.bin');
    // The same parts presigned for s3rver itself: the protocol's cost without the local gateway
    // (on AWS the browser sends its parts to S3 directly; there is no gateway).
    const straight = new S3MediaStorage({ s3: createS3Client(stack.config), presignS3: createPresignS3Client(stack.config, stack.config.endpoints.s3), bucket: stack.config.contentBucket });
    const viaS3rver = await multipartUpload(straight, file, size, 'bench/straight.bin');

    const directStart = performance.now();
    await createS3Client(stack.config).send(
      new PutObjectCommand({ Bucket: stack.config.contentBucket, Key: 'bench/direct.bin', Body: createReadStream(file), ContentLength: size, ContentType: 'video/mp4' }),
    );
    const directSeconds = (performance.now() - directStart) / 1000;
    const row = (path: string, seconds: number, parts?: number) => ({
      path,
      MB: megabytes,
      seconds: Number(seconds.toFixed(2)),
      'of which parts s': parts === undefined ? '' : Number(parts.toFixed(2)),
      'MB/s': Number((megabytes / seconds).toFixed(1)),
      'vs PutObject (target ≥ 0.8)': Number((directSeconds / seconds).toFixed(2)),
    });
    report('upload', [
      row(`browser path: presigned parts through the /storage gateway (${PART / 1024 ** 2} MiB, 4 in flight)`, viaGateway.totalSeconds, viaGateway.partsSeconds),
      row('the same parts presigned for s3rver itself (no gateway)', viaS3rver.totalSeconds, viaS3rver.partsSeconds),
      row('one PutObject straight to s3rver (SDK)', directSeconds),
    ], [
      'The rest of a multipart upload is CompleteMultipartUpload: s3rver joins the parts into one file.',
      'The local gateway checks each part\'s signature and spools it to disk before forwarding, so that s3rver never keeps a truncated body.',
    ]);
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
