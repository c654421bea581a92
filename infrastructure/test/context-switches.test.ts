import { API_ROUTES, DOMAIN_NAMES } from '@lessonstage/backend/routes';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatewayRoutes } from '../lib/api-routes';
import { DOMAIN_ACCESS } from '../lib/domain-access';
import { at, type CfnResource, type CfnResources } from './support/cfn';
import { synthesize, type Synthesized } from './support/synth';

function apiFunction(template: Template, domain: string): [string, CfnResource] {
  const found = Object.entries(template.findResources('AWS::Lambda::Function', { Properties: { Description: `Lessonstage API: ${domain} routes` } }) as CfnResources);
  expect(found, domain).toHaveLength(1);
  return found[0]!;
}

/** What each domain's HTTP API integration invokes, as written in the template. */
function integrationTargets(template: Template): Map<string, unknown> {
  const integrations = template.findResources('AWS::ApiGatewayV2::Integration') as CfnResources;
  const targets = new Map<string, unknown>();
  for (const route of gatewayRoutes(API_ROUTES)) {
    const [found] = Object.values(template.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: route.key } }) as CfnResources);
    const integrationId = at(found, 'Properties', 'Target', 'Fn::Join', 1, 1, 'Ref') as string;
    targets.set(route.domain, at(integrations[integrationId], 'Properties', 'IntegrationUri'));
  }
  return targets;
}

function csp(template: Template): string {
  const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy') as CfnResources);
  return JSON.stringify(at(policy, 'Properties', 'ResponseHeadersPolicyConfig', 'SecurityHeadersConfig', 'ContentSecurityPolicy', 'ContentSecurityPolicy'));
}

const provisioned = DOMAIN_NAMES.filter((domain) => DOMAIN_ACCESS[domain]!.provisioned);

describe('context switches, off by default', () => {
  let app: Template;

  beforeAll(() => {
    app = Template.fromStack(synthesize({ bundle: false }).app);
  });

  it('has no Transfer Acceleration: no bucket setting, no upload switch, no accelerate origin in the CSP', () => {
    const [, bucket] = Object.entries(app.findResources('AWS::S3::Bucket') as CfnResources).find(([id]) => id.includes('ContentBucket'))!;
    expect(at(bucket, 'Properties', 'AccelerateConfiguration')).toBeUndefined();
    for (const domain of DOMAIN_NAMES) expect(at(apiFunction(app, domain)[1], 'Properties', 'Environment', 'Variables', 'S3_TRANSFER_ACCELERATION'), domain).toBeUndefined();
    expect(csp(app)).not.toContain('s3-accelerate');
  });

  it('has no provisioned concurrency: no alias, every integration invokes its function', () => {
    app.resourceCountIs('AWS::Lambda::Alias', 0);
    for (const [domain, target] of integrationTargets(app)) expect(target, domain).toEqual({ 'Fn::GetAtt': [apiFunction(app, domain)[0], 'Arn'] });
  });
});

describe('context switches on: transferAcceleration=true, provisionedConcurrency=2', () => {
  let synth: Synthesized;
  let app: Template;

  beforeAll(() => {
    synth = synthesize({ bundle: false, context: { transferAcceleration: 'true', provisionedConcurrency: '2' } });
    app = Template.fromStack(synth.app);
  });

  it('passes cdk-nag with no other warning', () => {
    expect(Annotations.fromStack(synth.app).findWarning('*', Match.anyValue())).toEqual([]);
    expect(Annotations.fromStack(synth.app).findError('*', Match.anyValue())).toEqual([]);
  });

  it('accelerates the content bucket and has authoring and the exchange presign uploads through the accelerate endpoint, allowed by the CSP', () => {
    const [, bucket] = Object.entries(app.findResources('AWS::S3::Bucket') as CfnResources).find(([id]) => id.includes('ContentBucket'))!;
    expect(at(bucket, 'Properties', 'AccelerateConfiguration')).toEqual({ AccelerationStatus: 'Enabled' });
    for (const domain of DOMAIN_NAMES) {
      const value = at(apiFunction(app, domain)[1], 'Properties', 'Environment', 'Variables', 'S3_TRANSFER_ACCELERATION');
      expect(value, domain).toBe(domain === 'authoring' || domain === 'exchange' ? 'true' : undefined);
    }
    const policy = csp(app);
    expect(policy).toMatch(/connect-src 'self' https:\/\/lessonstage-dev-content-[^ ]+ https:\/\/lessonstage-dev-content-.*\.s3-accelerate\.amazonaws\.com;/);
    expect(policy).not.toMatch(/media-src[^;]*s3-accelerate/);
  });

  it('keeps warm instances of the playback and catalog functions on a live alias that their routes invoke', () => {
    expect(provisioned.sort()).toEqual(['courses', 'media']);
    app.resourceCountIs('AWS::Lambda::Alias', provisioned.length);
    const aliases = app.findResources('AWS::Lambda::Alias') as CfnResources;
    const targets = integrationTargets(app);
    for (const domain of DOMAIN_NAMES) {
      const [functionId] = apiFunction(app, domain);
      const alias = Object.entries(aliases).find(([, a]) => at(a, 'Properties', 'FunctionName', 'Ref') === functionId);
      if (provisioned.includes(domain)) {
        expect(alias?.[1].Properties, domain).toMatchObject({ Name: 'live', ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 } });
        expect(targets.get(domain), domain).toEqual({ Ref: alias![0] });
        app.hasResourceProperties('AWS::Lambda::Permission', { FunctionName: { Ref: alias![0] }, Principal: 'apigateway.amazonaws.com' });
      } else {
        expect(alias, domain).toBeUndefined();
        expect(targets.get(domain), domain).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });
      }
    }
    app.hasResourceProperties('AWS::Lambda::Version', { FunctionName: { Ref: Match.stringLikeRegexp('MediaApi') } });
  });
});
