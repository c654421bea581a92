import { Annotations, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { API_ROUTES, DOMAIN_NAMES, type ApiRoute } from '@lessonstage/backend/routes';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { assertPublicRoutes, gatewayRoutes, PUBLIC_ROUTES, unlistedOpenRoutes } from './api-routes';
import { AUTHORIZER_TOKEN_HEADER } from './cdn-functions';
import type { Stage } from './app-config';
import type { DataConstruct } from './data.construct';
import { accessOf, DOMAIN_ACCESS, type DomainAccess } from './domain-access';
import { DomainFunction, type DomainFunctionProps } from './domain-function.construct';
import { WeeklyPracticeMailConstruct } from './weekly-practice-mail.construct';

/** Base URL of public media as the handlers build it; CloudFront serves /media/public/* from the content bucket. */
export const MEDIA_BASE_URL = '/media';

/** Steady-state requests per second and burst for the whole API (per account and region). */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 };

export interface ApiProps {
  readonly stage: Stage;
  readonly data: DataConstruct;
  readonly contentBucket: IBucket;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;
  /** Secrets Manager names of the Stripe secrets (stripeSecretIds()). */
  readonly stripeSecrets: { readonly secretKey: string; readonly webhookSecret: string };
  /** Sender of the receipts; SES permission and MAIL_FROM only when set. */
  readonly mailFrom?: string;
  /** Defaults to the backend's API_ROUTES / DOMAIN_NAMES; tests pass their own. */
  readonly routes?: readonly ApiRoute[];
  readonly domains?: readonly string[];
  readonly publicRoutes?: ReadonlySet<string>;
  readonly access?: { readonly [domain: string]: DomainAccess };
  /** Warm instances of each function whose DOMAIN_ACCESS says `provisioned` (the `provisionedConcurrency` context); 0: none. */
  readonly provisionedConcurrency?: number;
  /** Presigned uploads through S3 Transfer Acceleration (functions with `presignsUploads`). */
  readonly transferAcceleration?: boolean;
}

/** The HTTP API: one Lambda per backend domain, one route per backend route, JWT auth on non-public routes. */
export class ApiConstruct extends Construct {
  readonly httpApi: HttpApi;
  /**
   * The value CloudFront adds to API requests as x-origin-verify; the functions refuse requests
   * without it, so the API's own execute-api address (no WAF) serves nothing.
   */
  readonly originVerifySecret: Secret;
  readonly stage: HttpStage;
  readonly functions: ReadonlyMap<string, DomainFunction>;
  /** The weekly practice e-mail job and its schedule (not an API route). */
  readonly weeklyPracticeMail: WeeklyPracticeMailConstruct;
  /** HMAC key of the weekly e-mail's unsubscribe links. */
  readonly unsubscribeSecret: Secret;
  readonly routes: readonly HttpRoute[];
  readonly accessLogGroup: LogGroup;
  /** What a function outside the API (a job, a state machine step) shares with the API's: environment, tables, bucket, secrets. */
  readonly functionProps: Omit<DomainFunctionProps, 'stage' | 'domain' | 'access' | 'job'>;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const routes = gatewayRoutes(props.routes ?? API_ROUTES);
    const domains = props.domains ?? DOMAIN_NAMES;
    const publicRoutes = props.publicRoutes ?? PUBLIC_ROUTES;
    assertPublicRoutes(routes, publicRoutes);
    const unlisted = new Set(unlistedOpenRoutes(routes, publicRoutes).map((route) => route.key));

    const stripeSecrets = [
      Secret.fromSecretNameV2(this, 'StripeSecretKey', props.stripeSecrets.secretKey),
      Secret.fromSecretNameV2(this, 'StripeWebhookSecret', props.stripeSecrets.webhookSecret),
    ];
    const stack = Stack.of(this);
    const mailIdentityArns = props.mailFrom
      ? [props.mailFrom, props.mailFrom.split('@')[1]!].map((identity) =>
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
        )
      : [];
    this.originVerifySecret = new Secret(this, 'OriginVerifySecret', {
      description: `Lessonstage (${props.stage}): header value CloudFront adds to API requests`,
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
    });
    NagSuppressions.addResourceSuppressions(this.originVerifySecret, [
      {
        id: 'AwsSolutions-SMG4',
        reason:
          'It only proves a request came through CloudFront, which holds it in its distribution config; rotating it means a redeploy of the distribution and the functions together (change it and deploy).',
      },
    ]);
    this.unsubscribeSecret = new Secret(this, 'UnsubscribeSecret', {
      description: `Lessonstage (${props.stage}): HMAC key of the weekly e-mail's unsubscribe links`,
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
    });
    NagSuppressions.addResourceSuppressions(this.unsubscribeSecret, [
      {
        id: 'AwsSolutions-SMG4',
        reason:
          'Unsubscribe links carry no expiry so that an old e-mail\'s link still works; a new key would break every link already sent. It can unsubscribe a student from the weekly e-mail, nothing else.',
      },
    ]);
    // Names and ids only, but for the origin-verify value: it guards no data (CloudFront's own
    // configuration shows it too), and reading it from Secrets Manager would put an SDK client
    // into every function. Every handler loads the same config at cold start.
    const environment: { [name: string]: string } = {
      ORIGIN_VERIFY_SECRET: this.originVerifySecret.secretValue.unsafeUnwrap(),
      CONTENT_BUCKET: props.contentBucket.bucketName,
      MEDIA_BASE_URL,
      USER_POOL_ID: props.userPool.userPoolId,
      USER_POOL_CLIENT_ID: props.userPoolClient.userPoolClientId,
      STRIPE_SECRET_KEY_SECRET_ID: props.stripeSecrets.secretKey,
      STRIPE_WEBHOOK_SECRET_SECRET_ID: props.stripeSecrets.webhookSecret,
      UNSUBSCRIBE_SECRET_SECRET_ID: this.unsubscribeSecret.secretArn,
      ...(props.mailFrom ? { MAIL_FROM: props.mailFrom } : {}),
    };
    for (const { definition, table } of props.data.tables) environment[definition.envVar] = table.tableName;

    this.functionProps = {
      environment,
      data: props.data,
      contentBucket: props.contentBucket,
      userPool: props.userPool,
      stripeSecrets,
      mailIdentityArns,
      unsubscribeSecret: this.unsubscribeSecret,
    };
    const functions = new Map<string, DomainFunction>();
    for (const domain of domains) {
      const access = accessOf(domain, props.access ?? DOMAIN_ACCESS);
      const fn = new DomainFunction(this, `${pascal(domain)}Api`, {
        ...this.functionProps,
        stage: props.stage,
        domain,
        access,
        provisionedConcurrency: access.provisioned ? props.provisionedConcurrency : undefined,
      });
      if (access.presignsUploads && props.transferAcceleration) fn.function.addEnvironment('S3_TRANSFER_ACCELERATION', 'true');
      functions.set(domain, fn);
    }
    this.functions = functions;
    this.weeklyPracticeMail = new WeeklyPracticeMailConstruct(this, 'WeeklyPracticeMail', {
      ...this.functionProps,
      stage: props.stage,
      // The job does what the practice-mail admin route does, with the same access.
      access: accessOf('practice-mail'),
    });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: `Lessonstage API (${props.stage})`,
      createDefaultStage: false,
    });

    this.accessLogGroup = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogGroup),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latency: '$context.responseLatency',
            integrationLatency: '$context.integration.latency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            user: '$context.authorizer.claims.sub',
          }),
        ),
      },
    });

    // Second line of defence: the handlers verify the caller themselves. The browser's token travels
    // in an httpOnly cookie, which a JWT authorizer cannot read: CloudFront copies it (or a Bearer
    // token) into AUTHORIZER_TOKEN_HEADER, see cdn-functions.ts.
    const authorizer = new HttpJwtAuthorizer('CognitoJwt', props.userPool.userPoolProviderUrl, {
      jwtAudience: [props.userPoolClient.userPoolClientId],
      identitySource: [`$request.header.${AUTHORIZER_TOKEN_HEADER}`],
    });

    const integrations = new Map<string, HttpLambdaIntegration>();
    this.routes = routes.map((route) => {
      const fn = functions.get(route.domain);
      if (!fn) throw new Error(`Route ${route.key} belongs to unknown domain "${route.domain}"`);
      let integration = integrations.get(route.domain);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${pascal(route.domain)}Integration`, fn.invokeTarget);
        integrations.set(route.domain, integration);
      }
      const isPublic = publicRoutes.has(route.key);
      const httpRoute = new HttpRoute(this, `Route${pascal(route.key)}`, {
        httpApi: this.httpApi,
        routeKey: HttpRouteKey.with(route.path, route.method as HttpMethod),
        integration,
        authorizer: isPublic ? undefined : authorizer,
      });
      if (unlisted.has(route.key)) {
        Annotations.of(httpRoute).addWarningV2(
          'lessonstage:route-not-in-public-routes',
          `${route.key} lets anonymous callers in (${route.access}), but it is not in PUBLIC_ROUTES: the JWT authorizer answers 401 without a token.`,
        );
      }
      if (isPublic) {
        NagSuppressions.addResourceSuppressions(httpRoute, [
          {
            id: 'AwsSolutions-APIG4',
            reason: `${route.key} is public by design (PUBLIC_ROUTES in infrastructure/lib/api-routes.ts): it is called without a session, and the handler does its own checks.`,
          },
        ]);
      }
      return httpRoute;
    });
  }
}

/** Gives every function the public origin of the site (APP_ORIGIN: Stripe's return URLs, the e-mails' links). */
export function setAppOrigin(api: ApiConstruct, origin: string): void {
  for (const fn of [...api.functions.values(), api.weeklyPracticeMail.job]) fn.function.addEnvironment('APP_ORIGIN', origin);
}

/** Construct-id form of a name: `GET /api/courses/{courseId}` → `GETApiCoursesCourseId`, `health` → `Health`. */
export function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}
