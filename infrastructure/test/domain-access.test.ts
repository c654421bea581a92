import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { ApiConstruct } from '../lib/api.construct';
import { AuthConstruct } from '../lib/auth.construct';
import { DataConstruct } from '../lib/data.construct';
import { PRIVATE_BUCKET } from '../lib/storage.construct';
import { at } from './support/cfn';
import { CDK_JSON_CONTEXT } from './support/synth';

function testStack(): { app: App; stack: Stack } {
  const app = new App({ context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [] } });
  Aspects.of(app).add(new AwsSolutionsChecks());
  return { app, stack: new Stack(app, 'Test', { env: { region: 'eu-west-1' } }) };
}

describe('DOMAIN_ACCESS grants', () => {
  it('turns bucket prefixes, Cognito actions, the Stripe secrets and SES into scoped statements', () => {
    const { stack } = testStack();
    const auth = new AuthConstruct(stack, 'Auth', { stage: 'dev' });
    const logs = new Bucket(stack, 'Logs', PRIVATE_BUCKET);
    new ApiConstruct(stack, 'Api', {
      stage: 'dev',
      data: new DataConstruct(stack, 'Data', { stage: 'dev' }),
      contentBucket: new Bucket(stack, 'ContentBucket', { ...PRIVATE_BUCKET, serverAccessLogsBucket: logs }),
      userPool: auth.userPool,
      userPoolClient: auth.client,
      stripeSecrets: { secretKey: 'test/stripe/secret-key', webhookSecret: 'test/stripe/webhook-secret' },
      mailFrom: 'receipts@lessonstage.com',
      domains: ['health'],
      routes: [{ domain: 'health', method: 'POST', path: '/api/health', access: 'user' }],
      publicRoutes: new Set(),
      access: {
        health: {
          contentBucket: { read: ['public/*'], write: ['courses/*'] },
          userPool: ['cognito-idp:AdminGetUser'],
          stripeSecret: true,
          sendMail: true,
        },
      },
    });
    const template = Template.fromStack(stack);
    // The health function's own policy (the stack also has the account-mail trigger's).
    const [, policy] = Object.entries(template.findResources('AWS::IAM::Policy')).find(([id]) => id.includes('Health'))!;
    const statements = JSON.stringify(at(policy, 'Properties', 'PolicyDocument', 'Statement'));
    expect(statements).toContain('"Action":"s3:GetObject"');
    expect(statements).toMatch(/ContentBucket[^"]*","Arn"\]\},"\/public\/\*"/);
    expect(statements).toMatch(/"Action":\["s3:AbortMultipartUpload","s3:PutObject"\]/);
    expect(statements).toMatch(/ContentBucket[^"]*","Arn"\]\},"\/courses\/\*"/);
    expect(statements).toContain('cognito-idp:AdminGetUser');
    expect(statements).toMatch(/secretsmanager:GetSecretValue/);
    expect(statements).toContain(':secret:test/stripe/secret-key-??????');
    expect(statements).toContain(':secret:test/stripe/webhook-secret-??????');
    expect(statements).toContain('"Action":"ses:SendEmail"');
    expect(statements).toContain(':identity/receipts@lessonstage.com"');
    expect(statements).toContain(':identity/lessonstage.com"');
    // The synthetic private route gets the authorizer; nag accepts the suppressed prefix wildcards.
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /api/health', AuthorizationType: 'JWT' });
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
  });

  it('fails synth for a backend domain without an entry', () => {
    const { stack } = testStack();
    const auth = new AuthConstruct(stack, 'Auth', { stage: 'dev' });
    expect(
      () =>
        new ApiConstruct(stack, 'Api', {
          stage: 'dev',
          data: new DataConstruct(stack, 'Data', { stage: 'dev' }),
          contentBucket: new Bucket(stack, 'ContentBucket'),
          userPool: auth.userPool,
          userPoolClient: auth.client,
          stripeSecrets: { secretKey: 's/secret-key', webhookSecret: 's/webhook-secret' },
          domains: ['payments'],
          routes: [],
          publicRoutes: new Set(),
          access: {},
        }),
    ).toThrow(/No DOMAIN_ACCESS entry for backend domain "payments"/);
  });
});

describe('cdk-nag in this toolchain', () => {
  it('fails synthesis on an unsuppressed error (annotationsInValidationReport)', () => {
    const { stack } = testStack();
    new Bucket(stack, 'Careless');
    expect(() => Annotations.fromStack(stack)).toThrow(/AwsSolutions-S1/);
  });

  it('reports warnings, so the zero-warning assertions are not vacuous', () => {
    const { stack } = testStack();
    new Table(stack, 'NoBackups', { partitionKey: { name: 'id', type: AttributeType.STRING } });
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-DDB3'))).toHaveLength(1);
  });
});
