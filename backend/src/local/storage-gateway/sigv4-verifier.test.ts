import { GetObjectCommand, PutObjectCommand, S3Client, UploadPartCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from 'vitest';
import { verifyPresignedRequest, type VerifierOptions } from './sigv4-verifier';

const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const ORIGIN = 'http://localhost:4200';
const BUCKET = 'lessonstage-content';
const SIGNED_UPLOAD_HEADERS = new Set(['content-type', 'content-length']);
const SIGNED_AT = new Date('2026-03-01T12:00:00Z');

function presigner(overrides: { region?: string; secretAccessKey?: string } = {}): S3Client {
  return new S3Client({
    region: overrides.region ?? 'us-east-1',
    endpoint: `${ORIGIN}/storage`,
    forcePathStyle: true,
    credentials: { ...CREDENTIALS, secretAccessKey: overrides.secretAccessKey ?? CREDENTIALS.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

const options = (now = new Date(SIGNED_AT.getTime() + 1000)): VerifierOptions => ({ credentials: CREDENTIALS, region: 'us-east-1', now });

/** The request a browser sends for `url`, as the gateway sees it. */
function incoming(url: string, method: string, headers: Record<string, string> = {}) {
  const parsed = new URL(url);
  return { method, target: `${parsed.pathname}${parsed.search}`, headers: new Headers({ host: parsed.host, ...headers }) };
}

const KEY = "uploads/course 1/lesson (2)/é+x'.mp4";

async function putUrl(client = presigner(), expiresIn = 600, signingDate = SIGNED_AT): Promise<string> {
  return getSignedUrl(client, new PutObjectCommand({ Bucket: BUCKET, Key: KEY, ContentType: 'video/mp4', ContentLength: 1234 }), {
    expiresIn,
    signingDate,
    signableHeaders: SIGNED_UPLOAD_HEADERS,
  });
}

const putHeaders = { 'content-type': 'video/mp4', 'content-length': '1234' };

describe('verifyPresignedRequest', () => {
  it('accepts a PUT URL made by getSignedUrl, with content-type and content-length signed', async () => {
    const url = await putUrl();
    expect(new URL(url).searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    const result = await verifyPresignedRequest(incoming(url, 'PUT', putHeaders), options());
    expect(result).toEqual({
      ok: true,
      accessKeyId: 'S3RVER',
      signedHeaders: ['content-length', 'content-type', 'host'],
      expiresAt: new Date(SIGNED_AT.getTime() + 600_000),
    });
  });

  it('accepts an UploadPart URL (uploadId with reserved characters) and a GET with response-content-disposition', async () => {
    const part = await getSignedUrl(
      presigner(),
      new UploadPartCommand({ Bucket: BUCKET, Key: KEY, UploadId: 'a/b+c=d', PartNumber: 3, ContentLength: 5 }),
      { signingDate: SIGNED_AT, signableHeaders: new Set(['content-length']) },
    );
    expect(await verifyPresignedRequest(incoming(part, 'PUT', { 'content-length': '5' }), options())).toMatchObject({ ok: true });
    expect(await verifyPresignedRequest(incoming(part, 'PUT', { 'content-length': '6' }), options())).toMatchObject({
      code: 'SignatureDoesNotMatch',
    });

    const get = await getSignedUrl(
      presigner(),
      new GetObjectCommand({ Bucket: BUCKET, Key: KEY, ResponseContentDisposition: 'attachment; filename="Lesson 1.mp4"' }),
      { signingDate: SIGNED_AT },
    );
    // Unsigned headers the browser adds (range, user-agent, …) do not matter.
    const result = await verifyPresignedRequest(incoming(get, 'GET', { range: 'bytes=0-99', 'user-agent': 'test' }), options());
    expect(result).toMatchObject({ ok: true, signedHeaders: ['host'] });
  });

  it('refuses a tampered key, query parameter, method, host or signature', async () => {
    const url = await putUrl();
    const cases: string[] = [
      url.replace('lesson%20%282%29', 'lesson%20%283%29'),
      url.replace(`/storage/${BUCKET}/`, '/storage/other-bucket/'),
      url.replace('X-Amz-Expires=600', 'X-Amz-Expires=6000'),
      `${url}&partNumber=1`,
      url.replace(/X-Amz-Signature=([0-9a-f])/, (_, c: string) => `X-Amz-Signature=${c === '0' ? '1' : '0'}`),
    ];
    for (const tampered of cases) {
      const result = await verifyPresignedRequest(incoming(tampered, 'PUT', putHeaders), options());
      expect(result, tampered).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch', status: 403 });
    }
    expect(await verifyPresignedRequest(incoming(url, 'POST', putHeaders), options())).toMatchObject({ code: 'SignatureDoesNotMatch' });
    const otherHost = { ...incoming(url, 'PUT', putHeaders), headers: new Headers({ ...putHeaders, host: 'evil.example:4200' }) };
    expect(await verifyPresignedRequest(otherHost, options())).toMatchObject({ code: 'SignatureDoesNotMatch' });
  });

  it('refuses a body of another length or type than signed', async () => {
    const url = await putUrl();
    for (const headers of [
      { ...putHeaders, 'content-length': '1235' },
      { ...putHeaders, 'content-length': '1233' },
      { ...putHeaders, 'content-type': 'text/html' },
      { 'content-length': '1234' },
    ]) {
      const result = await verifyPresignedRequest(incoming(url, 'PUT', headers), options());
      expect(result, JSON.stringify(headers)).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch', status: 403 });
    }
  });

  it('refuses a URL signed with another secret, access key or region', async () => {
    const wrongSecret = await putUrl(presigner({ secretAccessKey: 'not-the-secret' }));
    expect(await verifyPresignedRequest(incoming(wrongSecret, 'PUT', putHeaders), options())).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });

    const otherKey = (await putUrl()).replace('X-Amz-Credential=S3RVER', 'X-Amz-Credential=AKIAOTHER');
    expect(await verifyPresignedRequest(incoming(otherKey, 'PUT', putHeaders), options())).toMatchObject({
      ok: false,
      code: 'InvalidAccessKeyId',
      status: 403,
    });

    const otherRegion = await putUrl(presigner({ region: 'eu-west-1' }));
    expect(await verifyPresignedRequest(incoming(otherRegion, 'PUT', putHeaders), options())).toMatchObject({
      ok: false,
      code: 'AuthorizationQueryParametersError',
      status: 400,
      message: "The region 'eu-west-1' is wrong; expecting 'us-east-1'.",
    });
  });

  it('refuses an expired URL and one dated in the future, accepts it until its last second', async () => {
    const url = await putUrl(presigner(), 60);
    const at = (ms: number) => options(new Date(SIGNED_AT.getTime() + ms));
    expect(await verifyPresignedRequest(incoming(url, 'PUT', putHeaders), at(60_000))).toMatchObject({ ok: true });
    expect(await verifyPresignedRequest(incoming(url, 'PUT', putHeaders), at(60_001))).toMatchObject({
      ok: false,
      code: 'AccessDenied',
      message: 'Request has expired.',
      status: 403,
    });
    expect(await verifyPresignedRequest(incoming(url, 'PUT', putHeaders), at(-16 * 60_000))).toMatchObject({
      ok: false,
      code: 'AccessDenied',
      message: 'Request is not valid yet.',
    });

    // Signed a day ago by the SDK itself, checked against the real clock.
    const old = await putUrl(presigner(), 3600, new Date(Date.now() - 86_400_000));
    expect(await verifyPresignedRequest(incoming(old, 'PUT', putHeaders), { ...options(), now: new Date() })).toMatchObject({
      code: 'AccessDenied',
    });
  });

  it('refuses a request without signature, and one with incomplete or malformed auth parameters', async () => {
    const unsigned = incoming(`${ORIGIN}/storage/${BUCKET}/uploads/a.mp4`, 'GET');
    expect(await verifyPresignedRequest(unsigned, options())).toMatchObject({ ok: false, code: 'MissingSignature', status: 403 });

    const url = await putUrl();
    const withoutSignature = url.replace(/&X-Amz-Signature=[0-9a-f]+/, '');
    expect(await verifyPresignedRequest(incoming(withoutSignature, 'PUT', putHeaders), options())).toMatchObject({
      code: 'AuthorizationQueryParametersError',
      status: 400,
    });
    for (const broken of [
      url.replace('X-Amz-Algorithm=AWS4-HMAC-SHA256', 'X-Amz-Algorithm=AWS4-HMAC-SHA1'),
      url.replace(/X-Amz-Date=\d{8}T/, 'X-Amz-Date=20261399T'),
      url.replace('X-Amz-Expires=600', 'X-Amz-Expires=604801'),
      url.replace('X-Amz-Expires=600', 'X-Amz-Expires=0'),
      url.replace('X-Amz-Content-Sha256=UNSIGNED-PAYLOAD', 'X-Amz-Content-Sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'),
      url.replace('%2Fs3%2F', '%2Fs3-object-lambda%2F'),
      url.replace('X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost', 'X-Amz-SignedHeaders=content-length%3Bcontent-type'),
      `${url}&X-Amz-Signature=00`,
      `${url}&bad=%E0%A4%A`,
    ]) {
      const result = await verifyPresignedRequest(incoming(broken, 'PUT', putHeaders), options());
      expect(result, broken).toMatchObject({ ok: false, code: 'AuthorizationQueryParametersError', status: 400 });
    }
    expect(await verifyPresignedRequest(incoming(`${url}&X-Amz-Security-Token=abc`, 'PUT', putHeaders), options())).toMatchObject({
      code: 'InvalidToken',
    });
  });
});
