import { API_ROUTES, DOMAIN_NAMES, ORIGIN_VERIFY_HEADER } from '@lessonstage/backend/routes';
import { TABLE_DEFINITIONS, type KeyAttribute } from '@lessonstage/backend/tables';
import type { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_THROTTLE, MEDIA_BASE_URL } from '../lib/api.construct';
import { gatewayRoutes, PUBLIC_ROUTES } from '../lib/api-routes';
import { AUTHORIZER_TOKEN_HEADER } from '../lib/cdn-functions';
import { DOMAIN_ACCESS } from '../lib/domain-access';
import { POWERTOOLS_ENVIRONMENT } from '../lib/domain-function.construct';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicyWithStorage, INDEX_INLINE_SCRIPT_HASH } from '@lessonstage/shared';
import { MANAGED_RULE_GROUPS, RATE_LIMIT_PER_5_MIN } from '../lib/waf.construct';
import { actionsOf, at, list, type CfnResource, type CfnResources } from './support/cfn';
import { fakeSiteBuild, synthesize, type Synthesized } from './support/synth';

const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666';

const keySchema = (partitionKey: KeyAttribute, sortKey?: KeyAttribute) => [
  { AttributeName: partitionKey.name, KeyType: 'HASH' },
  ...(sortKey ? [{ AttributeName: sortKey.name, KeyType: 'RANGE' }] : []),
];

function stacksOf(synth: Synthesized): Stack[] {
  return [synth.edge, synth.app, ...(synth.site ? [synth.site] : [])];
}

/** The API function of a backend domain, found by its description. */
function functionOf(template: Template, domain: string) {
  const found = template.findResources('AWS::Lambda::Function', {
    Properties: { Description: `Lessonstage API: ${domain} routes` },
  }) as CfnResources;
  const entries = Object.entries(found);
  expect(entries, domain).toHaveLength(1);
  return entries[0]!;
}

/** Statements of the policy attached to a function's role. */
function statementsOf(template: Template, functionResource: CfnResource): unknown[] {
  const roleId = at(functionResource, 'Properties', 'Role', 'Fn::GetAtt', 0);
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: roleId }] },
  }) as CfnResources;
  return Object.values(policies).flatMap((policy) => list(policy, 'Properties', 'PolicyDocument', 'Statement'));
}

describe('Lessonstage app, dev stage in eu-central-1 with a site build', () => {
  let synth: Synthesized;
  let app: Template;
  let edge: Template;

  beforeAll(() => {
    synth = synthesize({ context: { region: 'eu-central-1', siteDir: fakeSiteBuild() } });
    app = Template.fromStack(synth.app);
    edge = Template.fromStack(synth.edge);
  });

  it('puts the WAF in us-east-1 and the app in the chosen region', () => {
    expect(synth.edge.region).toBe('us-east-1');
    expect(synth.app.region).toBe('eu-central-1');
    expect(synth.site?.region).toBe('eu-central-1');
    expect(synth.app.dependencies).toContain(synth.edge);
    expect(synth.site?.dependencies).toContain(synth.app);
  });

  describe('Cognito', () => {
    it('has an e-mail user pool with self sign-up, verification, a strong password policy and optional TOTP', () => {
      app.resourceCountIs('AWS::Cognito::UserPool', 1);
      app.hasResourceProperties('AWS::Cognito::UserPool', {
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
        Policies: {
          PasswordPolicy: {
            MinimumLength: 8,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          },
        },
        MfaConfiguration: 'OPTIONAL',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        DeletionProtection: 'INACTIVE',
      });
    });

    it('writes each account e-mail through the CustomMessage trigger, a function that may only log', () => {
      const [, pool] = Object.entries(app.findResources('AWS::Cognito::UserPool'))[0]!;
      const trigger = at(pool, 'Properties', 'LambdaConfig', 'CustomMessage') as { 'Fn::GetAtt': [string, string] };
      expect(trigger['Fn::GetAtt'][0]).toMatch(/AccountMails/);
      const fn = app.findResources('AWS::Lambda::Function')[trigger['Fn::GetAtt'][0]] as CfnResource;
      expect(statementsOf(app, fn).flatMap(actionsOf)).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    });

    it('has the admin group and a public app client for USER_PASSWORD_AUTH and refresh tokens', () => {
      app.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'admin' });
      app.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
      app.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        GenerateSecret: false,
        ExplicitAuthFlows: Match.arrayEquals(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
        EnableTokenRevocation: true,
        PreventUserExistenceErrors: 'ENABLED',
      });
    });
  });

  describe('DynamoDB', () => {
    it('creates exactly the tables of TABLE_DEFINITIONS with their keys and GSIs', () => {
      const tables = Object.entries(app.findResources('AWS::DynamoDB::Table') as CfnResources);
      expect(tables).toHaveLength(TABLE_DEFINITIONS.length);
      for (const definition of TABLE_DEFINITIONS) {
        // By construct id: two tables may share a key schema (Enrollments and Certificates do).
        const table = tables.find(([id]) => id.includes(`${definition.id}Table`))?.[1];
        expect(table?.Properties.KeySchema, definition.id).toEqual(keySchema(definition.partitionKey, definition.sortKey));
        expect(table, definition.id).toBeDefined();
        const indexes = list(table, 'Properties', 'GlobalSecondaryIndexes').map((index) => ({
          name: at(index, 'IndexName'),
          keys: at(index, 'KeySchema'),
          projection: at(index, 'Projection', 'ProjectionType'),
        }));
        expect(indexes).toEqual(
          definition.globalIndexes.map((index) => ({
            name: index.indexName,
            keys: keySchema(index.partitionKey, index.sortKey),
            projection: 'ALL',
          })),
        );
        expect(table!.Properties.TimeToLiveSpecification).toEqual(
          definition.timeToLiveAttribute ? { AttributeName: definition.timeToLiveAttribute, Enabled: true } : undefined,
        );
      }
    });

    it('makes every table on-demand with point-in-time recovery', () => {
      app.allResourcesProperties('AWS::DynamoDB::Table', {
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
    });
  });

  describe('Lambda', () => {
    it('deploys one nodejs22.x arm64 function per backend domain', () => {
      // One a domain, Cognito's account-mail trigger, the weekly practice e-mail job and the transcode state machine's two steps.
      app.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'nodejs22.x' }, DOMAIN_NAMES.length + 4);
      for (const domain of DOMAIN_NAMES) {
        const [, fn] = functionOf(app, domain);
        expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' });
        expect(at(fn, 'Properties', 'LoggingConfig', 'LogGroup')).toBeDefined();
      }
    });

    it('gives every function the names it loads at cold start', () => {
      for (const domain of DOMAIN_NAMES) {
        const variables = at(functionOf(app, domain)[1], 'Properties', 'Environment', 'Variables') as Record<string, unknown>;
        for (const table of TABLE_DEFINITIONS) expect(variables[table.envVar], `${domain} ${table.envVar}`).toBeDefined();
        expect(variables).toMatchObject({
          CONTENT_BUCKET: { Ref: expect.stringMatching(/ContentBucket/) },
          MEDIA_BASE_URL,
          USER_POOL_ID: { Ref: expect.stringMatching(/UserPool/) },
          USER_POOL_CLIENT_ID: { Ref: expect.stringMatching(/WebClient/) },
          STRIPE_SECRET_KEY_SECRET_ID: 'lessonstage/dev/stripe/secret-key',
          STRIPE_WEBHOOK_SECRET_SECRET_ID: 'lessonstage/dev/stripe/webhook-secret',
          APP_ORIGIN: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/Distribution/), 'DomainName'] }]] },
          ORIGIN_VERIFY_SECRET: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: expect.stringMatching(/OriginVerifySecret/) }, ':SecretString:::}}']] },
          UNSUBSCRIBE_SECRET_SECRET_ID: { Ref: expect.stringMatching(/UnsubscribeSecret/) },
        });
        expect(variables).not.toHaveProperty('AWS_REGION');
        expect(variables).not.toHaveProperty('MAIL_FROM');
      }
    });

    it('traces every function with X-Ray and names Powertools its service and metrics namespace', () => {
      for (const domain of DOMAIN_NAMES) {
        const [, fn] = functionOf(app, domain);
        expect(at(fn, 'Properties', 'TracingConfig'), domain).toEqual({ Mode: 'Active' });
        expect(at(fn, 'Properties', 'Environment', 'Variables'), domain).toMatchObject(POWERTOOLS_ENVIRONMENT);
        const xray = statementsOf(app, fn).filter((s) => actionsOf(s).some((a) => a.startsWith('xray:')));
        expect(xray.flatMap(actionsOf).sort(), domain).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
        const anyResource = statementsOf(app, fn).filter((s) => at(s, 'Resource') === '*');
        expect(anyResource.flatMap(actionsOf).every((action) => action.startsWith('xray:')), domain).toBe(true);
      }
    });

    it('keeps log groups at one month', () => {
      app.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    });

    it('lets health write its logs and traces and nothing else', () => {
      const statements = statementsOf(app, functionOf(app, 'health')[1]);
      expect(statements.flatMap(actionsOf).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    });

    it('lets courses only read the courses table and its catalog index', () => {
      const statements = statementsOf(app, functionOf(app, 'courses')[1]);
      const dynamo = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
      expect(dynamo).toHaveLength(1);
      expect(actionsOf(dynamo[0])).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query']);
      const resources = JSON.stringify(at(dynamo[0], 'Resource'));
      expect(resources).toMatch(/CoursesTable/);
      expect(resources).toMatch(/\/index\/byCatalogOrder/);
      expect(resources).not.toMatch(/UsersTable|RateLimitsTable|index\/\*/);
      // ssm: its operator setting (CATALOG_CACHE_SECONDS), see operator-settings.test.ts.
      expect(statements.flatMap(actionsOf).every((a) => /^(logs|dynamodb|xray):/.test(a) || a === 'ssm:GetParametersByPath')).toBe(true);
    });

    it('lets authoring upload, read and delete covers, teacher photos and lesson files, and media only read lesson files', () => {
      const s3Of = (domain: string) =>
        statementsOf(app, functionOf(app, domain)[1])
          .filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')))
          .map((s) => ({ actions: actionsOf(s), resource: JSON.stringify(at(s, 'Resource')) }));
      const authoring = s3Of('authoring');
      expect(authoring.flatMap((s) => s.actions).sort()).toEqual(
        ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject'],
      );
      for (const grant of authoring) {
        if (grant.actions.includes('s3:ListBucket')) {
          expect(grant.actions).toEqual(['s3:ListBucket']);
          expect(grant.resource).not.toContain('/');
        } else {
          expect(grant.resource).toContain('/public/thumbnails/*');
          expect(grant.resource).toContain('/public/teachers/*');
          expect(grant.resource).toContain('/courses/*');
          expect(grant.resource.match(/"\/[^"]*\*"/g)).toHaveLength(3);
        }
      }
      const media = s3Of('media');
      expect(media).toHaveLength(1);
      expect(media[0]!.actions).toEqual(['s3:GetObject']);
      expect(media[0]!.resource).toContain('/courses/*');
      expect(media[0]!.resource).not.toContain('public');
    });

    it('lets certificates read and write only PDFs under certificates/ and its own table, and payments only revoke certificates', () => {
      const statements = statementsOf(app, functionOf(app, 'certificates')[1]);
      const s3 = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
      expect(s3.flatMap(actionsOf).sort()).toEqual(['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject']);
      for (const grant of s3) expect(JSON.stringify(at(grant, 'Resource')).match(/"\/[^"]*"/g)).toEqual(['"/certificates/*"']);
      const dynamo = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
      const tables = JSON.stringify(dynamo.map((s) => at(s, 'Resource')));
      expect(tables).toMatch(/CertificatesTable/);
      expect(tables).toMatch(/\/index\/byCertificate/);
      expect(tables).not.toMatch(/UsersTable|EnrollmentsTable|CoursesTable|ProgressTable/);

      const payments = statementsOf(app, functionOf(app, 'payments')[1]).filter((s) => JSON.stringify(at(s, 'Resource')).includes('CertificatesTable'));
      expect(payments.flatMap(actionsOf)).not.toContain('dynamodb:GetItem');
      expect(payments.flatMap(actionsOf)).toContain('dynamodb:UpdateItem');
    });

    it('lets reviews write its own table and the courses table (the rating), read enrollments and users, and nothing in S3', () => {
      const statements = statementsOf(app, functionOf(app, 'reviews')[1]);
      expect(statements.flatMap(actionsOf).some((a) => a.startsWith('s3:') || a.startsWith('secretsmanager:'))).toBe(false);
      const dynamo = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
      const writes = JSON.stringify(dynamo.filter((s) => actionsOf(s).includes('dynamodb:UpdateItem')).map((s) => at(s, 'Resource')));
      expect(writes).toMatch(/ReviewsTable/);
      expect(writes).toMatch(/CoursesTable/);
      expect(writes).not.toMatch(/EnrollmentsTable|UsersTable/);
      const reads = JSON.stringify(dynamo.map((s) => at(s, 'Resource')));
      expect(reads).toMatch(/ReviewsTable[^"]*"[^\]]*\/index\/byCourseNewest|\/index\/byCourseNewest/);
      expect(reads).toMatch(/EnrollmentsTable/);
      expect(reads).toMatch(/UsersTable/);

      // A refund takes the review out of the rating: payments writes the reviews table too.
      const payments = JSON.stringify(statementsOf(app, functionOf(app, 'payments')[1]).filter((s) => actionsOf(s).includes('dynamodb:UpdateItem')).map((s) => at(s, 'Resource')));
      expect(payments).toMatch(/ReviewsTable/);
    });

    it('grants no domain anything outside DOMAIN_ACCESS', () => {
      for (const domain of DOMAIN_NAMES) {
        const access = DOMAIN_ACCESS[domain]!;
        const actions = statementsOf(app, functionOf(app, domain)[1]).flatMap(actionsOf);
        if (!access.tables) expect(actions.some((a) => a.startsWith('dynamodb:')), domain).toBe(false);
        if (!access.userPool) expect(actions.some((a) => a.startsWith('cognito-idp:')), domain).toBe(false);
        if (!access.contentBucket) expect(actions.some((a) => a.startsWith('s3:')), domain).toBe(false);
        if (!access.stripeSecret && !access.unsubscribeSecret && !access.hlsSigningKey) expect(actions.some((a) => a.startsWith('secretsmanager:')), domain).toBe(false);
        expect(actions).not.toContain('dynamodb:Scan');
        expect(actions.some((a) => a.includes('*') && !a.startsWith('logs:')), domain).toBe(false);
      }
    });
  });

  describe('weekly practice e-mail', () => {
    const jobOf = (template: Template) => {
      const found = Object.entries(template.findResources('AWS::Lambda::Function', { Properties: { Description: 'Lessonstage: the weekly practice e-mail job' } }) as CfnResources);
      expect(found).toHaveLength(1);
      return found[0]!;
    };

    it('runs the job every Monday at 12:00 UTC through EventBridge Scheduler, with a role that may invoke only it', () => {
      const [jobId, job] = jobOf(app);
      expect(at(job, 'Properties', 'Timeout')).toBe(900);
      expect(at(job, 'Properties', 'Environment', 'Variables')).toMatchObject({ UNSUBSCRIBE_SECRET_SECRET_ID: { Ref: expect.stringMatching(/UnsubscribeSecret/) }, APP_ORIGIN: expect.anything() });
      app.resourceCountIs('AWS::Scheduler::Schedule', 1);
      app.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: 'cron(0 12 ? * MON *)',
        State: 'ENABLED',
        Target: Match.objectLike({ Arn: { 'Fn::GetAtt': [jobId, 'Arn'] }, RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 0 }) }),
      });
      const [scheduleRole] = Object.entries(app.findResources('AWS::IAM::Role', { Properties: { AssumeRolePolicyDocument: Match.objectLike({ Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })] }) } }) as CfnResources);
      const policies = Object.values(app.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: scheduleRole![0] }] } }) as CfnResources);
      const statements = policies.flatMap((policy) => list(policy, 'Properties', 'PolicyDocument', 'Statement'));
      expect(statements.flatMap(actionsOf)).toEqual(['lambda:InvokeFunction']);
      expect(JSON.stringify(statements)).not.toMatch(/"\*"/);
      expect(JSON.stringify(statements).match(/"Fn::GetAtt":\["([^"]+)"/g)!.every((ref) => ref.includes(jobId))).toBe(true);
    });

    it('lets the job and the practice-mail routes read the unsubscribe key, and no other function', () => {
      const readers = (fn: CfnResource) => JSON.stringify(statementsOf(app, fn).filter((s) => actionsOf(s).includes('secretsmanager:GetSecretValue')));
      expect(readers(jobOf(app)[1])).toMatch(/UnsubscribeSecret/);
      expect(readers(functionOf(app, 'practice-mail')[1])).toMatch(/UnsubscribeSecret/);
      for (const domain of DOMAIN_NAMES.filter((d) => d !== 'practice-mail')) expect(readers(functionOf(app, domain)[1]), domain).not.toMatch(/UnsubscribeSecret/);
      const actions = statementsOf(app, jobOf(app)[1]).flatMap(actionsOf);
      expect(actions).not.toContain('dynamodb:Scan');
      expect(actions).not.toContain('ses:SendEmail'); // no mailFrom in this stage: nothing to send as
    });
  });

  describe('HTTP API', () => {
    it('has a route with the API Gateway key of every backend route, on its domain function', () => {
      const routes = gatewayRoutes(API_ROUTES);
      app.resourceCountIs('AWS::ApiGatewayV2::Route', routes.length);
      const integrations = app.findResources('AWS::ApiGatewayV2::Integration') as CfnResources;
      for (const route of routes) {
        const found = Object.values(
          app.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: route.key } }) as CfnResources,
        );
        expect(found, route.key).toHaveLength(1);
        const integrationId = at(found[0], 'Properties', 'Target', 'Fn::Join', 1, 1, 'Ref') as string;
        const [functionId] = functionOf(app, route.domain);
        expect(at(integrations[integrationId], 'Properties', 'IntegrationUri', 'Fn::GetAtt', 0), route.key).toBe(functionId);
      }
      app.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /api/courses/{courseId}' });
    });

    it('puts the Cognito JWT authorizer on every non-public route and none on the public ones', () => {
      const authorizers = Object.keys(app.findResources('AWS::ApiGatewayV2::Authorizer'));
      expect(authorizers).toHaveLength(1);
      for (const route of gatewayRoutes(API_ROUTES)) {
        const [found] = Object.values(app.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: route.key } }) as CfnResources);
        if (PUBLIC_ROUTES.has(route.key)) {
          expect(at(found, 'Properties', 'AuthorizationType'), route.key).toBe('NONE');
        } else {
          expect(at(found, 'Properties', 'AuthorizationType'), route.key).toBe('JWT');
          expect(at(found, 'Properties', 'AuthorizerId'), route.key).toEqual({ Ref: authorizers[0] });
        }
      }
      expect(gatewayRoutes(API_ROUTES).some((route) => !PUBLIC_ROUTES.has(route.key))).toBe(true);
    });

    it('checks Cognito access tokens of the web client', () => {
      app.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
        AuthorizerType: 'JWT',
        IdentitySource: [`$request.header.${AUTHORIZER_TOKEN_HEADER}`],
        JwtConfiguration: {
          Issuer: { 'Fn::GetAtt': [Match.stringLikeRegexp('UserPool'), 'ProviderURL'] },
          Audience: [{ Ref: Match.stringLikeRegexp('WebClient') }],
        },
      });
    });

    it('throttles the default stage and writes access logs', () => {
      app.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: { ThrottlingRateLimit: API_THROTTLE.rateLimit, ThrottlingBurstLimit: API_THROTTLE.burstLimit },
        AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('AccessLogs'), 'Arn'] }, Format: Match.stringLikeRegexp('requestId') },
      });
    });
  });

  describe('S3', () => {
    it('blocks public access, encrypts and requires TLS on every bucket', () => {
      for (const template of [app]) {
        template.allResourcesProperties('AWS::S3::Bucket', {
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        });
        const buckets = Object.keys(template.findResources('AWS::S3::Bucket'));
        const policies = Object.values(template.findResources('AWS::S3::BucketPolicy') as CfnResources);
        for (const bucket of buckets) {
          const policy = policies.find((p) => at(p, 'Properties', 'Bucket', 'Ref') === bucket);
          expect(list(policy, 'Properties', 'PolicyDocument', 'Statement'), bucket).toContainEqual(
            expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          );
        }
        for (const policy of policies) {
          for (const statement of list(policy, 'Properties', 'PolicyDocument', 'Statement')) {
            if (at(statement, 'Effect') !== 'Allow') continue;
            // Only service principals are let in (CloudFront, S3 logging, CloudTrail), never "*" or an account.
            expect(Object.keys(at(statement, 'Principal') as object)).toEqual(['Service']);
          }
        }
      }
    });

    it('versions the content bucket, aborts stale multipart uploads, logs access and lets only the site upload and read signed files by script', () => {
      app.hasResourceProperties('AWS::S3::Bucket', {
        BucketName: { 'Fn::Join': ['', ['lessonstage-dev-content-', { Ref: 'AWS::AccountId' }, '-eu-central-1']] },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('LogBucket') }, LogFilePrefix: 's3/content/' },
        LifecycleConfiguration: {
          Rules: Match.arrayWith([Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 3 }, Status: 'Enabled' })]),
        },
        CorsConfiguration: {
          CorsRules: [
            Match.objectLike({
              AllowedMethods: ['GET', 'HEAD', 'PUT', 'POST'],
              AllowedOrigins: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('Distribution'), 'DomainName'] }]] }],
            }),
          ],
        },
      });
    });

    it('lets CloudFront read only public/* and hls/* of the content bucket', () => {
      const [policy] = Object.values(
        app.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: Match.stringLikeRegexp('ContentBucket') } } }) as CfnResources,
      );
      const allows = list(policy, 'Properties', 'PolicyDocument', 'Statement').filter((s) => at(s, 'Effect') === 'Allow');
      expect(allows).toHaveLength(1);
      expect(allows[0]).toMatchObject({
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: [
          { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/ContentBucket/), 'Arn'] }, '/hls/*']] },
          { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/ContentBucket/), 'Arn'] }, '/public/*']] },
        ],
      });
      expect(at(allows[0], 'Condition', 'StringEquals', 'AWS:SourceArn')).toBeDefined();
    });
  });

  describe('CloudFront', () => {
    it('has one distribution: site by default, API, public media and lesson stream behaviours, behind the WAF', () => {
      app.resourceCountIs('AWS::CloudFront::Distribution', 1);
      app.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          DefaultRootObject: 'index.html',
          WebACLId: { 'Fn::GetStackOutput': Match.objectLike({ StackName: synth.edge.stackName, Region: 'us-east-1' }) },
          Logging: Match.objectLike({ Prefix: 'cloudfront/' }),
          DefaultCacheBehavior: Match.objectLike({
            ViewerProtocolPolicy: 'redirect-to-https',
            FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [Match.stringLikeRegexp('SpaRewrite'), 'FunctionARN'] } }],
          }),
          CacheBehaviors: [
            Match.objectLike({
              PathPattern: '/api/*',
              CachePolicyId: CACHING_DISABLED,
              OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
              AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
              ViewerProtocolPolicy: 'https-only',
            }),
            Match.objectLike({
              PathPattern: '/media/public/*',
              AllowedMethods: ['GET', 'HEAD'],
              FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [Match.stringLikeRegexp('MediaPrefix'), 'FunctionARN'] } }],
            }),
            Match.objectLike({
              PathPattern: '/media/hls/*',
              AllowedMethods: ['GET', 'HEAD'],
              TrustedKeyGroups: [{ Ref: Match.stringLikeRegexp('HlsKeyGroup') }],
              FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [Match.stringLikeRegexp('MediaPrefix'), 'FunctionARN'] } }],
            }),
          ],
        }),
      });
    });

    it('sends the API the origin-verify secret the functions require, which viewers cannot set', () => {
      // It and the unsubscribe links' key.
      app.resourceCountIs('AWS::SecretsManager::Secret', 2);
      const [distribution] = Object.values(app.findResources('AWS::CloudFront::Distribution')) as CfnResource[];
      const origins = at(distribution!, 'Properties', 'DistributionConfig', 'Origins') as { DomainName: unknown; CustomOriginConfig?: unknown; OriginCustomHeaders?: unknown }[];
      const apiOrigins = origins.filter((origin) => JSON.stringify(origin.DomainName).includes('execute-api'));
      expect(apiOrigins).toHaveLength(1);
      expect(apiOrigins[0]!.OriginCustomHeaders).toEqual([
        { HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: expect.stringMatching(/OriginVerifySecret/) }, ':SecretString:::}}']] } },
      ]);
    });

    it('reaches both S3 origins through origin access control, and has no distribution-wide error pages', () => {
      const [distribution] = Object.values(app.findResources('AWS::CloudFront::Distribution') as CfnResources);
      const config = at(distribution, 'Properties', 'DistributionConfig');
      const s3Origins = list(config, 'Origins').filter((origin) => at(origin, 'S3OriginConfig'));
      expect(s3Origins).toHaveLength(2);
      for (const origin of s3Origins) expect(at(origin, 'OriginAccessControlId')).toBeDefined();
      expect(at(config, 'CustomErrorResponses')).toBeUndefined();
    });

    it('sends the CSP, HSTS, nosniff, frame DENY and referrer policy on every behaviour', () => {
      const csp = synth.app.resolve(contentSecurityPolicyWithStorage(synth.app.storage.contentBucketOrigin));
      app.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: Match.objectLike({
          SecurityHeadersConfig: {
            ContentSecurityPolicy: { ContentSecurityPolicy: csp, Override: true },
            StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true }),
            ContentTypeOptions: { Override: true },
            FrameOptions: { FrameOption: 'DENY', Override: true },
            ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
          },
        }),
      });
      const [distribution] = Object.values(app.findResources('AWS::CloudFront::Distribution') as CfnResources);
      const config = at(distribution, 'Properties', 'DistributionConfig');
      for (const behavior of [at(config, 'DefaultCacheBehavior'), ...list(config, 'CacheBehaviors')]) {
        expect(at(behavior, 'ResponseHeadersPolicyId')).toEqual({ Ref: expect.stringMatching(/SecurityHeaders/) });
      }
      expect(CONTENT_SECURITY_POLICY).toBe(
        `default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; script-src 'self' ${INDEX_INLINE_SCRIPT_HASH}; connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'`,
      );
      // On AWS the browser also talks to the content bucket directly (presigned uploads and playback).
      expect(contentSecurityPolicyWithStorage('https://b.s3.eu-central-1.amazonaws.com')).toBe(
        CONTENT_SECURITY_POLICY.replace("media-src 'self' blob:", "media-src 'self' blob: https://b.s3.eu-central-1.amazonaws.com").replace(
          "connect-src 'self'",
          "connect-src 'self' https://b.s3.eu-central-1.amazonaws.com",
        ),
      );
      expect(JSON.stringify(csp)).toContain('.s3.eu-central-1.');
    });
  });

  describe('WAF', () => {
    it('has a CLOUDFRONT web ACL with the managed rule groups and a per-IP rate limit', () => {
      edge.resourceCountIs('AWS::WAFv2::WebACL', 1);
      edge.hasResourceProperties('AWS::WAFv2::WebACL', {
        Scope: 'CLOUDFRONT',
        DefaultAction: { Allow: {} },
        Rules: Match.arrayWith([
          Match.objectLike({ Action: { Block: {} }, Statement: { RateBasedStatement: Match.objectLike({ Limit: RATE_LIMIT_PER_5_MIN, AggregateKeyType: 'IP' }) } }),
          ...MANAGED_RULE_GROUPS.map((name) =>
            Match.objectLike({ Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: name } }, OverrideAction: { None: {} } }),
          ),
        ]),
      });
      edge.hasResourceProperties('AWS::WAFv2::WebACL', {
        Rules: Match.arrayWith([
          Match.objectLike({
            Statement: {
              ManagedRuleGroupStatement: Match.objectLike({
                Name: 'AWSManagedRulesCommonRuleSet',
                RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
              }),
            },
          }),
        ]),
      });
    });
  });

  describe('audit and monitoring', () => {
    it('records a multi-region CloudTrail trail with file validation into its own encrypted bucket', () => {
      app.hasResourceProperties('AWS::CloudTrail::Trail', {
        IsLogging: true,
        IsMultiRegionTrail: true,
        IncludeGlobalServiceEvents: true,
        EnableLogFileValidation: true,
        S3BucketName: { Ref: Match.stringLikeRegexp('TrailBucket') },
      });
    });

    it('alarms on errors and p99 duration of every function and on API 5xx, into the encrypted SNS topic', () => {
      // Per function, API 5xx, and the transcode state machine's time-out and finish-step errors.
      app.resourceCountIs('AWS::CloudWatch::Alarm', DOMAIN_NAMES.length * 2 + 3);
      const topic = Object.keys(app.findResources('AWS::SNS::Topic'));
      expect(topic).toHaveLength(1);
      app.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
      app.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: [{ Ref: topic[0] }], Period: 300 });
      app.resourcePropertiesCountIs(
        'AWS::CloudWatch::Alarm',
        { MetricName: 'Errors', Namespace: 'AWS/Lambda', Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' },
        DOMAIN_NAMES.length + 1,
      );
      app.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/States',
        MetricName: 'ExecutionsTimedOut',
        Dimensions: [{ Name: 'StateMachineArn', Value: { Ref: Match.stringLikeRegexp('TranscodingStateMachine') } }],
      });
      app.resourcePropertiesCountIs(
        'AWS::CloudWatch::Alarm',
        { MetricName: 'Duration', ExtendedStatistic: 'p99', Threshold: 3000, ComparisonOperator: 'GreaterThanThreshold' },
        DOMAIN_NAMES.length,
      );
      app.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/ApiGateway',
        MetricName: '5xx',
        Statistic: 'Sum',
        Threshold: 5,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
      app.resourceCountIs('AWS::SNS::Subscription', 0);
    });
  });

  describe('site deployment', () => {
    it('uploads hashed bundles with a year of caching, then the rest with no-cache and an invalidation', () => {
      const site = Template.fromStack(synth.site!);
      site.resourceCountIs('Custom::CDKBucketDeployment', 2);
      site.hasResourceProperties('Custom::CDKBucketDeployment', {
        Include: ['*.js', '*.css', 'media/*'],
        Prune: false,
        SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
      });
      site.hasResourceProperties('Custom::CDKBucketDeployment', {
        Exclude: ['*.js', '*.css', 'media/*'],
        Prune: true,
        SystemMetadata: { 'cache-control': 'no-cache' },
        DistributionPaths: ['/*'],
      });
    });
  });

  it('passes cdk-nag AwsSolutions on every stack: no unsuppressed errors or warnings', () => {
    for (const stack of stacksOf(synth)) {
      const annotations = Annotations.fromStack(stack);
      const nag = Match.stringLikeRegexp('AwsSolutions-.*');
      expect(annotations.findError('*', nag), stack.stackName).toEqual([]);
      expect(annotations.findWarning('*', nag), stack.stackName).toEqual([]);
    }
  });

  it('synthesizes without any other warning either', () => {
    for (const stack of stacksOf(synth)) {
      expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue()), stack.stackName).toEqual([]);
    }
  });
});

describe('Lessonstage app, prod stage with a custom domain and alarm e-mail', () => {
  let synth: Synthesized;
  let app: Template;

  beforeAll(() => {
    synth = synthesize({
      bundle: false,
      context: {
        stage: 'prod',
        domainName: 'app.lessonstage.com',
        certificateArn: CERT,
        alarmEmail: 'ops@lessonstage.com',
        mailFrom: 'receipts@lessonstage.com',
      },
    });
    app = Template.fromStack(synth.app);
  });

  it('has no site stack without a build', () => {
    expect(synth.site).toBeUndefined();
  });

  it('protects and retains the user pool and the tables', () => {
    app.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }) });
    const tables = Object.values(app.findResources('AWS::DynamoDB::Table') as CfnResources);
    expect(tables).toHaveLength(TABLE_DEFINITIONS.length);
    for (const table of tables) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(at(table, 'Properties', 'DeletionProtectionEnabled')).toBe(true);
    }
  });

  it('serves the custom domain with TLS 1.2 and allows uploads from it', () => {
    app.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['app.lessonstage.com'],
        ViewerCertificate: { AcmCertificateArn: CERT, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
      }),
    });
    app.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: ['https://app.lessonstage.com'] })] },
    });
  });

  it('subscribes the alarm e-mail', () => {
    app.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@lessonstage.com' });
  });

  it('lets only payments, practice-mail, discussions and the weekly job send through SES, as MAIL_FROM, and sets the site origin', () => {
    const [, payments] = functionOf(app, 'payments');
    expect(at(payments, 'Properties', 'Environment', 'Variables')).toMatchObject({
      MAIL_FROM: 'receipts@lessonstage.com',
      APP_ORIGIN: 'https://app.lessonstage.com',
    });
    const [, job] = Object.entries(app.findResources('AWS::Lambda::Function', { Properties: { Description: 'Lessonstage: the weekly practice e-mail job' } }) as CfnResources)[0]!;
    expect(at(job, 'Properties', 'Environment', 'Variables')).toMatchObject({ MAIL_FROM: 'receipts@lessonstage.com', APP_ORIGIN: 'https://app.lessonstage.com' });
    for (const sender of [payments, functionOf(app, 'practice-mail')[1], functionOf(app, 'discussions')[1], job]) {
      const ses = statementsOf(app, sender).filter((s) => actionsOf(s).includes('ses:SendEmail'));
      expect(ses).toHaveLength(1);
      // Only as the configured identity (the address and its domain), never "*".
      const resources = list(ses[0], 'Resource').map((r) => JSON.stringify(r));
      expect(resources).toHaveLength(2);
      expect(resources.map((r) => /:identity\/([^"]+)"/.exec(r)?.[1]).sort()).toEqual(['lessonstage.com', 'receipts@lessonstage.com']);
    }
    for (const domain of DOMAIN_NAMES.filter((d) => !['payments', 'practice-mail', 'discussions'].includes(d))) {
      expect(statementsOf(app, functionOf(app, domain)[1]).flatMap(actionsOf), domain).not.toContain('ses:SendEmail');
    }
  });

  it('passes cdk-nag AwsSolutions on every stack', () => {
    for (const stack of stacksOf(synth)) {
      const annotations = Annotations.fromStack(stack);
      const nag = Match.stringLikeRegexp('AwsSolutions-.*');
      expect(annotations.findError('*', nag), stack.stackName).toEqual([]);
      expect(annotations.findWarning('*', nag), stack.stackName).toEqual([]);
    }
  });
});
