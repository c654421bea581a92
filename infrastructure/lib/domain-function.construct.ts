import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alias, Architecture, LoggingFormat, Runtime, Tracing, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import type { Stage } from './app-config';
import type { DataConstruct } from './data.construct';
import { TABLE_ACTIONS, type DomainAccess } from './domain-access';
import { LAMBDA_ESM_BANNER, LAMBDA_MAIN_FIELDS, LAMBDA_UNUSED_CREDENTIAL_PROVIDERS } from './lambda-bundling';
import { handlerEntry, LOCK_FILE, REPO_ROOT } from './paths';

export const LAMBDA_RUNTIME = Runtime.NODEJS_22_X;

/** How every backend function is bundled: locally with esbuild, ES modules, the tested SDK inside. */
export const FUNCTION_BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  mainFields: LAMBDA_MAIN_FIELDS,
  banner: LAMBDA_ESM_BANNER,
  target: 'node22',
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  // Ship the SDK version the backend is tested with instead of whatever the runtime carries.
  bundleAwsSDK: true,
  externalModules: LAMBDA_UNUSED_CREDENTIAL_PROVIDERS,
};

/** Powertools' settings (backend/src/lib/observability): one service and metrics namespace for the API. */
export const POWERTOOLS_ENVIRONMENT = {
  POWERTOOLS_SERVICE_NAME: 'lessonstage',
  POWERTOOLS_METRICS_NAMESPACE: 'Lessonstage',
  POWERTOOLS_LOG_LEVEL: 'INFO',
} as const;

export interface DomainFunctionProps {
  readonly stage: Stage;
  /** Backend domain name: the entry is backend/src/app/handlers/<domain>.handler.ts. */
  readonly domain: string;
  readonly access: DomainAccess;
  readonly environment: { readonly [name: string]: string };
  readonly data: DataConstruct;
  readonly contentBucket: IBucket;
  readonly userPool: IUserPool;
  readonly stripeSecrets: readonly ISecret[];
  /** SES identities MAIL_FROM may send as (its address and its domain); empty without mailFrom. */
  readonly mailIdentityArns: readonly string[];
  /** The HMAC key of the weekly e-mail's unsubscribe links (read where DomainAccess.unsubscribeSecret). */
  readonly unsubscribeSecret?: ISecret;
  /** A function that is not an API domain's (the weekly job): its own entry, description and time limit. */
  readonly job?: { readonly entry: string; readonly description: string; readonly timeout: Duration };
  /** Warm instances kept for it (the `provisionedConcurrency` context), on an alias of its current version; 0 or unset: none. */
  readonly provisionedConcurrency?: number;
}

/** One backend domain as a Lambda: bundled locally with esbuild, its own role and log group. */
export class DomainFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  /** What DOMAIN_ACCESS lets it do (grants made later, by other constructs, read it too). */
  readonly access: DomainAccess;
  /** The `live` alias holding provisioned concurrency, when it has some. */
  readonly alias?: Alias;

  constructor(scope: Construct, id: string, props: DomainFunctionProps) {
    super(scope, id);
    this.access = props.access;

    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    // Own role instead of the AWSLambdaBasicExecutionRole managed policy: logs go to this group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.job ? `Lessonstage ${props.domain} function` : `Lessonstage ${props.domain} API function`,
    });
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.function = new NodejsFunction(this, 'Function', {
      description: props.job?.description ?? `Lessonstage API: ${props.domain} routes`,
      entry: props.job?.entry ?? handlerEntry(props.domain),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      // HTTP API integrations time out after 30 s; a catalog read should take well under a second.
      timeout: props.job?.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      // X-Ray: Lambda records each invocation; Powertools' Tracer adds the SDK calls beneath it.
      tracing: Tracing.ACTIVE,
      environment: { ...props.environment, ...POWERTOOLS_ENVIRONMENT, NODE_OPTIONS: '--enable-source-maps' },
      bundling: FUNCTION_BUNDLING,
    });

    if (props.provisionedConcurrency) {
      // Provisioned concurrency lives on a version or alias, never on $LATEST: callers must invoke the alias.
      this.alias = new Alias(this, 'Live', {
        aliasName: 'live',
        version: this.function.currentVersion,
        provisionedConcurrentExecutions: props.provisionedConcurrency,
      });
    }

    this.grantAccess(props);
    NagSuppressions.addResourceSuppressions(
      this.role,
      [
        {
          id: 'AwsSolutions-IAM5',
          appliesTo: ['Resource::*'],
          reason:
            'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions (AWS X-Ray service authorization reference); the synth test holds every Resource "*" statement to those two actions.',
        },
      ],
      true,
    );
    NagSuppressions.addResourceSuppressions(this.function, [
      {
        id: 'AwsSolutions-L1',
        reason:
          'nodejs22.x is pinned on purpose: the backend is developed and tested on Node 20/22 (engines >= 20.19) and has not been verified on nodejs24.x. Upgrading the runtime is a deliberate, tested change.',
      },
    ]);
  }

  /** What its callers invoke: the alias when it has provisioned concurrency, else the function. */
  get invokeTarget(): IFunction {
    return this.alias ?? this.function;
  }

  private grantAccess(props: DomainFunctionProps): void {
    const { access } = props;
    for (const [tableId, level] of Object.entries(access.tables ?? {})) {
      const { table, definition } = props.data.table(tableId);
      const actions = TABLE_ACTIONS[level];
      // Indexes by name, not `index/*`: the function reaches exactly the indexes of the definition.
      const indexArns = definition.globalIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`);
      if (actions.read.length) {
        this.role.addToPolicy(new PolicyStatement({ actions: [...actions.read], resources: [table.tableArn, ...indexArns] }));
      }
      if (actions.write.length) {
        this.role.addToPolicy(new PolicyStatement({ actions: [...actions.write], resources: [table.tableArn] }));
      }
    }

    if (access.userPool?.length) {
      this.role.addToPolicy(new PolicyStatement({ actions: [...access.userPool], resources: [props.userPool.userPoolArn] }));
    }

    const bucket = access.contentBucket ?? {};
    const objectGrants: [readonly string[] | undefined, string[]][] = [
      [bucket.read, ['s3:GetObject']],
      [bucket.write, ['s3:PutObject', 's3:AbortMultipartUpload']],
      [bucket.delete, ['s3:DeleteObject']],
    ];
    const patterns = new Set<string>();
    for (const [keys, actions] of objectGrants) {
      if (!keys?.length) continue;
      keys.forEach((key) => patterns.add(key));
      this.role.addToPolicy(new PolicyStatement({ actions, resources: keys.map((key) => props.contentBucket.arnForObjects(key)) }));
    }
    if (bucket.list) this.role.addToPolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.contentBucket.bucketArn] }));
    if (patterns.size) {
      NagSuppressions.addResourceSuppressions(
        this.role,
        [
          {
            id: 'AwsSolutions-IAM5',
            reason: `The ${props.domain} function works on objects under the key prefixes DOMAIN_ACCESS grants it (${[...patterns].join(', ')}), not on the whole bucket.`,
            appliesTo: [{ regex: '/^Resource::<.*ContentBucket.*\\.Arn>\\/.*\\*$/g' }],
          },
        ],
        true,
      );
    }

    if (access.stripeSecret) props.stripeSecrets.forEach((secret) => secret.grantRead(this.role));
    if (access.unsubscribeSecret) {
      if (!props.unsubscribeSecret) throw new Error(`The ${props.domain} function reads the unsubscribe secret, but none was given`);
      props.unsubscribeSecret.grantRead(this.role);
    }
    if (access.sendMail && props.mailIdentityArns.length) {
      this.role.addToPolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: [...props.mailIdentityArns] }));
    }
  }
}
