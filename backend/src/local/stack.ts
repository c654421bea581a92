import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { serve, type ServerType } from '@hono/node-server';
import { DEFAULT_CATALOG_CACHE_SECONDS, type AppConfig } from '../lib/config';
import { createDeps } from '../app/api-deps';
import { apiOptions } from '../app/create-api';
import { TABLE_DEFINITIONS } from '../lib/db/table-definitions';
import { tableNames } from '../lib/db/table-names';
import { createS3Client } from '../lib/storage/s3-client';
import { startCognito } from './emulators/cognito.emulator';
import { startDynamoDb } from './emulators/dynamodb.emulator';
import type { RunningServer } from './emulators/running-server';
import { startS3 } from './emulators/s3.emulator';
import { freePort } from './free-port';
import { DEFAULT_UNSUBSCRIBE_SECRET, DEMO_STUDENT, LOCAL_UNSUBSCRIBE_MAILTO, type LocalStackOptions } from './local-config';
import { ensureBucket, ensureTables, ensureUserPool, type UserPoolIds } from './provision';
import { seedDemoCatalog } from './seed/seed-demo';
import { seedAdmin } from './seed/seed-admin';
import { seedDemoPractice } from './seed/seed-practice';
import { seedDemoNotifications } from './seed/seed-demo-notifications';
import { seedDemoStudent } from './seed/seed-demo-student';
import { seedDemoReviews } from './seed/seed-demo-reviews';
import { seedDemoDiscussion } from './seed/seed-discussions';
import { DevMailbox } from './dev-mailbox/dev-mailbox';
import { createWebApp } from './web-app';
import { ensureStreamKeyPair } from './stream-gateway/local-key-pair';
import { ffmpegPath } from './transcoder/ffmpeg-binary';
import { queueDemoTranscodes } from './transcoder/queue-demo-transcodes';
import { TranscodeRunner } from './transcoder/transcode-runner';
import { LOCAL_STRIPE_SECRET_KEY, localStripeApi } from './stripe/local-stripe-api';
import { LocalStripeStore } from './stripe/local-stripe.store';
import { WebhookOutbox } from './stripe/webhook-outbox';
import { WebhookSender } from './stripe/webhook-sender';

export type { LocalStackOptions } from './local-config';
export { throwawayStackOptions } from './local-config';

export const LOCAL_BUCKET = 'lessonstage-content';
export const LOCAL_USER_POOL = 'lessonstage-users';
// s3rver accepts only its own fixed key pair; dynalite and cognito-local accept any.
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface StripeRequest {
  readonly path: string;
  readonly form: Record<string, string>;
}

export interface LocalStack {
  /** The one URL of the product: web app, /api and /media. */
  readonly url: string;
  readonly config: AppConfig;
  readonly userPool: UserPoolIds;
  readonly seededCourses: number;
  readonly mailbox: DevMailbox;
  /** Requests the Stripe SDK sent to the local stand-in (what Stripe would have received). */
  readonly stripeRequests: readonly StripeRequest[];
  stop(): Promise<void>;
}

function listen(app: { fetch: FetchHandler }, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(server));
    server.once('error', reject);
  });
}

async function listenOn(app: { fetch: FetchHandler }, port: number): Promise<RunningServer> {
  const server = await listen(app, port);
  const { port: actual } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${actual}`,
    close: () => closeGracefully(server),
  };
}

type FetchHandler = (request: Request, env?: unknown) => Response | Promise<Response>;

/** The app, counting the requests whose handlers still run. */
function trackInFlight(app: { fetch: FetchHandler }): { fetch: FetchHandler; settled(timeoutMs: number): Promise<void> } {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    fetch: async (request, env) => {
      running += 1;
      try {
        return await app.fetch(request, env);
      } finally {
        running -= 1;
        if (running === 0) for (const resolve of waiting.splice(0)) resolve();
      }
    },
    settled: (timeoutMs) =>
      running === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            waiting.push(resolve);
            setTimeout(resolve, timeoutMs).unref();
          }),
  };
}

/**
 * Stops accepting, lets requests in flight finish (they may still need the emulators, which stop
 * after this server), then cuts whatever is left after a grace period.
 */
function closeGracefully(server: ServerType, graceMs = 2_000): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const cut = setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearTimeout(cut);
      if (error) reject(error);
      else resolve();
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}

/**
 * The local transcoder, stopped first when the stack stops (it talks to the emulators), and the
 * demo lessons queued for it in the background (start-up does not wait for them).
 */
function startTranscoder(options: LocalStackOptions, deps: ReturnType<typeof createDeps>, s3: ReturnType<typeof createS3Client>, started: RunningServer[]): void {
  const runner = new TranscodeRunner(deps, { ffmpeg: ffmpegPath(options.ffmpegPath ? { FFMPEG_PATH: options.ffmpegPath } : {}), workDir: join(options.dataDir, 'transcode-work'), s3, bucket: LOCAL_BUCKET });
  runner.start();
  started.push({ endpoint: '', close: () => runner.stop() });
  if (options.transcodeDemo) {
    void queueDemoTranscodes(deps.courses, deps.transcodes).catch((error: unknown) => console.warn('Could not queue the demo transcodes:', error));
  }
}

/**
 * Starts the whole product on this machine: the three AWS emulators, their tables, bucket and
 * user pool (created only if missing), the demo catalog (seeded only if missing), and the web
 * server. The handlers are the same modules that run on Lambda; only endpoints differ.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const started: RunningServer[] = [];
  const stopAll = async () => {
    for (const server of started.reverse()) await server.close();
  };
  try {
    const dynamo = options.dynamoDbEndpoint
      ? { endpoint: options.dynamoDbEndpoint }
      : await startDynamoDb(options.dynamoDbPort, join(options.dataDir, 'dynamodb'));
    if ('close' in dynamo) started.push(dynamo);
    const s3Server = await startS3(options.s3Port, join(options.dataDir, 's3'));
    started.push(s3Server);
    const cognitoPort = options.cognitoPort || (await freePort());
    const mailbox = new DevMailbox(join(options.dataDir, 'mailbox.jsonl'));
    const cognitoServer = await startCognito(cognitoPort, join(options.dataDir, 'cognito'), (email) => mailbox.deliver(email));
    started.push(cognitoServer);

    // Presigned storage URLs name the app's origin, so its port must be known before it listens.
    const webPort = options.port || (await freePort());
    const origin = `http://localhost:${webPort}`;
    // Without a Stripe key, a local stand-in answers the Stripe API and hosts the checkout page.
    const stripeStore = new LocalStripeStore(join(options.dataDir, 'stripe', 'sessions.json'));
    const webhookSender = new WebhookSender(
      () => `${origin}/api/payments/webhook`,
      options.stripe.webhookSecret,
      new WebhookOutbox(join(options.dataDir, 'stripe', 'outbox.json')),
    );
    const stripeRequests: StripeRequest[] = [];
    let localStripe: RunningServer | undefined;
    if (!options.stripe.secretKey) {
      localStripe = await listenOn(
        localStripeApi({
          store: stripeStore,
          webhooks: webhookSender,
          checkoutPageBase: () => `${origin}/dev/checkout`,
          onRequest: (path, form) => stripeRequests.push({ path, form }),
        }),
        options.stripe.apiPort,
      );
      started.push(localStripe);
    }
    const bootstrapConfig = { region: 'us-east-1', credentials: LOCAL_CREDENTIALS };
    const dynamoClient = new DynamoDBClient({ ...bootstrapConfig, endpoint: dynamo.endpoint });
    const cognito = new CognitoIdentityProviderClient({ ...bootstrapConfig, endpoint: cognitoServer.endpoint });
    await ensureTables(dynamoClient, TABLE_DEFINITIONS, options.dataDir);
    const streamKeys = await ensureStreamKeyPair(options.dataDir);
    const userPool = await ensureUserPool(cognito, LOCAL_USER_POOL);

    const config: AppConfig = {
      region: bootstrapConfig.region,
      ...tableNames((table) => table.localName),
      contentBucket: LOCAL_BUCKET,
      mediaBaseUrl: '/media',
      auth: {
        userPoolId: userPool.userPoolId,
        clientId: userPool.clientId,
        issuer: `${cognitoServer.endpoint}/${userPool.userPoolId}`,
        // The local stack is plain http: a Secure cookie would never come back.
        secureCookies: false,
        rateLimit: options.rateLimit,
      },
      uploads: options.uploads,
      catalogCacheSeconds: options.catalogCacheSeconds ?? DEFAULT_CATALOG_CACHE_SECONDS,
      payments: options.stripe.secretKey
        ? { secretKey: options.stripe.secretKey, webhookSecret: options.stripe.webhookSecret }
        : { secretKey: LOCAL_STRIPE_SECRET_KEY, webhookSecret: options.stripe.webhookSecret, apiBase: localStripe!.endpoint },
      appOrigin: origin,
      unsubscribeSecret: options.unsubscribeSecret ?? DEFAULT_UNSUBSCRIBE_SECRET,
      unsubscribeMailto: LOCAL_UNSUBSCRIBE_MAILTO,
      streamSigning: { keyPairId: streamKeys.keyPairId, privateKey: streamKeys.privateKey },
      endpoints: { dynamodb: dynamo.endpoint, s3: s3Server.endpoint, cognito: cognitoServer.endpoint, storagePublic: `${origin}/storage` },
      credentials: LOCAL_CREDENTIALS,
    };
    const s3 = createS3Client(config);
    await ensureBucket(s3, LOCAL_BUCKET);

    const deps = createDeps(config, mailbox);
    const adminId = await seedAdmin(cognito, deps.users, userPool.userPoolId, userPool.clientId, options.admin);
    const seededCourses = options.seedDemo ? await seedDemoCatalog(deps.courses, s3, LOCAL_BUCKET, adminId) : 0;
    if (options.seedDemo) await seedDemoPractice(deps.practiceJournal, deps.loops, adminId);
    if (options.seedDemo) {
      const studentId = await seedDemoStudent(cognito, deps, userPool, DEMO_STUDENT);
      if (studentId) await seedDemoNotifications(deps, studentId);
      await seedDemoReviews(deps, (await deps.users.get(adminId))?.name ?? 'The teacher');
      await seedDemoDiscussion(deps, adminId, DEMO_STUDENT.email);
    }

    const webApp = trackInFlight(createWebApp({
        deps,
        api: apiOptions(config),
        s3,
        bucket: LOCAL_BUCKET,
        siteDir: options.siteDir,
        mailbox,
        localCheckout: localStripe ? { store: stripeStore, webhooks: webhookSender } : undefined,
        streamGateway: { keyPairId: streamKeys.keyPairId, publicKey: streamKeys.publicKey, origin },
        storageGateway: { s3Endpoint: s3Server.endpoint, bucket: LOCAL_BUCKET, credentials: LOCAL_CREDENTIALS, region: config.region },
      }));
    const web = await listen(webApp, webPort);
    started.push({
      endpoint: '',
      // A handler may outlive its connection (the client gave up): wait for it before the
      // emulators it is talking to stop.
      close: () => closeGracefully(web).then(() => webApp.settled(5_000)),
    });
    // Closed first (started closes in reverse): no more retries against a server going away.
    started.push({ endpoint: '', close: () => webhookSender.stop() });
    // Events the stand-in still owed when the stack last stopped, as Stripe would retry them.
    if (localStripe) void webhookSender.resendPending();
    if (options.transcoder) startTranscoder(options, deps, s3, started);
    const { port } = web.address() as AddressInfo;
    return {
      url: `http://localhost:${port}`,
      config,
      userPool,
      seededCourses,
      mailbox,
      stripeRequests,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
