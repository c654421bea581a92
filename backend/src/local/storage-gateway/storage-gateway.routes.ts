/**
 * Local stand-in for S3's own front door, at `/storage/*` on the app's one origin.
 *
 * s3rver checks no signatures, so the browser never talks to it: presigned URLs point here (the
 * presigning S3 client has endpoint `<origin>/storage`, forcePathStyle), and this gateway lets a
 * request through only if its SigV4 query-string signature and expiry verify as on S3
 * (sigv4-verifier.ts). It then forwards method, body, Content-Type/Length, Range, conditional
 * headers and the non-auth query (uploadId, partNumber, response-*, …) to s3rver and streams the
 * answer back (status incl. 206, ETag, Content-Range/-Type/-Length/-Disposition, Accept-Ranges).
 * Only objects of the one bucket are reachable. Refusals are S3-style XML.
 *
 * Upload bodies are spooled to a temporary file first and forwarded only once complete: s3rver
 * stores whatever arrived when a client gives up mid-upload, where S3 stores nothing.
 *
 * Usage (local stack):
 *   const presignS3 = createPresignS3Client(config, `${origin}/storage`);
 *   const storage = new S3MediaStorage({ s3, presignS3, bucket });
 *   app.route('/', storageGatewayRoutes({ s3Endpoint: s3rver.endpoint, bucket, credentials, region }));
 * Mount it before `compress()` and before the SPA fallback: S3 never re-encodes objects.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { IncomingMessage, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { Hono } from 'hono';
import { AUTH_QUERY_PARAMS, verifyPresignedRequest, type RefusalCode } from './sigv4-verifier';

export const STORAGE_GATEWAY_PATH = '/storage';

export interface StorageGatewayOptions {
  /** s3rver, e.g. http://127.0.0.1:4211; never exposed itself. */
  readonly s3Endpoint: string;
  /** The one bucket reachable through the gateway. */
  readonly bucket: string;
  /** The key pair the presigning client signs with (and that is used towards s3rver). */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly region: string;
  /** Clock for the expiry check (tests move it). */
  readonly now?: () => Date;
  /** Where upload bodies wait until complete; the OS temp folder by default. */
  readonly spoolDir?: string;
}

/** Request headers passed on to storage (besides signed x-amz-* ones). */
const FORWARDED_REQUEST_HEADERS = [
  'content-type',
  'content-length',
  'content-md5',
  'content-encoding',
  'content-language',
  'content-disposition',
  'cache-control',
  'expires',
  'range',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'if-unmodified-since',
];

/** Response headers passed back to the browser (besides x-amz-* ones). */
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-range',
  'content-disposition',
  'content-encoding',
  'content-language',
  'cache-control',
  'expires',
  'etag',
  'last-modified',
  'accept-ranges',
];

const OBJECT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'POST', 'DELETE']);
const AUTH_PARAM_NAMES = new Set<string>(AUTH_QUERY_PARAMS);

function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function s3Error(status: number, code: RefusalCode | 'InvalidArgument' | 'IncompleteBody' | 'MissingContentLength' | 'MethodNotAllowed' | 'InternalError', message: string): Response {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error>`;
  return new Response(body, { status, headers: { 'Content-Type': 'application/xml', 'Cache-Control': 'no-store' } });
}

/** The raw query without the signature parameters, its encoding untouched. */
function forwardedQuery(rawQuery: string): string {
  const kept = rawQuery.split('&').filter((pair) => {
    if (pair === '') return false;
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    try {
      return !AUTH_PARAM_NAMES.has(decodeURIComponent(name));
    } catch {
      return false;
    }
  });
  return kept.length ? `?${kept.join('&')}` : '';
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** s3rver's answer as the browser gets it: status, body stream and the S3 response headers. */
function relay(method: string, answer: IncomingMessage): Response {
  const responseHeaders = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = headerValue(answer.headers, name);
    if (value !== undefined) responseHeaders.set(name, value);
  }
  for (const [name, value] of Object.entries(answer.headers)) {
    if (name.startsWith('x-amz-') && value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const status = answer.statusCode ?? 502;
  if (method === 'HEAD' || status === 204 || status === 304) {
    answer.resume();
    return new Response(null, { status, headers: responseHeaders });
  }
  return new Response(Readable.toWeb(answer) as ReadableStream<Uint8Array>, { status, headers: responseHeaders });
}

export function storageGatewayRoutes(options: StorageGatewayOptions): Hono {
  const now = options.now ?? (() => new Date());
  const spoolDir = options.spoolDir ?? tmpdir();
  const upstream = new URL(options.s3Endpoint);
  // Towards s3rver the gateway signs with a header signature, so s3rver treats the request as
  // authenticated (it refuses response-* overrides on anonymous GETs); it checks nothing else.
  const signer = new SignatureV4({
    credentials: options.credentials,
    region: options.region,
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
    applyChecksum: false,
  });

  /** `incoming`: the Node request under @hono/node-server, read directly (no web-stream round trip). */
  const handle = async (raw: Request, incoming: IncomingMessage | undefined): Promise<Response> => {
    const url = new URL(raw.url);
    const method = raw.method.toUpperCase();
    const target = `${url.pathname}${url.search}`;
    const verdict = await verifyPresignedRequest({ method, target, headers: raw.headers }, {
      credentials: options.credentials,
      region: options.region,
      now: now(),
    });
    if (!verdict.ok) return s3Error(verdict.status, verdict.code, verdict.message);

    // /storage/<bucket>/<key…>: only objects of the one bucket, never bucket-level operations.
    const objectPath = url.pathname.slice(STORAGE_GATEWAY_PATH.length + 1);
    const slash = objectPath.indexOf('/');
    const bucket = slash < 0 ? objectPath : objectPath.slice(0, slash);
    const encodedKey = slash < 0 ? '' : objectPath.slice(slash + 1);
    let key: string;
    try {
      key = decodeURIComponent(encodedKey);
    } catch {
      key = '';
    }
    if (bucket !== options.bucket || key === '' || key.split('/').some((part) => part === '.' || part === '..')) {
      return s3Error(403, 'AccessDenied', 'Access Denied');
    }
    // s3rver joins uploadId and partNumber into file paths unchecked; S3 would refuse such values.
    const uploadId = url.searchParams.get('uploadId');
    const partNumber = url.searchParams.get('partNumber');
    if (
      (uploadId !== null && (uploadId === '' || /[\\\0]/.test(uploadId) || uploadId.split('/').some((part) => part === '.' || part === '..'))) ||
      (partNumber !== null && !(/^\d{1,5}$/.test(partNumber) && Number(partNumber) >= 1 && Number(partNumber) <= 10_000))
    ) {
      return s3Error(400, 'InvalidArgument', 'Invalid uploadId or partNumber.');
    }
    if (!OBJECT_METHODS.has(method)) return s3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    const hasBody = method === 'PUT' || method === 'POST';
    if (method === 'PUT' && raw.headers.get('content-length') === null) {
      return s3Error(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.');
    }

    const headers: Record<string, string> = { host: upstream.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' };
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = raw.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    for (const name of verdict.signedHeaders) {
      const value = raw.headers.get(name);
      if (name.startsWith('x-amz-') && value !== null) headers[name] = value;
    }
    const path = `${upstream.pathname.replace(/\/$/, '')}/${bucket}/${encodedKey}${forwardedQuery(url.search.slice(1))}`;

    const source = hasBody ? (incoming ?? (raw.body ? Readable.fromWeb(raw.body as NodeReadableStream<Uint8Array>) : undefined)) : undefined;
    const spooled = source ? join(spoolDir, `lessonstage-storage-gateway-${randomUUID()}.body`) : undefined;
    try {
      if (source && spooled) {
        const declared = raw.headers.get('content-length');
        const received = await pipeline(source, createWriteStream(spooled)).then(
          async () => (await stat(spooled)).size,
          () => -1,
        );
        if (received < 0 || (declared !== null && Number(declared) !== received)) {
          return s3Error(400, 'IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.');
        }
        headers['content-length'] = String(received);
      }
      const signed = await signer.sign(
        new HttpRequest({ method, protocol: upstream.protocol, hostname: upstream.hostname, port: Number(upstream.port) || undefined, path, headers }),
        { signingDate: now(), signableHeaders: new Set(['content-type', 'content-length']) },
      );
      const answer = await new Promise<IncomingMessage>((resolve, reject) => {
        const outgoing = httpRequest(
          { protocol: upstream.protocol, hostname: upstream.hostname, port: upstream.port, method, path, headers: signed.headers },
          resolve,
        );
        outgoing.once('error', reject);
        if (spooled) {
          pipeline(createReadStream(spooled), outgoing).catch((error: unknown) => outgoing.destroy(error as Error));
        } else {
          outgoing.end();
        }
      });
      return relay(method, answer);
    } finally {
      if (spooled) await rm(spooled, { force: true });
    }
  };

  return new Hono().all(`${STORAGE_GATEWAY_PATH}/*`, async (c) => {
    try {
      const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
      return await handle(c.req.raw, incoming instanceof IncomingMessage ? incoming : undefined);
    } catch (error) {
      console.error('storage gateway: forwarding failed', error);
      return s3Error(500, 'InternalError', 'We encountered an internal error. Please try again.');
    }
  });
}
