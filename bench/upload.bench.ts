import { createReadStream, mkdtempSync, rmSync, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startLocalStack } from '../backend/src/local/stack';
import { createDeps } from '../backend/src/lib/create-deps';
import { createS3Client } from '../backend/src/lib/storage/s3-client';
import { DEFAULT_ADMIN, DEFAULT_WEBHOOK_SECRET } from '../backend/src/local/local-config';
import { DEFAULT_RATE_LIMIT } from '../backend/src/lib/config';
import { report } from './report';

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
  const stack = await startLocalStack({
    port: 0, dynamoDbPort: 0, s3Port: 0, cognitoPort: 0, dataDir: join(dataDir, 'stack'), siteDir: join(dataDir, 'none'), seedDemo: false,
    admin: DEFAULT_ADMIN, rateLimit: DEFAULT_RATE_LIMIT, stripe: { webhookSecret: DEFAULT_WEBHOOK_SECRET, apiPort: 0 },
  });
  try {
    const { storage } = createDeps(stack.config, stack.mailbox);
    const multipartStart = performance.now();
    const { uploadId, parts } = await storage.startMultipart('bench/multipart.bin', 'video/mp4', size, PART, 3600);
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
    await storage.completeMultipart('bench/multipart.bin', uploadId, done.sort((a, b) => a.partNumber - b.partNumber));
    const multipartSeconds = (performance.now() - multipartStart) / 1000;

    const directStart = performance.now();
    await createS3Client(stack.config).send(
      new PutObjectCommand({ Bucket: stack.config.contentBucket, Key: 'bench/direct.bin', Body: createReadStream(file), ContentLength: size, ContentType: 'video/mp4' }),
    );
    const directSeconds = (performance.now() - directStart) / 1000;
    const ratio = directSeconds / multipartSeconds;
    report('upload', [
      { path: `multipart via presigned parts + /storage gateway (${PART / 1024 ** 2} MiB parts, 4 in flight)`, 'MB': megabytes, seconds: Number(multipartSeconds.toFixed(2)), 'MB/s': Number((megabytes / multipartSeconds).toFixed(1)) },
      { path: 'single PutObject straight to s3rver (SDK)', 'MB': megabytes, seconds: Number(directSeconds.toFixed(2)), 'MB/s': Number((megabytes / directSeconds).toFixed(1)) },
    ], [`Throughput ratio multipart / direct: ${ratio.toFixed(2)} (target ≥ 0.8).`]);
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
