import { getSignedCookies } from '@aws-sdk/cloudfront-signer';

/** The three CloudFront signed-cookie names, in the order they are set. */
export const STREAM_COOKIE_NAMES = ['CloudFront-Policy', 'CloudFront-Signature', 'CloudFront-Key-Pair-Id'] as const;

/**
 * Signed cookies that open one folder of streamed media (a lesson's HLS output) until a time:
 * CloudFront checks them on AWS, the local stream gateway checks the same ones locally.
 */
export interface StreamCookieSigner {
  /** `Set-Cookie` values for everything under `pathPrefix` (ends with `/`) until `expiresAt`. */
  sign(pathPrefix: string, expiresAt: Date): Promise<readonly string[]>;
}

export interface CloudFrontCookieOptions {
  /** The CloudFront public key's id (locally: the local key pair's id). */
  readonly keyPairId: string;
  /** PEM of the private key; fetched once (Secrets Manager on AWS). */
  readonly privateKey: () => Promise<string>;
  /** `https://example.com`: the policy names full URLs. Unknown: any host of the distribution. */
  readonly origin?: string;
  /** Off only on the plain-http local stack, where a Secure cookie never comes back. */
  readonly secure: boolean;
}

/** The custom policy (JSON) CloudFront reads from `CloudFront-Policy`. */
export function streamPolicy(resource: string, expiresAt: Date): string {
  const epoch = Math.floor(expiresAt.getTime() / 1000);
  return JSON.stringify({ Statement: [{ Resource: resource, Condition: { DateLessThan: { 'AWS:EpochTime': epoch } } }] });
}

/** The prefix the distribution's viewer-request function strips before the S3 origin (infrastructure/lib/cdn-functions.ts). */
export const VIEWER_ONLY_PREFIX = '/media';

/**
 * The policy's Resource for everything under `pathPrefix` (`/media/hls/<c>/<l>/`). CloudFront's
 * documentation says a viewer-request function runs before the cache lookup but not whether the
 * trusted-key-group check sees the viewer's URL or the one the function rewrote (without
 * `/media`), and a custom policy holds one statement only. So the `*` after the origin lets one
 * Resource match both, `<origin>/media/hls/<c>/<l>/…` and `<origin>/hls/<c>/<l>/…`, while the
 * literal `/hls/<c>/<l>/` keeps it to the lesson's folder.
 */
export function streamPolicyResource(origin: string | undefined, pathPrefix: string): string {
  const rewritten = pathPrefix.startsWith(`${VIEWER_ONLY_PREFIX}/`) ? pathPrefix.slice(VIEWER_ONLY_PREFIX.length) : pathPrefix;
  return `${origin ?? 'https://*'}*${rewritten}*`;
}

/** Custom-policy signed cookies made by the AWS SDK's CloudFront signer (RSA-SHA1, as CloudFront expects). */
export class CloudFrontCookieSigner implements StreamCookieSigner {
  constructor(private readonly options: CloudFrontCookieOptions) {}

  async sign(pathPrefix: string, expiresAt: Date): Promise<readonly string[]> {
    const { keyPairId, origin, secure } = this.options;
    const policy = streamPolicy(streamPolicyResource(origin, pathPrefix), expiresAt);
    const cookies = getSignedCookies({ keyPairId, privateKey: await this.options.privateKey(), policy });
    // The cookie outlives nothing: the policy's own expiry is the one that counts.
    const attributes = `Path=${pathPrefix}; Expires=${expiresAt.toUTCString()}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
    return STREAM_COOKIE_NAMES.map((name) => {
      const value = cookies[name];
      if (!value) throw new Error(`CloudFront signer returned no ${name}`);
      return `${name}=${value}; ${attributes}`;
    });
  }
}
