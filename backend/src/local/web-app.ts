import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { CONTENT_SECURITY_POLICY } from '@lessonstage/shared';
import { compress } from 'hono/compress';
import { serveStatic } from '@hono/node-server/serve-static';
import type { S3Client } from '@aws-sdk/client-s3';
import { DOMAINS } from '../app/functions';
import type { ApiDeps } from '../app/api-deps';
import { createApi, type ApiOptions } from '../app/create-api';
import { notFoundHandler } from '../lib/http/error-handler';
import { publicMediaRoutes } from './public-media.routes';
import type { DevMailbox } from './dev-mailbox/dev-mailbox';
import { devMailboxRoutes } from './dev-mailbox/dev-mailbox.routes';
import { storageGatewayRoutes, type StorageGatewayOptions } from './storage-gateway/storage-gateway.routes';
import { streamGatewayRoutes } from './stream-gateway/stream-gateway.routes';
import type { CookieVerifierOptions } from './stream-gateway/cloudfront-cookie-verifier';
import { localCheckoutRoutes } from './stripe/local-checkout.routes';
import type { LocalStripeStore } from './stripe/local-stripe.store';
import type { WebhookSender } from './stripe/webhook-sender';

/**
 * The headers CloudFront's response headers policy adds in the cloud, so local runs meet the same
 * CSP. Set before the handler runs: under @hono/node-server, headers added to a finished response
 * make a full Response object of it (a large share of a catalog request's time, in a profile).
 */
const siteSecurityHeaders: MiddlewareHandler = async (c, next) => {
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  await next();
};

/**
 * compress() adds `Vary: Accept-Encoding` to every finished response that lacks it, even one it
 * then leaves uncompressed, and a header added to a finished response costs what is said above.
 * Said before the handler runs, compress() finds it there.
 */
const varyOnAcceptEncoding: MiddlewareHandler = async (c, next) => {
  c.header('Vary', 'Accept-Encoding');
  await next();
};

export interface WebAppOptions {
  readonly deps: ApiDeps;
  readonly api: ApiOptions;
  readonly s3: S3Client;
  readonly bucket: string;
  /** Folder of the Angular build (index.html and hashed assets). */
  readonly siteDir: string;
  /** The dev mailbox, served at /api/dev/mailbox (local stack only). */
  readonly mailbox: DevMailbox;
  /** The local stand-in for S3's front door at /storage (signature and expiry checks). */
  readonly storageGateway: StorageGatewayOptions;
  /** The local stand-in for CloudFront's signed-cookie check at /media/hls (key pair and site origin). */
  readonly streamGateway: CookieVerifierOptions & { readonly origin: string };
  /** The local checkout page, when the local Stripe stand-in is in use. */
  readonly localCheckout?: { readonly store: LocalStripeStore; readonly webhooks: WebhookSender };
}

/**
 * Everything on one origin, as CloudFront serves it in the cloud: /api → the API (all domains),
 * /media/public → thumbnails, /media/hls → streamed lessons (signed cookies), /storage → the signature-checking gateway to local S3 (S3 itself in
 * the cloud), anything else → the Angular app with index.html as SPA fallback.
 */
export function createWebApp({ deps, api, s3, bucket, siteDir, mailbox, storageGateway, streamGateway, localCheckout }: WebAppOptions): Hono {
  const app = new Hono();
  // Before compress(): storage answers byte-exact, as S3 does (ranges, ETags, Content-Length).
  app.route('/', storageGatewayRoutes(storageGateway));
  app.route('/', streamGatewayRoutes({ ...streamGateway, s3, bucket }));
  app.use('*', compress());
  app.use('*', varyOnAcceptEncoding);
  app.use('*', siteSecurityHeaders);
  app.route('/', devMailboxRoutes(mailbox));
  if (localCheckout) app.route('/', localCheckoutRoutes(localCheckout.store, localCheckout.webhooks));
  app.route('/', createApi(api, deps, DOMAINS));
  // An unknown API path is a JSON 404, never the SPA's index.html.
  app.all('/api/*', notFoundHandler);
  app.route('/', publicMediaRoutes(s3, bucket));

  const indexFile = join(siteDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('*', (c) => c.text(`The web app is not built: run "npm run build -w frontend" (looked in ${siteDir}).`, 503));
    return app;
  }
  app.use(
    '*',
    serveStatic({
      root: siteDir,
      onFound: (path, c) => {
        // Angular's hashed bundles never change; index.html must always be revalidated.
        c.header('Cache-Control', path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get('*', async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(await readFile(indexFile, 'utf8'));
  });
  return app;
}
