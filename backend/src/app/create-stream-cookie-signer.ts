import { CloudFrontCookieSigner, type StreamCookieSigner } from '../lib/cdn/stream-cookies';
import { ConfigError, type AppConfig } from '../lib/config';
import { secretSource } from '../lib/secrets';

/**
 * Signs the cookies of streamed lessons with the CloudFront key pair: the private key is a value
 * locally and in tests, a Secrets Manager secret on AWS (read once per cold start).
 */
export function createStreamCookieSigner(config: AppConfig): StreamCookieSigner {
  const signing = config.streamSigning;
  if (!signing) {
    return { sign: () => Promise.reject(new ConfigError('CLOUDFRONT_KEY_PAIR_ID is not set: streamed lessons cannot be signed')) };
  }
  return new CloudFrontCookieSigner({
    keyPairId: signing.keyPairId,
    privateKey: secretSource(signing.privateKey, signing.privateKeyId, config.region),
    origin: config.appOrigin,
    secure: config.auth.secureCookies,
  });
}
