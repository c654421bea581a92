import type { Env, Hono } from 'hono';
import { handle, type LambdaContext } from 'hono/aws-lambda';
import type { LambdaHandler } from '../app/domain-function';
import type { ApiResponse } from './api-client';

type LambdaEvent = Parameters<LambdaHandler>[0];

export interface LambdaRequest {
  readonly method: string;
  /** Path with its query string, e.g. /api/courses?limit=2 */
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** API Gateway delivers some bodies base64-encoded (Stripe's webhooks among them). */
  readonly base64?: boolean;
}

/** The HTTP API (payload 2.0) event API Gateway sends a function for one request. */
export function httpApiEvent({ method, path, headers = {}, body, base64 = false }: LambdaRequest): LambdaEvent {
  const [rawPath, rawQueryString = ''] = path.split('?') as [string, string?];
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: { host: 'api.example.com', ...headers },
    requestContext: {
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' },
      domainName: 'api.example.com', requestId: 'r1', routeKey: '$default', stage: '$default', time: '', timeEpoch: 0, accountId: '1', apiId: 'a',
    },
    body: body === undefined ? undefined : base64 ? Buffer.from(body).toString('base64') : body,
    isBase64Encoded: base64,
  } as unknown as LambdaEvent;
}

/** Runs one request through an app exactly as its Lambda entry does (hono/aws-lambda). */
export async function invokeLambda<E extends Env>(app: Hono<E> | LambdaHandler, request: LambdaRequest): Promise<ApiResponse & { readonly raw: Buffer }> {
  const lambda = typeof app === 'function' ? app : handle(app);
  const result = (await lambda(httpApiEvent(request), {} as LambdaContext)) as { statusCode: number; body: string; headers: Record<string, string>; isBase64Encoded: boolean };
  const bytes = Buffer.from(result.body ?? '', result.isBase64Encoded ? 'base64' : 'utf8');
  const type = result.headers?.['content-type'] ?? '';
  // A file (a certificate PDF) is not JSON: its bytes are in `raw`, its body stays empty.
  const json = bytes.length > 0 && (!type || type.includes('json') || type.startsWith('text/'));
  return { status: result.statusCode, body: json ? (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>) : {}, headers: new Headers(result.headers), raw: bytes };
}
