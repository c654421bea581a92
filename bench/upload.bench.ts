import { createReadStream, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createMediaStorage } from '../backend/src/lib/storage/create-media-storage';
import type { MediaStorage } from '../backend/src/lib/storage/media-storage';
import { createPresignS3Client, createS3Client } from '../backend/src/lib/storage/s3-client';
import { S3MediaStorage } from '../backend/src/lib/storage/s3-media-storage';
import { median } from './median';
import { report } from './report';
import { throwawayStackOptions } from '../backend/src/local/local-config';
import { startStackProcess, type StackProcess } from './stack-client';
import { ownTempDir } from './resources';

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

interface UploadTimes {
  readonly partsSeconds: number;
  readonly totalSeconds: number;
}

/** The browser's protocol: presigned parts, 4 in flight, then CompleteMultipartUpload. */
async function multipartUpload(storage: MediaStorage, file: string, size: number, key: string): Promise<UploadTimes> {
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
  const runs = Number(process.env.BENCH_UPLOAD_RUNS ?? 3);
  const dataDir = ownTempDir('lessonstage-upload-bench-');
  const file = join(dataDir.path, 'video.bin');
  const size = megabytes * 1024 ** 2;
  let stack: StackProcess | undefined;
  try {
    for (let written = 0; written < size; written += 64 * 1024 ** 2) {
      writeFileSync(file, randomBytes(Math.min(64 * 1024 ** 2, size - written)), { flag: 'a' });
    }
    // The stack (gateway + s3rver) in its own process, as the server is apart from the browser.
    stack = await startStackProcess(throwawayStackOptions(join(dataDir.path, 'stack')));
    const viaGatewayStorage = createMediaStorage(stack.config);
    // The same parts presigned for s3rver itself: the protocol's cost without the local gateway
    // (on AWS the browser sends its parts to S3 directly; there is no gateway).
    const straightStorage = new S3MediaStorage({ s3: createS3Client(stack.config), presignS3: createPresignS3Client(stack.config, stack.config.endpoints.s3), bucket: stack.config.contentBucket });
    const s3 = createS3Client(stack.config);
    // This machine's disk speed drifts by a third from one minute to the next: the three paths
    // take turns, round after round, and each is reported by its median.
    const rounds: { gateway: UploadTimes; straight: UploadTimes; direct: number }[] = [];
    for (let round = 0; round < runs; round++) {
      const gateway = await multipartUpload(viaGatewayStorage, file, size, 'bench/gateway.bin');
      const straight = await multipartUpload(straightStorage, file, size, 'bench/straight.bin');
      const directStart = performance.now();
      await s3.send(new PutObjectCommand({ Bucket: stack.config.contentBucket, Key: 'bench/direct.bin', Body: createReadStream(file), ContentLength: size, ContentType: 'video/mp4' }));
      rounds.push({ gateway, straight, direct: (performance.now() - directStart) / 1000 });
      for (const key of ['bench/gateway.bin', 'bench/straight.bin', 'bench/direct.bin']) await viaGatewayStorage.deleteObject(key);
    }
    const direct = median(rounds.map((r) => r.direct));
    const row = (path: string, times: number[], parts: number[] | undefined, paired: number[]) => ({
      path,
      MB: megabytes,
      'median s': Number(median(times).toFixed(2)),
      'of which parts s': parts ? Number(median(parts).toFixed(2)) : '',
      'MB/s': Number((megabytes / median(times)).toFixed(1)),
      'vs PutObject': Number((direct / median(times)).toFixed(2)),
      'per round': paired.map((ratio) => ratio.toFixed(2)).join(' / '),
    });
    report('upload', [
      row(`browser path: presigned parts through the /storage gateway (${PART / 1024 ** 2} MiB, 4 in flight)`, rounds.map((r) => r.gateway.totalSeconds), rounds.map((r) => r.gateway.partsSeconds), rounds.map((r) => r.direct / r.gateway.totalSeconds)),
      row('the same parts presigned for s3rver itself (no gateway)', rounds.map((r) => r.straight.totalSeconds), rounds.map((r) => r.straight.partsSeconds), rounds.map((r) => r.direct / r.straight.totalSeconds)),
      row('one PutObject straight to s3rver (SDK)', rounds.map((r) => r.direct), undefined, rounds.map(() => 1)),
    ], [
      `${runs} rounds (BENCH_UPLOAD_RUNS), ${megabytes} MB each (BENCH_UPLOAD_MB); "per round": that round's PutObject time over this path's.`,
      'The rest of a multipart upload is CompleteMultipartUpload: s3rver joins the parts into one file. "vs PutObject" has no target: that copy, which S3 does not make, is the local ceiling.',
      'The local gateway checks each part\'s signature and spools it to disk before forwarding, so that s3rver never keeps a truncated body.',
    ]);
  } finally {
    await stack?.stop();
    await dataDir.remove();
  }
}
