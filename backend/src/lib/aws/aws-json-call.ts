import { Sha256 } from '@smithy/core/checksum';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

/** One AWS JSON-protocol service (SSM, Step Functions…) at its regional endpoint or a given one. */
export interface AwsJsonService {
  /** SigV4 signing name: "ssm", "states". */
  readonly service: string;
  /** The X-Amz-Target prefix: "AmazonSSM", "AWSStepFunctions". */
  readonly targetPrefix: string;
  /** "1.0" or "1.1", as the service's protocol says. */
  readonly jsonVersion: '1.0' | '1.1';
  readonly region: string;
  readonly endpoint?: string;
}

/**
 * One SigV4-signed JSON request, without the service's SDK client: a client's schemas add tens of
 * KB to a Lambda bundle for a call or two (docs/decisions.md). The same signer, hash and
 * credentials as the SDK clients' own.
 */
export function awsJsonCaller(options: AwsJsonService): (action: string, input: object) => Promise<unknown> {
  const signer = new SignatureV4({ service: options.service, region: options.region, credentials: fromEnv(), sha256: Sha256 });
  const endpoint = new URL(options.endpoint ?? `https://${options.service}.${options.region}.amazonaws.com/`);
  return async (action, input) => {
    const body = JSON.stringify(input);
    const request = new HttpRequest({
      method: 'POST',
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      port: endpoint.port ? Number(endpoint.port) : undefined,
      path: '/',
      headers: {
        host: endpoint.host,
        'content-type': `application/x-amz-json-${options.jsonVersion}`,
        'x-amz-target': `${options.targetPrefix}.${action}`,
      },
      body,
    });
    const signed = await signer.sign(request);
    const response = await fetch(endpoint, { method: 'POST', headers: signed.headers, body });
    const text = await response.text();
    if (!response.ok) throw new AwsJsonCallError(`${options.targetPrefix}.${action}`, response.status, text);
    return JSON.parse(text) as unknown;
  };
}

/** A refused call, with the service's error type (`__type`, e.g. "ExecutionAlreadyExists") when it said one. */
export class AwsJsonCallError extends Error {
  readonly errorType: string | undefined;

  constructor(
    call: string,
    readonly status: number,
    body: string,
  ) {
    super(`${call} refused: ${status} ${body.slice(0, 300)}`);
    this.name = 'AwsJsonCallError';
    this.errorType = errorTypeOf(body);
  }
}

function errorTypeOf(body: string): string | undefined {
  try {
    const type = (JSON.parse(body) as { __type?: unknown }).__type;
    // "com.amazonaws.states#ExecutionAlreadyExists" → "ExecutionAlreadyExists"
    return typeof type === 'string' ? type.slice(type.lastIndexOf('#') + 1) : undefined;
  } catch {
    return undefined;
  }
}
