import { createCognitoGateway, createTokenVerifier } from '../auth/auth-deps';
import { createStripeGateway } from '../payments/create-stripe-gateway';
import type { AppConfig } from './config';
import { createDataDeps } from './db/data-deps';
import type { ApiDeps } from './http/api-env';
import { apiSettings } from './http/api-settings';
import { createCloudMailer } from './mail/cloud-mailer';
import type { Mailer } from './mail/mailer';
import { createMediaStorage } from './storage/create-media-storage';
import { createObjectLinks } from './storage/create-object-links';

/**
 * Everything any route uses, for the local server (all domains in one process) and tests. A
 * Lambda function builds only its own domain's part (see `<domain>/<domain>.handler.ts`).
 * The local stack passes its own mailer (the dev mailbox).
 */
export function createDeps(config: AppConfig, mailer: Mailer = createCloudMailer(config)): ApiDeps {
  return {
    ...apiSettings(config),
    ...createDataDeps(config),
    storage: createMediaStorage(config),
    objectLinks: createObjectLinks(config),
    cognito: createCognitoGateway(config),
    tokens: createTokenVerifier(config),
    stripe: createStripeGateway(config),
    mailer,
  };
}
