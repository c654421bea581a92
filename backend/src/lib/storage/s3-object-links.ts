import { Sha256 } from '@aws-crypto/sha256-js';
import { formatUrl } from '@aws-sdk/core/util';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import { HttpRequest } from '@smithy/protocol-http';
import type { ObjectLinks } from './object-links';
import { MAX_PRESIGN_EXPIRES_SECONDS, requireInteger, requireKey } from './storage-request-checks';

export interface S3ObjectLinksOptions {
  readonly bucket: string;
  readonly region: string;
  /** Lambda puts the function role's credentials in the environment; read from there when unset. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
  /** Where the browser reaches storage, path-style (locally `<origin>/storage`); S3's own endpoint when unset. */
  readonly endpoint?: string;
}

/** A name S3 serves as `<bucket>.s3.<region>.amazonaws.com` over HTTPS: no dots, no capitals. */
const VIRTUAL_HOSTABLE_BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

/** Percent-encoding of RFC 3986: encodeURIComponent, and `!'()*` as well. */
function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment` with the name both as a plain-ASCII fallback and RFC 5987-encoded UTF-8
 * (RFC 6266), so browsers save the file under its real name, accents included.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc3986(fileName)}`;
}

/** Each segment of the key escaped as S3 expects in a path, slashes kept. */
function keyPath(key: string): string {
  return key.split('/').map(encodeRfc3986).join('/');
}

/**
 * GET links signed by the SDK's S3 presigner on its own, without an S3 client (the SDK's way to
 * presign "without a client"), so the lesson-links function bundles only the signing, not the
 * S3 client (docs/decisions.md). The URL is the one the S3 client presigns for
 * GetObject (virtual-hosted on AWS, path-style at `endpoint`); a test holds the two equal.
 */
export class S3ObjectLinks implements ObjectLinks {
  private readonly presigner: S3RequestPresigner;

  constructor(private readonly options: S3ObjectLinksOptions) {
    // The S3 client falls back to path-style URLs for other names; these links do not, so say so
    // at start-up rather than hand out links that fail. The CDK stack's bucket names qualify.
    if (!options.endpoint && !VIRTUAL_HOSTABLE_BUCKET.test(options.bucket)) {
      throw new Error(`Bucket "${options.bucket}" has no virtual-hosted S3 address (3-63 lowercase letters, digits or "-")`);
    }
    this.presigner = new S3RequestPresigner({
      service: 's3',
      region: options.region,
      credentials: options.credentials ?? fromEnv(),
      sha256: Sha256,
    });
  }

  async presignGet(key: string, expiresInSeconds: number, downloadName?: string): Promise<string> {
    requireKey(key);
    requireInteger('expiresInSeconds', expiresInSeconds, 1, MAX_PRESIGN_EXPIRES_SECONDS);
    const { bucket, region, endpoint } = this.options;
    const url = new URL(endpoint ? `${endpoint.replace(/\/$/, '')}/${bucket}` : `https://${bucket}.s3.${region}.amazonaws.com`);
    const request = new HttpRequest({
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: `${url.pathname.replace(/\/$/, '')}/${keyPath(key)}`,
      query: {
        ...(downloadName !== undefined && { 'response-content-disposition': attachmentDisposition(downloadName) }),
        'x-id': 'GetObject',
      },
      headers: {},
    });
    return formatUrl(await this.presigner.presign(request, { expiresIn: expiresInSeconds }));
  }
}
