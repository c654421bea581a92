import { timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { MAX_PRESIGN_EXPIRES_SECONDS } from '../../lib/storage/storage-request-checks';

/**
 * Verifies an S3 presigned (SigV4 query-string) request the way S3 does, for the local storage
 * gateway: s3rver checks no signatures, so this is what keeps the local bucket private.
 *
 * The signature is recomputed with the AWS SDK's own signer (@smithy/signature-v4, configured as
 * the S3 client configures it: service "s3", no double URI-encoding of the path, UNSIGNED-PAYLOAD)
 * from the incoming method, path, query (without X-Amz-Signature) and the headers the URL lists
 * in X-Amz-SignedHeaders, then compared in constant time. Pure: no I/O, the clock is an input.
 */

export type RefusalCode =
  /** No query-string signature at all (an anonymous request to the private bucket). */
  | 'MissingSignature'
  /** Some X-Amz-* auth parameter is missing, malformed, or names another region/service. */
  | 'AuthorizationQueryParametersError'
  /** The access key is not the local one. */
  | 'InvalidAccessKeyId'
  /** A session token was presented; the local credentials are long-term keys. */
  | 'InvalidToken'
  /** The recomputed signature differs: tampered path/query/signed header, or another secret. */
  | 'SignatureDoesNotMatch'
  /** Valid signature, but outside its validity window (expired, or dated in the future). */
  | 'AccessDenied';

export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly message: string;
  /** The HTTP status S3 answers with for this refusal. */
  readonly status: 400 | 403;
}

export interface Verified {
  readonly ok: true;
  readonly accessKeyId: string;
  /** Lower-case names of the headers the signature covers (always includes host). */
  readonly signedHeaders: readonly string[];
  readonly expiresAt: Date;
}

export type VerifyResult = Verified | Refusal;

export interface PresignedRequestInput {
  readonly method: string;
  /**
   * The request target as received: the percent-encoded path and, if any, the query
   * ("/storage/bucket/a%20b.mp4?X-Amz-Algorithm=..."). Not decoded: S3 signs the encoded path.
   */
  readonly target: string;
  /** Case-insensitive header lookup (a fetch `Headers` works). The Host header must be present. */
  readonly headers: { get(name: string): string | null };
}

export interface VerifierOptions {
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly region: string;
  /** Signing name in the credential scope; "s3". */
  readonly service?: string;
  readonly now: Date;
  /** How far in the future X-Amz-Date may be (clock skew), in seconds; 900 like AWS. */
  readonly maxClockSkewSeconds?: number;
}

/** The query parameters that carry the signature itself; never forwarded to storage. */
export const AUTH_QUERY_PARAMS = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-SignedHeaders',
  'X-Amz-Signature',
  'X-Amz-Security-Token',
  'X-Amz-Content-Sha256',
] as const;

const ALGORITHM = 'AWS4-HMAC-SHA256';
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

const refuse = (code: RefusalCode, message: string): Refusal => ({
  ok: false,
  code,
  message,
  status: code === 'AuthorizationQueryParametersError' || code === 'InvalidToken' ? 400 : 403,
});

/** One `name=value` pair of a raw query string, decoded; undefined if its escapes are malformed. */
function decodeQuery(rawQuery: string): Map<string, string[]> | undefined {
  const params = new Map<string, string[]>();
  if (rawQuery === '') return params;
  try {
    for (const pair of rawQuery.split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      // SigV4 encodes a space as %20 and '+' as %2B, so '+' is taken literally (no form decoding).
      const name = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
      params.set(name, [...(params.get(name) ?? []), value]);
    }
  } catch {
    return undefined;
  }
  return params;
}

function parseAmzDate(value: string): Date | undefined {
  const match = AMZ_DATE.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Reject rolled-over values such as month 13 or 25:00.
  return date.toISOString().replace(/[-:]|\.\d{3}/g, '') === value ? date : undefined;
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Verifies the presigned signature and validity window of one incoming request. */
export async function verifyPresignedRequest(request: PresignedRequestInput, options: VerifierOptions): Promise<VerifyResult> {
  const service = options.service ?? 's3';
  const queryStart = request.target.indexOf('?');
  const path = queryStart < 0 ? request.target : request.target.slice(0, queryStart);
  const query = decodeQuery(queryStart < 0 ? '' : request.target.slice(queryStart + 1));
  if (!query) return refuse('AuthorizationQueryParametersError', 'The query string is not valid percent-encoding.');

  const single = (name: string): string | undefined => {
    const values = query.get(name);
    return values?.length === 1 ? values[0] : undefined;
  };
  if (!query.has('X-Amz-Signature') && !query.has('X-Amz-Algorithm')) {
    if (request.headers.get('authorization') !== null) {
      return refuse('AuthorizationQueryParametersError', 'Only presigned (query-string) requests are accepted here.');
    }
    return refuse('MissingSignature', 'Access Denied: the request carries no signature.');
  }
  for (const name of AUTH_QUERY_PARAMS) {
    if ((query.get(name)?.length ?? 0) > 1) {
      return refuse('AuthorizationQueryParametersError', `${name} must appear at most once.`);
    }
  }

  const algorithm = single('X-Amz-Algorithm');
  const credential = single('X-Amz-Credential');
  const amzDate = single('X-Amz-Date');
  const expires = single('X-Amz-Expires');
  const signedHeaderList = single('X-Amz-SignedHeaders');
  const signature = single('X-Amz-Signature');
  if (!algorithm || !credential || !amzDate || !expires || !signedHeaderList || !signature) {
    return refuse(
      'AuthorizationQueryParametersError',
      'Query-string authentication requires X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders and X-Amz-Expires.',
    );
  }
  if (algorithm !== ALGORITHM) {
    return refuse('AuthorizationQueryParametersError', `X-Amz-Algorithm only supports "${ALGORITHM}".`);
  }
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate) return refuse('AuthorizationQueryParametersError', 'X-Amz-Date must be in the ISO8601 basic format YYYYMMDDTHHMMSSZ.');
  const expiresSeconds = /^\d{1,7}$/.test(expires) ? Number(expires) : NaN;
  if (!(expiresSeconds >= 1 && expiresSeconds <= MAX_PRESIGN_EXPIRES_SECONDS)) {
    return refuse('AuthorizationQueryParametersError', `X-Amz-Expires must be between 1 and ${MAX_PRESIGN_EXPIRES_SECONDS} seconds.`);
  }

  const scope = credential.split('/');
  const [accessKeyId, scopeDate, scopeRegion, scopeService, terminator] = scope;
  if (scope.length !== 5 || !accessKeyId || terminator !== 'aws4_request') {
    return refuse('AuthorizationQueryParametersError', 'X-Amz-Credential must be <access key>/<yyyymmdd>/<region>/<service>/aws4_request.');
  }
  if (scopeDate !== amzDate.slice(0, 8)) {
    return refuse('AuthorizationQueryParametersError', 'The date of X-Amz-Credential does not match X-Amz-Date.');
  }
  if (scopeRegion !== options.region) {
    return refuse('AuthorizationQueryParametersError', `The region '${scopeRegion}' is wrong; expecting '${options.region}'.`);
  }
  if (scopeService !== service) {
    return refuse('AuthorizationQueryParametersError', `The service '${scopeService}' is wrong; expecting '${service}'.`);
  }
  if (accessKeyId !== options.credentials.accessKeyId) {
    return refuse('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  }
  if (query.has('X-Amz-Security-Token')) {
    return refuse('InvalidToken', 'The provided token is malformed or otherwise invalid.');
  }
  const payloadHash = single('X-Amz-Content-Sha256') ?? UNSIGNED_PAYLOAD;
  if (payloadHash !== UNSIGNED_PAYLOAD) {
    // Presigned URLs cannot carry a body hash the gateway could check while streaming.
    return refuse('AuthorizationQueryParametersError', `Presigned requests must use X-Amz-Content-Sha256=${UNSIGNED_PAYLOAD}.`);
  }

  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host') || signedHeaders.some((name) => name === '' || name !== name.toLowerCase())) {
    return refuse('AuthorizationQueryParametersError', 'X-Amz-SignedHeaders must be lower-case names separated by ";" and include host.');
  }
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = request.headers.get(name);
    // A signed header the request lacks cannot match; the signer would leave it out of the list.
    if (value === null) return refuse('SignatureDoesNotMatch', `The signed header "${name}" is missing from the request.`);
    headers[name] = value;
  }
  // The canonical request's payload line; kept out of the canonical headers unless it was signed.
  const payloadHeaderName = signedHeaders.includes('x-amz-content-sha256') ? 'x-amz-content-sha256' : 'X-Amz-Content-Sha256';
  if (payloadHeaderName === 'x-amz-content-sha256' && headers[payloadHeaderName] !== payloadHash) {
    return refuse('SignatureDoesNotMatch', 'The x-amz-content-sha256 header does not match the presigned payload hash.');
  }
  headers[payloadHeaderName] = payloadHash;

  // Everything but the signature is signed, including the auth parameters the signer re-adds.
  const unsignedQuery: Record<string, string | string[]> = {};
  for (const [name, values] of query) {
    if (name === 'X-Amz-Signature' || (AUTH_QUERY_PARAMS as readonly string[]).includes(name)) continue;
    unsignedQuery[name] = values.length === 1 ? values[0]! : values;
  }
  if (query.has('X-Amz-Content-Sha256')) unsignedQuery['X-Amz-Content-Sha256'] = payloadHash;

  const signer = new SignatureV4({
    credentials: options.credentials,
    region: options.region,
    service,
    sha256: Sha256,
    // As the S3 client signs: the path is signed exactly as sent (already URI-encoded once).
    uriEscapePath: false,
    applyChecksum: false,
  });
  const headerNames = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const recomputed = await signer.presign(
    new HttpRequest({ method: request.method.toUpperCase(), protocol: 'http:', hostname: headers.host ?? '', path, query: unsignedQuery, headers }),
    {
      signingDate,
      expiresIn: expiresSeconds,
      signingRegion: options.region,
      signingService: service,
      // Sign exactly the listed headers (content-type/-length included), and move none into the query.
      signableHeaders: new Set(signedHeaders),
      unsignableHeaders: signedHeaders.includes('x-amz-content-sha256') ? new Set() : new Set(['x-amz-content-sha256']),
      unhoistableHeaders: headerNames,
    },
  );
  const expected = recomputed.query?.['X-Amz-Signature'];
  if (
    typeof expected !== 'string' ||
    recomputed.query?.['X-Amz-SignedHeaders'] !== signedHeaderList ||
    !sameHex(expected, signature)
  ) {
    return refuse('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
  }

  const expiresAt = new Date(signingDate.getTime() + expiresSeconds * 1000);
  const now = options.now.getTime();
  if (now > expiresAt.getTime()) return refuse('AccessDenied', 'Request has expired.');
  if (signingDate.getTime() - now > (options.maxClockSkewSeconds ?? 900) * 1000) {
    return refuse('AccessDenied', 'Request is not valid yet.');
  }
  return { ok: true, accessKeyId, signedHeaders, expiresAt };
}
