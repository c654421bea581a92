import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config';
import { tracer } from '../observability/tracer';

function baseOptions(config: AppConfig): S3ClientConfig {
  return {
    region: config.region,
    credentials: config.credentials,
    // The SDK's default checksums corrupt streamed uploads on s3rver and break presigned PUTs
    // on real S3 (they sign the checksum of an empty body): only send checksums S3 requires.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
}

export function createS3Client(config: AppConfig): S3Client {
  return tracer.captureAWSv3Client(new S3Client({
    ...baseOptions(config),
    endpoint: config.endpoints.s3,
    forcePathStyle: Boolean(config.endpoints.s3),
  }));
}

/**
 * The client that only presigns URLs for the browser, so its endpoint is the one the browser
 * must reach. On AWS leave `publicEndpoint` out (S3's own endpoint, or its accelerate endpoint
 * with `transferAcceleration`). Locally pass `<origin>/storage`: the storage gateway there checks
 * the signature before it forwards to s3rver, which is never exposed (and which checks no
 * signatures itself).
 */
export function createPresignS3Client(config: AppConfig, publicEndpoint?: string): S3Client {
  return new S3Client({
    ...baseOptions(config),
    endpoint: publicEndpoint,
    forcePathStyle: Boolean(publicEndpoint),
    useAccelerateEndpoint: Boolean(config.transferAcceleration) && !publicEndpoint,
  });
}
