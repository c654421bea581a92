import type { Context } from 'hono';

interface LambdaBindings {
  event?: { requestContext?: { http?: { sourceIp?: string } } };
}
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The caller's IP address. On Lambda behind CloudFront the API sees an edge address, so the
 * CloudFront-Viewer-Address header (forwarded by the distribution) is preferred there; locally
 * it is the socket's peer. Headers are never trusted off Lambda, where a client could set them.
 */
export function clientIp(c: Context): string {
  const env = c.env as (LambdaBindings & NodeBindings) | undefined;
  const lambdaIp = env?.event?.requestContext?.http?.sourceIp;
  if (lambdaIp) {
    const viewer = c.req.header('cloudfront-viewer-address');
    return viewer ? viewer.replace(/:\d+$/, '') : lambdaIp;
  }
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
