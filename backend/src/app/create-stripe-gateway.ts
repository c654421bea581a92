import type { AppConfig } from '../lib/config';
import { secretSource } from '../lib/secrets';
import { StripeGateway } from '../payments/stripe.gateway';

export function createStripeGateway(config: AppConfig): StripeGateway {
  return new StripeGateway({
    secretKey: secretSource(config.payments.secretKey, config.payments.secretKeyId, config.region),
    webhookSecret: secretSource(config.payments.webhookSecret, config.payments.webhookSecretId, config.region),
    apiBase: config.payments.apiBase,
  });
}
