import { createPublicKey, createVerify, type KeyObject } from 'node:crypto';

/**
 * The check CloudFront makes of custom-policy signed cookies, for the local stream gateway: the
 * key pair id is the trusted one, the signature (RSA-SHA1 over the policy JSON) verifies against
 * its public key, the policy's resource matches the URL asked for, and it has not expired.
 */
export interface CookieVerifierOptions {
  readonly keyPairId: string;
  /** PEM of the public key (what the key group holds on AWS). */
  readonly publicKey: string;
}

export type CookieVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

interface PolicyStatement {
  readonly Resource?: unknown;
  readonly Condition?: { readonly DateLessThan?: { readonly 'AWS:EpochTime'?: unknown }; readonly DateGreaterThan?: { readonly 'AWS:EpochTime'?: unknown } };
}

/** CloudFront's URL-safe base64: `+` → `-`, `=` → `_`, `/` → `~`. */
export function fromCloudFrontBase64(value: string): Buffer {
  return Buffer.from(value.replace(/-/g, '+').replace(/_/g, '=').replace(/~/g, '/'), 'base64');
}

export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return cookies;
}

/** A policy resource with CloudFront's wildcards: `*` any run of characters, `?` exactly one. */
export function resourceMatches(resource: string, url: string): boolean {
  const pattern = resource.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${pattern}$`, 's').test(url);
}

function parseStatement(policyJson: string): PolicyStatement | undefined {
  try {
    const policy = JSON.parse(policyJson) as { Statement?: unknown };
    return Array.isArray(policy.Statement) && policy.Statement.length === 1 ? (policy.Statement[0] as PolicyStatement) : undefined;
  } catch {
    return undefined;
  }
}

export class CloudFrontCookieVerifier {
  private readonly publicKey: KeyObject;

  constructor(private readonly options: CookieVerifierOptions) {
    this.publicKey = createPublicKey(options.publicKey);
  }

  /** `url`: the full URL as CloudFront sees it (origin, path and query). */
  verify(cookieHeader: string | undefined, url: string, now: Date): CookieVerdict {
    const cookies = parseCookieHeader(cookieHeader);
    const policy = cookies.get('CloudFront-Policy');
    const signature = cookies.get('CloudFront-Signature');
    const keyPairId = cookies.get('CloudFront-Key-Pair-Id');
    if (!policy || !signature || !keyPairId) return { ok: false, reason: 'missing signed cookies' };
    if (keyPairId !== this.options.keyPairId) return { ok: false, reason: 'unknown key pair' };
    const policyJson = fromCloudFrontBase64(policy).toString('utf8');
    const verifier = createVerify('RSA-SHA1');
    verifier.update(policyJson);
    if (!verifier.verify(this.publicKey, fromCloudFrontBase64(signature))) return { ok: false, reason: 'bad signature' };
    const statement = parseStatement(policyJson);
    const resource = statement?.Resource;
    const lessThan = statement?.Condition?.DateLessThan?.['AWS:EpochTime'];
    const greaterThan = statement?.Condition?.DateGreaterThan?.['AWS:EpochTime'];
    if (typeof resource !== 'string' || typeof lessThan !== 'number') return { ok: false, reason: 'malformed policy' };
    const seconds = now.getTime() / 1000;
    if (seconds >= lessThan) return { ok: false, reason: 'expired' };
    if (typeof greaterThan === 'number' && seconds <= greaterThan) return { ok: false, reason: 'not yet valid' };
    if (!resourceMatches(resource, url)) return { ok: false, reason: 'resource does not match' };
    return { ok: true };
  }
}
