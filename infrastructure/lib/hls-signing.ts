import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { DomainFunction } from './domain-function.construct';

/** Environment of the functions that sign HLS cookies (DOMAIN_ACCESS `hlsSigningKey`), as the backend's loadConfig reads it. */
export const HLS_SIGNING_ENV = {
  /** Secrets Manager name of the private key (PEM, a plain string), read at cold start. */
  secretId: 'CLOUDFRONT_PRIVATE_KEY_SECRET_ID',
  /** The CloudFront public key's id: the cookies' CloudFront-Key-Pair-Id. */
  keyPairId: 'CLOUDFRONT_KEY_PAIR_ID',
} as const;

/**
 * Lets the functions whose DOMAIN_ACCESS has `hlsSigningKey` read the private key of the HLS
 * cookies and tells them where it is. The secret is created by hand (infrastructure/README.md),
 * never by CDK, so its value is never in a template.
 */
export function grantHlsSigning(scope: Construct, functions: Iterable<DomainFunction>, key: { readonly secretName: string; readonly keyPairId: string }): void {
  const secret = Secret.fromSecretNameV2(scope, 'HlsPrivateKey', key.secretName);
  for (const fn of functions) {
    if (!fn.access.hlsSigningKey) continue;
    secret.grantRead(fn.role);
    fn.function.addEnvironment(HLS_SIGNING_ENV.secretId, key.secretName);
    fn.function.addEnvironment(HLS_SIGNING_ENV.keyPairId, key.keyPairId);
  }
}
