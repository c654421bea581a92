import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config';
import { testAppConfig } from '../../testing/test-config';
import { createObjectLinks } from './create-object-links';
import { attachmentDisposition } from './s3-object-links';
import { createPresignS3Client } from './s3-client';

const KEYS = ['courses/c-1/lessons/l-1/video-3f2a.mp4', 'courses/c-1/materials/Leçon 1 (intro)!*.pdf', "a/it's ~ok+.mp4"];
const DOWNLOAD_NAMES = [undefined, 'Leçon 1 "Intro".pdf'];

/** What the S3 client presigns for GetObject with the same configuration: the reference. */
function sdkLink(config: AppConfig, key: string, expiresIn: number, downloadName?: string): Promise<string> {
  const command = new GetObjectCommand({
    Bucket: config.contentBucket,
    Key: key,
    ResponseContentDisposition: downloadName === undefined ? undefined : attachmentDisposition(downloadName),
  });
  return getSignedUrl(createPresignS3Client(config, config.endpoints.storagePublic), command, { expiresIn });
}

describe('S3ObjectLinks', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T10:11:12Z') });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  const deployments: Array<[string, Partial<AppConfig>]> = [
    ['on AWS, us-east-1', { region: 'us-east-1', contentBucket: 'lessonstage-content-1a2b3c' }],
    ['on AWS, eu-west-1', { region: 'eu-west-1', contentBucket: 'lessonstage-content-1a2b3c' }],
    ['locally, on the /storage gateway', { endpoints: { dynamodb: 'http://127.0.0.1:9', storagePublic: 'http://localhost:4200/storage' } }],
  ];

  it.each(deployments)('signs exactly the URL the S3 client presigns for GetObject, %s', async (_where, overrides) => {
    const config = { ...testAppConfig('http://127.0.0.1:9'), ...overrides };
    const links = createObjectLinks(config);
    for (const key of KEYS) {
      for (const downloadName of DOWNLOAD_NAMES) {
        expect(await links.presignGet(key, 300, downloadName)).toBe(await sdkLink(config, key, 300, downloadName));
      }
    }
  });

  it("takes Lambda's credentials from the environment, session token included, as the S3 client does", async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'session-token');
    const config: AppConfig = { ...testAppConfig('http://127.0.0.1:9'), credentials: undefined, endpoints: { dynamodb: undefined } };

    const link = await createObjectLinks(config).presignGet(KEYS[0]!, 60);
    expect(new URL(link).searchParams.get('X-Amz-Security-Token')).toBe('session-token');
    expect(new URL(link).searchParams.get('X-Amz-Credential')).toMatch(/^ASIAEXAMPLE\//);
    expect(link).toBe(await sdkLink(config, KEYS[0]!, 60));
  });

  it('refuses, when built, a bucket S3 would not serve at a virtual-hosted address', () => {
    for (const contentBucket of ['my.bucket', 'MyBucket', 'ab']) {
      expect(() => createObjectLinks({ ...testAppConfig('http://127.0.0.1:9'), contentBucket })).toThrow(/virtual-hosted/);
    }
  });

  it('refuses keys and lifetimes no link should have', async () => {
    const links = createObjectLinks(testAppConfig('http://127.0.0.1:9'));
    for (const key of ['', '/abs.mp4', 'a/../b.mp4']) await expect(links.presignGet(key, 60)).rejects.toThrow(RangeError);
    for (const seconds of [0, 1.5, 8 * 24 * 3600]) await expect(links.presignGet('a.mp4', seconds)).rejects.toThrow(RangeError);
  });
});
