import { describe, expect, it } from 'vitest';
import { LAMBDA_TEST_ENV } from '../../testing/lambda-env';
import { loadConfig } from '../config';
import { createPresignS3Client } from './s3-client';
import { S3MediaStorage } from './s3-media-storage';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

async function uploadUrl(env: Record<string, string>, publicEndpoint?: string): Promise<URL> {
  const config = { ...loadConfig({ ...LAMBDA_TEST_ENV, CONTENT_BUCKET: 'lessonstage-dev-content', ...env }), credentials };
  const presignS3 = createPresignS3Client(config, publicEndpoint);
  const storage = new S3MediaStorage({ s3: presignS3, presignS3, bucket: config.contentBucket });
  return new URL(await storage.presignPut('courses/c1/lessons/l1/video/a.mp4', 'video/mp4', 1024, 60));
}

describe('presigned uploads and S3 Transfer Acceleration', () => {
  it('signs uploads for the bucket\'s regional endpoint by default', async () => {
    expect((await uploadUrl({})).host).toBe('lessonstage-dev-content.s3.eu-west-1.amazonaws.com');
  });

  it('signs them for the accelerate endpoint when S3_TRANSFER_ACCELERATION=true', async () => {
    const url = await uploadUrl({ S3_TRANSFER_ACCELERATION: 'true' });
    expect(url.host).toBe('lessonstage-dev-content.s3-accelerate.amazonaws.com');
    expect(url.pathname).toBe('/courses/c1/lessons/l1/video/a.mp4');
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(/\/eu-west-1\/s3\/aws4_request$/);
  });

  it('keeps a given public endpoint (the local /storage gateway) whatever the switch says', async () => {
    const url = await uploadUrl({ S3_TRANSFER_ACCELERATION: 'true' }, 'http://localhost:4200/storage');
    expect(url.origin).toBe('http://localhost:4200');
    expect(url.pathname).toBe('/storage/lessonstage-dev-content/courses/c1/lessons/l1/video/a.mp4');
  });
});
