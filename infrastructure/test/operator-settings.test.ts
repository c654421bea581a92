import { CONFIG_PARAMETER_PATH, OPERATOR_SETTINGS } from '@lessonstage/backend/settings';
import { DOMAIN_NAMES } from '@lessonstage/backend/routes';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_ACCESS } from '../lib/domain-access';
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

describe('operator settings in Parameter Store', () => {
  let app: Template;

  beforeAll(() => {
    app = Template.fromStack(synthesize({ bundle: false, context: { stage: 'prod' } }).app);
  });

  it('creates one String parameter per setting under /lessonstage/<stage>/config, with the backend\'s default', () => {
    app.resourceCountIs('AWS::SSM::Parameter', OPERATOR_SETTINGS.length);
    for (const setting of OPERATOR_SETTINGS) {
      app.hasResourceProperties('AWS::SSM::Parameter', {
        Name: `/lessonstage/prod/config/${setting.name}`,
        Type: 'String',
        Value: String(setting.defaultValue),
        Tier: 'Standard',
      });
    }
  });

  it('lets exactly the functions with `settings` read that path (GetParametersByPath on the path, nothing else) and names it', () => {
    const readers = DOMAIN_NAMES.filter((domain) => DOMAIN_ACCESS[domain]!.settings);
    expect(readers.sort()).toEqual(['auth', 'authoring', 'courses']);
    for (const domain of DOMAIN_NAMES) {
      const fn = apiFunction(app, domain);
      const ssm = statementsOf(app, fn).filter((s) => actionsOf(s).some((a) => a.startsWith('ssm:')));
      const path = at(fn, 'Properties', 'Environment', 'Variables', CONFIG_PARAMETER_PATH);
      if (readers.includes(domain)) {
        expect(path, domain).toBe('/lessonstage/prod/config');
        expect(ssm.map((s) => ({ actions: actionsOf(s), resource: JSON.stringify(at(s, 'Resource')) })), domain).toEqual([
          { actions: ['ssm:GetParametersByPath'], resource: expect.stringMatching(/:parameter\/lessonstage\/prod\/config"\]\]\}$/) },
        ]);
      } else {
        expect(path, domain).toBeUndefined();
        expect(ssm, domain).toEqual([]);
      }
    }
  });
});
