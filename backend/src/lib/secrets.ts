import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { tracer } from './observability/tracer';

/**
 * A secret given either as a value (local stack, tests) or as a Secrets Manager id (the cloud:
 * only the id is in the function's environment). Fetched once per cold start, on first use.
 */
export function secretSource(value: string | undefined, secretId: string | undefined, region: string): () => Promise<string> {
  let cached: Promise<string> | undefined;
  return () => {
    if (value) return Promise.resolve(value);
    if (!secretId) return Promise.reject(new Error('No secret value or Secrets Manager id configured'));
    cached ??= tracer
      .captureAWSv3Client(new SecretsManagerClient({ region }))
      .send(new GetSecretValueCommand({ SecretId: secretId }))
      .then((result) => {
        if (!result.SecretString) throw new Error(`Secret ${secretId} has no string value`);
        return result.SecretString;
      });
    return cached;
  };
}
