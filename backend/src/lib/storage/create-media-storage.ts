import type { AppConfig } from '../config';
import type { MediaStorage } from './media-storage';
import { createPresignS3Client, createS3Client } from './s3-client';
import { S3MediaStorage } from './s3-media-storage';

export function createMediaStorage(config: AppConfig): MediaStorage {
  return new S3MediaStorage({
    s3: createS3Client(config),
    presignS3: createPresignS3Client(config, config.endpoints.storagePublic),
    bucket: config.contentBucket,
  });
}
