import { Hono } from 'hono';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { CloudFrontCookieVerifier, type CookieVerifierOptions } from './cloudfront-cookie-verifier';

/**
 * Local stand-in for CloudFront's `/media/hls/*` behaviour: a request passes only with the signed
 * cookies CloudFront would accept (cloudfront-cookie-verifier.ts); the object is then streamed from
 * s3rver's `hls/` prefix (the mediaPrefix function strips `/media` on AWS), Range requests included.
 * Anything else is CloudFront's 403. Mounted before compress(): media is answered byte-exact.
 */
export const STREAM_PATH_PREFIX = '/media/hls/';

export interface StreamGatewayOptions extends CookieVerifierOptions {
  readonly s3: S3Client;
  readonly bucket: string;
  /** The site's origin as the browser sees it (`http://localhost:4200`): policies name full URLs. */
  readonly origin: string;
  /** Clock of the expiry check (tests move it). */
  readonly now?: () => Date;
}

/** By file type, whatever the uploader declared (hls.js and Safari need the playlist's type). */
const CONTENT_TYPES: Record<string, string> = {
  m3u8: 'application/vnd.apple.mpegurl',
  m4s: 'video/mp4',
  mp4: 'video/mp4',
  m4a: 'audio/mp4',
  vtt: 'text/vtt; charset=utf-8',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

function contentTypeOf(key: string): string {
  return CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

/** CloudFront's own refusal: XML, no detail. */
function accessDenied(): Response {
  const body = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access denied</Message></Error>';
  return new Response(body, { status: 403, headers: { 'Content-Type': 'text/xml', 'Cache-Control': 'no-store' } });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' } });
}

function objectKey(pathname: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(STREAM_PATH_PREFIX.length));
  } catch {
    return undefined;
  }
  const parts = relative.split('/');
  if (parts.length < 4 || parts.some((part) => part === '' || part === '.' || part === '..')) return undefined;
  return `hls/${relative}`;
}

function isMissing(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return name === 'NoSuchKey' || name === 'NotFound';
}

export function streamGatewayRoutes(options: StreamGatewayOptions): Hono {
  const verifier = new CloudFrontCookieVerifier(options);
  const now = options.now ?? (() => new Date());

  const serve = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const verdict = verifier.verify(request.headers.get('cookie') ?? undefined, `${options.origin}${url.pathname}${url.search}`, now());
    if (!verdict.ok) return accessDenied();
    const key = objectKey(url.pathname);
    if (!key) return accessDenied();
    const range = request.headers.get('range') ?? undefined;
    try {
      const object = await options.s3.send(new GetObjectCommand({ Bucket: options.bucket, Key: key, Range: range }));
      const headers: Record<string, string> = {
        'Content-Type': contentTypeOf(key),
        'Accept-Ranges': 'bytes',
        // A job folder never changes (a new transcode writes a new one); only this browser may keep it.
        'Cache-Control': 'private, max-age=86400',
      };
      if (object.ContentLength !== undefined) headers['Content-Length'] = String(object.ContentLength);
      if (object.ContentRange) headers['Content-Range'] = object.ContentRange;
      if (object.ETag) headers['ETag'] = object.ETag;
      const status = object.ContentRange ? 206 : 200;
      return new Response(object.Body ? object.Body.transformToWebStream() : null, { status, headers });
    } catch (error) {
      if (isMissing(error)) return notFound();
      if ((error as { name?: string }).name === 'InvalidRange') return new Response(null, { status: 416 });
      throw error;
    }
  };

  // Hono answers HEAD with this GET route, body dropped.
  return new Hono().get(`${STREAM_PATH_PREFIX}*`, (c) => serve(c.req.raw));
}
