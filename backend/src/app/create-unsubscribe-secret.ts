import type { AppConfig } from '../lib/config';
import { secretSource } from '../lib/secrets';

/** The key of the weekly e-mail's unsubscribe links: the value locally, Secrets Manager in the cloud. */
export function createUnsubscribeSecret(config: AppConfig): () => Promise<string> {
  return secretSource(config.unsubscribeSecret, config.unsubscribeSecretId, config.region);
}
