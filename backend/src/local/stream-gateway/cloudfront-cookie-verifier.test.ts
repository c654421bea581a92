import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CloudFrontCookieSigner } from '../../lib/cdn/stream-cookies';
import { CloudFrontCookieVerifier, fromCloudFrontBase64, resourceMatches } from './cloudfront-cookie-verifier';

const ORIGIN = 'http://localhost:4200';
const LESSON = '/media/hls/course-a/s1l1/';
const pem = () =>
  generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const keys = pem();
const signer = new CloudFrontCookieSigner({ keyPairId: 'KTEST', privateKey: async () => keys.privateKey, origin: ORIGIN, secure: false });
const verifier = new CloudFrontCookieVerifier({ keyPairId: 'KTEST', publicKey: keys.publicKey });
const NOW = new Date('2026-12-05T06:00:00Z');
const LATER = new Date(NOW.getTime() + 600_000);

/** The Cookie header a browser sends back from Set-Cookie values. */
function cookieHeader(setCookies: readonly string[]): string {
  return setCookies.map((value) => value.split(';')[0]).join('; ');
}

describe('CloudFront signed cookies (made by the SDK signer, checked as CloudFront does)', () => {
  it('sets the three cookies scoped to the lesson folder, HttpOnly, SameSite=Lax, Secure only when asked', async () => {
    const cookies = await signer.sign(LESSON, LATER);
    expect(cookies.map((c) => c.split('=')[0])).toEqual(['CloudFront-Policy', 'CloudFront-Signature', 'CloudFront-Key-Pair-Id']);
    for (const cookie of cookies) {
      expect(cookie).toContain(`Path=${LESSON};`);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(cookie).not.toContain('Secure');
    }
    const secure = new CloudFrontCookieSigner({ keyPairId: 'KTEST', privateKey: async () => keys.privateKey, origin: ORIGIN, secure: true });
    expect((await secure.sign(LESSON, LATER))[0]).toMatch(/; Secure$/);
  });

  it('writes a custom policy naming the lesson folder and the expiry', async () => {
    const policy = (await signer.sign(LESSON, LATER))[0]!.split(';')[0]!.slice('CloudFront-Policy='.length);
    expect(policy).toMatch(/^[A-Za-z0-9\-_~]+$/);
    expect(JSON.parse(fromCloudFrontBase64(policy).toString('utf8'))).toEqual({
      Statement: [{ Resource: `${ORIGIN}*/hls/course-a/s1l1/*`, Condition: { DateLessThan: { 'AWS:EpochTime': LATER.getTime() / 1000 } } }],
    });
  });

  it('lets a request under the lesson folder through before expiry, as the viewer asks it and as the edge function rewrites it', async () => {
    const header = cookieHeader(await signer.sign(LESSON, LATER));
    expect(verifier.verify(header, `${ORIGIN}${LESSON}job1/v0/seg_000.m4s`, NOW)).toEqual({ ok: true });
    // What CloudFront has after the viewer-request function stripped /media (either may be the one it checks).
    expect(verifier.verify(header, `${ORIGIN}/hls/course-a/s1l1/job1/v0/seg_000.m4s`, NOW)).toEqual({ ok: true });
    expect(verifier.verify(header, `${ORIGIN}/hls/course-a/s1l2/job1/v0/seg_000.m4s`, NOW)).toMatchObject({ ok: false, reason: 'resource does not match' });
    expect(verifier.verify(header, `${ORIGIN}/media/hls/course-a/s1l1x/job1/master.m3u8`, NOW)).toMatchObject({ ok: false, reason: 'resource does not match' });
  });

  it('refuses no cookies, an expired policy, another lesson, a tampered policy or signature, another key', async () => {
    const good = await signer.sign(LESSON, LATER);
    const header = cookieHeader(good);
    const url = `${ORIGIN}${LESSON}job1/master.m3u8`;
    expect(verifier.verify(undefined, url, NOW)).toMatchObject({ ok: false, reason: 'missing signed cookies' });
    expect(verifier.verify(header, url, LATER)).toMatchObject({ ok: false, reason: 'expired' });
    expect(verifier.verify(header, `${ORIGIN}/media/hls/course-a/s1l2/job1/master.m3u8`, NOW)).toMatchObject({ ok: false, reason: 'resource does not match' });
    expect(verifier.verify(header, `http://localhost:9999${LESSON}job1/master.m3u8`, NOW)).toMatchObject({ ok: false });

    const otherLesson = cookieHeader(await signer.sign('/media/hls/course-a/s1l2/', LATER));
    const [, otherSignature] = otherLesson.split('; ');
    const [policy, , keyPair] = header.split('; ');
    expect(verifier.verify([policy, otherSignature, keyPair].join('; '), url, NOW)).toMatchObject({ ok: false, reason: 'bad signature' });

    const widened = Buffer.from(fromCloudFrontBase64(policy!.slice('CloudFront-Policy='.length)).toString('utf8').replace('/s1l1/*', '/*'))
      .toString('base64').replace(/\+/g, '-').replace(/=/g, '_').replace(/\//g, '~');
    expect(verifier.verify(header.replace(policy!, `CloudFront-Policy=${widened}`), url, NOW)).toMatchObject({ ok: false, reason: 'bad signature' });

    const stranger = pem();
    const forged = new CloudFrontCookieSigner({ keyPairId: 'KTEST', privateKey: async () => stranger.privateKey, origin: ORIGIN, secure: false });
    expect(verifier.verify(cookieHeader(await forged.sign(LESSON, LATER)), url, NOW)).toMatchObject({ ok: false, reason: 'bad signature' });
    expect(verifier.verify(header.replace('Key-Pair-Id=KTEST', 'Key-Pair-Id=KOTHER'), url, NOW)).toMatchObject({ ok: false, reason: 'unknown key pair' });
  });

  it('matches resources with CloudFront wildcards', () => {
    expect(resourceMatches('https://*/media/hls/c/l/*', 'https://d1.cloudfront.net/media/hls/c/l/j/master.m3u8')).toBe(true);
    expect(resourceMatches('http://a/media/hls/c/l/*', 'http://a/media/hls/c/l2/j/master.m3u8')).toBe(false);
    expect(resourceMatches('http://a/x?', 'http://a/x1')).toBe(true);
    expect(resourceMatches('http://a/x.m3u8', 'http://a/xam3u8')).toBe(false);
  });
});
