import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DOMAIN_NAMES } from '@lessonstage/backend/routes';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { HLS_SIGNING_ENV } from '../lib/hls-signing';
import { HLS_PLACEHOLDER_PUBLIC_KEY } from '../lib/paths';
import { actionsOf, at, list, type CfnResource, type CfnResources } from './support/cfn';
import { synthesize } from './support/synth';

function apiFunction(template: Template, domain: string): CfnResource {
  const found = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Description: `Lessonstage API: ${domain} routes` } }) as CfnResources);
  expect(found, domain).toHaveLength(1);
  return found[0]!;
}

function statementsOf(template: Template, fn: CfnResource): unknown[] {
  const roleId = at(fn, 'Properties', 'Role', 'Fn::GetAtt', 0);
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }) as CfnResources;
  return Object.values(policies).flatMap((policy) => list(policy, 'Properties', 'PolicyDocument', 'Statement'));
}

describe('lesson streams behind signed cookies (CloudFront)', () => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  let app: Template;

  beforeAll(() => {
    app = Template.fromStack(synthesize({ bundle: false, context: { hlsPublicKeyPem: pem, hlsPrivateKeySecretName: 'lessonstage/dev/hls-key' } }).app);
  });

  it('trusts one key group holding the configured public key on /media/hls/* only', () => {
    app.resourceCountIs('AWS::CloudFront::PublicKey', 1);
    app.hasResourceProperties('AWS::CloudFront::PublicKey', { PublicKeyConfig: Match.objectLike({ EncodedKey: pem }) });
    const [keyId] = Object.keys(app.findResources('AWS::CloudFront::PublicKey'));
    app.resourceCountIs('AWS::CloudFront::KeyGroup', 1);
    app.hasResourceProperties('AWS::CloudFront::KeyGroup', { KeyGroupConfig: Match.objectLike({ Items: [{ Ref: keyId }] }) });

    const [distribution] = Object.values(app.findResources('AWS::CloudFront::Distribution') as CfnResources);
    const behaviours = list(distribution, 'Properties', 'DistributionConfig', 'CacheBehaviors');
    const signed = behaviours.filter((b) => list(b, 'TrustedKeyGroups').length > 0);
    expect(signed.map((b) => at(b, 'PathPattern'))).toEqual(['/media/hls/*']);
    expect(signed[0]).toMatchObject({ ViewerProtocolPolicy: 'https-only', AllowedMethods: ['GET', 'HEAD'] });
    expect(at(distribution, 'Properties', 'DistributionConfig', 'DefaultCacheBehavior', 'TrustedKeyGroups')).toBeUndefined();
    // Same origin and OAC as public media: the bucket policy decides which keys CloudFront reads.
    const publicMedia = behaviours.find((b) => at(b, 'PathPattern') === '/media/public/*');
    expect(at(signed[0], 'TargetOriginId')).toEqual(at(publicMedia, 'TargetOriginId'));
  });

  it('gives the media function the private key\'s secret name, a read of it and the key pair id; no other function', () => {
    const [keyId] = Object.keys(app.findResources('AWS::CloudFront::PublicKey'));
    for (const domain of DOMAIN_NAMES) {
      const fn = apiFunction(app, domain);
      const variables = at(fn, 'Properties', 'Environment', 'Variables') as Record<string, unknown>;
      const reads = JSON.stringify(statementsOf(app, fn).filter((s) => actionsOf(s).includes('secretsmanager:GetSecretValue')));
      if (domain === 'media') {
        expect(variables[HLS_SIGNING_ENV.secretId]).toBe('lessonstage/dev/hls-key');
        expect(variables[HLS_SIGNING_ENV.keyPairId]).toEqual({ Ref: keyId });
        expect(reads).toContain(':secret:lessonstage/dev/hls-key-??????');
      } else {
        expect(variables[HLS_SIGNING_ENV.secretId], domain).toBeUndefined();
        expect(reads, domain).not.toContain('hls-key');
      }
    }
  });

  it('uses the placeholder key (no private half anywhere) when no key is configured; a new key gets a new name', () => {
    const fallback = Template.fromStack(synthesize({ bundle: false }).app);
    fallback.hasResourceProperties('AWS::CloudFront::PublicKey', { PublicKeyConfig: Match.objectLike({ EncodedKey: readFileSync(HLS_PLACEHOLDER_PUBLIC_KEY, 'utf8') }) });
    const nameOf = (template: Template) => at(Object.values(template.findResources('AWS::CloudFront::PublicKey') as CfnResources)[0], 'Properties', 'PublicKeyConfig', 'Name');
    expect(nameOf(fallback)).toMatch(/-hls-[0-9a-f]{16}$/);
    expect(nameOf(fallback)).not.toBe(nameOf(app));
    expect(at(apiFunction(fallback, 'media'), 'Properties', 'Environment', 'Variables', HLS_SIGNING_ENV.secretId)).toBe('lessonstage/dev/hls-private-key');
  });
});
