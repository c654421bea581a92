import { S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config';

export function createS3Client(config: AppConfig): S3Client {
  return new S3Client({
    region: config.region,
    endpoint: config.endpoints.s3,
    credentials: config.credentials,
    forcePathStyle: Boolean(config.endpoints.s3),
    // The SDK's default checksums corrupt streamed uploads on s3rver and break presigned PUTs
    // on real S3 (they sign the checksum of an empty body): only send checksums S3 requires.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
