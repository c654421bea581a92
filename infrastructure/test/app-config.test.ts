import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readAppConfig, stripeSecretIds } from '../lib/app-config';
import { DEFAULT_SITE_DIR, HLS_PLACEHOLDER_PUBLIC_KEY, INFRA_ROOT } from '../lib/paths';

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666';
const context = (values: Record<string, unknown>) => (key: string) => values[key];
const noBuild = () => false;

describe('readAppConfig', () => {
  it('defaults to a dev stage in the CLI region, without a site when the build is missing', () => {
    const config = readAppConfig(context({}), { CDK_DEFAULT_ACCOUNT: '123456789012', CDK_DEFAULT_REGION: 'eu-central-1' }, noBuild);
    expect(config).toEqual({
      stage: 'dev',
      account: '123456789012',
      region: 'eu-central-1',
      domainName: undefined,
      certificateArn: undefined,
      stripeSecretName: 'lessonstage/dev/stripe',
      alarmEmail: undefined,
      mailFrom: undefined,
      siteDir: undefined,
      hlsPublicKeyPem: readFileSync(HLS_PLACEHOLDER_PUBLIC_KEY, 'utf8'),
      hlsPrivateKeySecretName: 'lessonstage/dev/hls-private-key',
      transferAcceleration: false,
      provisionedConcurrency: 0,
    });
    expect(readAppConfig(context({}), {}, noBuild).region).toBe('us-east-1');
  });

  it('reads every documented context value', () => {
    const config = readAppConfig(
      context({
        stage: 'prod',
        region: 'eu-west-1',
        domainName: 'App.Lessonstage.com',
        certificateArn: CERT,
        stripeSecretName: 'prod/stripe',
        alarmEmail: 'ops@lessonstage.com',
        mailFrom: 'receipts@lessonstage.com',
      }),
      {},
      noBuild,
    );
    expect(config).toMatchObject({
      stage: 'prod',
      region: 'eu-west-1',
      domainName: 'app.lessonstage.com',
      certificateArn: CERT,
      stripeSecretName: 'prod/stripe',
      alarmEmail: 'ops@lessonstage.com',
      mailFrom: 'receipts@lessonstage.com',
    });
    expect(stripeSecretIds(config.stripeSecretName)).toEqual({ secretKey: 'prod/stripe/secret-key', webhookSecret: 'prod/stripe/webhook-secret' });
  });

  it('deploys the site when the Angular build exists, unless deploySite=false', () => {
    const built = (file: string) => file === path.join(DEFAULT_SITE_DIR, 'index.html');
    expect(readAppConfig(context({}), {}, built).siteDir).toBe(DEFAULT_SITE_DIR);
    expect(readAppConfig(context({ deploySite: 'false' }), {}, built).siteDir).toBeUndefined();
    const custom = readAppConfig(context({ siteDir: 'site' }), {}, () => true).siteDir;
    expect(custom).toBe(path.join(INFRA_ROOT, 'site'));
    expect(() => readAppConfig(context({ siteDir: 'missing' }), {}, noBuild)).toThrow(/no index.html/);
  });

  it('reads the HLS public key (also with escaped line breaks), the acceleration switch and the provisioned concurrency', () => {
    const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const config = readAppConfig(
      context({ hlsPublicKeyPem: pem.trim().replace(/\n/g, '\\n'), hlsPrivateKeySecretName: 'x/hls', transferAcceleration: 'true', provisionedConcurrency: '3' }),
      {},
      noBuild,
    );
    expect(config).toMatchObject({ hlsPublicKeyPem: pem, hlsPrivateKeySecretName: 'x/hls', transferAcceleration: true, provisionedConcurrency: 3 });
    expect(readAppConfig(context({ transferAcceleration: false, provisionedConcurrency: 0 }), {}, noBuild)).toMatchObject({ transferAcceleration: false, provisionedConcurrency: 0 });
    expect(readAppConfig(context({ stage: 'prod' }), {}, noBuild).hlsPrivateKeySecretName).toBe('lessonstage/prod/hls-private-key');
  });

  it('rejects an HLS key CloudFront would not take, and malformed switches', () => {
    const bad = (values: Record<string, unknown>) => () => readAppConfig(context(values), {}, noBuild);
    const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(bad({ hlsPublicKeyPem: 'not a key' })).toThrow(/not a PEM public key/);
    expect(bad({ hlsPublicKeyPem: rsa1024 })).toThrow(/RSA 2048/);
    expect(bad({ hlsPublicKeyPem: ec })).toThrow(/RSA 2048/);
    expect(bad({ transferAcceleration: 'yes' })).toThrow(/true or false/);
    expect(bad({ provisionedConcurrency: '-1' })).toThrow(/whole number/);
    expect(bad({ provisionedConcurrency: 1.5 })).toThrow(/whole number/);
  });

  it('rejects inconsistent or malformed values', () => {
    const bad = (values: Record<string, unknown>) => () => readAppConfig(context(values), {}, noBuild);
    expect(bad({ stage: 'staging' })).toThrow(ConfigError);
    expect(bad({ domainName: 'app.lessonstage.com' })).toThrow(/certificateArn/);
    expect(bad({ certificateArn: CERT })).toThrow(/only used together/);
    expect(bad({ domainName: 'app.lessonstage.com', certificateArn: CERT.replace('us-east-1', 'eu-west-1') })).toThrow(/us-east-1/);
    expect(bad({ domainName: 'not a domain', certificateArn: CERT })).toThrow(/host name/);
    expect(bad({ alarmEmail: 'nobody' })).toThrow(/e-mail/);
    expect(bad({ mailFrom: 'receipts' })).toThrow(/mailFrom/);
    expect(bad({ stage: 42 })).toThrow(/must be a string/);
  });
});
